package classify

import (
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"net/url"
	"testing"

	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"golang.org/x/oauth2"
)

// TestErrorTypedNil feeds Error typed-nil pointers stored in an error, alone
// and wrapped: it must not panic, and a nil pointer says nothing.
func TestErrorTypedNil(t *testing.T) {
	var (
		smtpErr  *smtp.SMTPError
		protoErr *textproto.Error
		oauthErr *oauth2.RetrieveError
		urlErr   *url.Error
		dnsErr   *net.DNSError
		opErr    *net.OpError
	)
	for _, tc := range []struct {
		name string
		err  error
	}{
		{"smtp", smtpErr},
		{"textproto", protoErr},
		{"oauth2", oauthErr},
		{"url", urlErr},
		{"dns", dnsErr},
		{"op", opErr},
		{"wrapped smtp", fmt.Errorf("send: %w", smtpErr)},
		{"joined", errors.Join(errors.New("first"), oauthErr)},
		{"url around nil op", &url.Error{Op: "Post", URL: "https://oauth2.googleapis.com/token", Err: opErr}},
		{"url around nil", &url.Error{Op: "Post", URL: "https://oauth2.googleapis.com/token"}},
		{"zero smtp", &smtp.SMTPError{}},
		{"zero oauth2", &oauth2.RetrieveError{}},
		{"zero textproto", &textproto.Error{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v Verdict
			assert.NotPanics(t, func() { v = Error(tc.err) })
			checkVerdict(t, v)
			assert.False(t, v.NeedsReconnect, "%+v", v)
			if !isNil(tc.err) {
				assert.Equal(t, ClassUnknown, v.Class, "a non-nil error with nothing in it")
			}
		})
	}
	// A typed nil alone is no error.
	assert.Equal(t, Verdict{}, Error(smtpErr))
	// A real reply next to a typed nil still decides.
	real := &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Error: authentication failed"}
	v := Error(errors.Join(smtpErr, real))
	assert.Equal(t, ClassAuth, v.Class)
}
