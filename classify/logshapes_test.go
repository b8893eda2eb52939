package classify

import (
	"encoding/json"
	"strings"
	"testing"
)

// logShapes are the ways applications log an error around its text: a time
// stamp, a level and a tag; a syslog line; a JSON log line (the shape of
// Go's slog and zap, Node's pino and Python's structlog), which escapes the
// text's line ends and quotes; a Go error wrapped with context; a Python
// smtplib exception, which logs the reply as a (code, bytes) tuple; CRLF line
// ends; typographic apostrophes, as help pages and forums quote errors; and
// upper case.
var logShapes = map[string]func(string) string{
	"timestamp": func(s string) string { return "2024-05-01 12:34:56,789 ERROR [mailer] " + s },
	"bracketed": func(s string) string { return "[2024-05-01T12:34:56Z] " + s },
	"syslog":    func(s string) string { return "May  3 08:00:01 mail app[4123]: " + s },
	"json": func(s string) string {
		q, _ := json.Marshal(s)
		return `{"level":"error","ts":"2024-05-01T12:34:56.789Z","msg":"send","error":` + string(q) + "}"
	},
	"wrapped": func(s string) string { return "mailer: send message 42: " + s },
	"python": func(s string) string {
		if len(s) < 5 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) || (s[3] != ' ' && s[3] != '-') {
			return s
		}
		return "smtplib.SMTPException: (" + s[:3] + ", b'" + strings.ReplaceAll(s[4:], "\n", `\n`) + "')"
	},
	"crlf": func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") },
	// Help pages and forums set apostrophes as typographic ones.
	"typeset": func(s string) string { return strings.ReplaceAll(s, "'", "\u2019") },
	"upper":   strings.ToUpper,
}

// A text keeps its class however an application logs it: every fixture and
// held-out row that Text classifies as labelled is classified the same
// inside each log shape.
func TestLogShapes(t *testing.T) {
	fxs := append(loadFixtures(t, "errors/*.jsonl"), loadFixtures(t, "heldout/*.jsonl")...)
	for name, shape := range logShapes {
		n, changed := 0, 0
		for _, fx := range fxs {
			if fx.Grant != "" || Text(fx.Text).Class != fx.Class {
				continue // classified with a grant or the codes apart, or a miss
			}
			n++
			if v := Text(shape(fx.Text)); v.Class != fx.Class {
				changed++
				t.Errorf("%s: %s: %s, want %s (rule %s): %.120q", name, fx.ID, v.Class, fx.Class, v.Rule, shape(fx.Text))
			}
		}
		t.Logf("%s: %d of %d rows keep their class", name, n-changed, n)
	}
}
