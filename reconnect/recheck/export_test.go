package recheck

import "context"

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

// Claim runs one claim of a Runner with a Holder, as Run does every
// LeaseTTL/3, and returns how many leases it then holds.
func Claim(ctx context.Context, r *Runner) (int, error) {
	l, err := r.leaser()
	if err != nil {
		return 0, err
	}
	err = r.claim(ctx, l)
	return len(r.leased), err
}
