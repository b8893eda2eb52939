package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMatcher(t *testing.T) {
	phrases := []string{"log in via your web browser", "he", "she", "hers", " eof ", "5.7.8", "[unavailable]"}
	for i := range phrases {
		phrases[i] = normalizePhrase(phrases[i])
	}
	m := newMatcher(phrases)
	find := func(s string) []string {
		var f phraseSet
		m.scan(s, &f)
		var out []string
		for i, p := range phrases {
			if f.has(uint16(i)) {
				out = append(out, p)
			}
		}
		return out
	}
	// A phrase spans the lines of a multi-line reply; their prefixes are skipped.
	assert.Equal(t, []string{"log in via your web browser"},
		find("534-5.7.14 Please LOG IN via\n534-5.7.14 your web\tbrowser and try again."))
	// Overlapping phrases are all found (Aho-Corasick output links).
	assert.Equal(t, []string{"he", "she", "hers"}, find("USHERS"))
	// Word boundaries come from the virtual spaces around the text.
	assert.Equal(t, []string{" eof "}, find("EOF"))
	assert.Empty(t, find("GEOFF"))
	// Codes inside the text (not at a line start) are still seen.
	assert.Equal(t, []string{"5.7.8"}, find("SMTP error 535: 5.7.8 bad"))
	assert.Equal(t, []string{"[unavailable]"}, find("a1 NO [UNAVAILABLE] try later"))
	assert.Empty(t, find(""))
}

func TestNormalizePhrase(t *testing.T) {
	assert.Equal(t, "a b c", normalizePhrase("A \t\n B  C"))
	assert.Equal(t, " eof ", normalizePhrase(" EOF "))
}
