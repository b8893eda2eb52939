package classify

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestURLDecode(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// An OAuth redirect as users paste it (RFC 6749 4.1.2.1): the query's
		// fields read as lines, the form's plus signs as spaces.
		{"https://app.example/Error?error=consent_required&error_description=AADSTS65004%3a+User+declined+to+consent",
			"https://app.example/Error\nerror\nconsent_required\nerror_description\nAADSTS65004: User declined to consent"},
		// encodeURIComponent's spelling, UTF-8 included.
		{"?msg=550%20n%C3%A3o%20tomar", "\nmsg\n550 não tomar"},
		// A form-encoded value without a percent escape.
		{"GET /x?msg=550+Mailbox+not+found.", "GET /x\nmsg\n550 Mailbox not found."},
		// Words without an escape stay as written, in a text that has one.
		{"AUTH=PLAIN a+b %41", "AUTH=PLAIN a+b A"},
		// An escaped equals sign is data, not the query's syntax.
		{"p%3Dbadcredentials", "p=badcredentials"},
		// A run of escapes that is no UTF-8 is read as written, and so is a
		// percent sign alone or at the end.
		{"50%fa x%2", "50%fa x%2"},
		{"100%25%", "100%%"},
		// Decoded once: an escaped escape stays one.
		{"%2541", "%41"},
		// Base64 puts its equals signs last: no plus sign after one.
		{"dXNl+cg== ok", "dXNl+cg== ok"},
	} {
		assert.Equal(t, c.want, string(urlDecode(nil, c.in)), "%q", c.in)
	}
}

func TestStripANSI(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\x1b[31mERROR\x1b[0m \x1b[1;4m535 5.7.8 Username and Password not accepted\x1b[0m", "ERROR 535 5.7.8 Username and Password not accepted"},
		// A colour change inside a word does not split it.
		{"Auth\x1b[1mentication failed", "Authentication failed"},
		// The escape bytes lost on the way: the codes go only when a reset
		// shows they are colours.
		{"[31mERROR[0m 535 Authentication failed", "ERROR 535 Authentication failed"},
		{"retry in [5m] (535 [1m)", "retry in [5m] (535 [1m)"},
		// A lone escape byte, and a sequence cut short at the end.
		{"a\x1bb \x1b[12", "ab "},
	} {
		assert.Equal(t, c.want, string(stripANSI(nil, c.in)), "%q", c.in)
	}
	v := Text("\x1b[31m\x1b[1m535 5.7.8 Username and Password not accepted\x1b[0m")
	assert.Equal(t, ClassAuth, v.Class)
	assert.Equal(t, 535, v.Code)
	assert.Equal(t, "5.7.8", v.Enhanced)
}

// A URL-encoded text costs no allocation: it is decoded into a pooled buffer,
// and its verdict points into the text it came from.
func TestURLEncodedAllocs(t *testing.T) {
	s := "GET /app/notice?msg=535%205.7.8%20Username%20and%20Password%20not%20accepted"
	v := Text(s)
	assert.Equal(t, ClassAuth, v.Class)
	assert.Equal(t, "5.7.8", v.Enhanced)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = Text(s) }))
}

// FuzzURLDecode: decoding (and stripping a terminal's codes) never lengthens a text (so a pooled buffer of
// maxDecoded bytes holds any text that fits it), keeps valid UTF-8 valid,
// and leaves a text with no URL-encoded word as it is.
func FuzzURLDecode(f *testing.F) {
	for _, s := range []string{"\x1b[1;31mx\x1b[0m", "[0m[31", "a%20b", "x=1+2", "%C3%A3", "%", "%%41", "?msg=550+x", "50%fa", "q=%E2%82"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := urlDecode(nil, s)
		if len(d) > len(s) {
			t.Fatalf("%q decodes to %q, longer", s, d)
		}
		if utf8.ValidString(s) && !utf8.Valid(d) {
			t.Fatalf("%q decodes to invalid UTF-8 %q", s, d)
		}
		if !urlEncoded(s) && string(d) != s {
			t.Fatalf("%q holds no URL-encoded word but decodes to %q", s, d)
		}
		a := stripANSI(nil, s)
		if len(a) > len(s) || bytes.IndexByte(a, 0x1b) >= 0 {
			t.Fatalf("%q strips to %q", s, a)
		}
		if utf8.ValidString(s) && !utf8.Valid(a) {
			t.Fatalf("%q strips to invalid UTF-8 %q", s, a)
		}
		checkVerdict(t, Text(s))
	})
}
