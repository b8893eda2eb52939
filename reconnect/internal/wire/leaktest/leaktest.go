// Package leaktest checks test output for secrets, in the forms a server or a
// format verb can turn them into. It builds those forms itself, with the
// standard library, independently of the scrubber it checks.
package leaktest

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// Passwords are awkward secrets every tester path is fed: quotes,
// backslashes, non-ASCII, characters JSON and URLs escape, and short ones.
var Passwords = []string{
	`pa"ss\word-1`,
	`Straße-пароль-密码`,
	`<a&b>+=/%?`,
	`q"\`,
	`ab`,
	`é`,
}

// Forms returns the forms of secret v sent by user that must never appear:
// as is (for 4 bytes and more), %q-quoted, JSON-escaped, URL-escaped, base64,
// and the base64 SASL payloads of AUTH PLAIN, LOGIN and XOAUTH2. A shorter v
// is looked for only where it stands out: quoted, and in the payloads.
func Forms(user, v string) []string {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	j, _ := json.Marshal(v)
	out := []string{
		fmt.Sprintf("%q", v),
		string(j),
		b64("\x00" + user + "\x00" + v),
		b64("user=" + user + "\x01auth=Bearer " + v + "\x01\x01"),
	}
	if len(v) >= 4 {
		q := fmt.Sprintf("%q", v)
		out = append(out, v, q[1:len(q)-1], string(j[1:len(j)-1]), url.QueryEscape(v), b64(v),
			strings.TrimRight(b64(v), "="))
	}
	return out
}

// Check fails t if text holds any form of any secret.
func Check(t testing.TB, text, user string, secrets ...string) {
	t.Helper()
	for _, v := range secrets {
		for _, f := range Forms(user, v) {
			if strings.Contains(text, f) {
				t.Errorf("secret %q leaked as %q in: %s", v, f, text)
			}
		}
	}
}

// Echo returns text that quotes v in every form Forms checks, as a careless
// server might.
func Echo(user, v string) string {
	return "echo " + strings.Join(Forms(user, v), " | ") + " | " + v
}

// CheckError checks err's text as every verb prints it, and the text of every
// error it unwraps to.
func CheckError(t testing.TB, err error, user string, secrets ...string) {
	t.Helper()
	for e := err; e != nil; {
		for _, verb := range []string{"%v", "%+v", "%#v", "%q", "%s"} {
			Check(t, fmt.Sprintf(verb, e), user, secrets...)
		}
		switch u := e.(type) {
		case interface{ Unwrap() error }:
			e = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				CheckError(t, x, user, secrets...)
			}
			e = nil
		default:
			e = nil
		}
	}
}
