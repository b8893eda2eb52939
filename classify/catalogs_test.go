package classify

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// catalogEntry is one entry of a published error catalog kept under
// testdata/catalogs (schema in testdata/catalogs/README.md). Its labels were
// judged from the catalog's own description before the classifier ran.
type catalogEntry struct {
	ID         string `json:"id"`
	Kind       string `json:"kind"`
	Code       int    `json:"code"`
	Enhanced   string `json:"enhanced"`
	Error      string `json:"error"`
	Text       string `json:"text"`
	WantClass  Class  `json:"want_class"`
	WantReason Reason `json:"want_reason"`
	Why        string `json:"why"`
	// For the client-library table: the language, the library and the
	// repository file the message or type comes from.
	Language string `json:"language,omitempty"`
	// Lookalike marks text that reads like a credential failure but is not one.
	Lookalike bool   `json:"lookalike,omitempty"`
	Library   string `json:"library,omitempty"`
	Source    string `json:"source,omitempty"`
	// Locale is the translation a mail client's own message comes from
	// (client_l10n.jsonl).
	Locale string `json:"locale,omitempty"`
}

var enhancedPattern = regexp.MustCompile(`^[245]\.\d{1,3}\.\d{1,3}$`)

// loadCatalogs reads every catalog file, checking each entry's schema and
// that no id is used twice across catalogs, and returns the entries by
// catalog name.
func loadCatalogs(t *testing.T) map[string][]catalogEntry {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "catalogs", "*.jsonl"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no catalogs under testdata/catalogs")
	out := map[string][]catalogEntry{}
	ids := map[string]string{}
	for _, name := range files {
		out[strings.TrimSuffix(filepath.Base(name), ".jsonl")] = loadCatalogFile(t, name, ids)
	}
	return out
}

// loadCatalogFile reads one catalog file, checking each entry's schema, and
// records each id in ids (id to file), failing on an id already there.
func loadCatalogFile(t *testing.T, name string, ids map[string]string) []catalogEntry {
	t.Helper()
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	var out []catalogEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var e catalogEntry
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&e), "%s:%d", name, line)
		where := name + ":" + e.ID
		require.NotEmpty(t, e.ID, "%s:%d: id", name, line)
		// A map lookup: require.NotContains walks a map's keys one by one,
		// which over twelve thousand entries took seconds in every test
		// that loads the catalogs.
		if prev, dup := ids[e.ID]; dup {
			t.Fatalf("%s: duplicate id (also in %s)", where, prev)
		}
		ids[e.ID] = name
		assert.Contains(t, []string{"smtp", "imap", "oauth", "http", "text"}, e.Kind, where)
		assert.NotEmpty(t, strings.TrimSpace(e.Text), "%s: text", where)
		assert.NotEmpty(t, strings.TrimSpace(e.Why), "%s: why", where)
		assert.True(t, e.WantClass.Valid() && e.WantClass != "", "%s: class %q", where, e.WantClass)
		assert.Equal(t, e.WantClass.Reason(), e.WantReason, "%s: reason must follow the class", where)
		if e.Enhanced != "" {
			assert.Regexp(t, enhancedPattern, e.Enhanced, where)
		}
		assert.True(t, e.Code == 0 || (e.Code >= 100 && e.Code <= 599), "%s: code %d", where, e.Code)
		out = append(out, e)
	}
	require.NoError(t, sc.Err())
	return out
}

// assertCatalogClasses asserts that every entry of the named catalog, as
// labelled from its source, classifies in its class, and returns the entries.
// A family test calls it for its own catalog, so that the family's evidence
// stands on its own (TestCatalogs checks every catalog as well).
func assertCatalogClasses(t *testing.T, name string) []catalogEntry {
	t.Helper()
	// Only this catalog is read; TestCatalogs reads them all and checks ids
	// across catalogs.
	entries := loadCatalogFile(t, filepath.Join("..", "testdata", "catalogs", name+".jsonl"), map[string]string{})
	assert.NotEmpty(t, entries, "catalog %s", name)
	for _, e := range entries {
		v := classifyEntry(e)
		assert.Equal(t, e.WantClass, v.Class, "%s (rule %s): %s", e.ID, v.Rule, e.Text)
	}
	return entries
}

// classifyEntry runs an entry through the entry point that matches its kind.
func classifyEntry(e catalogEntry) Verdict {
	switch {
	case e.Kind == "oauth":
		return OAuth(GrantUnknown, e.Code, e.Error, e.Text)
	case e.Kind == "smtp" && (e.Code != 0 || e.Enhanced != ""):
		return Reply(e.Code, e.Enhanced, e.Text)
	default:
		return Text(e.Text)
	}
}

// TestCatalogs checks every catalog entry's schema and that the classifier
// labels every entry (class and reason) as the catalog's description does.
func TestCatalogs(t *testing.T) {
	catalogs := loadCatalogs(t)
	names := make([]string, 0, len(catalogs))
	for name := range catalogs {
		names = append(names, name)
	}
	sort.Strings(names)
	total, agreeClass, agreeReason := 0, 0, 0
	for _, name := range names {
		entries := catalogs[name]
		class, reason := 0, 0
		for _, e := range entries {
			v := classifyEntry(e)
			if assert.Equal(t, e.WantClass, v.Class, "%s: %s (rule %s): %.120s", name, e.ID, v.Rule, e.Text) {
				class++
			}
			if assert.Equal(t, e.WantReason, v.Reason, "%s: %s (rule %s)", name, e.ID, v.Rule) {
				reason++
			}
			assert.Equal(t, e.WantClass.Reconnect(), v.NeedsReconnect, "%s: %s", name, e.ID)
		}
		t.Logf("catalog %s: %d entries, class as labelled %d, reason as labelled %d", name, len(entries), class, reason)
		total += len(entries)
		agreeClass += class
		agreeReason += reason
	}
	t.Logf("all catalogs: %d entries, class as labelled %d, reason as labelled %d", total, agreeClass, agreeReason)
}
