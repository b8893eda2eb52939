//go:build race

package classify

// raceBuild is set when the race detector is on: TestWalkPicksFirstMatchingRule
// then reads one text in four, and tries every code and enhanced code on one in
// 400 instead of one in 50, the race detector slowing each step tenfold (go
// test without -race runs the whole sample, as .ci/run does first).
const raceBuild = true
