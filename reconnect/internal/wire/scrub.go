package wire

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/textproto"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-smtp"
	"golang.org/x/oauth2"
)

// Redacted is what every secret found in text is replaced with.
const Redacted = "[redacted]"

// minSubstring is the length from which a secret's form is removed wherever it
// occurs. Shorter forms (a 3-byte password) are removed only where they stand
// as a word of their own: removing every "ab" would destroy the message, and
// "ab" inside another word tells nobody the password.
const minSubstring = 4

// Scrubber removes secrets from text. Add each secret once; Scrub then
// removes it in every form a server, a library or a format verb may have
// turned it into: as is, %q-quoted (and ASCII-quoted), JSON-escaped,
// URL-escaped, base64 (standard and URL alphabets, padded or not), and inside
// the SASL payloads that carry it (AUTH PLAIN, LOGIN, XOAUTH2), see
// [Scrubber.AddLogin].
//
// The zero Scrubber removes nothing. A Scrubber is not safe for concurrent
// use while secrets are added.
type Scrubber struct {
	long  []string // forms removed wherever they occur, longest first once sorted
	short []string // forms removed only as whole words
	dirty bool     // long needs sorting
}

// Add registers secret v in all its forms. An empty v is ignored.
func (s *Scrubber) Add(v string) {
	if v == "" {
		return
	}
	for _, f := range forms(v) {
		s.addForm(f)
	}
}

// AddLogin registers the SASL payloads that carry secret for user: AUTH PLAIN
// ("\x00user\x00secret", RFC 4616), LOGIN (the secret alone, base64) and
// XOAUTH2 ("user=U\x01auth=Bearer T\x01\x01"), each in its base64 forms, as
// well as the secret itself (see [Scrubber.Add]).
func (s *Scrubber) AddLogin(user, secret string) {
	if secret == "" {
		return
	}
	s.Add(secret)
	s.AddSent([]byte("\x00" + user + "\x00" + secret))
	s.AddSent([]byte(user + "\x00" + user + "\x00" + secret))
	s.AddSent(XOAuth2Response(user, secret))
}

// AddSent registers b, something sent to a server in base64 (a SASL
// response), in its base64 forms.
func (s *Scrubber) AddSent(b []byte) {
	if len(b) == 0 {
		return
	}
	for _, enc := range encodings {
		s.addForm(enc.EncodeToString(b))
	}
}

func (s *Scrubber) addForm(f string) {
	switch {
	case f == "":
	case len(f) < minSubstring:
		if !slices.Contains(s.short, f) {
			s.short = append(s.short, f)
		}
	case !slices.Contains(s.long, f):
		s.long = append(s.long, f)
		s.dirty = true
	}
}

// Scrub returns text with every registered secret replaced by [Redacted].
// Longer forms go first, so an echoed SASL payload is removed whole rather
// than only the part of it that encodes a secret.
func (s *Scrubber) Scrub(text string) string {
	if s == nil {
		return text
	}
	if s.dirty {
		slices.SortStableFunc(s.long, func(a, b string) int { return len(b) - len(a) })
		s.dirty = false
	}
	for _, f := range s.long {
		if strings.Contains(text, f) {
			text = strings.ReplaceAll(text, f, Redacted)
		}
	}
	for _, f := range s.short {
		text = replaceWord(text, f)
	}
	return text
}

// Error returns err if its text holds no registered secret. Otherwise it
// returns an error whose text is scrubbed and which unwraps to a scrubbed
// copy of the most specific value classify reads (an *smtp.SMTPError, a
// *textproto.Error, an *oauth2.RetrieveError, or what one of leaves
// returns), so the error keeps its class and no secret stays reachable
// through errors.Unwrap or errors.As. Each of leaves looks for one more type
// in err's chain and returns a scrubbed copy of it, or nil.
func (s *Scrubber) Error(err error, leaves ...func(err error, scrub func(string) string) error) error {
	if err == nil || s == nil {
		return err
	}
	msg := err.Error()
	clean := s.Scrub(msg)
	if clean == msg {
		return err
	}
	out := &scrubbed{msg: clean}
	for _, leaf := range append(leaves, s.known) {
		if l := leaf(err, s.Scrub); l != nil {
			out.err = l
			break
		}
	}
	return out
}

// known returns a scrubbed copy of the first error type classify reads.
func (s *Scrubber) known(err error, scrub func(string) string) error {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		c := *se
		c.Message = scrub(c.Message)
		return &c
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		return &textproto.Error{Code: te.Code, Msg: scrub(te.Msg)}
	}
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		return ScrubRetrieveError(re, scrub)
	}
	return nil
}

// ScrubRetrieveError returns a copy of re with scrub applied to every text
// field and the request dropped from its response (the request's form holds
// the refresh token and the client secret).
func ScrubRetrieveError(re *oauth2.RetrieveError, scrub func(string) string) *oauth2.RetrieveError {
	c := *re
	c.Body = []byte(scrub(string(re.Body)))
	c.ErrorCode = scrub(re.ErrorCode)
	c.ErrorDescription = scrub(re.ErrorDescription)
	c.ErrorURI = scrub(re.ErrorURI)
	if re.Response != nil {
		resp := *re.Response
		resp.Request = nil
		resp.Body = nil
		c.Response = &resp
	}
	return &c
}

// scrubbed is an error whose text had a secret removed.
type scrubbed struct {
	msg string
	err error // a scrubbed copy of the typed cause, or nil
}

func (e *scrubbed) Error() string { return e.msg }
func (e *scrubbed) Unwrap() error { return e.err }

var encodings = []*base64.Encoding{
	base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding,
}

// forms returns v as it may appear in text: as is, escaped for Go, JSON and
// URLs (and JSON inside %q, %q inside JSON), and in base64.
func forms(v string) []string {
	out := []string{v, url.QueryEscape(v), url.PathEscape(v)}
	for _, e := range []string{quoted(v), asciiQuoted(v), jsonEscaped(v, true), jsonEscaped(v, false)} {
		out = append(out, e, quoted(e), jsonEscaped(e, false))
	}
	for _, enc := range encodings {
		out = append(out, enc.EncodeToString([]byte(v)))
	}
	return out
}

func quoted(v string) string {
	q := strconv.Quote(v)
	return q[1 : len(q)-1]
}

func asciiQuoted(v string) string {
	q := strconv.QuoteToASCII(v)
	return q[1 : len(q)-1]
}

func jsonEscaped(v string, html bool) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(html)
	_ = enc.Encode(v) // a string always encodes
	j := strings.TrimSuffix(b.String(), "\n")
	return j[1 : len(j)-1]
}

// replaceWord replaces f in text where it is not part of a longer word
// (letters and digits on neither side).
func replaceWord(text, f string) string {
	var b strings.Builder
	rest := text
	for {
		i := strings.Index(rest, f)
		if i < 0 {
			break
		}
		before, _ := utf8.DecodeLastRuneInString(rest[:i])
		if i == 0 && b.Len() > 0 {
			before, _ = utf8.DecodeLastRuneInString(b.String())
		}
		after, _ := utf8.DecodeRuneInString(rest[i+len(f):])
		if isWord(before) || isWord(after) {
			b.WriteString(rest[:i+len(f)])
		} else {
			b.WriteString(rest[:i])
			b.WriteString(Redacted)
		}
		rest = rest[i+len(f):]
	}
	if b.Len() == 0 {
		return text
	}
	b.WriteString(rest)
	return b.String()
}

func isWord(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// AddCredentials registers every secret of a login as user, each with the
// SASL payloads that could carry it ([Scrubber.AddLogin]).
func (s *Scrubber) AddCredentials(user string, secrets ...string) {
	for _, v := range secrets {
		s.AddLogin(user, v)
	}
}
