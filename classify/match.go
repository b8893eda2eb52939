package classify

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// outBit marks, inside a transition, a target state where phrases end, so the
// scan looks at the output lists only there.
const outBit = 1 << 15

// maxPhrases bounds the number of distinct phrases the rule table may use.
const maxPhrases = 1536

// phraseSet records which phrases occur in a text: bit i is phrase i.
type phraseSet [maxPhrases / 64]uint64

func (p *phraseSet) add(i uint16)      { p[i/64] |= 1 << (i % 64) }
func (p *phraseSet) has(i uint16) bool { return p[i/64]&(1<<(i%64)) != 0 }

// maskWord is one 64-bit word of a phrase mask.
type maskWord struct {
	i    int
	bits uint64
}

// phraseMask is a sparse set of phrase IDs, for testing many IDs at once.
type phraseMask []maskWord

func newMask(ids []uint16) phraseMask {
	var m phraseMask
	for _, id := range ids {
		w, b := int(id/64), uint64(1)<<(id%64)
		found := false
		for k := range m {
			if m[k].i == w {
				m[k].bits |= b
				found = true
			}
		}
		if !found {
			m = append(m, maskWord{w, b})
		}
	}
	return m
}

// any reports whether p holds at least one phrase of m.
func (p *phraseSet) any(m phraseMask) bool {
	for _, w := range m {
		if p[w.i]&w.bits != 0 {
			return true
		}
	}
	return false
}

// all reports whether p holds every phrase of m.
func (p *phraseSet) all(m phraseMask) bool {
	for _, w := range m {
		if p[w.i]&w.bits != w.bits {
			return false
		}
	}
	return true
}

// matcher finds every phrase of the rule table in one pass over a text
// (Aho-Corasick, as a deterministic automaton over bytes). Matching is
// case-insensitive (ASCII letters fold in the fast path; other characters are
// decoded and lower-cased as foldAt says, so phrases in Cyrillic, Greek or
// Latin-1 letters fold too, and Chinese, Japanese or Korean phrases match as
// written) and sees every run of white space as one space, with a space
// before the text and after it, so " ok " matches the word ok anywhere. SMTP reply
// prefixes at the start of each line ("535-5.7.8 ") are skipped, so a phrase can
// span the lines of a multi-line reply. A matcher is immutable once built.
type matcher struct {
	sym    [256]uint8 // byte -> symbol (upper case folded to lower); 0 for bytes no phrase uses
	shift  uint       // log2 of the row width of next
	nsym   int        // row width of next: symbols rounded up to a power of two
	next   []uint16   // next[state<<shift|symbol]; outBit set when the state ends phrases
	out    [][]uint16 // phrase IDs that end in each state
	phrase []string
}

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

// newMatcher builds the automaton for phrases, which must be normalized and
// distinct. Phrase i is reported as ID i.
func newMatcher(phrases []string) *matcher {
	if len(phrases) > maxPhrases {
		panic(fmt.Sprintf("classify: %d phrases, at most %d", len(phrases), maxPhrases))
	}
	m := &matcher{phrase: phrases}
	nsym := 1
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			if m.sym[p[i]] == 0 {
				m.sym[p[i]] = uint8(nsym)
				nsym++
			}
		}
	}
	if nsym > 255 {
		panic("classify: too many distinct bytes in phrases")
	}
	for c := 'A'; c <= 'Z'; c++ {
		m.sym[c] = m.sym[c+'a'-'A']
	}
	for 1<<m.shift < nsym {
		m.shift++
	}
	m.nsym = 1 << m.shift
	// Trie: goto[state][symbol], 0 meaning absent (state 0 is the root).
	trie := [][]uint16{make([]uint16, m.nsym)}
	m.out = [][]uint16{nil}
	for id, p := range phrases {
		s := 0
		for i := 0; i < len(p); i++ {
			c := m.sym[p[i]]
			if trie[s][c] == 0 {
				trie = append(trie, make([]uint16, m.nsym))
				m.out = append(m.out, nil)
				if len(trie) >= outBit {
					panic("classify: phrase automaton too large")
				}
				trie[s][c] = uint16(len(trie) - 1)
			}
			s = int(trie[s][c])
		}
		m.out[s] = append(m.out[s], uint16(id))
	}
	// Breadth-first: failure links, then full transitions.
	fail := make([]uint16, len(trie))
	m.next = make([]uint16, len(trie)*m.nsym)
	queue := []int{}
	for c := 1; c < m.nsym; c++ {
		if t := trie[0][c]; t != 0 {
			m.next[c] = t
			queue = append(queue, int(t))
		}
	}
	order := []int{0} // states in breadth-first order
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		order = append(order, s)
		f := int(fail[s])
		m.out[s] = append(m.out[s], m.out[f]...)
		for c := 1; c < m.nsym; c++ {
			if t := trie[s][c]; t != 0 {
				fail[t] = m.next[f*m.nsym+c]
				m.next[s*m.nsym+c] = t
				queue = append(queue, int(t))
			} else {
				m.next[s*m.nsym+c] = m.next[f*m.nsym+c]
			}
		}
	}
	m.renumber(order)
	for i, t := range m.next {
		if len(m.out[t]) > 0 {
			m.next[i] = t | outBit
		}
	}
	return m
}

// renumber gives states their breadth-first rank, so the shallow states that
// almost every byte of a text visits sit together in memory (a few dozen
// kilobytes) instead of spread over the whole table.
func (m *matcher) renumber(order []int) {
	rank := make([]uint16, len(order))
	for r, s := range order {
		rank[s] = uint16(r)
	}
	next := make([]uint16, len(m.next))
	out := make([][]uint16, len(m.out))
	for s := range order {
		row := int(rank[s]) * m.nsym
		for c := 0; c < m.nsym; c++ {
			next[row+c] = rank[m.next[s*m.nsym+c]]
		}
		out[rank[s]] = m.out[s]
	}
	m.next, m.out = next, out
}

// scan adds to found every phrase that occurs in s. (The automaton's tables are
// read through locals: this loop is where classification spends its time.)
func (m *matcher) scan(s string, found *phraseSet) {
	next, sym, shift, out := m.next, &m.sym, m.shift, m.out
	space := m.sym[' ']
	state := m.step(0, ' ', found)
	prevSpace := true
	lineStart := true
	for i := 0; i < len(s); i++ {
		if lineStart {
			lineStart = false
			if n := replyPrefixLen(s[i:]); n > 0 {
				i += n - 1
				continue
			}
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			state, prevSpace = m.scanRune(s, &i, state, prevSpace, found)
			continue
		}
		x := sym[c]
		if isSpace(c) {
			lineStart = c == '\n'
			if prevSpace {
				continue
			}
			prevSpace, x = true, space
		} else {
			prevSpace = false
		}
		t := next[int(state)<<shift|int(x)]
		if t&outBit != 0 {
			t &^= outBit
			for _, id := range out[t] {
				found.add(id)
			}
		}
		state = t
	}
	if !prevSpace {
		m.step(state, ' ', found)
	}
}

// scanRune feeds the automaton the non-ASCII character at s[*i], folded as
// foldAt says, and leaves *i on its last byte. Text in other scripts takes this
// slower path; ASCII text never does.
func (m *matcher) scanRune(s string, i *int, state uint16, prevSpace bool, found *phraseSet) (uint16, bool) {
	var folded [utf8.UTFMax]byte
	n, width, space := foldAt(s, *i, &folded)
	*i += width - 1
	if space {
		if !prevSpace {
			state = m.step(state, ' ', found)
		}
		return state, true
	}
	for _, b := range folded[:n] {
		state = m.step(state, b, found)
	}
	return state, false
}

func (m *matcher) step(state uint16, c byte, found *phraseSet) uint16 {
	t := m.next[int(state)<<m.shift|int(m.sym[c])]
	if t&outBit == 0 {
		return t
	}
	t &^= outBit
	for _, id := range m.out[t] {
		found.add(id)
	}
	return t
}
