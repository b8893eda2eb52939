package classify

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// kind is what a code in the input means.
type kind uint8

const (
	kindAny  kind = iota // a rule that applies to every input
	kindSMTP             // Code is an SMTP reply code (also IMAP and plain text)
	kindHTTP             // Code is the HTTP status of a token endpoint response
)

// rule is one row of the rule table. A rule matches when every condition it sets
// holds; the first rule that matches decides.
type rule struct {
	id       string        // stable rule ID, reported as Verdict.Rule
	class    Class         // the verdict's class
	doc      string        // what the rule recognises, for support staff
	on       kind          // kindSMTP or kindHTTP limits the rule to that kind of input
	code     string        // prefix of the three-digit code ("535", "5", "45"); "" for any
	codeFrom int           // the lowest code that meets code, when above the prefix's own (0: none)
	enhanced string        // enhanced code pattern: "5.7.8" exact, "x" one digit ("5.7.7xx"), "*" any rest ("5.1.*")
	anyOf    []string      // at least one of these phrases occurs (nil: no condition)
	allOf    []string      // every one of these phrases occurs
	alsoAny  []string      // and at least one of these occurs too (a second anyOf)
	noneOf   []string      // none of these phrases occurs
	provider string        // provider the rule identifies, if any
	retry    time.Duration // retry hint; 0 uses the class default
	byTable  bool          // decided by a step of its own (aadstsTable, NetEase's families, the other-subject check), never by the walk

	// compiled form, set by compile
	codeLo, codeHi                       int // codes that satisfy code
	anyMask, allMask, noneMask, alsoMask phraseMask
	gate                                 phraseMask // anyMask, or else one phrase of allMask: the rule holds only when one of these was found
}

// maxRules bounds the rule table.
const maxRules = 2048

// ruleSet is a set of rule indexes.
type ruleSet [maxRules / 64]uint64

// RuleInfo describes one classification rule, for support staff who need to
// explain a verdict.
type RuleInfo struct {
	ID    string `json:"id"`    // the value of Verdict.Rule
	Class Class  `json:"class"` // the class the rule gives
	Doc   string `json:"doc"`   // what the rule recognises
}

// Rules lists every rule in the order they are tried.
func Rules() []RuleInfo {
	load()
	out := make([]RuleInfo, 0, len(table.rules))
	for _, r := range table.rules {
		out = append(out, RuleInfo{ID: r.id, Class: r.class, Doc: r.doc})
	}
	return out
}

// Explain returns the rule with the given ID.
func Explain(id string) (RuleInfo, bool) {
	load()
	for _, r := range table.rules {
		if r.id == id {
			return RuleInfo{ID: r.id, Class: r.class, Doc: r.doc}, true
		}
	}
	return RuleInfo{}, false
}

// Providers returns every provider ID that [Verdict].Provider can hold after
// this package's rules and text markers, sorted, without repeats. Package
// provider's table holds each of them.
func Providers() []string {
	load()
	var out []string
	for _, r := range table.rules {
		if r.provider != "" {
			out = append(out, r.provider)
		}
	}
	for _, m := range table.markers {
		out = append(out, m.provider)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// marker is a phrase that reveals which provider produced a text.
type marker struct {
	phrase   string // the phrase, as written in the table
	provider string // the provider ID it reveals
	id       uint16 // the phrase's ID in the matcher, set by compile
}

// compiled is the rule table with its phrase matcher.
type compiled struct {
	rules      []rule     // the rules, in the order they are tried
	markers    []marker   // provider markers, in the order they are tried
	m          *matcher   // finds every phrase of rules, markers and httpIDs in one pass
	httpIDs    phraseMask // phrases that show the input came from an OAuth token endpoint
	markerMask phraseMask // every marker phrase
	gated      []uint16   // the rules each phrase gates (see rule.gate): phrase i's are gated[gatedAt[i]:gatedAt[i+1]]
	gatedAt    []uint32
	byID       map[string]*rule

	codeExchangeRule *rule                          // the rule that names a code exchange or service-account assertion
	codeExchange     phraseMask                     // its phrases
	aadsts           uint16                         // phrase ID of "aadsts"
	aadstsWording    [len(aadstsWording)]phraseMask // each aadstsWording entry's words
}

// shortest drops from a list read as "any of" the phrases that hold another
// phrase of the list once normalized: where the longer occurs, so does the
// shorter, so the list means the same with fewer phrases to find.
// (Translations often hold a shorter one's words whole, such as a message and
// the same message naming the account.)
func shortest(list []string) []string {
	norm := make([]string, len(list))
	for i, p := range list {
		norm[i] = normalizePhrase(p)
	}
	out := make([]string, 0, len(list))
	for i, n := range norm {
		redundant := false
		for j, m := range norm {
			if j != i && len(m) > 0 && strings.Contains(n, m) && (len(m) < len(n) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, list[i])
		}
	}
	return out
}

// spellings are the ways products write the same words: the British forms
// of American "-iz-" stems ("Authorisation failed", "not recognised", "your
// organisation"; one way only), and words written with or without a hyphen
// or a space ("e-mail", "re-authenticate", "user name", "sign-in"; both
// ways).
var spellings = [...]struct {
	from, to string
	both     bool
}{
	{"authoriz", "authoris", false}, {"organiz", "organis", false}, {"recogniz", "recognis", false}, {"synchroniz", "synchronis", false}, {"initializ", "initialis", false},
	{"email", "e-mail", true}, {"reauth", "re-auth", true}, {"reconnect", "re-connect", true}, {"username", "user name", true}, {"sign in", "sign-in", true}, {"log in", "log-in", true},
}

// spelled returns list with every other spelling (spellings) of each of
// its phrases beside it: the list reads any of them. allOf lists are left
// as written (a phrase there must occur as written).
func spelled(list []string) []string {
	out := list
	for _, p := range list {
		forms := []string{strings.ToLower(p)}
		for _, sp := range spellings {
			for _, f := range forms {
				if strings.Contains(f, sp.from) {
					forms = append(forms, strings.ReplaceAll(f, sp.from, sp.to))
				}
				if sp.both && strings.Contains(f, sp.to) {
					forms = append(forms, strings.ReplaceAll(f, sp.to, sp.from))
				}
			}
		}
		for _, f := range forms[1:] {
			if !slices.Contains(out, f) {
				if len(out) == len(list) {
					out = slices.Clone(list)
				}
				out = append(out, f)
			}
		}
	}
	return out
}

// compile assigns phrase IDs and builds the matcher. It panics on a malformed
// table, which the package tests catch.
func compile(rules []rule, markers []marker, httpMarkers []string) *compiled {
	ids := map[string]uint16{}
	var phrases []string
	intern := func(list []string) []uint16 {
		out := make([]uint16, 0, len(list))
		for _, p := range list {
			n := normalizePhrase(p)
			if strings.TrimSpace(n) == "" {
				panic("classify: empty phrase")
			}
			id, ok := ids[n]
			if !ok {
				id = uint16(len(phrases))
				ids[n] = id
				phrases = append(phrases, n)
			}
			out = append(out, id)
		}
		return out
	}
	byID := map[string]*rule{}
	for i := range rules {
		r := &rules[i]
		if byID[r.id] != nil || r.id == "" || !r.class.Valid() || r.class == "" || r.doc == "" {
			panic("classify: bad or duplicate rule " + r.id)
		}
		byID[r.id] = r
		r.anyMask, r.allMask, r.noneMask = newMask(intern(shortest(spelled(r.anyOf)))), newMask(intern(r.allOf)), newMask(intern(shortest(spelled(r.noneOf))))
		r.alsoMask = newMask(intern(shortest(spelled(r.alsoAny))))
		r.gate = r.anyMask
		if len(r.anyMask) == 0 && len(r.allMask) > 0 {
			w := r.allMask[0]
			r.gate = phraseMask{{w.i, w.bits & -w.bits}}
		}
		if len(r.alsoAny) > 0 && len(r.anyOf) == 0 {
			panic("classify: rule " + r.id + " has alsoAny without anyOf")
		}
		if r.code != "" {
			n, err := strconv.Atoi(r.code)
			if err != nil || len(r.code) > 3 {
				panic("classify: bad code in rule " + r.id)
			}
			scale := [...]int{0, 100, 10, 1}[len(r.code)]
			r.codeLo, r.codeHi = max(n*scale, r.codeFrom), n*scale+scale-1
		}
	}
	for i := range markers {
		markers[i].id = intern([]string{markers[i].phrase})[0]
	}
	c := &compiled{rules: rules, markers: markers, httpIDs: newMask(intern(httpMarkers)), byID: byID}
	var markerIDs []uint16
	for _, m := range markers {
		markerIDs = append(markerIDs, m.id)
	}
	c.markerMask = newMask(markerIDs)
	for k, w := range aadstsWording {
		c.aadstsWording[k] = newMask(intern(w.words))
	}
	// For each phrase, the rules it gates: a rule with an anyOf list is
	// tried only when one of its phrases was found, and a rule with an allOf
	// list only when its first phrase was.
	if len(rules) > maxRules {
		panic("classify: too many rules")
	}
	// Most phrases gate one rule: a list of rule indexes per phrase takes a
	// few bytes each, where a rule set would take maxRules/8.
	gates := make([][]uint16, len(phrases))
	for i := range rules {
		for _, w := range rules[i].gate {
			for b := 0; b < 64; b++ {
				if w.bits&(1<<b) != 0 {
					gates[w.i*64+b] = append(gates[w.i*64+b], uint16(i))
				}
			}
		}
	}
	c.gatedAt = make([]uint32, len(phrases)+1)
	for id, g := range gates {
		c.gated = append(c.gated, g...)
		c.gatedAt[id+1] = uint32(len(c.gated))
	}
	for i := range rules {
		if rules[i].id == "oauth_code_exchange" {
			c.codeExchangeRule, c.codeExchange = &rules[i], rules[i].anyMask
		}
	}
	if c.codeExchangeRule == nil {
		panic("classify: no oauth_code_exchange rule")
	}
	c.aadsts = ids["aadsts"]
	c.m = newMatcher(phrases)
	return c
}

// phrasesHold reports whether r's allOf, alsoAny and noneOf conditions hold
// for found (the rule walk has checked the rest: kind, code, enhanced code,
// anyOf).
// holds reports whether a rule of anyOf phrases holds for found: one of
// them occurs and phrasesHold. The steps after the walk check their rules
// (byTable) with it.
func (r *rule) holds(found *phraseSet) bool {
	return found.any(r.anyMask) && r.phrasesHold(found)
}

func (r *rule) phrasesHold(found *phraseSet) bool {
	if len(r.allMask) > 0 && !found.all(r.allMask) {
		return false
	}
	if len(r.alsoMask) > 0 && !found.any(r.alsoMask) {
		return false
	}
	return len(r.noneMask) == 0 || !found.any(r.noneMask)
}

// enhancedMatch matches an enhanced status code against a pattern in which "x"
// stands for one digit and a final "*" for anything.
func enhancedMatch(pattern, code string) bool {
	i := 0
	for ; i < len(pattern); i++ {
		switch {
		case pattern[i] == '*':
			return true
		case i >= len(code):
			return false
		case pattern[i] == 'x':
			if !isDigit(code[i]) {
				return false
			}
		case pattern[i] != code[i]:
			return false
		}
	}
	return i == len(code)
}
