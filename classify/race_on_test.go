//go:build race

package classify

// raceBuild is set when the race detector is on: TestWalkPicksFirstMatchingRule
// then reads one text in sixteen, and tries every code and enhanced code on one
// in 400 instead of one in 50, TestLogShapes reads one row in eight,
// FuzzMatcher seeds one corpus text in eight, TestMatcherMatchesReference reads
// one in four and TestLoadOnFirstUse builds the table through two entry points
// of seven: these tests run on one goroutine, and the race detector slows each
// step tenfold (go test without -race runs them whole, as .ci/run does first).
const raceBuild = true
