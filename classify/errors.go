package classify

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"net"
	"net/textproto"
	"os"
	"reflect"
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
// Error(nil) is the zero Verdict, and so is a nil pointer stored in an error
// (a typed nil such as (*smtp.SMTPError)(nil)), which holds nothing to
// classify. Nil pointers inside the chain are skipped and never unwrapped. An
// error whose Error method panics (a wrapper around a typed nil) is classified
// by the types in its chain alone. A non-nil error nothing recognises gets
// [ClassUnknown].
func Error(err error) Verdict {
	load()
	if isNil(err) {
		return Verdict{}
	}
	var c errChain // on the stack: reading the chain allocates nothing
	c.walk(err)
	v, ok := structured(c.list())
	if !ok {
		v = Text(message(err))
	}
	if v.Class == "" { // an empty reply or message: nothing to go on
		v = Verdict{Class: ClassUnknown, Rule: ruleUnrecognized}
	}
	if ok {
		return v
	}
	if v.Class == ClassUnknown {
		if r := typedRule(c.list()); r != "" {
			return byRule(r, v)
		}
	}
	return v
}

// structured finds an SMTP or OAuth error value in errs (one pass with a type
// switch rather than one errors.As per type).
func structured(errs []error) (Verdict, bool) {
	for _, e := range errs {
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
				return OAuth(GrantUnknown, status, "", string(e.Body)), true
			}
			return OAuth(GrantUnknown, status, e.ErrorCode, e.ErrorDescription), true
		}
	}
	return Verdict{}, false
}

// maxChain bounds how many errors of one chain are read.
const maxChain = 64

// errChain lists an error and every error it wraps, depth first, leaving out
// nil pointers (and what they would wrap: unwrapping them could panic). It is
// a fixed array so that it lives on the caller's stack.
type errChain struct {
	errs [maxChain]error
	n    int
}

func (c *errChain) list() []error { return c.errs[:c.n] }

func (c *errChain) walk(e error) {
	for !isNil(e) && c.n < maxChain {
		c.errs[c.n] = e
		c.n++
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				c.walk(x)
			}
			return
		case interface{ Unwrap() error }:
			e = u.Unwrap()
		default:
			return
		}
	}
}

// typedRule picks a rule from the types in err's chain when its text was not
// recognised.
func typedRule(errs []error) string {
	if dnsErr, ok := find[*net.DNSError](errs); ok && dnsErr.IsNotFound {
		return "dns_not_found"
	}
	if has[x509.HostnameError](errs) || has[x509.UnknownAuthorityError](errs) ||
		has[x509.CertificateInvalidError](errs) || has[*tls.CertificateVerificationError](errs) {
		return "tls_certificate"
	}
	if has[tls.RecordHeaderError](errs) {
		return "tls_wrong_port"
	}
	for _, e := range errs {
		if e == context.DeadlineExceeded || e == context.Canceled {
			return "network_timeout"
		}
		if x, ok := e.(interface{ Is(error) bool }); ok && safely(func() bool {
			return x.Is(context.DeadlineExceeded) || x.Is(context.Canceled)
		}) {
			return "network_timeout"
		}
	}
	for _, e := range errs {
		if t, ok := e.(interface{ Timeout() bool }); ok && safely(t.Timeout) {
			return "network_timeout"
		}
		if t, ok := e.(interface{ Temporary() bool }); ok && safely(t.Temporary) {
			return "temporary_wording"
		}
	}
	return ""
}

// find returns the first error of type T in errs, as errors.As would find it
// (by type, or by an As method), without unwrapping nil pointers.
func find[T any](errs []error) (T, bool) {
	for _, e := range errs {
		if t, ok := e.(T); ok {
			return t, true
		}
		if x, ok := e.(interface{ As(any) bool }); ok {
			var t T
			if safely(func() bool { return x.As(&t) }) && !isNil(t) {
				return t, true
			}
		}
	}
	var zero T
	return zero, false
}

// has reports whether errs holds an error of type T.
func has[T any](errs []error) bool {
	_, ok := find[T](errs)
	return ok
}

// isNil reports whether v is nil or a nil pointer, map, slice, func or
// channel stored in an interface.
func isNil(v any) bool {
	if v == nil {
		return true
	}
	switch r := reflect.ValueOf(v); r.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return r.IsNil()
	}
	return false
}

// safely returns f(), or false when f panics, as a method of a wrapper around
// a typed nil can (url.Error's Timeout calls its Err's).
func safely(f func() bool) (b bool) {
	defer func() {
		if recover() != nil {
			b = false
		}
	}()
	return f()
}

// message returns err.Error(), or "" when that panics, as it does for a
// wrapper whose Error method calls a typed nil's (errors.Join keeps typed
// nils). fmt recovers from the same panics when it prints an error. The
// messages of package net's and package os's errors are written into one
// buffer (see appendMessage) instead of built by their Error methods, which
// allocate once per part.
func message(err error) (msg string) {
	defer func() {
		if recover() != nil {
			msg = ""
		}
	}()
	switch err.(type) {
	case *net.OpError, *net.DNSError, *os.SyscallError:
		var buf [256]byte
		return string(appendMessage(buf[:0], err))
	}
	return err.Error()
}

// byRule returns v decided by the rule with the given ID.
func byRule(id string, v Verdict) Verdict {
	decided(&v, ruleByID(id))
	return v
}

// enhancedString formats a go-smtp enhanced code, "" when absent. A code some
// rule names exactly comes back as the rule's own string, so formatting it
// allocates nothing.
func enhancedString(c smtp.EnhancedCode) string {
	if c == smtp.NoEnhancedCode || c == (smtp.EnhancedCode{}) || c[0] < 2 || c[0] > 5 {
		return ""
	}
	var buf [32]byte
	b := strconv.AppendInt(buf[:0], int64(c[0]), 10)
	b = strconv.AppendInt(append(b, '.'), int64(c[1]), 10)
	b = strconv.AppendInt(append(b, '.'), int64(c[2]), 10)
	if s, ok := walk.names[string(b)]; ok {
		return s
	}
	return string(b)
}
