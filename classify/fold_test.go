package classify

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// refFold is foldAt as its doc defines it, the slow way: decode, white space,
// Unicode's simple lower-case mapping, the letters read as another; a byte that is not UTF-8 stands for
// itself.
func refFold(s string) (folded string, width int, space bool) {
	r, width := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError && width == 1:
		return s[:1], 1, false
	case unicode.IsSpace(r):
		return " ", width, true
	}
	r = unicode.ToLower(r)
	if f, ok := sameLetter[r]; ok {
		r = f
	}
	if r >= 0xff01 && r <= 0xff5e { // full-width forms of ASCII
		r = unicode.ToLower(r - 0xfee0)
	}
	return string(r), width, false
}

// sameLetter lists the characters foldAt reads as another: what upper-case
// Turkish and Greek text lose (dotless i, final sigma, accents), curly
// quotes, hyphens and dashes, and Romanian's comma-below letters (as the
// cedilla ones older fonts write).
var sameLetter = map[rune]rune{'ı': 'i', 'ς': 'σ', 'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ϊ': 'ι', 'ΐ': 'ι',
	'ό': 'ο', 'ύ': 'υ', 'ϋ': 'υ', 'ΰ': 'υ', 'ώ': 'ω',
	'\u2018': '\'', '\u2019': '\'', '\u201a': '\'', '\u2032': '\'', '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
	'ș': 'ş', 'ț': 'ţ'}

func checkFold(t *testing.T, s string) {
	t.Helper()
	var out [utf8.UTFMax]byte
	n, width, space := foldAt(s, 0, &out)
	want, wantWidth, wantSpace := refFold(s)
	if string(out[:n]) != want || width != wantWidth || space != wantSpace {
		t.Fatalf("foldAt(%q) = %q, %d, %v; want %q, %d, %v", s, out[:n], width, space, want, wantWidth, wantSpace)
	}
}

// foldAt's tables and shortcuts (two-byte characters, caseless three-byte
// blocks) agree with decoding and lower-casing for every character, and for
// every two- and three-byte sequence that is not well-formed UTF-8.
func TestFoldAt(t *testing.T) {
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if utf8.ValidRune(r) {
			checkFold(t, string(r)+"x")
		}
	}
	for a := 0x80; a < 0x100; a++ {
		for b := 0; b < 0x100; b++ {
			checkFold(t, string([]byte{byte(a), byte(b)}))
			if a >= 0xe0 && a < 0xf0 {
				for _, c := range []byte{0, 0x7f, 0x80, 0xbf, 0xc0, 0xff} {
					checkFold(t, string([]byte{byte(a), byte(b), c}))
				}
			}
		}
	}
}
