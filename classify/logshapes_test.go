package classify

import (
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// logShapes are the ways applications log an error around its text: a time
// stamp, a level and a tag; a syslog line; a JSON log line (the shape of
// Go's slog and zap, Node's pino and Python's structlog), which escapes the
// text's line ends and quotes; Python's json.dumps, which also escapes every
// character beyond ASCII; a JSON line inside another (a container runtime's
// log of an app that logs JSON); Go's %q; a page's character references
// ("&#39;") and its no-break space after a reply code; a Go error wrapped
// with context; a Python smtplib exception, which logs the reply as a (code,
// bytes) tuple; a log of tab-separated fields; a Java, .NET or Node stack
// trace after the message, a Python traceback before it; CRLF line ends;
// typographic apostrophes, as help pages and forums quote errors; upper
// case; two spaces after each reply code; a URL's query; Markdown's code
// and quotes, as issues and forums paste errors; wrapped onto short lines;
// in a terminal's colours;
// and, for a reply, a bounce's Diagnostic-Code, Postfix's log line,
// PHPMailer's transcript and a client's dialog around it.
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
		// A reply code's prefix ("535 "; an enhanced code alone has a dot
		// second, and an HTTP status such as 401 is none).
		if len(s) < 5 || !isDigit(s[1]) || replyPrefixLen(s) < 4 {
			return s
		}
		return "smtplib.SMTPException: (" + s[:3] + ", b'" + strings.ReplaceAll(s[4:], "\n", `\n`) + "')"
	},
	// A stack trace after the message, or a Python traceback before it:
	// the frames name the mail library's methods (protocolConnect,
	// server.login), not the error.
	"java": func(s string) string {
		return "java.lang.RuntimeException: " + s + "\n\tat com.sun.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:947)\n\tat com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:731)\n\tat javax.mail.Service.connect(Service.java:366)\n\t... 12 more"
	},
	"traceback": func(s string) string {
		return "Traceback (most recent call last):\n  File \"/app/mailer.py\", line 12, in send\n    server.login(user, password)\n  File \"/usr/lib/python3.11/smtplib.py\", line 750, in login\n    raise last_exception\nRuntimeError: " + s
	},
	"node": func(s string) string {
		return s + "\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\n    at SMTPConnection._actionAUTHComplete (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1564:34)"
	},
	"dotnet": func(s string) string {
		return "System.Exception: " + s + "\n   at System.Net.Mail.SmtpConnection.GetConnection(String host, Int32 port)\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)"
	},
	// Python's json.dumps writes every character beyond ASCII as \uXXXX
	// (a surrogate pair beyond the BMP).
	"jsonascii": func(s string) string {
		var b strings.Builder
		for _, r := range s {
			switch {
			case r < utf8.RuneSelf:
				q, _ := json.Marshal(string(r))
				b.Write(q[1 : len(q)-1])
			case r > 0xffff:
				r1, r2 := utf16.EncodeRune(r)
				fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
			default:
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		}
		return `{"level": "error", "detail": "` + b.String() + `"}`
	},
	// A JSON log line inside another (a container runtime's log of an app
	// that logs JSON): the text escaped twice.
	"json2": func(s string) string {
		q, _ := json.Marshal(s)
		inner, _ := json.Marshal(`{"level":"error","error":` + string(q) + "}")
		return `{"log":` + string(inner) + `,"stream":"stderr"}`
	},
	// Go's %q: quotes and line ends escaped, printable characters as they are.
	"goquote": func(s string) string { return fmt.Sprintf("level=error err=%q", s) },
	// A web page's or a feed's escaping of a stored error (&#39; for an
	// apostrophe, &#34; for a quote, &amp;, &lt;, &gt;).
	"html": html.EscapeString,
	"crlf": func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") },
	// Help pages and forums set apostrophes as typographic ones.
	"typeset": func(s string) string { return strings.ReplaceAll(s, "'", "\u2019") },
	"upper":   strings.ToUpper,
	// A reply as a bounce, a mail server's log or a library's transcript
	// quotes it: a DSN's Diagnostic-Code, Postfix's smtp log line (its
	// "relay=" field included), PHPMailer's debug output, a client's dialog.
	// Only for texts that are a reply (a product's own sentence inside
	// these would be a mail server's, which may change what it means).
	"dsn": replyShape(func(s string) string { return "Diagnostic-Code: smtp; " + s }),
	"postfix": replyShape(func(s string) string {
		return "postfix/smtp[8123]: 4Bx2Yz1abc: to=<bob@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1.2, status=bounced (host mx.example.org[192.0.2.1] said: " + strings.ReplaceAll(s, "\n", " ") + ")"
	}),
	"phpmailer":      replyShape(func(s string) string { return "2024-05-01 12:34:56\tSERVER -> CLIENT: " + s }),
	"serverresponse": replyShape(func(s string) string { return "The server responded: " + s }),
	// A log whose fields are separated by tabs, the reply's code one of them.
	"tabs": func(s string) string {
		if len(s) > 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && s[3] == ' ' {
			s = s[:3] + "\t" + s[4:]
		}
		return "2024-05-01T12:34:56Z\tmailer[4123]\t" + s
	},
	// A URL's query that carries the text: an OAuth redirect's
	// error_description, an app's notice on its settings page; form-encoded
	// (Go's url.QueryEscape, Python's quote_plus) or as JavaScript's
	// encodeURIComponent writes it. The key is a word that means nothing.
	"urlquery":     func(s string) string { return "GET /app/notice?msg=" + url.QueryEscape(s) },
	"urlcomponent": func(s string) string { return "GET /app/notice?msg=" + uriComponent(s) },
	// As an issue or a forum post pastes it: in Markdown's backticks, in a
	// fenced block, quoted line by line ("> "), indented as code.
	"backtick": func(s string) string { return "I get `" + s + "` every time" },
	"fenced":   func(s string) string { return "```text\n" + s + "\n```" },
	"mdquote":  func(s string) string { return "> " + strings.ReplaceAll(s, "\n", "\n> ") },
	"indented": func(s string) string { return "    " + strings.ReplaceAll(s, "\n", "\n    ") },
	// A bounce's body or a mail client that wraps long lines, indented or
	// not (a wrapped line may start with a number: "Office\n365").
	"linewrap60": func(s string) string { return wrapAt(s, 60, "    ") },
	"linewrap40": func(s string) string { return wrapAt(s, 40, "") },
	// A terminal's colours, as a CLI's or a container's log pastes them:
	// the text in bold after a coloured level, and the same with the
	// escape bytes lost on the way ("[31m").
	"ansi":     func(s string) string { return "\x1b[31m\x1b[1m" + s + "\x1b[0m" },
	"ansilost": func(s string) string { return "[31m[1m" + s + "[0m" },
	// A page that shows a stored error: PHP's nl2br ("<br />" before each
	// line end), PHPMailer's debug output in HTML (each line escaped, then
	// "<br>" and a line end), a page that joins the lines with "<br>".
	"nl2br":     func(s string) string { return strings.ReplaceAll(s, "\n", "<br />\n") },
	"htmllines": func(s string) string { return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>\n") + "<br>\n" },
	"brjoined":  func(s string) string { return strings.ReplaceAll(s, "\n", "<BR>") },
	"pre":       func(s string) string { return "<pre>" + html.EscapeString(s) + "</pre>" },
	"code":      func(s string) string { return "<p><code>" + html.EscapeString(s) + "</code></p>" },
	// A server or a page that aligns a reply's text with two spaces after
	// each code ("432  4.7.12  A password transition is needed", as Gmail
	// does before its help link).
	"codespaces": func(s string) string {
		i := 0
		for i < len(s) && (isDigit(s[i]) || s[i] == '.' || s[i] == ' ' || s[i] == '-') {
			i++
		}
		return strings.ReplaceAll(s[:i], " ", "  ") + s[i:]
	},
	// A page that sets the space after a reply code as a no-break one
	// ("550&nbsp;5.7.1"), as tables and NDR pages do.
	"nbspcode": func(s string) string {
		if len(s) > 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && s[3] == ' ' {
			return s[:3] + "\u00a0" + s[4:]
		}
		return s
	},
}

// loggedRow is a labelled text as a client would log it.
type loggedRow struct {
	id, text string
	want     Class
}

// loggedRows returns every fixture, held-out row and catalog entry that Text
// classifies as labelled, as a client would log it: a catalog's SMTP entry as
// the raw reply line ("550 5.1.1 text").
func loggedRows(t *testing.T) []loggedRow {
	var rows []loggedRow
	add := func(id, text string, want Class) {
		if Text(text).Class == want {
			rows = append(rows, loggedRow{id, text, want})
		}
	}
	for _, fx := range append(loadFixtures(t, "errors/*.jsonl"), loadFixtures(t, "heldout/*.jsonl")...) {
		if fx.Grant == "" { // a grant is passed apart, not logged
			add(fx.ID, fx.Text, fx.Class)
		}
	}
	for _, entries := range loadCatalogs(t) {
		for _, e := range entries {
			switch {
			case e.Kind == "oauth":
			case e.Kind == "smtp" && e.Code != 0:
				add(e.ID, strings.TrimSpace(fmt.Sprintf("%d %s", e.Code, strings.TrimSpace(e.Enhanced+" "+e.Text))), e.WantClass)
			default:
				add(e.ID, e.Text, e.WantClass)
			}
		}
	}
	return rows
}

// A text keeps its class however an application logs it: every fixture,
// held-out row and catalog entry that Text classifies as labelled is
// classified the same inside each log shape.
func TestLogShapes(t *testing.T) {
	rows := loggedRows(t)
	for name, shape := range logShapes {
		changed, read := 0, 0
		for i, r := range rows {
			if raceBuild && i%8 != 0 { // see race_on_test.go
				continue
			}
			read++
			if v := Text(shape(r.text)); v.Class != r.want {
				changed++
				t.Errorf("%s: %s: %s, want %s (rule %s): %.120q", name, r.id, v.Class, r.want, v.Rule, shape(r.text))
			}
		}
		t.Logf("%s: %d of %d rows keep their class", name, read-changed, read)
	}
}

// replyShape applies shape to a text that is an SMTP failure reply (it
// starts with a 4xx or 5xx code) and leaves any other text as it is.
func replyShape(shape func(string) string) func(string) string {
	return func(s string) string {
		if len(s) > 4 && (s[0] == '4' || s[0] == '5') && isDigit(s[1]) && isDigit(s[2]) && (s[3] == ' ' || s[3] == '-') {
			return shape(s)
		}
		return s
	}
}

// uriComponent escapes s as JavaScript's encodeURIComponent does: every byte
// but letters, digits and -_.!~*'() as %XX.
func uriComponent(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; isAlnum(c) || strings.IndexByte("-_.!~*'()", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// wrapAt wraps s at spaces so that no line is longer than width (a word
// longer than that stays whole), starting each new line with indent.
func wrapAt(s string, width int, indent string) string {
	var b strings.Builder
	col := 0
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			if col+1+len(w) > width {
				b.WriteString("\n" + indent)
				col = len(indent)
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(w)
		col += len(w)
		if j := strings.LastIndexByte(w, '\n'); j >= 0 {
			col = len(w) - j
		}
	}
	return b.String()
}
