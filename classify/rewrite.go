package classify

import (
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// A logged error may be URL-encoded. An OAuth authorization endpoint sends
// its error back in the redirect's query (RFC 6749 section 4.1.2.1:
// "?error=consent_required&error_description=AADSTS65004%3a+User+declined+to+consent"),
// users paste that address, and apps pass a failure to their settings page
// the same way ("?msg=Invalid%20login%3A%20535...", "?msg=550+Mailbox+not+found").
// Text reads a word of such a text (a run without white space) that holds a
// percent escape, or a plus sign after an equals sign, decoded: a run of
// escapes that decodes to UTF-8 as the characters it stands for, a plus
// sign as a space (a query's form encoding), and the query's own syntax (a
// question mark, an equals sign, an ampersand) as a line end, so that each
// key and value reads as a line of its own ("msg=550%20Mailbox%20not%20found"
// as "msg", then a reply "550 Mailbox not found"); an escaped "%3D" is an
// equals sign. Other words, and a run of escapes that is no UTF-8 ("50%fa"),
// are read as written. A text is decoded once: an escape that decodes to
// another escape stays one.

// A log pasted from a terminal may hold its colour codes ("\x1b[1;31m"), or
// what is left of them when the escape bytes were lost on the way ("[31m"
// ... "[0m"). Text reads such a text without them (stripANSI) before
// anything else, so a reply code after a colour code is still one.

// decodeBuffers hold rewritten texts (up to maxDecoded bytes each: the text
// without its terminal colours, then URL-decoded) while they are
// classified, so that a rewritten text costs no allocation.
var decodeBuffers = sync.Pool{New: func() any { return new([2][maxDecoded]byte) }}

// maxDecoded is the longest text decoded into a pooled buffer; a longer one
// gets a buffer of its own.
const maxDecoded = 4096

// urlEncoded reports whether s holds a percent escape ("%3A") or a form
// encoding's plus sign: one after an equals sign, beside a letter or a
// digit ("msg=550+Mailbox"; base64 puts its equals signs last).
func urlEncoded(s string) bool {
	if hasURLEscape(s) {
		return true
	}
	eq := strings.IndexByte(s, '=')
	if eq < 0 {
		return false
	}
	for i := eq; ; {
		j := strings.IndexByte(s[i+1:], '+')
		if j < 0 {
			return false
		}
		i += 1 + j
		if i+1 < len(s) && (isAlnum(s[i-1]) || isAlnum(s[i+1])) {
			return true
		}
	}
}

// hasURLEscape reports whether s holds a percent escape ("%3A").
func hasURLEscape(s string) bool {
	for i := strings.IndexByte(s, '%'); i >= 0; {
		if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '%')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// textRewritten is Text for an s that holds terminal colours (hasANSI) or
// a word urlEncoded: classified as it reads without them.
func textRewritten(s string) Verdict {
	var bufs *[2][maxDecoded]byte // nil: a text too long for them
	if len(s) <= maxDecoded {
		bufs = decodeBuffers.Get().(*[2][maxDecoded]byte)
		defer decodeBuffers.Put(bufs)
	}
	t := s
	if hasANSI(t) {
		d := stripANSI(scratch(bufs, 0, len(t)), t)
		t = unsafe.String(unsafe.SliceData(d), len(d)) // read in place: no copy
	}
	if urlEncoded(t) {
		d := urlDecode(scratch(bufs, 1, len(t)), t)
		t = unsafe.String(unsafe.SliceData(d), len(d))
	}
	code, enhanced := parseReply(t)
	v := decide(kindSMTP, code, enhanced, t)
	// The enhanced code is a substring of the rewritten text. Its digits
	// and dots are never escaped nor part of a colour code, so it is one
	// of s as well: point there, as the buffers go back to the pool.
	if v.Enhanced != "" {
		if i := strings.Index(s, v.Enhanced); i >= 0 {
			v.Enhanced = s[i : i+len(v.Enhanced)]
		} else {
			v.Enhanced = strings.Clone(v.Enhanced)
		}
	}
	return v
}

// scratch returns buffer k of bufs, empty, or a new one of n bytes when
// bufs is nil.
func scratch(bufs *[2][maxDecoded]byte, k, n int) []byte {
	if bufs == nil {
		return make([]byte, 0, n)
	}
	return bufs[k][:0]
}

// urlDecode appends s to dst with each word that holds a percent escape
// decoded (see above) and returns dst.
func urlDecode(dst []byte, s string) []byte {
	for len(s) > 0 {
		i := 0
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		dst = append(dst, s[:i]...)
		j := i
		for j < len(s) && !isSpace(s[j]) {
			j++
		}
		word := s[i:j]
		s = s[j:]
		if !urlEncoded(word) {
			dst = append(dst, word...)
			continue
		}
		for k := 0; k < len(word); {
			switch word[k] {
			case '+':
				dst = append(dst, ' ')
				k++
			case '?', '=', '&':
				dst = append(dst, '\n')
				k++
			case '%':
				start, m := len(dst), k
				for m+2 < len(word) && word[m] == '%' && isHex(word[m+1]) && isHex(word[m+2]) {
					dst = append(dst, unhex(word[m+1])<<4|unhex(word[m+2]))
					m += 3
				}
				if m == k {
					m++ // a percent sign alone
				}
				if m == k+1 || !utf8.Valid(dst[start:]) {
					dst = append(dst[:start], word[k:m]...)
				}
				k = m
			default:
				dst = append(dst, word[k])
				k++
			}
		}
	}
	return dst
}

func isHex(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

func unhex(c byte) byte {
	if isDigit(c) {
		return c - '0'
	}
	return c | 0x20 - 'a' + 10
}

// hasANSI reports whether s holds a terminal's colour or style codes: an
// escape byte, or what is left of a reset code ("[0m") when a paste lost
// the escape bytes.
func hasANSI(s string) bool {
	return strings.IndexByte(s, 0x1b) >= 0 || strings.Contains(s, "[0m")
}

// stripANSI appends s to dst without its terminal control sequences and
// returns dst: an escape and the CSI sequence it starts ("\x1b[1;31m":
// parameters, intermediates and a final byte), a lone escape byte, and,
// when the escape bytes were lost (the text holds "[0m"), each "[...m"
// colour code of digits and semicolons. A colour change inside a word
// does not split it.
func stripANSI(dst []byte, s string) []byte {
	lost := strings.Contains(s, "[0m")
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0x1b {
			if i+1 < len(s) && s[i+1] == '[' {
				i = csiEnd(s, i+2)
			}
			continue
		}
		if c == '[' && lost {
			if j := sgrEnd(s, i+1); j > 0 {
				i = j
				continue
			}
		}
		dst = append(dst, c)
	}
	return dst
}

// csiEnd returns the index of the final byte of a CSI sequence whose
// parameters start at s[i] (ECMA-48: parameter bytes 0x30 to 0x3f, then
// intermediate bytes 0x20 to 0x2f, then one final byte 0x40 to 0x7e), or
// the index of the last byte read when the sequence is cut short.
func csiEnd(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		return i
	}
	return i - 1
}

// sgrEnd returns the index of the "m" that ends a colour code whose digits
// and semicolons (at most eight) start at s[i], or 0 when none does.
func sgrEnd(s string, i int) int {
	for j := i; j < len(s) && j <= i+8; j++ {
		switch c := s[j]; {
		case c == 'm':
			return j
		case isDigit(c) || c == ';':
		default:
			return 0
		}
	}
	return 0
}
