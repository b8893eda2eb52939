package classify

import (
	"fmt"
	"math"
	"slices"
	"unicode/utf8"
)

// matcher finds every phrase of the rule table in one pass over a text
// (Aho-Corasick, as a deterministic automaton over bytes). Matching is
// case-insensitive (ASCII letters fold in the fast path; other characters are
// decoded and lower-cased as foldAt says, so phrases in Cyrillic, Greek or
// Latin-1 letters fold too, and Chinese, Japanese or Korean phrases match as
// written) and sees every run of white space as one space, with a space before
// the text and after it, so " ok " matches the word ok anywhere. SMTP reply
// prefixes at the start of each line ("535-5.7.8 ") are skipped, so a phrase can
// span the lines of a multi-line reply. Escapes read as what they stand for
// (escapeAt: a reply logged inside a JSON or Python string), and characters
// written in several ways as one (foldVariant: curly quotes, dashes, the
// letters upper case loses). A matcher is immutable once built.
//
// The automaton is stored as a double array: a state is the offset of its row
// in ent, and the entry for symbol x, ent[state+x], belongs to that state when
// its low byte is x (rows of different states overlap where they leave holes).
// The states up to three symbols deep have full rows, so the bytes of a text
// that continue no phrase cost one lookup; deeper states keep only their
// trie edges and fall back along failure links, which the usual Aho-Corasick
// argument bounds to one per byte read. The whole table is a few tens of
// kilobytes where a full row per state took more than a megabyte, so it stays
// in the processor's fast caches.
type matcher struct {
	sym     [256]uint8 // text byte -> symbol: 0 for bytes no phrase uses, symEscape, symNewline, symHigh
	symOf   [256]uint8 // phrase byte -> its symbols: one for ASCII, a nibble pair above (see encode)
	space   uint32     // the symbol of a space
	ent     []uint32   // next<<entShift | outFlag | symbol
	outAt   []uint16   // by state offset: where its phrases start in outList
	outList []uint16   // per state that ends phrases: their number, then their IDs
	states  int        // number of states
	symbols int        // number of symbols, 0 included
	phrase  []string
}

// Entry layout and the symbols the scan treats apart.
const (
	entShift   = 9
	outFlag    = 1 << 8    // the target state ends phrases
	symEscape  = 0xfd      // '\\': see escapeAt
	symNewline = 0xfe      // '\n': a space, then a reply prefix may follow
	symHigh    = 0xff      // a byte of a non-ASCII character: decoded and folded
	maxSymbols = 0xfd      // symbols are 1 to maxSymbols-1; 0 is "in no phrase"
	denseDepth = 3         // states this deep or shallower get full rows,
	denseBytes = 256 << 10 // unless that takes more than this: then one level less
)

// TableBytes returns the memory the automaton's tables take (transitions and
// state records), and States the number of states.
func (m *matcher) TableBytes() int { return 4*len(m.ent) + 2*len(m.outAt) + 2*len(m.outList) }

// newMatcher builds the automaton for phrases, which must be normalized and
// distinct. Phrase i is reported as ID i.
func newMatcher(phrases []string) *matcher { return buildMatcher(phrases, denseDepth) }

// buildMatcher builds the automaton with full rows for states up to dense
// symbols deep.
func buildMatcher(phrases []string, dense int) *matcher {
	if len(phrases) > maxPhrases {
		panic(fmt.Sprintf("classify: %d phrases, at most %d", len(phrases), maxPhrases))
	}
	m := &matcher{phrase: phrases}
	nsym := uint32(1)
	var units [2]byte
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			for _, u := range unitsOf(units[:0], p[i]) {
				if m.symOf[u] == 0 {
					m.symOf[u] = uint8(nsym)
					nsym++
				}
			}
		}
	}
	if nsym >= maxSymbols {
		panic("classify: too many distinct bytes in phrases")
	}
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			m.sym[c] = symHigh
		case c == '\n':
			m.sym[c] = symNewline
		case c == '\\':
			m.sym[c] = symEscape
		case isSpace(byte(c)):
			m.sym[c] = m.symOf[' ']
		default:
			m.sym[c] = m.symOf[lower(byte(c))]
		}
	}
	m.space, m.symbols = uint32(m.symOf[' ']), int(nsym)
	encoded := make([][]uint8, len(phrases))
	for i, p := range phrases {
		encoded[i] = m.encode(nil, p)
	}
	t := buildTrie(encoded)
	m.layout(t, nsym, dense)
	return m
}

// unitsOf appends to dst what byte c is read as, each unit one symbol: an
// ASCII byte itself; any other byte as two, its high nibble (taken as the
// byte 8 to 15, which no phrase holds) and its low nibble (taken as 0x80 to
// 0x8f, never a high nibble). So non-ASCII bytes take at most 24 symbols
// however many scripts the phrases hold, and a row of the automaton stays
// short (each of 77 distinct non-ASCII bytes was once a symbol of its own:
// 130 symbols, where now 76). A high nibble always starts a byte, so a phrase
// matches the symbols of a text exactly where its bytes match the text's.
func unitsOf(dst []byte, c byte) []byte {
	if c < utf8.RuneSelf {
		return append(dst, c)
	}
	return append(dst, c>>4, 0x80|c&0xf)
}

// encode appends the symbols of the bytes of p to dst; a unit no phrase
// holds has no symbol (0).
func (m *matcher) encode(dst []uint8, p string) []uint8 {
	var units [2]byte
	for i := 0; i < len(p); i++ {
		for _, u := range unitsOf(units[:0], p[i]) {
			dst = append(dst, m.symOf[u])
		}
	}
	return dst
}

// trie is the Aho-Corasick automaton before layout: trie edges, failure links
// and outputs, by state number (0 is the root; states are in breadth-first
// order, so a state's failure state comes before it).
type trie struct {
	kids  [][]edge
	fail  []uint32
	depth []int
	in    []uint8 // the symbol that leads to the state (0 for the root)
	out   [][]uint16
}

type edge struct {
	sym uint8
	to  uint32
}

func (t *trie) child(s uint32, x uint8) (uint32, bool) {
	for _, e := range t.kids[s] {
		if e.sym == x {
			return e.to, true
		}
	}
	return 0, false
}

// delta is the automaton's transition: the trie edge, or the failure state's.
func (t *trie) delta(s uint32, x uint8) uint32 {
	for {
		if c, ok := t.child(s, x); ok {
			return c
		}
		if s == 0 {
			return 0
		}
		s = t.fail[s]
	}
}

func buildTrie(phrases [][]uint8) *trie {
	// Insert depth by depth, so states are numbered breadth first. There are
	// at most as many states as symbols in the phrases, plus the root: room
	// for them all at once spares the slices' regrowth, most of what building
	// the table allocates.
	n := 1
	for _, p := range phrases {
		n += len(p)
	}
	t := &trie{kids: make([][]edge, 1, n), fail: make([]uint32, 1, n), depth: make([]int, 1, n), in: make([]uint8, 1, n), out: make([][]uint16, 1, n)}
	at := make([]uint32, len(phrases)) // state reached by each phrase so far
	for d := 0; ; d++ {
		more := false
		for id, p := range phrases {
			if d >= len(p) {
				continue
			}
			more = true
			s, x := at[id], p[d]
			c, ok := t.child(s, x)
			if !ok {
				c = uint32(len(t.kids))
				t.kids[s] = append(t.kids[s], edge{x, c})
				t.kids = append(t.kids, nil)
				t.depth = append(t.depth, d+1)
				t.in = append(t.in, x)
				t.out = append(t.out, nil)
				t.fail = append(t.fail, 0)
			}
			at[id] = c
			if d == len(p)-1 {
				t.out[c] = append(t.out[c], uint16(id))
			}
		}
		if !more {
			break
		}
	}
	// Failure links and output lists, breadth first: a shallower state's are
	// complete when a deeper one needs them.
	for s := range t.kids {
		if s != 0 {
			t.out[s] = append(t.out[s], t.out[t.fail[s]]...)
		}
		for _, e := range t.kids[s] {
			if s != 0 {
				t.fail[e.to] = t.delta(t.fail[s], e.sym)
			}
		}
	}
	return t
}

// layout stores t as a double array: full rows for the shallow states, side
// by side at the start, then the trie edges of the deeper states packed
// first-fit in depth-first order, so the states of one phrase sit together.
func (m *matcher) layout(t *trie, nsym uint32, denseDepth int) {
	// A state entered by a space stays where it is on another space: the
	// scan sees a run of white space as one space without tracking it.
	space := uint32(m.space)
	loops := func(s uint32) bool { return space != 0 && s != 0 && uint32(t.in[s]) == space }
	for denseDepth > 1 && 4*int(nsym)*countDepth(t, denseDepth) > denseBytes {
		denseDepth--
	}
	n := len(t.kids)
	m.states = n
	base := make([]uint32, n)
	dense := 0
	for dense < n && t.depth[dense] <= denseDepth {
		base[dense] = uint32(dense) * nsym
		dense++
	}
	used := make([]bool, uint32(dense)*nsym)   // entries taken
	isBase := make([]bool, uint32(dense)*nsym) // offsets that are some state's row
	for s := 0; s < dense; s++ {
		isBase[base[s]] = true
	}
	for i := range used {
		used[i] = true
	}
	grow := func(k uint32) {
		for uint32(len(used)) <= k {
			used = append(used, false)
			isBase = append(isBase, false)
		}
	}
	lo := uint32(len(used)) // every entry below lo is taken
	place := func(s uint32) {
		kids := t.kids[s]
		if loops(s) {
			kids = append(slices.Clip(kids), edge{uint8(space), s})
		}
		first := uint32(0)
		if len(kids) > 0 {
			first = uint32(kids[0].sym)
			for _, e := range kids {
				first = min(first, uint32(e.sym))
			}
		}
		for p := max(lo, first); ; p++ {
			b := p - first
			grow(b + nsym)
			if isBase[b] || used[b] || (len(kids) > 0 && used[p]) {
				continue
			}
			fits := true
			for _, e := range kids {
				fits = fits && !used[b+uint32(e.sym)]
			}
			if !fits {
				continue
			}
			base[s], isBase[b], used[b] = b, true, true
			for _, e := range kids {
				used[b+uint32(e.sym)] = true
			}
			for lo < uint32(len(used)) && used[lo] {
				lo++
			}
			return
		}
	}
	// Depth-first from the dense states' children.
	var stack []uint32
	for s := dense - 1; s >= 0; s-- {
		for i := len(t.kids[s]) - 1; i >= 0; i-- {
			if c := t.kids[s][i].to; int(c) >= dense {
				stack = append(stack, c)
			}
		}
	}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		place(s)
		for i := len(t.kids[s]) - 1; i >= 0; i-- {
			stack = append(stack, t.kids[s][i].to)
		}
	}
	size := uint32(len(used)) + nsym
	if uint64(size) >= 1<<(32-entShift) {
		panic("classify: phrase automaton too large")
	}
	m.ent = make([]uint32, size)
	m.outAt = make([]uint16, size)
	m.outList = []uint16{0} // offset 0: no phrases
	entry := func(to uint32, x uint8) uint32 {
		e := base[to]<<entShift | uint32(x)
		if len(t.out[to]) > 0 {
			e |= outFlag
		}
		return e
	}
	for s := 0; s < n; s++ {
		b := base[s]
		m.ent[b] = base[t.fail[s]] << entShift // symbol 0: no edge, the failure link
		if out := t.out[s]; len(out) > 0 {
			if len(m.outList) > math.MaxUint16 {
				panic("classify: too many phrase lists")
			}
			m.outAt[b] = uint16(len(m.outList))
			m.outList = append(append(m.outList, uint16(len(out))), out...)
		}
		if s < dense {
			for x := uint32(1); x < nsym; x++ {
				m.ent[b+x] = entry(t.delta(uint32(s), uint8(x)), uint8(x))
			}
		} else {
			for _, e := range t.kids[s] {
				m.ent[b+uint32(e.sym)] = entry(e.to, e.sym)
			}
		}
		if loops(uint32(s)) {
			m.ent[b+space] = entry(uint32(s), uint8(space))
		}
	}
}

// countDepth returns the number of states of t at most d symbols deep.
func countDepth(t *trie, d int) int {
	n := 0
	for n < len(t.depth) && t.depth[n] <= d {
		n++
	}
	return n
}
