package classify

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
)

// ruleWalk narrows, before any rule is tried, the rules an input can match:
// a rule whose kind or code condition fails is never looked at, and a rule
// with an anyOf or allOf list only when one of the phrases of its gate was
// found (see rule.gate). Rules without such phrases (a code, an enhanced
// code) are fewer and few hold for any one code, so each (kind, code) pair
// gets its own short list.
type ruleWalk struct {
	class [1000]uint8  // reply code or HTTP status -> code class
	other uint8        // code class of codes outside 0-999
	plain [3][]ruleSet // by kind, code class: rules without a gate whose kind and code hold
	any   [3][]ruleSet // by kind, code class: rules with a gate whose kind and code hold

	// Rules with an enhanced-code condition, and which of them an enhanced code
	// meets: exact patterns by map, the few with "x" or "*" one by one.
	onEnhanced ruleSet
	exact      map[string]ruleSet
	names      map[string]string // the exact patterns, for enhancedString
	wild       []wildPattern
	none       ruleSet // those an input without an enhanced code meets

	// The rules each enhanced code of the usual shape meets (see
	// enhancedSlot), worked out once: an index into heldSets by slot.
	heldAt   [enhancedSlots]uint8
	heldSets []ruleSet
}

// enhancedSlots is the number of enhanced codes with a slot: class 2, 4 or 5,
// a one-digit subject and a detail under 100.
const enhancedSlots = 3 * 10 * 100

// enhancedSlot returns the slot of an enhanced code written as class "."
// subject "." detail with a one-digit subject and a detail under 100 without
// leading zeros, or -1 for any other string (which is matched pattern by
// pattern).
func enhancedSlot(e string) int {
	if len(e) < 5 || len(e) > 6 || e[1] != '.' || e[3] != '.' || !isDigit(e[2]) || !isDigit(e[4]) {
		return -1
	}
	var c int
	switch e[0] {
	case '2':
		c = 0
	case '4':
		c = 1
	case '5':
		c = 2
	default:
		return -1
	}
	d := int(e[4] - '0')
	if len(e) == 6 {
		if !isDigit(e[5]) || d == 0 {
			return -1
		}
		d = d*10 + int(e[5]-'0')
	}
	return (c*10+int(e[2]-'0'))*100 + d
}

// wildPattern is an enhanced-code pattern with "x" or "*" and its rules.
type wildPattern struct {
	pattern string
	rules   ruleSet
}

// walk is built once from the rule table (load) and never changes.
var walk *ruleWalk

func newRuleWalk(rules []rule) *ruleWalk {
	w := &ruleWalk{}
	classes := map[ruleSet]uint8{}
	var sigs []ruleSet
	classOf := func(code int) uint8 {
		var sig ruleSet // rules with a code condition that code meets
		for i := range rules {
			if r := &rules[i]; r.code != "" && code >= r.codeLo && code <= r.codeHi {
				sig[i/64] |= 1 << (i % 64)
			}
		}
		c, ok := classes[sig]
		if !ok {
			if len(sigs) == 255 {
				panic("classify: too many code classes")
			}
			c = uint8(len(sigs))
			classes[sig] = c
			sigs = append(sigs, sig)
		}
		return c
	}
	for code := range w.class {
		w.class[code] = classOf(code)
	}
	w.other = classOf(-1)
	w.exact, w.names = map[string]ruleSet{}, map[string]string{}
	for i := range rules {
		p := rules[i].enhanced
		if p == "" {
			continue
		}
		bit := func(s *ruleSet) { s[i/64] |= 1 << (i % 64) }
		bit(&w.onEnhanced)
		if enhancedMatch(p, "") {
			bit(&w.none)
		}
		if !strings.ContainsAny(p, "x*") {
			s := w.exact[p]
			bit(&s)
			w.exact[p], w.names[p] = s, p
			continue
		}
		k := slices.IndexFunc(w.wild, func(x wildPattern) bool { return x.pattern == p })
		if k < 0 {
			k = len(w.wild)
			w.wild = append(w.wild, wildPattern{pattern: p})
		}
		bit(&w.wild[k].rules)
	}
	held := map[ruleSet]uint8{}
	for c, class := range "245" {
		for subject := 0; subject < 10; subject++ {
			for detail := 0; detail < 100; detail++ {
				e := string(class) + "." + strconv.Itoa(subject) + "." + strconv.Itoa(detail)
				sig := w.matching(e)
				i, ok := held[sig]
				if !ok {
					if len(w.heldSets) == 256 {
						panic("classify: too many sets of enhanced-code rules")
					}
					i = uint8(len(w.heldSets))
					held[sig] = i
					w.heldSets = append(w.heldSets, sig)
				}
				w.heldAt[(c*10+subject)*100+detail] = i
			}
		}
	}
	for k := range w.plain {
		w.plain[k] = make([]ruleSet, len(sigs))
		w.any[k] = make([]ruleSet, len(sigs))
		for c, sig := range sigs {
			for i := range rules {
				r := &rules[i]
				if r.byTable || r.on != kindAny && r.on != kind(k) || r.code != "" && sig[i/64]&(1<<(i%64)) == 0 {
					continue
				}
				if len(r.gate) > 0 {
					w.any[k][c][i/64] |= 1 << (i % 64)
				} else {
					w.plain[k][c][i/64] |= 1 << (i % 64)
				}
			}
		}
	}
	return w
}

// first returns the first rule, in table order, that matches the input, or nil.
func (w *ruleWalk) first(k kind, code int, enhanced string, found *phraseSet) *rule {
	c := w.other
	if code >= 0 && code < len(w.class) {
		c = w.class[code]
	}
	// The rules whose gate holds a found phrase.
	var named ruleSet
	for k, words := range found.words {
		for ; words != 0; words &= words - 1 {
			i := k*64 + bits.TrailingZeros64(words)
			for word := found.w[i]; word != 0; word &= word - 1 {
				id := i*64 + bits.TrailingZeros64(word)
				for _, r := range table.gated[table.gatedAt[id]:table.gatedAt[id+1]] {
					named[r/64] |= 1 << (r % 64)
				}
			}
		}
	}
	// The rules whose enhanced-code condition holds.
	held := &w.none
	var sig ruleSet
	if enhanced != "" {
		if i := enhancedSlot(enhanced); i >= 0 {
			held = &w.heldSets[w.heldAt[i]]
		} else {
			sig = w.matching(enhanced)
			held = &sig
		}
	}
	plain, any := &w.plain[k][c], &w.any[k][c]
	for j := range named {
		word := (plain[j] | any[j]&named[j]) & (^w.onEnhanced[j] | held[j])
		for word != 0 {
			b := word & -word
			word &^= b
			// The kind, code and enhanced code hold for every rule of word,
			// and so does anyOf for those that have one (allOf is checked by
			// phrasesHold).
			r := &table.rules[j*64+bits.TrailingZeros64(b)]
			if r.phrasesHold(found) {
				return r
			}
		}
	}
	return nil
}

// matching returns the rules with an enhanced-code condition that the
// enhanced code e (not empty) meets.
func (w *ruleWalk) matching(e string) ruleSet {
	sig := w.exact[e]
	for i := range w.wild {
		if x := &w.wild[i]; (x.pattern[0] == e[0] || x.pattern[0] == 'x' || x.pattern[0] == '*') && enhancedMatch(x.pattern, e) {
			for j := range sig {
				sig[j] |= x.rules[j]
			}
		}
	}
	return sig
}
