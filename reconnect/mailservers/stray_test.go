package mailservers

import (
	"context"
	"net"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
)

// TestSMTPNothingAfterRefusal: after Postfix refuses the credentials with a
// final 535, the tester sends no further AUTH data. go-smtp answers any error
// in an AUTH exchange with "*" (emersion/go-smtp issue 316), which Postfix
// counts as an unrecognised command ("unknown=0/1" in its disconnect line,
// see the smtpd session summary in postfix.org/postconf.5.html). Each session
// dials from its own loopback address so its summary line can be found.
func TestSMTPNothingAfterRefusal(t *testing.T) {
	s := need(t)
	for i, tc := range []struct {
		name string
		sec  provider.Security
	}{{"STARTTLS", provider.StartTLS}, {"TLS", provider.ImplicitTLS}} {
		t.Run(tc.name, func(t *testing.T) {
			from := net.IPv4(127, 0, 0, byte(40+i))
			err, _ := s.testSMTP(t, smtpAddr(t, tc.name), tc.sec, "wrong-"+s.password, func(o *smtpcheck.Options) {
				d := net.Dialer{LocalAddr: &net.TCPAddr{IP: from}}
				o.Dial = func(ctx context.Context, network, address string) (net.Conn, error) {
					return d.DialContext(ctx, network, address)
				}
			})
			assertClass(t, err, classify.ClassAuth)
			summary := regexp.MustCompile(`disconnect from \S*\[` + regexp.QuoteMeta(from.String()) + `\]( .*)`)
			log := waitForLog(t, s.postfixLog, "["+from.String()+"] ehlo=")
			m := summary.FindSubmatch(log)
			require.NotNil(t, m, "no session summary for %s in the Postfix log", from)
			assert.Regexp(t, `auth=0/1`, string(m[1]), "the session did not try AUTH once")
			assert.NotContains(t, string(m[1]), "unknown=", "the tester sent a command Postfix did not recognise after the refusal")
		})
	}
}
