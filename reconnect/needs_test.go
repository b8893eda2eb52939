package reconnect

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// Real provider replies (sources in testdata/errors).
const (
	gmailBadCredentials = "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2-20020a05600c4b0200b00d4 - gsmtp"
	msTenantDisabled    = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."
	gmailDMARC          = "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM."
	gmailTooMany        = "454 4.7.0 Too many login attempts, please try again later."
	hostingerAuth       = "535 5.7.8 Error: authentication failed"
	invalidGrant        = `oauth2: "invalid_grant" "AADSTS700082: The refresh token has expired due to inactivity."`
	recipientUnknown    = "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table"
)

func TestNeedsReconnect(t *testing.T) {
	tests := []struct {
		name   string
		m      Mailbox
		cond   Condition
		reason classify.Reason
	}{
		{"zero mailbox", Mailbox{}, ConditionNone, ""},
		{"healthy", Mailbox{Status: StatusActive, WarmupStatus: WarmupActive}, ConditionNone, ""},
		{"needs_reauth alone", Mailbox{Status: StatusNeedsReauth}, ConditionStatusNeedsReauth, ""},
		{"needs_reauth with stored reason", Mailbox{Status: StatusNeedsReauth, PauseReason: classify.ReasonTenantSMTPDisabled}, ConditionStatusNeedsReauth, classify.ReasonTenantSMTPDisabled},
		{"needs_reauth, reason from last error", Mailbox{Status: StatusNeedsReauth, LastError: gmailBadCredentials}, ConditionStatusNeedsReauth, classify.ReasonAuthFailure},
		{"needs_reauth upper case", Mailbox{Status: "NEEDS_REAUTH"}, ConditionStatusNeedsReauth, ""},
		{"error with auth failure", Mailbox{Status: StatusError, LastError: gmailBadCredentials}, ConditionStatusErrorAuth, classify.ReasonAuthFailure},
		{"error with tenant switch", Mailbox{Status: StatusError, LastError: msTenantDisabled}, ConditionStatusErrorAuth, classify.ReasonTenantSMTPDisabled},
		{"error with revoked grant", Mailbox{Status: StatusError, LastError: invalidGrant}, ConditionStatusErrorAuth, classify.ReasonMailboxDisconnected},
		{"error on hostinger IMAP only", Mailbox{Status: StatusError, IMAPHost: "imap.hostinger.com", LastError: hostingerAuth}, ConditionStatusErrorAuth, classify.ReasonHostingerReauth},
		{"error on hostinger", Mailbox{Status: StatusError, SMTPHost: "smtp.hostinger.com", LastError: hostingerAuth}, ConditionStatusErrorAuth, classify.ReasonHostingerReauth},
		{"error with DMARC rejection is not auth", Mailbox{Status: StatusError, LastError: gmailDMARC}, ConditionNone, ""},
		{"error with temporary auth trouble", Mailbox{Status: StatusError, LastError: gmailTooMany}, ConditionNone, ""},
		{"error with recipient problem", Mailbox{Status: StatusError, LastError: recipientUnknown}, ConditionNone, ""},
		{"error without message", Mailbox{Status: StatusError}, ConditionNone, ""},
		{"stale auth error on healthy mailbox", Mailbox{Status: StatusActive, WarmupStatus: WarmupActive, LastError: gmailBadCredentials}, ConditionNone, classify.ReasonAuthFailure},
		{"stored pause reason", Mailbox{Status: StatusActive, PauseReason: classify.ReasonProviderBlock}, ConditionPauseReason, classify.ReasonProviderBlock},
		{"auth_errors pause reason", Mailbox{Status: StatusPaused, PauseReason: classify.ReasonAuthErrors}, ConditionPauseReason, classify.ReasonAuthErrors},
		{"each pause reason: mailbox_disconnected", Mailbox{PauseReason: classify.ReasonMailboxDisconnected}, ConditionPauseReason, classify.ReasonMailboxDisconnected},
		{"pause reason in capitals", Mailbox{PauseReason: "AUTH_FAILURE "}, ConditionPauseReason, classify.ReasonAuthFailure},
		{"status with spaces", Mailbox{Status: " Needs_Reauth"}, ConditionStatusNeedsReauth, ""},
		{"warmup in capitals", Mailbox{WarmupStatus: "PAUSED", LastError: gmailBadCredentials}, ConditionWarmupAuth, classify.ReasonAuthFailure},
		{"unknown pause reason", Mailbox{PauseReason: "vacation"}, ConditionNone, ""},
		{"pause reason beats the warmup condition", Mailbox{PauseReason: classify.ReasonAuthFailure, WarmupStatus: WarmupPaused, LastError: gmailBadCredentials}, ConditionPauseReason, classify.ReasonAuthFailure},
		{"warmup paused by auth", Mailbox{Status: StatusActive, WarmupStatus: WarmupPaused, LastError: gmailBadCredentials}, ConditionWarmupAuth, classify.ReasonAuthFailure},
		{"warmup error by tenant switch", Mailbox{Status: StatusActive, WarmupStatus: WarmupError, LastError: msTenantDisabled}, ConditionWarmupAuth, classify.ReasonTenantSMTPDisabled},
		{"warmup paused by owner, no error", Mailbox{Status: StatusActive, WarmupStatus: WarmupPaused}, ConditionNone, ""},
		{"warmup error not auth", Mailbox{WarmupStatus: WarmupError, LastError: gmailDMARC}, ConditionNone, ""},
		{"warmup off with auth error", Mailbox{WarmupStatus: WarmupOff, LastError: gmailBadCredentials}, ConditionNone, classify.ReasonAuthFailure},
		{"unknown status with auth error", Mailbox{Status: "syncing", LastError: gmailBadCredentials}, ConditionNone, classify.ReasonAuthFailure},
		{"unknown status, warmup error, auth", Mailbox{Status: "disconnected", WarmupStatus: WarmupError, LastError: gmailBadCredentials}, ConditionWarmupAuth, classify.ReasonAuthFailure},
		{"paused mailbox with auth error is not condition 2", Mailbox{Status: StatusPaused, LastError: gmailBadCredentials}, ConditionNone, classify.ReasonAuthFailure},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := NeedsReconnect(tc.m)
			assert.Equal(t, tc.cond, d.Condition)
			assert.Equal(t, tc.cond != ConditionNone, d.Needs)
			assert.Equal(t, tc.reason, d.Reason)
		})
	}
}

func TestMailboxJSONKeys(t *testing.T) {
	m := Mailbox{ID: "mb1", Email: "a@example.com", SMTPHost: "smtp.example.com", IMAPHost: "imap.example.com",
		AuthMethod: provider.MethodAppPassword, Status: StatusError, LastError: "x", PauseReason: classify.ReasonAuthFailure, WarmupStatus: WarmupPaused}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	var keys map[string]any
	require.NoError(t, json.Unmarshal(b, &keys))
	want := []string{"id", "email", "smtp_host", "imap_host", "auth_method", "status", "last_error", "pause_reason", "warmup_status"}
	assert.Len(t, keys, len(want))
	for _, k := range want {
		assert.Contains(t, keys, k)
	}
	var back Mailbox
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m, back)
}

func TestNeedsReconnectAllocatesNothing(t *testing.T) {
	m := Mailbox{Status: StatusError, SMTPHost: "smtp.hostinger.com", LastError: hostingerAuth, WarmupStatus: WarmupPaused}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = NeedsReconnect(m) }))
}

// BenchmarkNeedsReconnect runs the predicate over every state a Machine
// stores (the verdict kept with the last error), and over a host-written
// mailbox whose error must be classified.
func BenchmarkNeedsReconnect(b *testing.B) {
	stored := func(m Mailbox) Mailbox {
		m.LastVerdict = provider.Refine(classify.Text(m.LastError), m.host())
		return m
	}
	cases := []struct {
		name string
		m    Mailbox
	}{
		{"healthy", Mailbox{Status: StatusActive, WarmupStatus: WarmupActive}},
		{"stale_transient_error", stored(Mailbox{Status: StatusActive, WarmupStatus: WarmupActive, LastError: "421 4.7.0 Try again later, closing connection."})},
		{"error_auth", stored(Mailbox{Status: StatusError, SMTPHost: "smtp.gmail.com", LastError: gmailBadCredentials})},
		{"warmup_error_tenant", stored(Mailbox{Status: StatusActive, WarmupStatus: WarmupError, LastError: msTenantDisabled})},
		{"flagged", stored(Mailbox{Status: StatusNeedsReauth, PauseReason: classify.ReasonAuthFailure, WarmupStatus: WarmupPaused, LastError: gmailBadCredentials})},
		{"pause_reason_in_capitals", Mailbox{Status: "Active ", PauseReason: "AUTH_FAILURE "}},
		{"unclassified_host_text", Mailbox{Status: StatusError, SMTPHost: "smtp.gmail.com", LastError: gmailBadCredentials}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				_ = NeedsReconnect(c.m)
			}
		})
	}
}

// TestStoredVerdictAgreesWithClassifying checks that the predicate answers the
// same from a stored verdict as from classifying the text.
func TestStoredVerdictAgreesWithClassifying(t *testing.T) {
	for _, text := range []string{gmailBadCredentials, msTenantDisabled, gmailDMARC, gmailTooMany, hostingerAuth, invalidGrant, recipientUnknown} {
		for _, m := range []Mailbox{{Status: StatusError, LastError: text}, {WarmupStatus: WarmupPaused, LastError: text}, {Status: StatusActive, LastError: text}} {
			m.SMTPHost = "smtp.hostinger.com"
			want := NeedsReconnect(m)
			m.LastVerdict = provider.Refine(classify.Text(text), m.host())
			assert.Equal(t, want, NeedsReconnect(m), text)
		}
	}
}

// TestPauseReasonFoldsAsEqualFold checks pauseReason's lower-casing against
// the plain rule it stands for: the value without surrounding white space
// equals a pause reason under strings.EqualFold (Unicode simple folding, in
// which the Kelvin sign is a k and the long s an s).
func TestPauseReasonFoldsAsEqualFold(t *testing.T) {
	reasons := []classify.Reason{classify.ReasonAuthFailure, classify.ReasonAuthErrors, classify.ReasonTenantSMTPDisabled,
		classify.ReasonProviderBlock, classify.ReasonHostingerReauth, classify.ReasonMailboxDisconnected}
	plain := func(r classify.Reason) (classify.Reason, bool) {
		for _, known := range reasons {
			if strings.EqualFold(strings.TrimSpace(string(r)), string(known)) {
				return known, true
			}
		}
		return "", false
	}
	for _, r := range []classify.Reason{"AUTH_FAILURE", " Auth_Errors\t", "tenant_\u017fmtp_di\u017fabled", "\u00a0provider_block",
		"mailbox_disconnected ", "mailbox_disconnectedx", "hostinger_reauth\u212a", "auth_failur", "", "vacation",
		"HOSTINGER_REAUTH_REQUIRED", " Mailbox_Disconnected "} { // the longest reasons, in ASCII
		got, ok := pauseReason(r)
		want, wantOK := plain(r)
		assert.Equal(t, want, got, "%q", r)
		assert.Equal(t, wantOK, ok, "%q", r)
	}
	rapid.Check(t, func(rt *rapid.T) {
		base := rapid.SampledFrom(reasons).Draw(rt, "reason")
		var b strings.Builder
		for _, c := range string(base) {
			switch rapid.IntRange(0, 9).Draw(rt, "change") {
			case 0:
				b.WriteString(strings.ToUpper(string(c)))
			case 1:
				b.WriteString(string(unicode.SimpleFold(c))) // k -> the Kelvin sign, s -> the long s
			case 2: // a letter dropped
			case 3:
				b.WriteString(string(c) + rapid.SampledFrom([]string{"x", "\u00e9", " "}).Draw(rt, "extra"))
			default:
				b.WriteRune(c)
			}
		}
		r := classify.Reason(rapid.SampledFrom([]string{"", " ", "\t", "\u00a0"}).Draw(rt, "before") + b.String() +
			rapid.SampledFrom([]string{"", " ", "\n", "\u3000"}).Draw(rt, "after"))
		got, ok := pauseReason(r)
		want, wantOK := plain(r)
		if got != want || ok != wantOK {
			rt.Fatalf("pauseReason(%q) = %q, %v; EqualFold says %q, %v", r, got, ok, want, wantOK)
		}
	})
}

// Every pause reason fits the buffer pauseReason lower-cases into.
func TestPauseReasonsFitTheBuffer(t *testing.T) {
	for _, r := range pauseReasons {
		assert.LessOrEqual(t, len(r), maxReasonLen, r)
	}
}
