package oauthcheck

import (
	"strings"
	"testing"
)

// A flight key tells tokens apart without holding them, and means nothing
// outside the Refresher that made it.
func TestFlightKeyHoldsNoToken(t *testing.T) {
	const tok = "1//0g-refresh-token-value"
	var r, other Refresher
	k1, err := r.flightKey("mb_1", tok)
	if err != nil {
		t.Fatal(err)
	}
	k2, _ := r.flightKey("mb_1", tok)
	k3, _ := r.flightKey("mb_1", tok+"x")
	k4, _ := other.flightKey("mb_1", tok)
	if k1 != k2 {
		t.Error("the same token gave two keys")
	}
	if k1 == k3 {
		t.Error("two tokens gave one key")
	}
	if k1 == k4 {
		t.Error("two Refreshers share a key: the fingerprint is not keyed")
	}
	if !strings.HasPrefix(k1, "mb_1\x00") || strings.Contains(k1, tok) || strings.Contains(k1, "refresh-token") {
		t.Errorf("key %q", k1)
	}
}
