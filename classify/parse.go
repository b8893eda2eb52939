package classify

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// parseReply finds the reply code and enhanced status code in a logged string.
//
// It accepts the shapes clients log: a raw reply ("535-5.7.8 Username ..."),
// go-smtp's "SMTP error 535: ...", net/smtp's "535 5.7.8 ...", an error with a
// prefix ("Invalid login: 535-5.7.8 ..."), and x/oauth2's "cannot fetch token:
// 502 Bad Gateway". A three-digit number counts as a code only at the start of a
// line or after a colon, "error" or "status", so ports, counts and addresses are
// not taken for codes. The enhanced code is the one right after the reply code, or
// else the first x.y.z with x in 2, 4, 5 standing on its own in the text.
func parseReply(s string) (code int, enhanced string) {
	for i := 0; i+3 <= len(s); i++ {
		if i = indexCodeDigit(s, i); i+3 > len(s) {
			break
		}
		if !isCodeAt(s, i) {
			continue
		}
		// "SMTP error 535: ..." (go-smtp) puts a colon after the code; elsewhere a
		// colon after three digits is a port ("127.0.0.1:587:").
		ok, strong := codeContext(s, i)
		// Python logs replies as tuples: "(535, b'5.7.8 ...')".
		tuple := s[i-min(i, 1):i] == "(" && i+3 < len(s) && s[i+3] == ','
		// A number alone in quotes ("465") is a value, such as a port; a code
		// that ends a quoted message ("... failed: 530") is a reply's.
		quoted := i > 0 && i+3 < len(s) && (s[i+3] == '"' || s[i+3] == '\'' || s[i+3] == '`') && s[i-1] == s[i+3]
		if !ok || (i+3 < len(s) && !strong && !tuple && (quoted || strings.IndexByte(":,}", s[i+3]) >= 0)) {
			continue
		}
		code = int(s[i]-'0')*100 + int(s[i+1]-'0')*10 + int(s[i+2]-'0')
		if e := enhancedAt(s, i+3+max(1, nbspAt(s, i+3))); e != "" && e[0] == s[i] {
			enhanced = e
		}
		break
	}
	if enhanced == "" {
		enhanced = findEnhanced(s)
	}
	return code, enhanced
}

// indexCodeDigit returns the index of the first '4' or '5' in s at or after
// i, or len(s), where every reply code the parser accepts starts. It reads
// eight bytes at a time: a byte b is one of them when b|1 is '5', and the
// usual test for a zero byte in a word finds the first such byte.
func indexCodeDigit(s string, i int) int {
	const ones, highs, fives = 0x0101010101010101, 0x8080808080808080, 0x3535353535353535
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		v := (w | ones) ^ fives
		if z := (v - ones) &^ v & highs; z != 0 {
			return i + bits.TrailingZeros64(z)/8
		}
	}
	for ; i < len(s); i++ {
		if s[i]|1 == '5' {
			return i
		}
	}
	return len(s)
}

// isCodeAt reports whether s[i:i+3] is a failure reply code, 4xx or 5xx (a
// logged "expected 250 but got 535" names the success it wanted first),
// followed by a space (a no-break one or a tab too), a hyphen, a colon, a
// comma, a brace, a quote, a line end (also a backslash and "n", "r" or a
// quote, as a JSON log escapes them, once or more; and a quote's character
// reference, as a page escapes it; a page's tag), the end of s, or, alone in parentheses
// after the word SMTP, a closing parenthesis.
func isCodeAt(s string, i int) bool {
	if (s[i] != '4' && s[i] != '5') || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return false
	}
	if i+3 == len(s) {
		return true
	}
	switch s[i+3] {
	case ' ', '\t', '-', '\r', '\n', ':', ',', '}', '"', '\'', '`':
		return true
	case 0xc2: // a no-break space, as a page sets the one after a code
		return nbspAt(s, i+3) > 0
	case '\\':
		// Escaped once or more (a JSON log line inside another).
		j := i + 4
		for j < len(s) && s[j] == '\\' {
			j++
		}
		return j < len(s) && (s[j] == 'n' || s[j] == 'r' || s[j] == '"')
	case '&':
		_, r := entityAt(s, i+3)
		return r == '"' || r == '\''
	case '<': // a page's tag (tagLen)
		return tagLen(s, i+3) > 0
	case ')':
		// Roundcube's "SMTP Error (454):" in every translation ("SMTP-Fehler
		// (454)"); a number alone in parentheses is otherwise an HTTP status.
		return i > 0 && s[i-1] == '(' && containsAnyFold(s[max(0, i-24):i], []string{"smtp"})
	}
	return curlyQuoteAt(s, i+3)
}

// breakBefore reports whether an HTML tag (tagLen) ends at s[i]: a line of
// a page starts there.
func breakBefore(s string, i int) bool {
	if i == 0 || s[i-1] != '>' {
		return false
	}
	from := max(0, i-256) // tagLen reads no longer tag
	k := from + strings.LastIndexByte(s[from:i], '<')
	return k >= from && tagLen(s, k) == i-k
}

// codeContext reports whether a code candidate at s[i] stands where clients put
// reply codes, and whether a word such as "error" announces it (strong).
func codeContext(s string, i int) (ok, strong bool) {
	if i == 0 || s[i-1] == '\n' || breakBefore(s, i) {
		return true, false
	}
	j := i
	for j > 0 {
		if s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == ':' || s[j-1] == '"' || s[j-1] == '`' || s[j-1] == '\\' {
			j--
		} else if n := quoteRefBefore(s, j); n > 0 {
			j -= n
		} else {
			break
		}
	}
	w := s[max(0, j-6):j]
	for _, word := range [...]string{"error", "status", "reply", "code"} {
		if len(w) >= len(word) && strings.EqualFold(w[len(w)-len(word):], word) {
			return true, true
		}
	}
	switch c := s[i-1]; {
	case c == '\t': // a field of a log whose fields are separated by tabs
		return true, false
	case c == ' ':
		k := i - 1
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		if k == 0 {
			return true, false
		}
		// After a log line's bracketed tag or time stamp ("[mailer] 535 ...")
		// as after punctuation, and after a transcript's arrows ("<<< 550").
		switch charBefore(s, k) {
		case ':', '(', '[', ']', '"', '\'', '`', '<', '>', '=', ';', ',':
			return true, false
		}
	case c == ':':
		return i >= 2 && !isDigit(s[i-2]) && !dottedBefore(s, i-1), false
	case c == ';' || c == '(' || c == '[' || c == '"' || c == '\'' || c == '`' || c == '>' || c == '=':
		return true, false
	case curlyQuoteAt(s, i-3):
		return true, false
	}
	return false, false
}

// quoteRefBefore returns the length of a character reference for a double
// quote ("&#34;", "&quot;", as entityAt reads them) that ends at s[j]
// (exclusive), or 0. A reference for an apostrophe ("&#39;") counts as the
// apostrophe does in codeContext: it is not skipped, so a page's escaped
// Python dict ("{u&#39;error_code&#39;: 401}") reads as the dict does.
func quoteRefBefore(s string, j int) int {
	if j == 0 || s[j-1] != ';' {
		return 0
	}
	for k := j - 2; k >= 0 && k >= j-10; k-- {
		if s[k] == '&' {
			if n, r := entityAt(s, k); k+n == j && r == '"' {
				return n
			}
			return 0
		}
	}
	return 0
}

// charBefore returns the byte before s[k], reading a JSON escape that ends
// there as the character it stands for: Go's and other encoders write "=>" as
// "=\u003e" in a JSON string ("=\u003e 502 ..."), and an ASCII-only encoder
// writes every non-ASCII character so, which reads as the last byte of its
// UTF-8 form would (0x80, neither letter nor digit): a fullwidth parenthesis
// before a code ("\uff085.7.8") is not the hex digit "8".
func charBefore(s string, k int) byte {
	if k >= 6 && s[k-6] == '\\' && s[k-5] == 'u' {
		if r, ok := hex4(s[k-4 : k]); ok {
			if r < utf8.RuneSelf {
				return byte(r)
			}
			return 0x80
		}
	}
	return s[k-1]
}

// curlyQuoteAt reports whether s holds a typographic quote (U+2018 to U+201D)
// at i, as help pages and forums set quotes around a reply.
func curlyQuoteAt(s string, i int) bool {
	return i >= 0 && i+3 <= len(s) && s[i] == 0xe2 && s[i+1] == 0x80 && s[i+2] >= 0x98 && s[i+2] <= 0x9d
}

// dottedBefore reports whether the word that ends at s[j] (exclusive) holds a
// dot: a host name or a file name, so a number after its colon is a port
// ("smtp.example.com:465") or a line ("ExchangeWebServices.php:454"), not a
// reply code.
func dottedBefore(s string, j int) bool {
	for k := j - 1; k >= 0; k-- {
		switch s[k] {
		case '.':
			return true
		case ' ', '\t', '\n', '/', '\\', '(', '[', '"', '\'', '=', '<':
			return false
		}
	}
	return false
}

// enhancedAt returns the enhanced status code that starts at s[i], or "".
func enhancedAt(s string, i int) string {
	if i >= len(s) || (s[i] != '2' && s[i] != '4' && s[i] != '5') || i+1 >= len(s) || s[i+1] != '.' {
		return ""
	}
	j := i + 2
	n := digits(s, j, 3)
	if n == 0 || j+n >= len(s) || s[j+n] != '.' {
		return ""
	}
	j += n + 1
	m := digits(s, j, 3)
	if m == 0 {
		return ""
	}
	j += m
	if j < len(s) && (isDigit(s[j]) || isLetter(s[j]) || (s[j] == '.' && j+1 < len(s) && isDigit(s[j+1]))) {
		return ""
	}
	return s[i:j]
}

// findEnhanced returns the first enhanced status code standing on its own in s.
func findEnhanced(s string) string {
	for off := 0; ; {
		j := strings.IndexByte(s[off:], '.')
		if j < 0 {
			return ""
		}
		i := off + j - 1 // the class digit before the first dot
		off += j + 1
		if i < 0 {
			continue
		}
		if i > 0 {
			p := charBefore(s, i)
			if isDigit(p) || isLetter(p) || p == '.' || p == '_' || p == '/' || p == '-' {
				continue
			}
		}
		if e := enhancedAt(s, i); e != "" && !afterWord(s, i, "version") {
			return e
		}
	}
}

// afterWord reports whether s[:i] ends with word and one space (case-insensitive).
func afterWord(s string, i int, word string) bool {
	j := i - 1
	return j >= len(word) && s[j] == ' ' && strings.EqualFold(s[j-len(word):j], word)
}

// digits counts up to max ASCII digits at s[i:].
func digits(s string, i, max int) int {
	n := 0
	for i+n < len(s) && n < max && isDigit(s[i+n]) {
		n++
	}
	if i+n < len(s) && isDigit(s[i+n]) {
		return 0
	}
	return n
}

func isDigit(b byte) bool  { return b >= '0' && b <= '9' }
func isLetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// lineStartLen returns the length of what starts a line and is not its
// text: a quote's markers ("> ", "> > ", as an issue, a forum or a mail
// quotes a pasted reply) or an indent, then an SMTP reply prefix
// (replyPrefixLen). Spaces alone are skipped only before a reply prefix.
func lineStartLen(s string) int {
	q, quoted := 0, false
	for q < len(s) && (s[q] == '>' || s[q] == ' ' || s[q] == '\t') {
		quoted = quoted || s[q] == '>'
		q++
	}
	if n := replyPrefixLen(s[q:]); n > 0 || quoted {
		return q + n
	}
	return 0
}

// replyPrefixLen returns the length of an SMTP reply prefix at the start of a line
// ("535-5.7.8 ", "550 ", "5.7.8 "), so continuation lines can be joined without
// their codes. It returns 0 when the line starts with none. 400 to 419 are no
// SMTP reply's (RFC 5321 4.2.3 and its extensions use none of them) but HTTP
// statuses ("401 Unauthorized - Http POST request ... failed"): they stay in
// the text, where the words that show an HTTP answer read them. A reply
// code's second digit is 0 to 5 (RFC 5321 4.2.1): a line that a wrapped
// text starts with "365 administrator" keeps its number.
func replyPrefixLen(s string) int {
	n := 0
	if len(s) >= 4 && s[0] >= '2' && s[0] <= '5' && s[1] >= '0' && s[1] <= '5' && isDigit(s[2]) && (s[0] != '4' || s[1] != '0' && s[1] != '1') {
		if s[3] == ' ' || s[3] == '-' {
			n = 4
		} else if w := nbspAt(s, 3); w > 0 {
			n = 3 + w
		}
	}
	if e := enhancedAt(s, n); e != "" && n+len(e) < len(s) {
		if s[n+len(e)] == ' ' {
			n += len(e) + 1
		} else if w := nbspAt(s, n+len(e)); w > 0 {
			n += len(e) + w
		}
	}
	return n
}

// nbspAt returns the length of a no-break space (U+00A0) at s[i], or 0: a
// page that shows a reply may set the space after its code as one.
func nbspAt(s string, i int) int {
	if i+1 < len(s) && s[i] == 0xc2 && s[i+1] == 0xa0 {
		return 2
	}
	return 0
}

// stackFramesLen returns the length of the stack trace lines at the start of
// s (each with its line end), or 0: Java, .NET and Node frames ("\tat
// com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:731)",
// "... 12 more") and Python's ("  File \"smtplib.py\", line 750, in login"
// and the indented source lines after it). A logged error often carries
// one; its method names ("protocolConnect", "server.login") are the code's,
// not the error's words.
func stackFramesLen(s string) int {
	if len(s) == 0 || (s[0] != ' ' && s[0] != '\t') { // every frame is indented
		return 0
	}
	n := 0
	python := false
	for n < len(s) {
		line := s[n:]
		if j := strings.IndexByte(line, '\n'); j >= 0 {
			line = line[:j+1]
		}
		body := strings.TrimLeft(line, " \t")
		indent := len(line) - len(body)
		switch {
		case indent > 0 && strings.HasPrefix(body, "at ") && strings.IndexByte(body, '(') > 0,
			indent > 0 && strings.HasPrefix(body, "... ") && strings.Contains(body, " more"):
			python = false
		case indent > 0 && strings.HasPrefix(body, `File "`):
			python = true
		case python && indent >= 4:
		default:
			return n
		}
		n += len(line)
	}
	return n
}
