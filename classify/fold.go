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
		n, width, sp := foldAt(p, i, &folded)
		i += width
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
// script); a byte that is not valid UTF-8 stands for itself. White space is the
// ASCII space, tab, CR and LF, and any character unicode.IsSpace accepts (a
// no-break space, an ideographic space). Text is not Unicode-normalised: a
// phrase written precomposed ("ã") does not match its decomposed form.
func foldAt(s string, i int, out *[utf8.UTFMax]byte) (n, width int, space bool) {
	c := s[i]
	if c < utf8.RuneSelf {
		out[0] = lower(c)
		return 1, 1, isSpace(c)
	}
	r, width := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && width == 1 {
		out[0] = c
		return 1, 1, false
	}
	if unicode.IsSpace(r) {
		out[0] = ' '
		return 1, width, true
	}
	return utf8.EncodeRune(out[:], unicode.ToLower(r)), width, false
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
