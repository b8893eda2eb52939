package classify

import "unicode/utf8"

// scan adds to found every phrase that occurs in s. This loop is where
// classification spends its time: a byte of ASCII text costs one table lookup
// and a few compares. A run of white space needs no test of its own: a state
// entered by a space stays where it is on another space.
func (m *matcher) scan(s string, found *phraseSet) {
	ent, sym := m.ent, &m.sym
	state := m.feed(0, m.space, found) // the space before the text
	for i := replyPrefixLen(s); i < len(s); i++ {
		x := uint32(sym[s[i]])
		if uint8(x-1) >= maxSymbols-1 { // 0, symNewline or symHigh
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
// (back to the root), a line end (a space, then the next line's reply prefix
// is skipped) and a non-ASCII character (decoded and folded). It returns the
// index of the last byte it consumed.
func (m *matcher) rare(s string, i int, x, state uint32, found *phraseSet) (uint32, int) {
	switch x {
	case 0:
		return 0, i
	case symNewline:
		state = m.feed(state, m.space, found)
		return state, i + replyPrefixLen(s[i+1:])
	}
	var folded [utf8.UTFMax]byte
	n, width, space := foldAt(s, i, &folded)
	i += width - 1
	if space {
		return m.feed(state, m.space, found), i
	}
	for _, c := range folded[:n] { // as encode reads the bytes (see unitsOf)
		if c < utf8.RuneSelf { // a letter folded to ASCII, such as U+0130 to i
			state = m.feed(state, uint32(m.symOf[c]), found)
			continue
		}
		state = m.feed(state, uint32(m.symOf[c>>4]), found)
		state = m.feed(state, uint32(m.symOf[0x80|c&0xf]), found)
	}
	return state, i
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
