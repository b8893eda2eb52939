package storetest

import (
	"testing"

	"github.com/mailreconnect/sdk/reconnect"
)

// moreTests are the subtests Run adds to those listed in Run itself.
func moreTests() []struct {
	name string
	fn   func(t *testing.T, s reconnect.Store)
} {
	return []struct {
		name string
		fn   func(t *testing.T, s reconnect.Store)
	}{
		{"SequenceHasNoGapsAfterConflicts", seqAfterConflicts},
		{"InvalidIDsAreRefusedAlike", invalidIDs},
		{"LongestIDsAndWorkspacesAreKept", longestIDs},
		{"UntrustedTextRoundTripsByteForByte", untrustedText},
		{"DeleteRemovesTheRecord", deleteRecord},
		{"DeleteKeepsHistoryOnRequest", deleteKeepsHistory},
	}
}
