package storetest

import (
	"testing"
	"time"

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
		{"PutRetainsNoEvents", putRetainsNoEvents},
	}
}

// putRetainsNoEvents checks that a Put keeps what its events said when the
// caller reuses their memory afterwards, as the Machine does.
func putRetainsNoEvents(t *testing.T, s reconnect.Store) {
	events := []reconnect.Event{{At: at, Kind: reconnect.EventHoldApplied, Hold: reconnect.HoldWarmup, Detail: "first"}}
	r := mustPut(t, s, mailbox("a", "w1"), events...)
	events[0] = reconnect.Event{At: at.Add(time.Second), Kind: reconnect.EventHookFailed, Hold: reconnect.HoldInboxSync, Detail: "second"}
	mustPut(t, s, r, events...)
	h, err := s.History(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || h[0].Kind != reconnect.EventHoldApplied || h[0].Hold != reconnect.HoldWarmup || h[0].Detail != "first" ||
		!h[0].At.Equal(at) || h[1].Kind != reconnect.EventHookFailed || h[1].Detail != "second" {
		t.Fatalf("the history changed with the memory of a past Put's events: %+v", h)
	}
}
