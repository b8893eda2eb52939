//go:build !race

package drivertest

// raceBuild is set when the race detector is on.
const raceBuild = false
