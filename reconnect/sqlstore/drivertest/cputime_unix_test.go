//go:build unix

package drivertest

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time this process has used, user and system: what
// a benchmark costs the client when the machine is shared and wall time
// includes waiting for a CPU.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
