package classify

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// scanChunk is how much of the normalized text is searched at once: a
// longer text is searched in chunks that overlap by the longest phrase.
const scanChunk = 2048

// scan adds to found every phrase that occurs in s. It writes s out as the
// matcher sees it (see matcher) into a buffer on the stack, and searches it
// whenever it is full and at the end. A byte of ASCII text costs one table
// lookup and a compare; the other characters, line ends and backslashes go
// through rare.
func (m *matcher) scan(s string, found *phraseSet) {
	var buf [scanChunk + 16]byte
	b := buf[:]
	b[0] = ' ' // the space before the text
	n, last := 1, byte(' ')
	for i := lineStartLen(s); i < len(s); i++ {
		if n >= scanChunk {
			n = m.flush(b, n, found)
		}
		// Eight bytes of plain ASCII at once (see plain8): b holds 16 bytes
		// past scanChunk, so they fit.
		for i+8 <= len(s) {
			w, ok := plain8(binary.LittleEndian.Uint64([]byte(s[i:i+8])), last)
			if !ok {
				break
			}
			binary.LittleEndian.PutUint64(b[n:n+8], w)
			n += 8
			i += 8
			last = byte(w >> 56)
			if n >= scanChunk {
				n = m.flush(b, n, found)
			}
		}
		if i >= len(s) {
			break
		}
		c := plain[s[i]]
		if c == 0 { // a line end, a backslash, an ampersand, a character beyond ASCII, or NUL
			// A two-byte character that folds to no white space (Latin-1,
			// Greek, Cyrillic, Hebrew, Arabic) is written here, as foldAt
			// would; anything else goes to rare.
			if f, ok := twoByteAt(s, i); ok && f != 0 {
				binary.LittleEndian.PutUint32(b[n:n+4], f)
				n += int(f >> 24)
				last = b[n-1]
				i++
				continue
			}
			i, n = m.rare(s, i, b, n)
			last = b[n-1]
			continue
		}
		if c == ' ' && last == ' ' {
			continue
		}
		buf[uint(n)%scanChunk] = c // n < scanChunk: the remainder spares a bounds check
		n++
		last = c
	}
	if b[n-1] != ' ' {
		b[n] = ' ' // the space after the text
		n++
	}
	clear(b[n : n+8])
	m.search(b, n, found)
}

// flush searches b[:n], keeps its last maxLen-1 bytes at the start of b (a
// phrase that ends after them starts in them, or after) and returns their
// number.
func (m *matcher) flush(b []byte, n int, found *phraseSet) int {
	clear(b[n : n+8])
	m.search(b, n, found)
	keep := max(1, min(n, m.maxLen-1))
	copy(b, b[n-keep:n])
	return keep
}

// Constants of the word-at-a-time tests in plain8: a byte repeated eight times.
const (
	ones8  = 0x0101010101010101
	highs8 = 0x8080808080808080
)

// plain8 writes eight bytes of text, little-endian in w, as the scan loop
// would one by one, when they need none of its special cases: every byte is
// printable ASCII (no line end, tab or other control byte, no byte above
// ASCII) other than a backslash, an ampersand or a backtick, and no space follows a space (last is the
// byte written before them). Then the copy is w with its upper-case letters
// lower-cased, and ok is true; otherwise the loop reads the bytes one by one.
// The tests are the usual ones for a byte of a word below, above or equal to
// a value (each byte is below 0x80, so adding to it never carries into the
// next).
func plain8(w uint64, last byte) (uint64, bool) {
	const (
		belowSpace = ones8 * (0x80 - ' ')     // + this sets a byte's high bit when it is ' ' or above
		atA        = ones8 * (0x80 - 'A')     // ... when it is 'A' or above
		pastZ      = ones8 * (0x80 - 'Z' - 1) // ... when it is above 'Z'
		backslash  = ones8 * '\\'
		ampersand  = ones8 * '&'
		lessThan   = ones8 * '<'
		backtick   = ones8 * '`'
		space      = ones8 * ' '
	)
	if w&highs8 != 0 || ^(w+belowSpace)&highs8 != 0 {
		return 0, false // a byte above ASCII, or a control byte
	}
	if zeroBytes(w^backslash)|zeroBytes(w^ampersand)|zeroBytes(w^backtick)|zeroBytes(w^lessThan) != 0 {
		return 0, false
	}
	spaces := zeroBytes(w ^ space) // the high bit of each space
	if spaces&(spaces<<8) != 0 || (last == ' ' && spaces&0x80 != 0) {
		return 0, false
	}
	upper := (w + atA) &^ (w + pastZ) & highs8
	return w | upper>>2, true
}

// zeroBytes returns the high bit of each byte of t that is zero, for a t
// whose bytes are all below 0x80 (the usual test: adding 0x7f to the low
// seven bits carries into the high bit of every byte but a zero one).
func zeroBytes(t uint64) uint64 { return ^((t&(ones8*0x7f) + ones8*0x7f) | t) & highs8 }

// plain is what an ASCII byte is written as: itself lower-cased, or a space
// for white space and for a backtick (Markdown's quote around pasted code:
// "`EOF`" reads as the word EOF). A zero sends the byte to rare: a line end, a backslash,
// an ampersand, a byte above ASCII, and NUL itself.
var plain = func() (t [256]byte) {
	for c := 1; c < utf8.RuneSelf; c++ {
		switch {
		case c == '\n' || c == '\\' || c == '&' || c == '<':
		case isSpace(byte(c)) || c == '`':
			t[c] = ' '
		default:
			t[c] = lower(byte(c))
		}
	}
	return t
}()

// rare writes what the scan loop leaves out: a line end (a space; then the
// stack trace lines and the reply prefix that may follow are skipped), a
// backslash (see escapeAt), an ampersand (see entityAt), a non-ASCII
// character (decoded and folded) and
// NUL (written as itself: no phrase holds it). It returns the index of the
// last byte of s it read, and the new length of b.
func (m *matcher) rare(s string, i int, b []byte, n int) (int, int) {
	var folded [utf8.UTFMax]byte
	switch s[i] {
	case 0:
		b[n] = 0
		return i, n + 1
	case '\n':
		return lineEnd(s, i, b, n)
	case '&':
		width, r := entityAt(s, i)
		if r < 0 {
			b[n] = '&' // not an entity: the ampersand itself
			return i, n + 1
		}
		return decoded(s, i+width-1, r, b, n)
	case '<':
		if width := tagLen(s, i); width > 0 { // a page's tag: a line end
			return lineEnd(s, i+width-1, b, n)
		}
		b[n] = '<'
		return i, n + 1
	case '\\':
		width, r := escapeAt(s, i)
		if r < 0 {
			return i, n // the backslash alone: read on from the next byte
		}
		return decoded(s, i+width-1, r, b, n)
	}
	fn, width, sp := foldAt(s, i, &folded)
	i += width - 1
	if sp {
		return i, space(b, n)
	}
	return i, n + copy(b[n:], folded[:fn])
}

// tagLen returns the length of the HTML tag at s[i], or 0 when none starts
// there: an opening or closing tag of one of the elements a page sets a
// stored error in ("<br>", "<br />", "<p>", "<pre>", "</code>", "<span
// class=...>", in any case). A page that shows an error writes its line ends
// so (PHP's nl2br, PHPMailer's debug output in HTML) and sets it in such
// elements; the scan reads a tag as a line end. An address in angle brackets
// ("<b@example.org>") is no tag.
func tagLen(s string, i int) int {
	if n := tagRestLen(s, i+1); n > 0 {
		return 1 + n
	}
	return 0
}

// tagRestLen returns the length of the rest of a tag whose "<" ends just
// before s[j], through its ">", or 0 when none of the tags tagLen reads
// follows. The "<" and ">" may be written as they are or escaped, as a page
// or a log writes markup that a product put in its message ("Google is not
// authorized. &lt;a href=&#34;/settings&#34;&gt;Connect your
// account&lt;/a&gt;", a JSON log's "\u003ca href=\"/settings\"\u003e"), and
// a wrapped log may end a line after the tag's name.
func tagRestLen(s string, j int) int {
	k := j
	if k < len(s) && s[k] == '/' {
		k++
	}
	start := k
	for k < len(s) && k-start < 10 && (s[k]|0x20 >= 'a' && s[k]|0x20 <= 'z' || s[k] >= '1' && s[k] <= '6') {
		k++
	}
	if k == start || k >= len(s) || !htmlElement(s[start:k]) {
		return 0
	}
	switch s[k] {
	case '>', ' ', '\t', '\n', '\r', '/', '&', '\\':
	default:
		return 0
	}
	end := k
	for ; k < len(s) && k-j < 256; k++ { // attributes, to the closing '>'
		switch s[k] {
		case '>':
			return k + 1 - j
		case '&':
			if strings.HasPrefix(s[k:], "&gt;") {
				return k + len("&gt;") - j
			}
		case '\\':
			if e := k + 1; e+5 <= len(s) && s[e] == 'u' && s[e+1:e+4] == "003" && s[e+4]|0x20 == 'e' {
				return e + 5 - j
			}
		case '\n':
			if strings.TrimLeft(s[end:k], " \t\r") != "" { // only the name may end a line
				return 0
			}
		case '<':
			return 0
		}
	}
	return 0
}

// htmlElement reports whether name (in any case) is one of the elements
// tagLen reads.
func htmlElement(name string) bool {
	for _, e := range [...]string{"br", "p", "div", "pre", "code", "span", "tt", "kbd", "samp", "b", "strong", "i", "em", "li", "td", "tr", "font", "small", "blockquote", "a", "h1", "h2", "h3", "h4", "h5", "h6"} {
		if len(e) == len(name) && strings.EqualFold(e, name) {
			return true
		}
	}
	return false
}

// decoded writes r, the character an escape or a character reference that
// ends at s[i] stands for, as foldAt would write it, and returns i and the
// new length of b. A line end written so ("\n", "&#10;") is one: the next
// line's reply prefix is skipped. An escaped "<" that starts a tag
// (see tagRestLen) reads, with its tag, as the tag does.
func decoded(s string, i int, r rune, b []byte, n int) (int, int) {
	if r == '<' {
		if w := tagRestLen(s, i+1); w > 0 {
			return lineEnd(s, i+w, b, n)
		}
	}
	var folded [utf8.UTFMax]byte
	fn, sp := foldEscaped(r, &folded)
	if !sp {
		return i, n + copy(b[n:], folded[:fn])
	}
	n = space(b, n)
	if r == '\n' {
		i += lineStartLen(s[i+1:])
	}
	return i, n
}

// lineEnd writes a line end that ends at s[i] (a line feed, or a tag read
// as one) as a space, skips the stack trace lines and the reply prefix that
// may follow, and returns the index of the last byte read and the new
// length of b.
func lineEnd(s string, i int, b []byte, n int) (int, int) {
	i += stackFramesLen(s[i+1:])
	return i + lineStartLen(s[i+1:]), space(b, n)
}

// space writes a space to b[:n] unless it ends with one.
func space(b []byte, n int) int {
	if b[n-1] == ' ' {
		return n
	}
	b[n] = ' '
	return n + 1
}

// escapeAt reads the backslash at s[i] as logs write escapes. A JSON or
// Python string's "\n", "\r", "\t" and "\uXXXX" stand for their character
// (so a reply logged as one JSON string reads as its lines, and Python's
// json.dumps, which writes every non-ASCII character as "\uXXXX", reads as
// the text); any other backslash is skipped (the one before an escaped quote,
// or a namespace separator). A character beyond U+FFFF is written as a
// surrogate pair ("\ud801\udc77") and read as that character; a surrogate
// without its other half is skipped. It returns the number of bytes
// read and the character, or -1 when the backslash alone was read.
func escapeAt(s string, i int) (n int, r rune) {
	if i+1 < len(s) {
		switch s[i+1] {
		case 'n':
			return 2, '\n'
		case 'r':
			return 2, '\r'
		case 't':
			return 2, '\t'
		case 'u':
			if i+6 <= len(s) {
				v, ok := hex4(s[i+2 : i+6])
				if ok && !utf16.IsSurrogate(v) {
					return 6, v
				}
				// A character beyond the BMP, as JSON writes it: a
				// surrogate pair ("\ud801\udc77").
				if ok && v < 0xdc00 && i+12 <= len(s) && s[i+6] == '\\' && s[i+7] == 'u' {
					if lo, ok := hex4(s[i+8 : i+12]); ok {
						if r := utf16.DecodeRune(v, lo); r != utf8.RuneError {
							return 12, r
						}
					}
				}
			}
		}
	}
	return 1, -1
}

// hex4 decodes four hexadecimal digits (strconv.ParseUint would allocate an
// error for a malformed escape, on the scan's path).
func hex4(h string) (rune, bool) {
	var v rune
	for i := 0; i < 4; i++ {
		c := h[i]
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 | rune(c-'0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			v = v<<4 | rune(c|0x20-'a'+10)
		default:
			return 0, false
		}
	}
	return v, true
}

// foldEscaped folds the character an escape stands for, as foldAt folds it
// written out.
func foldEscaped(r rune, out *[utf8.UTFMax]byte) (n int, space bool) {
	var enc [utf8.UTFMax]byte
	w := utf8.EncodeRune(enc[:], r)
	n, _, space = foldAt(string(enc[:w]), 0, out)
	return n, space
}

// entityAt reads the ampersand at s[i] as an HTML or XML character
// reference, as a web page, a webmail's log or an XML body writes a reply
// ("Can&#39;t authenticate", "&quot;Invalid credentials&quot;"): a decimal
// or hexadecimal reference ("&#39;", "&#x27;") or one of the names such
// texts use (amp, lt, gt, quot, apos, nbsp). It returns the number of bytes
// read and the character, or -1 when the ampersand starts no reference.
func entityAt(s string, i int) (n int, r rune) {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
		base := rune(10)
		if j < len(s) && s[j]|0x20 == 'x' {
			base = 16
			j++
		}
		start := j
		for ; j < len(s) && j-start < 7; j++ {
			c := s[j]
			var d rune
			switch {
			case c >= '0' && c <= '9':
				d = rune(c - '0')
			case base == 16 && c|0x20 >= 'a' && c|0x20 <= 'f':
				d = rune(c|0x20-'a') + 10
			default:
				goto end
			}
			r = r*base + d
		}
	end:
		if j == start || j >= len(s) || s[j] != ';' || r == 0 || r > utf8.MaxRune || utf16.IsSurrogate(r) {
			return 1, -1
		}
		return j + 1 - i, r
	}
	for _, e := range entities {
		if strings.HasPrefix(s[j:], e.name) {
			return 1 + len(e.name), e.r
		}
	}
	return 1, -1
}

// entities are the named references entityAt reads, with their semicolon.
var entities = [...]struct {
	name string
	r    rune
}{{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}, {"nbsp;", ' '}}
