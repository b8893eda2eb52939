//go:build race

package drivertest

// raceBuild is set when the race detector is on: TestConcurrentMachinesOnOneStore
// then makes a quarter of its operations, the race detector slowing SQLite's
// (transpiled C) code about tenfold.
const raceBuild = true
