package classify

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"net/textproto"
	"strconv"

	"github.com/emersion/go-smtp"
	"golang.org/x/oauth2"
)

// Error classifies a Go error value. It looks through the whole chain of wrapped
// errors (%w, errors.Join, *url.Error, the google package's AuthenticationError)
// for the most specific value it knows, in this order:
//   - *smtp.SMTPError (go-smtp) and *textproto.Error (net/smtp): as [Reply];
//   - *oauth2.RetrieveError: as [OAuth] with its HTTP status, error code and
//     description (or its body when the response was not OAuth JSON);
//   - anything else by its message, as [Text], so a logged string and the value it
//     came from give the same verdict;
//   - when the message says nothing known: x509 and TLS errors are config, DNS
//     "not found" is config, timeouts, context errors and errors with a
//     Temporary() true method are transient.
//
// Error(nil) is the zero Verdict. A non-nil error nothing recognises gets
// [ClassUnknown].
func Error(err error) Verdict {
	if err == nil {
		return Verdict{}
	}
	if v, ok := structured(err); ok {
		return v
	}
	v := Text(err.Error())
	if v.Class == ClassUnknown {
		if r := typedRule(err); r != "" {
			return byRule(r, v)
		}
	}
	return v
}

// structured finds an SMTP or OAuth error value anywhere in err's chain.
// (One walk of the chain with a type switch, rather than one errors.As per
// type, keeps Error to the few small allocations of the walk.)
func structured(err error) (Verdict, bool) {
	for _, e := range chain(err) {
		switch e := e.(type) {
		case *smtp.SMTPError:
			return Reply(e.Code, enhancedString(e.EnhancedCode), e.Message), true
		case *textproto.Error:
			return Reply(e.Code, "", e.Msg), true
		case *oauth2.RetrieveError:
			status := 0
			if e.Response != nil {
				status = e.Response.StatusCode
			}
			if e.ErrorCode == "" {
				return OAuth(status, "", string(e.Body)), true
			}
			return OAuth(status, e.ErrorCode, e.ErrorDescription), true
		}
	}
	return Verdict{}, false
}

// chain lists err and every error it wraps, depth first.
func chain(err error) []error {
	var out []error
	var walk func(error)
	walk = func(e error) {
		for e != nil && len(out) < 64 {
			out = append(out, e)
			switch u := e.(type) {
			case interface{ Unwrap() []error }:
				for _, x := range u.Unwrap() {
					walk(x)
				}
				return
			case interface{ Unwrap() error }:
				e = u.Unwrap()
			default:
				return
			}
		}
	}
	walk(err)
	return out
}

// typedRule picks a rule from the types in err's chain when its text was not
// recognised.
func typedRule(err error) string {
	var (
		dnsErr  *net.DNSError
		hostErr x509.HostnameError
		authErr x509.UnknownAuthorityError
		certErr x509.CertificateInvalidError
		verErr  *tls.CertificateVerificationError
		recErr  tls.RecordHeaderError
	)
	switch {
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return "dns_not_found"
	case errors.As(err, &hostErr), errors.As(err, &authErr), errors.As(err, &certErr), errors.As(err, &verErr):
		return "tls_certificate"
	case errors.As(err, &recErr):
		return "tls_wrong_port"
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return "network_timeout"
	}
	for _, e := range chain(err) {
		if t, ok := e.(interface{ Timeout() bool }); ok && t.Timeout() {
			return "network_timeout"
		}
		if t, ok := e.(interface{ Temporary() bool }); ok && t.Temporary() {
			return "temporary_wording"
		}
	}
	return ""
}

// byRule returns v decided by the rule with the given ID.
func byRule(id string, v Verdict) Verdict {
	for i := range table.rules {
		r := &table.rules[i]
		if r.id == id {
			return decided(v, r)
		}
	}
	panic("classify: no rule " + id)
}

// enhancedString formats a go-smtp enhanced code, "" when absent.
func enhancedString(c smtp.EnhancedCode) string {
	if c == smtp.NoEnhancedCode || c == (smtp.EnhancedCode{}) || c[0] < 2 || c[0] > 5 {
		return ""
	}
	return strconv.Itoa(c[0]) + "." + strconv.Itoa(c[1]) + "." + strconv.Itoa(c[2])
}
