package mailservers

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect/imapcheck"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
)

// silentLimit is the tester's time limit against a server that never speaks.
const silentLimit = 1500 * time.Millisecond

// TestSilentServer: a listener that accepts and never speaks costs the
// tester its time limit and no more; a timeout is transient, and nothing
// secret was sent.
func TestSilentServer(t *testing.T) {
	s := need(t)
	for _, tc := range []struct {
		name string
		run  func(t *testing.T, address string) error
	}{
		{"SMTP/STARTTLS", func(t *testing.T, a string) error {
			err, _ := s.testSMTP(t, a, provider.StartTLS, s.password, func(o *smtpcheck.Options) { o.Timeout = silentLimit })
			return err
		}},
		{"SMTP/ImplicitTLS", func(t *testing.T, a string) error {
			err, _ := s.testSMTP(t, a, provider.ImplicitTLS, s.password, func(o *smtpcheck.Options) { o.Timeout = silentLimit })
			return err
		}},
		{"IMAP/STARTTLS", func(t *testing.T, a string) error {
			err, _ := s.testIMAP(t, a, provider.StartTLS, s.password, func(o *imapcheck.Options, _ *tap) { o.Timeout = silentLimit })
			return err
		}},
		{"IMAP/ImplicitTLS", func(t *testing.T, a string) error {
			err, _ := s.testIMAP(t, a, provider.ImplicitTLS, s.password, func(o *imapcheck.Options, _ *tap) { o.Timeout = silentLimit })
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			address, rec := silentServer(t)
			start := time.Now()
			err := tc.run(t, address)
			took := time.Since(start)
			v := assertClass(t, err, classify.ClassTransient)
			assert.False(t, v.NeedsReconnect)
			assert.Less(t, took, silentLimit+time.Second, "the test outlived its limit")
			assertNoPassword(t, "what the silent server received", rec.seen(), s.user, s.password)
		})
	}
}

// TestStoppedServer: nothing listens on the port (connection refused); a
// stopped server is transient, never a reconnect.
func TestStoppedServer(t *testing.T) {
	s := need(t)
	t.Run("SMTP", func(t *testing.T) {
		err, _ := s.testSMTP(t, stoppedServer(t), provider.ImplicitTLS, s.password, nil)
		v := assertClass(t, err, classify.ClassTransient)
		assert.False(t, v.NeedsReconnect)
	})
	t.Run("IMAP", func(t *testing.T) {
		err, _ := s.testIMAP(t, stoppedServer(t), provider.ImplicitTLS, s.password, nil)
		v := assertClass(t, err, classify.ClassTransient)
		assert.False(t, v.NeedsReconnect)
	})
}

// TestMain, after the tests, reads both servers' whole logs: the test
// password appears in none of them, in any form.
func TestMain(m *testing.M) {
	code := m.Run()
	user, password := os.Getenv(envPrefix+"TEST_USER"), os.Getenv(envPrefix+"TEST_PASSWORD")
	if password != "" {
		for _, name := range []string{"POSTFIX_LOG", "DOVECOT_LOG"} {
			data, err := os.ReadFile(os.Getenv(envPrefix + name))
			if err != nil {
				fmt.Fprintf(os.Stderr, "mailservers: %s: %v\n", name, err)
				code = 1
				continue
			}
			for _, f := range clearForms(user, password) {
				if containsString(data, f) {
					fmt.Fprintf(os.Stderr, "FAIL: mailservers: %s holds the test password in clear\n", name)
					code = 1
					break
				}
			}
		}
	}
	os.Exit(code)
}
