package imapcheck_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/imapcheck"
	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
)

// A server that quotes the password in every form in its NO leaves none of
// them in the error, for awkward passwords (quotes, backslashes, non-ASCII,
// short ones), and the scrubbed *imap.Error keeps its code.
func TestNoSecretFormInAnyError(t *testing.T) {
	p := newPKI(t, "127.0.0.1")
	const user = "ana@example.org"
	for _, secret := range leaktest.Passwords {
		t.Run(secret, func(t *testing.T) {
			s := &script{user: user, pass: "something else", loginNo: "[AUTHENTICATIONFAILED] " + leaktest.Echo(user, secret)}
			c := password(secret)
			c.Username = user
			err := tester(s.start(t, p), p).Test(context.Background(), mailbox, c)
			require.Error(t, err)
			leaktest.CheckError(t, err, user, secret)
			assert.Contains(t, err.Error(), "[redacted]")
			assert.Equal(t, classify.ClassAuth, classify.Error(err).Class, "%v", err)
		})
	}
}

// The zero Tester works as New(nil) does.
func TestZeroTester(t *testing.T) {
	var tester imapcheck.Tester
	err := tester.Test(context.Background(), reconnect.Mailbox{}, password("pw-1234"))
	require.ErrorIs(t, err, imapcheck.ErrNoHost, "the default endpoint chooser ran")
}
