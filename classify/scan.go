package classify

import (
	"unicode/utf16"
	"unicode/utf8"
)

// scan adds to found every phrase that occurs in s. This loop is where
// classification spends its time: a byte of ASCII text costs one table lookup
// and a few compares. A run of white space needs no test of its own: a state
// entered by a space stays where it is on another space.
func (m *matcher) scan(s string, found *phraseSet) {
	ent, sym := m.ent, &m.sym
	state := m.feed(0, m.space, found) // the space before the text
	for i := replyPrefixLen(s); i < len(s); i++ {
		x := uint32(sym[s[i]])
		if uint8(x-1) >= maxSymbols-1 { // 0, symEscape, symNewline or symHigh
			state, i = m.rare(s, i, x, state, found)
			continue
		}
		e := ent[state+x]
		if uint8(e) != uint8(x) {
			e = m.fallback(state, x)
		}
		if e&outFlag != 0 {
			m.report(e>>entShift, found)
		}
		state = e >> entShift
	}
	m.feed(state, m.space, found) // the space after the text
}

// rare handles the bytes the scan loop leaves out: a byte no phrase holds
// (back to the root), a line end (a space, then the stack trace lines and the
// reply prefix that may follow are skipped), a backslash (see escapeAt) and a
// non-ASCII character (decoded and folded). It returns the index of the last
// byte it consumed.
func (m *matcher) rare(s string, i int, x, state uint32, found *phraseSet) (uint32, int) {
	switch x {
	case 0:
		return 0, i
	case symNewline:
		state = m.feed(state, m.space, found)
		i += stackFramesLen(s[i+1:])
		return state, i + replyPrefixLen(s[i+1:])
	case symEscape:
		n, r := escapeAt(s, i)
		if r < 0 {
			return state, i // the backslash alone: read on from the next byte
		}
		var folded [utf8.UTFMax]byte
		fn, space := foldEscaped(r, &folded)
		i += n - 1
		if !space {
			return m.feedFolded(state, folded[:fn], found), i
		}
		state = m.feed(state, m.space, found)
		if r == '\n' { // an escaped line end: the next line's reply prefix
			i += replyPrefixLen(s[i+1:])
		}
		return state, i
	}
	var folded [utf8.UTFMax]byte
	n, width, space := foldAt(s, i, &folded)
	i += width - 1
	if space {
		return m.feed(state, m.space, found), i
	}
	return m.feedFolded(state, folded[:n], found), i
}

// feedFolded moves the automaton from state over the folded bytes of one
// character, read as encode reads them (see unitsOf).
func (m *matcher) feedFolded(state uint32, folded []byte, found *phraseSet) uint32 {
	for _, c := range folded {
		if c < utf8.RuneSelf { // a letter folded to ASCII, such as U+0130 to i
			state = m.feed(state, uint32(m.symOf[c]), found)
			continue
		}
		state = m.feed(state, uint32(m.symOf[c>>4]), found)
		state = m.feed(state, uint32(m.symOf[0x80|c&0xf]), found)
	}
	return state
}

// fallback follows failure links from state until one has an edge for x (the
// root has one for every symbol) and returns that edge's entry.
func (m *matcher) fallback(state, x uint32) uint32 {
	for {
		state = m.ent[state] >> entShift
		if e := m.ent[state+x]; uint8(e) == uint8(x) {
			return e
		}
	}
}

// feed moves the automaton from state on symbol x, reporting phrases.
func (m *matcher) feed(state, x uint32, found *phraseSet) uint32 {
	if x == 0 { // in no phrase (a space, when no phrase has one)
		return 0
	}
	e := m.ent[state+x]
	if uint8(e) != uint8(x) {
		e = m.fallback(state, x)
	}
	if e&outFlag != 0 {
		m.report(e>>entShift, found)
	}
	return e >> entShift
}

// report adds the phrases that end in state to found.
func (m *matcher) report(state uint32, found *phraseSet) {
	at := uint32(m.outAt[state])
	n := uint32(m.outList[at])
	for _, id := range m.outList[at+1 : at+1+n] {
		found.add(id)
	}
}

// escapeAt reads the backslash at s[i] as logs write escapes. A JSON or
// Python string's "\n", "\r", "\t" and "\uXXXX" stand for their character
// (so a reply logged as one JSON string reads as its lines, and Python's
// json.dumps, which writes every non-ASCII character as "\uXXXX", reads as
// the text); any other backslash is skipped (the one before an escaped quote,
// or a namespace separator), and so is "\u" before a surrogate, which
// escapes half of a character beyond U+FFFF. It returns the number of bytes
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
				if v, ok := hex4(s[i+2 : i+6]); ok && !utf16.IsSurrogate(v) {
					return 6, v
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
