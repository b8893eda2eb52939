// Package testertest is a conformance suite for reconnect.Tester
// implementations, built only on the standard testing package, so that a
// tester's authors take on no test dependencies. See [Run].
package testertest
