package reconnect

import (
	"encoding/json"
	"testing"
)

// FuzzNeedsReconnect parses a mailbox from JSON, as a host reads it from its
// database, and checks the predicate's invariants.
func FuzzNeedsReconnect(f *testing.F) {
	f.Add(`{"id":"a","status":"error","last_error":"535 5.7.8 Error: authentication failed","smtp_host":"smtp.hostinger.com"}`)
	f.Add(`{"status":"needs_reauth"}`)
	f.Add(`{"pause_reason":"auth_errors","warmup_status":"paused"}`)
	f.Fuzz(func(t *testing.T, s string) {
		var m Mailbox
		if json.Unmarshal([]byte(s), &m) != nil {
			return
		}
		d := NeedsReconnect(m)
		if d.Needs != (d.Condition != ConditionNone) || !d.Reason.Valid() || d != NeedsReconnect(m) {
			t.Fatalf("NeedsReconnect(%+v) = %+v", m, d)
		}
		if m.PauseReason.Pause() && !d.Needs {
			t.Fatalf("stored pause reason %q not honoured", m.PauseReason)
		}
	})
}
