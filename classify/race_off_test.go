//go:build !race

package classify

// raceBuild is set when the race detector is on (see race_on_test.go).
const raceBuild = false
