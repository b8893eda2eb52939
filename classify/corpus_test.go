package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// scored is one labelled error: its verdict, its labels and whether it is a
// look-alike (reads like a credential failure but is not one).
type scored struct {
	text      string
	got       Verdict
	class     Class
	reason    Reason
	lookalike bool
}

// scores are the figures issue 10 sets targets for.
type scores struct {
	n                     int
	precision, recall     float64 // of NeedsReconnect
	reason, class         float64 // exact pause reason, class
	falseReconnectLookAls int     // look-alikes flagged for reconnection
}

func score(rows []scored, reconnect func(scored) bool) scores {
	var tp, fp, fn, reason, class, fl int
	for _, r := range rows {
		want, got := r.class.Reconnect(), reconnect(r)
		switch {
		case got && want:
			tp++
		case got && !want:
			fp++
			if r.lookalike {
				fl++
			}
		case !got && want:
			fn++
		}
		if r.got.Reason == r.reason {
			reason++
		}
		if r.got.Class == r.class {
			class++
		}
	}
	div := func(a, b int) float64 {
		if b == 0 {
			return 1
		}
		return float64(a) / float64(b)
	}
	return scores{n: len(rows), precision: div(tp, tp+fp), recall: div(tp, tp+fn),
		reason: div(reason, len(rows)), class: div(class, len(rows)), falseReconnectLookAls: fl}
}

// naive is the keyword baseline of issue 10: any text with "auth",
// "password", 534, 535 or invalid_grant needs a reconnect.
func naive(r scored) bool {
	s := strings.ToLower(r.text)
	for _, w := range []string{"auth", "password", "534", "535", "invalid_grant"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func classifier(r scored) bool { return r.got.NeedsReconnect }

// TestCorpusScores measures the classifier over the fixtures, the published
// catalogs and the client-library table against issue 10's targets, next to
// the naive keyword baseline on the same rows (logged, not asserted). Run
// with -v for the table.
func TestCorpusScores(t *testing.T) {
	var fixtures, catalogs, libraries []scored
	for _, fx := range loadFixtures(t, "errors/*.jsonl") {
		fixtures = append(fixtures, scored{fx.Text, classifyFixture(fx), fx.Class, classReason(fx), fx.Lookalike})
	}
	for name, entries := range loadCatalogs(t) {
		for _, e := range entries {
			r := scored{e.Text, classifyEntry(e), e.WantClass, e.WantReason, e.Lookalike}
			if name == "client_libraries" {
				libraries = append(libraries, r)
			} else {
				catalogs = append(catalogs, r)
			}
		}
	}
	t.Logf("%-10s %5s %9s %6s %6s %6s %5s | baseline %9s %6s %5s", "set", "n", "precision", "recall", "reason", "class", "falseL", "precision", "recall", "falseL")
	for _, set := range []struct {
		name string
		rows []scored
	}{{"fixtures", fixtures}, {"catalogs", catalogs}, {"libraries", libraries}} {
		s, b := score(set.rows, classifier), score(set.rows, naive)
		t.Logf("%-10s %5d %9.3f %6.3f %6.3f %6.3f %5d | baseline %9.3f %6.3f %5d",
			set.name, s.n, s.precision, s.recall, s.reason, s.class, s.falseReconnectLookAls, b.precision, b.recall, b.falseReconnectLookAls)
		assert.GreaterOrEqual(t, s.precision, 0.98, "%s: reconnect precision", set.name)
		assert.GreaterOrEqual(t, s.recall, 0.97, "%s: reconnect recall", set.name)
		assert.GreaterOrEqual(t, s.reason, 0.95, "%s: exact pause reason", set.name)
		assert.GreaterOrEqual(t, s.class, 0.90, "%s: class", set.name)
		assert.LessOrEqual(t, s.falseReconnectLookAls, 2, "%s: false reconnects on look-alikes", set.name)
	}
}
