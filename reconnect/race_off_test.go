//go:build !race

package reconnect_test

// raceBuild is set when the race detector is on.
const raceBuild = false
