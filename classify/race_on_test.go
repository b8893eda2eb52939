//go:build race

package classify

// raceBuild is set when the race detector is on: TestWalkPicksFirstMatchingRule
// then reads one text in eight, and tries every code and enhanced code on one in
// 400 instead of one in 50, TestLogShapes reads one row in four and
// FuzzMatcher seeds one corpus text in four, the race detector slowing each
// step tenfold (go test without -race runs them whole, as .ci/run does first).
const raceBuild = true
