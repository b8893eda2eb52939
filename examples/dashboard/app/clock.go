package app

import "time"

// clock is the app's time. At speed 1 it is the wall clock; tests run it
// faster, so the library's real policies (a tenant re-check every 30 seconds)
// play out in a fraction of the time while every timestamp the library writes
// stays on the app's own consistent timeline.
type clock struct {
	start time.Time // wall time at creation
	speed float64
}

func newClock(speed float64) *clock {
	if speed <= 0 {
		speed = 1
	}
	return &clock{start: time.Now(), speed: speed}
}

// Now returns the app time.
func (c *clock) Now() time.Time {
	el := time.Since(c.start)
	return c.start.Add(time.Duration(float64(el) * c.speed))
}

// After waits for d of app time.
func (c *clock) After(d time.Duration) <-chan time.Time {
	return time.After(time.Duration(float64(d) / c.speed))
}
