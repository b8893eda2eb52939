package classify

import (
	"math/bits"
	"sync"
)

// maxPhrases bounds the number of distinct phrases the rule table may use.
const maxPhrases = 65536

// phraseSet records which phrases occur in a text: bit i of w is phrase i,
// and bit k of words is set when w[k] is not zero, so a walk over the found
// phrases skips the empty words without reading them.
type phraseSet struct {
	words [maxPhrases / 64 / 64]uint64
	w     [maxPhrases / 64]uint64
}

// phraseSets holds empty phrase sets. A set is 8 kB: zeroing a new one on
// every call cost more than taking one from the pool and, after the call,
// clearing only the words the text set (the summary words say which).
var phraseSets = sync.Pool{New: func() any { return new(phraseSet) }}

// newPhraseSet returns an empty set from the pool.
func newPhraseSet() *phraseSet { return phraseSets.Get().(*phraseSet) }

// release empties p and returns it to the pool. A set a panic left behind
// is never returned.
func (p *phraseSet) release() {
	p.clear()
	phraseSets.Put(p)
}

// clear empties p, reading only the words its summary marks.
func (p *phraseSet) clear() {
	for k, set := range p.words {
		for ; set != 0; set &= set - 1 {
			p.w[k*64+bits.TrailingZeros64(set)] = 0
		}
		p.words[k] = 0
	}
}

func (p *phraseSet) add(i uint16) {
	p.w[i/64] |= 1 << (i % 64)
	p.words[i/64/64] |= 1 << (i / 64 % 64)
}

func (p *phraseSet) has(i uint16) bool { return p.w[i/64]&(1<<(i%64)) != 0 }

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
		if p.w[w.i]&w.bits != 0 {
			return true
		}
	}
	return false
}

// all reports whether p holds every phrase of m.
func (p *phraseSet) all(m phraseMask) bool {
	for _, w := range m {
		if p.w[w.i]&w.bits != w.bits {
			return false
		}
	}
	return true
}
