package drivertest

import (
	"errors"
	"testing"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLatin1FailureIsStoredAndFlags: a provider reply in Latin-1 with a NUL
// byte (untrusted bytes, as a server may send them) flags the mailbox on both
// engines. The Machine keeps last_error valid UTF-8 (each invalid byte becomes
// U+FFFD) before it reaches any store, so both engines read back the same
// text; the email, which the host wrote, reads back byte for byte.
func TestLatin1FailureIsStoredAndFlags(t *testing.T) {
	// "535 5.7.8" is RFC 4954's "Authentication credentials invalid"; the
	// text is German with "ü" as the Latin-1 byte 0xFC, then a NUL.
	const reply = "535 5.7.8 Authentifizierung f\xfcr m\xfcller@example.de fehlgeschlagen\x00"
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.fresh(t).must(t)
			m := reconnect.New(s, &reconnect.Options{IncidentMin: -1})
			_, err := m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb1", Email: "m\xfcller@example.de",
				SMTPHost: "smtp.example.de", AuthMethod: provider.MethodPassword, Status: reconnect.StatusActive},
				Workspace: "w", Provider: provider.Custom})
			require.NoError(t, err)
			out, err := m.ReportFailureText(ctx, "mb1", reconnect.SourceSend, reply)
			require.NoError(t, err)
			require.True(t, out.Flagged)
			got, err := s.Get(ctx, "mb1")
			require.NoError(t, err)
			assert.Equal(t, classify.ReasonAuthFailure, got.Flag.Reason)
			assert.Equal(t, "535 5.7.8 Authentifizierung f\uFFFDr m\uFFFDller@example.de fehlgeschlagen\x00", got.LastError)
			assert.Equal(t, "m\xfcller@example.de", got.Email)
			n, err := s.Count(ctx, reconnect.Filter{NeedsReconnect: true})
			require.NoError(t, err)
			assert.Equal(t, 1, n)
		})
	}
}

// TestMachineDeletesAMailbox: Machine.Delete removes the record through the
// store; with keepHistory its events stay readable.
func TestMachineDeletesAMailbox(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.fresh(t).must(t)
			m := reconnect.New(s, &reconnect.Options{IncidentMin: -1})
			for _, id := range []string{"keep", "drop"} {
				_, err := m.Register(ctx, rec(id, "w"))
				require.NoError(t, err)
				_, err = m.ReportFailureText(ctx, id, reconnect.SourceSend, "554 5.7.1 [BL21] account has been suspended")
				require.NoError(t, err)
			}
			require.NoError(t, m.Delete(ctx, "keep", true))
			require.NoError(t, m.Delete(ctx, "drop", false))
			for _, id := range []string{"keep", "drop"} {
				_, err := s.Get(ctx, id)
				assert.ErrorIs(t, err, reconnect.ErrNotFound)
				_, err = m.ReportSuccess(ctx, id, reconnect.SourceSend)
				assert.True(t, errors.Is(err, reconnect.ErrNotFound), "report after delete: %v", err)
			}
			h, err := s.History(ctx, "keep")
			require.NoError(t, err)
			assert.NotEmpty(t, h)
			_, err = s.History(ctx, "drop")
			assert.ErrorIs(t, err, reconnect.ErrNotFound)
			n, err := s.Count(ctx, reconnect.Filter{})
			require.NoError(t, err)
			assert.Zero(t, n)
		})
	}
}
