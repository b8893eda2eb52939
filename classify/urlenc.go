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
// equals sign. Other words, and a run of
// escapes that is no UTF-8 ("50%fa"), are read as written. A text is decoded
// once: an escape that decodes to another escape stays one.

// decodeBuffers hold decoded texts (up to maxDecoded bytes) while they are
// classified, so that a decoded text costs no allocation.
var decodeBuffers = sync.Pool{New: func() any { return new([maxDecoded]byte) }}

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
	for i := eq + 1; i+1 < len(s); i++ {
		if s[i] == '+' && (isAlnum(s[i-1]) || isAlnum(s[i+1])) {
			return true
		}
	}
	return false
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

// textURLEncoded is Text for an s that holds a word urlEncoded.
func textURLEncoded(s string) Verdict {
	var d []byte
	if len(s) <= maxDecoded {
		buf := decodeBuffers.Get().(*[maxDecoded]byte)
		defer decodeBuffers.Put(buf)
		d = urlDecode(buf[:0], s)
	} else {
		d = urlDecode(make([]byte, 0, len(s)), s)
	}
	t := unsafe.String(unsafe.SliceData(d), len(d)) // read in place: no copy
	code, enhanced := parseReply(t)
	v := decide(kindSMTP, code, enhanced, t)
	// The enhanced code is a substring of the decoded text. Digits and
	// dots are never escaped, so it is one of s as well: point there, as
	// the buffer goes back to the pool.
	if v.Enhanced != "" {
		if i := strings.Index(s, v.Enhanced); i >= 0 {
			v.Enhanced = s[i : i+len(v.Enhanced)]
		} else {
			v.Enhanced = strings.Clone(v.Enhanced)
		}
	}
	return v
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
