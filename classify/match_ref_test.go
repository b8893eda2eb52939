package classify

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// referenceText is the text as the matcher is specified to see it, built the
// slow and obvious way: a space first, stack trace lines left out, each line
// (a line end escaped as "\n" included) without its SMTP reply prefix, escapes read as logs write them,
// every character folded by foldAt, runs of white space as one space, and a
// space last.
func referenceText(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space, lineStart := true, true
	escaped, escapedLine := false, false // the last line end was written "\n"
	for i := 0; i < len(s); {
		if lineStart {
			lineStart = false
			if n := stackFramesLen(s[i:]); n > 0 && i > 0 && !escapedLine {
				i += n
				lineStart = true
				continue
			}
			if n := replyPrefixLen(s[i:]); n > 0 {
				i += n
				continue
			}
		}
		if s[i] == '\\' { // an escape: what strconv reads, or the backslash skipped
			if i+1 < len(s) && strings.IndexByte("nrtu", s[i+1]) >= 0 {
				if r, _, tail, err := strconv.UnquoteChar(s[i:], 0); err == nil {
					if r == '\\' {
						r = 0 // a character no phrase holds, as the scan reads it
					}
					s = s[:i] + string(r) + tail // read on from the character itself
					escaped = true
					continue
				}
			}
			i++
			continue
		}
		var folded [utf8.UTFMax]byte
		n, width, sp := foldAt(s, i, &folded)
		lineStart, escapedLine, escaped = s[i] == '\n', escaped, false
		i += width
		if sp {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.Write(folded[:n])
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// referenceFind lists the phrases of m that occur in s, by strings.Contains.
func referenceFind(m *matcher, s string) *phraseSet {
	var f phraseSet
	t := referenceText(s)
	for i, p := range m.phrase {
		if strings.Contains(t, p) {
			f.add(uint16(i))
		}
	}
	return &f
}

// checkAgainstReference fails when the automaton m and strings.Contains
// disagree on any phrase of m for s.
func checkAgainstReference(t *testing.T, m *matcher, s string) {
	t.Helper()
	checkFound(t, m, s, referenceFind(m, s))
}

// checkFound fails when the automaton m does not find exactly the phrases
// want holds in s.
func checkFound(t *testing.T, m *matcher, s string, want *phraseSet) {
	t.Helper()
	var got phraseSet
	m.scan(s, &got)
	if got == *want {
		return
	}
	for i, p := range m.phrase {
		if got.has(uint16(i)) != want.has(uint16(i)) {
			t.Fatalf("phrase %q in %q: automaton %v, reference %v", p, s, got.has(uint16(i)), want.has(uint16(i)))
		}
	}
}

// The automaton finds exactly the phrases strings.Contains finds in the
// normalised text, over every text of the corpus, whichever states get full
// rows.
func TestMatcherMatchesReference(t *testing.T) {
	matchers := []*matcher{table.m}
	for d := 0; d <= 4; d++ { // the same phrases, so one reference serves all
		matchers = append(matchers, buildMatcher(table.m.phrase, d))
	}
	for _, s := range corpusTexts(t) {
		want := referenceFind(table.m, s)
		for _, m := range matchers {
			checkFound(t, m, s, want)
		}
	}
}

func FuzzMatcher(f *testing.F) {
	for _, s := range corpusTexts(f) {
		f.Add(s)
	}
	f.Add("535-5.7.8 Неверный\n535 5.7.8 пароль \xe6\x8e授权码\xff")
	shallow := buildMatcher(table.m.phrase, 0) // every state but the root on failure links
	f.Fuzz(func(t *testing.T, s string) {
		checkAgainstReference(t, table.m, s)
		checkAgainstReference(t, shallow, s)
	})
}

// corpusTexts returns the text of every fixture (testdata/errors) and every
// catalog entry (testdata/catalogs), in file order.
func corpusTexts(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, glob := range []string{"errors", "catalogs"} {
		files, err := filepath.Glob(filepath.Join("..", "testdata", glob, "*.jsonl"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no corpus under testdata/%s: %v", glob, err)
		}
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(data), "\n") {
				var row struct{ Text string }
				if strings.TrimSpace(line) == "" {
					continue
				}
				if err := json.Unmarshal([]byte(line), &row); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				out = append(out, row.Text)
			}
		}
	}
	return out
}
