package classify

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Codes against words: what a reply's codes allow its words to mean.

// registryEntry is one row of enhancedRegistry.
type registryEntry struct {
	subject, detail int
	permanent       Class // class of 5.subject.detail
	transient       Class // class of 4.subject.detail; "" when not registered
	title           string
}

// byRegistry returns v decided by the IANA registry when the reply's text is
// no more than the registry's title for its enhanced code (MTAs such as
// Postfix and Exim send the titles as text), or when no rule recognised
// anything else in it. Providers' own wording, which rules read first,
// otherwise decides.
func byRegistry(v *Verdict, enhanced, text string) {
	// Callers pass what the reply parser or the caller gave: check the shape
	// (class "." subject "." detail) before reading it.
	if len(enhanced) < 5 || (enhanced[0] != '4' && enhanced[0] != '5') || enhanced[1] != '.' {
		return
	}
	e := registryEntryOf(enhanced)
	if e == nil {
		return
	}
	class := e.permanent
	if enhanced[0] == '4' {
		class = e.transient
	}
	if class == "" || (v.Rule != ruleUnrecognized && !isTitle(text, enhanced, e.title)) {
		return
	}
	decided(v, ruleByID("iana_registry_"+string(class)))
}

// registryAt indexes enhancedRegistry by subject and detail (entry index plus
// one; 0 where the registry has no entry). Every registered subject and detail
// is under 10 and 100.
var registryAt = func() (at [10][100]uint16) {
	for i, e := range enhancedRegistry {
		at[e.subject][e.detail] = uint16(i + 1)
	}
	return at
}()

// registryEntryOf returns the registry's entry for the subject and detail of
// enhanced, a code of the shape class "." subject "." detail, or nil.
func registryEntryOf(enhanced string) *registryEntry {
	rest := enhanced[2:]
	dot := strings.IndexByte(rest, '.')
	if dot < 0 || dot+1 >= len(rest) || rest[0] < '0' || rest[0] > '9' || rest[dot+1] < '0' || rest[dot+1] > '9' {
		return nil
	}
	subject, err1 := strconv.Atoi(rest[:dot])
	detail, err2 := strconv.Atoi(rest[dot+1:])
	if err1 != nil || err2 != nil || subject >= len(registryAt) || detail >= len(registryAt[0]) {
		return nil
	}
	if i := registryAt[subject][detail]; i != 0 {
		return &enhancedRegistry[i-1]
	}
	return nil
}

// isTitle reports whether text, read from its enhanced code on, without its
// reply codes and final full stop, is title (ignoring case).
func isTitle(text, enhanced, title string) bool {
	// What a log line puts before the reply ("May 3 08:00:01 app[41]: 432
	// 4.7.12 ...") is not the server's: read from the enhanced code on.
	if i := strings.Index(text, enhanced); i > 0 {
		text = text[i:]
	}
	// Nor is a stack trace logged after it.
	for i := strings.IndexByte(text, '\n'); i >= 0; {
		if stackFramesLen(text[i+1:]) > 0 {
			text = text[:i]
			break
		}
		j := strings.IndexByte(text[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	for n := replyPrefixLen(text); n > 0; n = replyPrefixLen(text) {
		text = strings.TrimLeft(text[n:], " \t") // a server or a page may align the text with more spaces
	}
	// A log's closing quote (escaped, in a JSON log line, once or more) or
	// Markdown's closing backtick, and what follows it: no title holds
	// either.
	if i := strings.IndexAny(text, "\"`"); i >= 0 {
		text = strings.TrimRight(text[:i], "\\")
	}
	for { // a log's closing quote or brace, a page's closing tags
		text = strings.TrimRight(text, " \t\r\n'})]")
		k := strings.LastIndexByte(text, '<')
		if k < 0 || tagLen(text, k) != len(text)-k {
			break
		}
		text = text[:k]
	}
	text = strings.TrimSuffix(text, ".")
	return equalFoldQuotes(text, title)
}

// equalFoldQuotes reports whether text is title ignoring ASCII case, where
// a typographic apostrophe in text (U+2018, U+2019) stands for the title's
// straight one, as a page that quotes the reply typesets it, a character
// reference ("&#39;") for the character it escapes, and a run of white
// space and a page's tags (a text wrapped onto lines included) for
// the title's one space.
func equalFoldQuotes(text, title string) bool {
	i, j := 0, 0
	for ; i < len(text) && j < len(title); i, j = i+1, j+1 {
		if title[j] == ' ' {
			if k := gapLen(text, i); k > 0 {
				i += k - 1
				continue
			}
		}
		if title[j] == '\'' && curlyQuoteAt(text, i) && text[i+2] <= 0x99 {
			i += 2
			continue
		}
		if text[i] == '&' { // "&#39;", as a page escapes an apostrophe
			if n, r := entityAt(text, i); r >= 0 && r < utf8.RuneSelf && lower(byte(r)) == lower(title[j]) {
				i += n - 1
				continue
			}
		}
		if lower(text[i]) != lower(title[j]) {
			return false
		}
	}
	return i == len(text) && j == len(title)
}

// gapLen returns the length of the run of white space and HTML tags
// (tagLen) at text[i].
func gapLen(text string, i int) int {
	k := i
	for k < len(text) {
		if isSpace(text[k]) {
			k++
		} else if w := tagLen(text, k); w > 0 {
			k += w
		} else {
			break
		}
	}
	return k - i
}

// firstSMTP4xx is the lowest 4xx code an SMTP reply uses (RFC 5321 uses
// none from 400 to 419): a text's code below it is an HTTP status that a
// mail API's error carries ("statusCode":400, "status 401").
const firstSMTP4xx = 420

// temporaryOnly applies RFC 5321 4.2.1 to a verdict: a 4xx reply (or a 4.x.x
// enhanced code) is a transient negative completion, so it is never a
// credential verdict by itself. Words that would mean rejected credentials
// or a dead grant (auth, revoked) on a 4xx reply mean temporary trouble with
// the login, which escalates when it repeats (auth_temporary). The exception
// is a SASL error challenge (RFC 7628 3.2.2, Google's XOAUTH2): structured
// data saying the token was refused, which go-smtp's server, for one, ends
// with 454 4.7.0. A code from 400 to 419 is no SMTP reply (RFC 5321 uses
// none of them) but an HTTP status that a mail API's JSON error carries
// ("code": 401), and the rule stays out of it.
func temporaryOnly(v *Verdict, code int, enhanced string) {
	four := (code >= firstSMTP4xx && code < 500) || (code == 0 && enhanced != "" && enhanced[0] == '4')
	if !four || (v.Class != ClassAuth && v.Class != ClassRevoked) || v.Rule == "xoauth2_rejected" {
		return
	}
	decided(v, ruleByID("temporary_auth_4xx"))
}
