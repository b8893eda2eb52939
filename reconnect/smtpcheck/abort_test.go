package smtpcheck_test

import (
	"bytes"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
)

// badCredentials is Gmail's reply to a wrong password
// (https://support.google.com/a/answer/3726730).
var badCredentials = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
	Message: "Username and Password not accepted"}

// lines splits what a server received in plain text into lines.
func lines(raw []byte) []string {
	var out []string
	for _, l := range bytes.Split(raw, []byte("\r\n")) {
		out = append(out, string(l))
	}
	return out
}

// After the server's final reply to AUTH, the exchange is over (RFC 4954
// section 4): the client sends no "*", which Postfix logs as a non-SMTP
// command. Each mechanism is refused with a final 535.
func TestNoCancelAfterFinalReply(t *testing.T) {
	refuse := func(string, string) error { return badCredentials }
	for _, tc := range []struct {
		mech  string
		serve mechFunc
		c     reconnect.Credentials
	}{
		{"PLAIN", plainMech(refuse), password("pw-123456")},
		{"LOGIN", loginMech(refuse), password("pw-123456")},
		{"XOAUTH2", xoauth2Mech(refuse), token("ya29.token-value")},
	} {
		t.Run(tc.mech, func(t *testing.T) {
			srv := startServer(t, noTLS, testPKI(t).local, newBackend(tc.mech, tc.serve))
			tester := smtpcheck.New(&smtpcheck.Options{Server: serverFor(srv.endpoint(provider.Plain)), AllowInsecureAuth: true, LocalName: "client.example.org"})
			err := within(t, testDeadline, tester, reconnect.Mailbox{Email: "ana@example.org"}, tc.c)
			var se *smtp.SMTPError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, 535, se.Code)
			assert.NotContains(t, lines(srv.rec.Bytes()), "*")
		})
	}
}

// A client that cannot answer a challenge still cancels with "*", as RFC 4954
// section 4 asks: here a LOGIN server asks a third question.
func TestCancelAfterChallengeStillSent(t *testing.T) {
	var chatty mechFunc = func(*smtp.Conn) sasl.Server {
		return serverFunc(func([]byte) ([]byte, bool, error) { return []byte("Username:"), false, nil })
	}
	srv := startServer(t, noTLS, testPKI(t).local, newBackend("LOGIN", chatty))
	tester := smtpcheck.New(&smtpcheck.Options{Server: serverFor(srv.endpoint(provider.Plain)), AllowInsecureAuth: true, LocalName: "client.example.org"})
	err := within(t, testDeadline, tester, reconnect.Mailbox{Email: "ana@example.org"}, password("pw-123456"))
	require.Error(t, err)
	assert.Contains(t, lines(srv.rec.Bytes()), "*")
}
