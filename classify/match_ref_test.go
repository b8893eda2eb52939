package classify

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// referenceText is the text as the matcher is specified to see it, built the
// slow and obvious way: a space first, stack trace lines left out, each line
// (a line end escaped as "\n" or "&#10;" included) without a quote's
// markers and its SMTP reply prefix, escapes and character references read as logs and pages write
// them, every character folded by foldAt, runs of white space as one space,
// and a space last.
func referenceText(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space, lineStart := true, true
	escaped, escapedLine := false, false // the last line end was written "\n"
	decoded := false                     // s[i] was read from an escape or a reference: taken as it is
	for i := 0; i < len(s); {
		if s[i] == '&' && !decoded {
			if m := referenceEntity.FindStringSubmatch(s[i:]); m != nil {
				r := rune(-1)
				switch {
				case m[1] != "":
					v, _ := strconv.ParseInt(m[1], 10, 32)
					r = rune(v)
				case m[2] != "":
					v, _ := strconv.ParseInt(m[2], 16, 32)
					r = rune(v)
				default:
					r = map[string]rune{"amp": '&', "lt": '<', "gt": '>', "quot": '"', "apos": '\'', "nbsp": ' '}[m[3]]
				}
				if r > 0 && r <= utf8.MaxRune && (r < 0xd800 || r > 0xdfff) {
					if r == '\\' {
						r = 0 // as foldEscaped writes it
					}
					s = s[:i] + string(r) + s[i+len(m[0]):]
					escaped, decoded = true, true
					continue
				}
			}
		}
		if s[i] == '<' && !decoded { // a page's tag: a line end
			if m := referenceTag.FindString(s[i:]); m != "" {
				s = s[:i] + "\n" + s[i+len(m):]
				continue
			}
		}
		if lineStart {
			lineStart = false
			if n := stackFramesLen(s[i:]); n > 0 && i > 0 && !escapedLine {
				i += n
				lineStart = true
				continue
			}
			// A quote's markers or an indent, then a reply prefix; spaces
			// alone only before a reply prefix.
			lead := referenceLead.FindString(s[i:])
			if n := replyPrefixLen(s[i+len(lead):]); n > 0 || strings.Contains(lead, ">") {
				i += len(lead) + n
				continue
			}
		}
		if s[i] == '\\' && !decoded { // an escape: what strconv reads, or the backslash skipped
			if i+1 < len(s) && strings.IndexByte("nrtu", s[i+1]) >= 0 {
				if r, _, tail, err := strconv.UnquoteChar(s[i:], 0); err == nil {
					if r == '\\' {
						r = 0 // a character no phrase holds, as the scan reads it
					}
					s = s[:i] + string(r) + tail // read on from the character itself
					escaped, decoded = true, true
					continue
				}
			}
			i++
			continue
		}
		var folded [utf8.UTFMax]byte
		n, width, sp := foldAt(s, i, &folded)
		lineStart, escapedLine, escaped, decoded = s[i] == '\n', escaped, false, false
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

// referenceTag is an HTML tag of the elements a page sets an error in.
var referenceTag = regexp.MustCompile(`^(?i)</?(?:br|p|div|pre|code|span|tt|kbd|samp|b|strong|i|em|li|td|tr|font|small|blockquote|a|h[1-6])(?:[ \t/][^<>\n]*)?>`)

// referenceLead is what may start a line before its text or reply prefix:
// a quote's markers ("> > ") and spaces.
var referenceLead = regexp.MustCompile(`^[ \t>]*`)

// referenceEntity is a character reference: decimal (1 to 7 digits),
// hexadecimal (1 to 7 digits) or one of the six names the scan reads.
var referenceEntity = regexp.MustCompile(`^&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,7})|(amp|lt|gt|quot|apos|nbsp));`)

// referenceFind lists the phrases of m that occur in s: those that some
// position of the reference text starts with (strings.HasPrefix). The
// phrases are listed by their first two bytes, so a position tries only the
// phrases that can start there; this is the obvious search, sped up only by
// skipping phrases whose first two bytes differ.
func referenceFind(m *matcher, s string) *phraseSet {
	var f phraseSet
	t := referenceText(s)
	byStart := referenceIndex(m)
	for i := 0; i+1 < len(t); i++ {
		for _, id := range byStart[[2]byte{t[i], t[i+1]}] {
			if strings.HasPrefix(t[i:], m.phrase[id]) {
				f.add(id)
			}
		}
	}
	return &f
}

var (
	referenceMu      sync.Mutex
	referenceIndexes = map[*matcher]map[[2]byte][]uint16{}
)

// referenceIndex returns m's phrases by their first two bytes, built once
// for each matcher.
func referenceIndex(m *matcher) map[[2]byte][]uint16 {
	referenceMu.Lock()
	defer referenceMu.Unlock()
	if x, ok := referenceIndexes[m]; ok {
		return x
	}
	x := map[[2]byte][]uint16{}
	for i, p := range m.phrase {
		k := [2]byte{p[0], p[1]}
		x[k] = append(x[k], uint16(i))
	}
	referenceIndexes[m] = x
	return x
}

// checkAgainstReference fails when the matcher m and strings.Contains
// disagree on any phrase of m for s.
func checkAgainstReference(t *testing.T, m *matcher, s string) {
	t.Helper()
	checkFound(t, m, s, referenceFind(m, s))
}

// checkFound fails when the matcher m does not find exactly the phrases
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
			t.Fatalf("phrase %q in %q: matcher %v, reference %v", p, s, got.has(uint16(i)), want.has(uint16(i)))
		}
	}
}

// The matcher finds exactly the phrases strings.Contains finds in the
// normalised text, over every text of the corpus, in one chunk and in many.
func TestMatcherMatchesReference(t *testing.T) {
	for i, s := range corpusTexts(t) {
		if raceBuild && i%4 != 0 { // see race_on_test.go
			continue
		}
		checkAgainstReference(t, table.m, s)
	}
}

// A text longer than one chunk is searched in chunks that overlap: every
// phrase is found wherever it falls across a chunk's end, the longest one
// included.
func TestMatcherChunks(t *testing.T) {
	// The table's ASCII phrases, so the longest phrase can end on any byte
	// (a longer one in another script ends on a character of several).
	var ascii []string
	longest := 0
	for _, p := range table.m.phrase {
		if strings.IndexFunc(p, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 {
			ascii = append(ascii, p)
			if len(p) > len(ascii[longest]) {
				longest = len(ascii) - 1
			}
		}
	}
	m := newMatcher(ascii)
	for _, id := range []int{longest, 0, len(ascii) - 1} {
		p := ascii[id]
		// Each "a " is two bytes of the normalized text, and "b" one
		// more: the phrase starts at every offset around a chunk's end.
		for k := (scanChunk-len(p))/2 - 2; k <= scanChunk/2+2; k++ {
			for _, b := range []string{"", "b"} {
				s := b + strings.Repeat("a ", k) + p
				var f phraseSet
				m.scan(s, &f)
				if !f.has(uint16(id)) {
					t.Fatalf("phrase %q not found after %d bytes", p, 1+len(b)+2*k)
				}
			}
		}
	}
	m = table.m
	// And the corpus, joined into texts of several chunks each.
	texts := corpusTexts(t)
	for i := 0; i < len(texts); {
		var b strings.Builder
		for ; i < len(texts) && b.Len() < 3*scanChunk; i++ {
			b.WriteString(texts[i])
			b.WriteByte('\n')
		}
		checkAgainstReference(t, m, b.String())
	}
}

func FuzzMatcher(f *testing.F) {
	for i, s := range corpusTexts(f) {
		if raceBuild && i%8 != 0 { // see race_on_test.go
			continue
		}
		f.Add(s)
	}
	f.Add("535-5.7.8 Неверный\n535 5.7.8 пароль \xe6\x8e授权码\xff")
	f.Add("Can&#39;t log in&#10;535 5.7.8 &amp;lt;&#x5c;u0041&#92;n&#xD800;&#1234567;&quot")
	f.Add("<p>Error:<br />535-5.7.8 Username and<BR>535 5.7.8 Password not accepted</p><b@example.org> <brand> <pre class=\"x\"")
	f.Fuzz(func(t *testing.T, s string) {
		checkAgainstReference(t, table.m, s)
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
