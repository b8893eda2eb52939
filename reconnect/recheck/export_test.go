package recheck

// Quiet reports, for a test's sync point, how many times Due ran, and whether
// the scheduler is quiet: no check is running and no wake-up was sent since
// the last Due (so a runner that called Due and then began waiting has nothing
// left to react to but its timer).
func Quiet(s *Scheduler) (dues int, quiet bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	running := 0
	for _, c := range s.caps {
		running += c.running
	}
	return s.dues, running == 0 && s.wakesSinceDue == 0
}
