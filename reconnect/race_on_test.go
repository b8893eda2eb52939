//go:build race

package reconnect_test

// raceBuild is set when the race detector is on: the model-based test then
// runs a fifth of its checks, the race detector slowing each step tenfold.
const raceBuild = true
