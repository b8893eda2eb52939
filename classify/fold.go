package classify

import (
	"unicode"
	"unicode/utf8"
)

// normalizePhrase lower-cases and collapses white space, as the text is seen
// while matching.
func normalizePhrase(p string) string {
	b := make([]byte, 0, len(p))
	space := false
	for i := 0; i < len(p); {
		var folded [utf8.UTFMax]byte
		var n int
		var sp bool
		if p[i] == '\\' { // as the scan reads it
			width, r := escapeAt(p, i)
			i += width
			if r < 0 {
				continue
			}
			n, sp = foldEscaped(r, &folded)
		} else if width, r := entity(p, i); r >= 0 {
			i += width
			n, sp = foldEscaped(r, &folded)
		} else {
			var width int
			n, width, sp = foldAt(p, i, &folded)
			i += width
		}
		if sp {
			space = true
			continue
		}
		if space {
			b = append(b, ' ')
		}
		space = false
		b = append(b, folded[:n]...)
	}
	if space {
		b = append(b, ' ')
	}
	return string(b)
}

// foldAt reads the character at s[i] as the matcher sees it: it writes its
// folded bytes to out and returns their number n, the width of the character
// in s, and whether it is white space. ASCII letters are lower-cased; other
// characters are decoded as UTF-8 and lower-cased by Unicode's simple case
// mapping (unicode.ToLower: Cyrillic, Greek, Latin-1 and every other cased
// script), then by foldVariant; a byte that is not valid UTF-8 stands for
// itself. White space is the ASCII space, tab, CR and LF, and any character unicode.IsSpace accepts (a
// no-break space, an ideographic space). Text is not Unicode-normalised: a
// phrase written precomposed ("ã") does not match its decomposed form.
func foldAt(s string, i int, out *[utf8.UTFMax]byte) (n, width int, space bool) {
	c := s[i]
	if c < utf8.RuneSelf {
		out[0] = lower(c)
		return 1, 1, isSpace(c) || c == '`'
	}
	// Two-byte characters (Latin-1 to Arabic) come folded from a table, and
	// three-byte characters of blocks without case or white space (most of
	// them CJK and Hangul) stand for themselves: only the rest are decoded.
	if f, ok := twoByteAt(s, i); ok {
		if f == 0 {
			out[0] = ' '
			return 1, 2, true
		}
		out[0], out[1], out[2] = byte(f), byte(f>>8), byte(f>>16)
		return int(f >> 24), 2, false
	}
	if caseless3(s, i) {
		out[0], out[1], out[2] = c, s[i+1], s[i+2]
		return 3, 3, false
	}
	return foldRune(s, i, out)
}

// foldRune is foldAt for any character: decoded, tested for white space and
// lower-cased.
func foldRune(s string, i int, out *[utf8.UTFMax]byte) (n, width int, space bool) {
	c := s[i]
	r, width := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && width == 1 {
		out[0] = c
		return 1, 1, false
	}
	if unicode.IsSpace(r) {
		out[0] = ' '
		return 1, width, true
	}
	return utf8.EncodeRune(out[:], foldVariant(unicode.ToLower(r))), width, false
}

// foldVariant maps characters that text writes in several ways to one form.
// Upper case loses letters: Turkish dotless ı reads as i (an upper-case
// "BAŞARISIZ" lower-cases to "başarisiz"), Greek final ς as σ (upper-case Σ
// serves both), and Greek vowels with tonos or dialytika as the bare vowel
// (Greek capitals are written without accents). Typography varies: curly
// quotes read as straight ones ("can’t" as "can't"), hyphens and dashes as
// the ASCII hyphen, full-width ASCII forms (in Chinese and Japanese text)
// as ASCII, and Romanian's ș and ț as the ş and ţ with a cedilla that older
// fonts and keyboards put in their place (as Turkish writes ş).
func foldVariant(r rune) rune {
	switch r {
	case 'ı':
		return 'i'
	case 'ș': // Romanian's comma below, as older fonts and keyboards write it: the cedilla
		return 'ş'
	case 'ț':
		return 'ţ'
	case 'ς':
		return 'σ'
	case 'ά':
		return 'α'
	case 'έ':
		return 'ε'
	case 'ή':
		return 'η'
	case 'ί', 'ϊ', 'ΐ':
		return 'ι'
	case 'ό':
		return 'ο'
	case 'ύ', 'ϋ', 'ΰ':
		return 'υ'
	case 'ώ':
		return 'ω'
	case '‘', '’', '‚', '′':
		return '\''
	case '“', '”', '„', '″':
		return '"'
	case '‐', '‑', '‒', '–', '—', '−':
		return '-'
	}
	if r >= '！' && r <= '～' { // U+FF01 to U+FF5E: full-width ! to ~
		return lowerRune(r - '！' + '!')
	}
	return r
}

// lowerRune lower-cases an ASCII letter.
func lowerRune(r rune) rune { return rune(lower(byte(r))) }

// twoByteFold holds what foldRune makes of each two-byte character, U+0080
// to U+07FF (index: the rune less 0x80): its folded bytes from the low byte
// up, their number in the top byte, or 0 for white space.
var twoByteFold = func() (t [0x800 - 0x80]uint32) {
	for r := rune(0x80); r < 0x800; r++ {
		var b [utf8.UTFMax]byte
		s := string(r)
		n, _, space := foldRune(s, 0, &b)
		if !space {
			t[r-0x80] = uint32(n)<<24 | uint32(b[2])<<16 | uint32(b[1])<<8 | uint32(b[0])
		}
	}
	return t
}()

// twoByteAt returns twoByteFold's entry for the character at s[i] when it
// is a well-formed two-byte character, and ok false for anything else.
func twoByteAt(s string, i int) (f uint32, ok bool) {
	c := s[i]
	if c < 0xc2 || c > 0xdf || i+1 >= len(s) || s[i+1]&0xc0 != 0x80 {
		return 0, false
	}
	return twoByteFold[int(c&0x1f)<<6|int(s[i+1]&0x3f)-0x80], true
}

// caseless3 reports whether s[i:] starts with a well-formed three-byte
// character of a range where no character has a lower-case mapping or is
// white space: U+0800-U+0FFF (Samaritan to Tibetan), U+3001-U+9FFF (CJK
// symbols, kana, CJK ideographs) and U+B000-U+EFFF (Hangul syllables, private
// use). U+3000, the ideographic space, is white space. TestFoldAt checks every
// character of these ranges against foldRune.
func caseless3(s string, i int) bool {
	if i+2 >= len(s) || s[i+1]&0xc0 != 0x80 || s[i+2]&0xc0 != 0x80 {
		return false
	}
	switch c, c1 := s[i], s[i+1]; {
	case c == 0xe0:
		return c1 >= 0xa0
	case c == 0xe3:
		return c1 != 0x80 || s[i+2] != 0x80
	case c >= 0xe4 && c <= 0xe9, c == 0xeb, c == 0xec, c == 0xee:
		return true
	case c == 0xed:
		return c1 < 0xa0 // above are the surrogates, not well-formed
	}
	return false
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// entity is entityAt at an ampersand, and -1 at any other byte.
func entity(p string, i int) (int, rune) {
	if p[i] != '&' {
		return 0, -1
	}
	return entityAt(p, i)
}
