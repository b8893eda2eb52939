package classify

import "time"

// Default retry hints for temporary classes when the rule gives none.
const (
	defaultRetryTransient     = 5 * time.Minute
	defaultRetryRateLimited   = time.Hour
	defaultRetryAuthTemporary = 15 * time.Minute
)

// Text classifies a logged error string: an SMTP reply (multi-line replies
// included), an IMAP response, an OAuth token endpoint error as x/oauth2 prints
// it, or a Go network error message. A word that is URL-encoded is read
// decoded (an OAuth redirect's "error_description=AADSTS65004%3a+User+declined"),
// and a terminal's colour codes are left out.
// The empty string gives the zero Verdict.
func Text(s string) Verdict {
	load()
	if s == "" {
		return Verdict{}
	}
	if urlEncoded(s) || hasANSI(s) {
		return textRewritten(s)
	}
	code, enhanced := parseReply(s)
	return decide(kindSMTP, code, enhanced, s)
}

// Reply classifies an SMTP reply given as its parts: the basic code (535), the
// enhanced status code ("5.7.8", or "" when the reply has none) and the text. The
// text may repeat the codes, as a raw reply does. A zero code and an empty text
// give the zero Verdict.
func Reply(code int, enhanced, text string) Verdict {
	load()
	if code == 0 && enhanced == "" && text == "" {
		return Verdict{}
	}
	if code == 0 || enhanced == "" {
		c, e := parseReply(text)
		if code == 0 {
			code = c
		}
		if enhanced == "" && (code == 0 || e == "" || e[0] == byte('0'+code/100)) {
			enhanced = e
		}
	}
	return decide(kindSMTP, code, enhanced, text)
}

// OAuth classifies an OAuth 2.0 token endpoint error: the grant type of the
// failed request (see [Grant]; [GrantUnknown] when not known), the HTTP status
// (0 when unknown), the "error" code (RFC 6749 section 5.2, such as
// "invalid_grant") and the "error_description", which for Microsoft starts with
// an AADSTS code. When the response body was not OAuth JSON (an HTML page from
// a proxy), pass the body as description and an empty code. A status, code and
// description all empty give the zero Verdict.
//
// An AADSTS code in the description decides over the error code (Microsoft's
// table of codes, with the wording that changes a code's meaning). In an
// authorization-code exchange, a client-credentials grant or a JWT bearer
// assertion, a failure that a refresh would call auth or revoked is the
// integrating product's ([ClassPlatform]): no mailbox is reconnected for it.
func OAuth(g Grant, status int, code, description string) Verdict {
	load()
	if status == 0 && code == "" && description == "" {
		return Verdict{}
	}
	found := newPhraseSet()
	table.m.scan(code, found)
	table.m.scan(description, found)
	var v Verdict
	verdictFrom(&v, kindHTTP, status, "", found)
	tokenEndpointSteps(&v, g, description, found)
	found.release()
	return v
}

// tokenEndpointSteps complete a verdict on a token endpoint's answer, for
// OAuth and for a text Text finds to be one: the AADSTS code, the grant's
// phase, and last what nothing else recognised (the product's own OAuth
// client, its redirect's state, its settings).
func tokenEndpointSteps(v *Verdict, g Grant, text string, found *phraseSet) {
	byAADSTS(v, text, found)
	forGrant(g, v, found)
	bySettings(v, found)
}

// decide runs the rule table over one input.
func decide(k kind, code int, enhanced, text string) Verdict {
	found := newPhraseSet()
	table.m.scan(text, found)
	// A token endpoint sends no enhanced status code: a reply that has one is
	// SMTP, whatever JSON it quotes (an API's error body inside a 554). Nor
	// does HTTP define a status above 531 (RFC 9110 ends at 511; Cloudflare's
	// own reach 530): "Status Code: 535" is an SMTP reply however a library
	// labels it.
	if k == kindSMTP && enhanced == "" && code <= 531 && found.any(table.httpIDs) {
		k = kindHTTP
		enhanced = ""
	}
	// The steps below complete one verdict in place: a Verdict is 96 bytes,
	// and passing it from step to step by value cost a fifth of a short
	// text's time.
	var v Verdict
	verdictFrom(&v, k, code, enhanced, found)
	if k == kindHTTP {
		tokenEndpointSteps(&v, GrantUnknown, text, found)
	} else {
		byNetEase(&v, code, text, found)
		byRegistry(&v, enhanced, text)
		temporaryOnly(&v, code, enhanced)
		bySettings(&v, found)
	}
	found.release()
	return v
}

// byAADSTS decides v by the AADSTS code in text, when it holds one the
// table knows.
func byAADSTS(v *Verdict, text string, found *phraseSet) {
	if !found.has(table.aadsts) {
		return
	}
	r := aadstsRule(text, found)
	if r == nil {
		return
	}
	decided(v, r)
	if v.Provider == "" {
		v.Provider = "microsoft365"
	}
}

// verdictFrom picks the first matching rule and builds the verdict in v.
func verdictFrom(v *Verdict, k kind, code int, enhanced string, found *phraseSet) {
	*v = Verdict{Class: ClassUnknown, Code: code, Enhanced: enhanced, Rule: ruleUnrecognized}
	r := walk.first(k, code, enhanced, found)
	if r != nil {
		v.Provider = r.provider
	}
	if v.Provider == "" && found.any(table.markerMask) {
		for _, m := range table.markers {
			if found.has(m.id) {
				v.Provider = m.provider
				break
			}
		}
	}
	decided(v, r)
	// A reconnect verdict on a text that names a non-mail service and nothing
	// about mail is that service's refusal (other_subjects.go), unless a
	// mail server's reply code came with it.
	if v.NeedsReconnect && (code < 421 || code >= 600) {
		for _, r := range otherSubjectSteps {
			if r.holds(found) {
				decided(v, r)
				break
			}
		}
	}
}

// bySettings decides a verdict nothing else recognised when the text says a
// setting of the product is missing, empty or invalid, its OAuth client's
// among them, or that its OAuth redirect's state failed (settings.go).
func bySettings(v *Verdict, found *phraseSet) {
	if v.Rule != ruleUnrecognized {
		return
	}
	for _, r := range settingsSteps {
		if r.holds(found) {
			decided(v, r)
			return
		}
	}
}

// decided completes v as decided by rule r (nil: nothing recognised): class,
// rule, reason, reconnect flag and retry hint.
func decided(v *Verdict, r *rule) {
	if r != nil {
		v.Class, v.Rule, v.RetryAfter = r.class, r.id, r.retry
	}
	v.Reason = v.Class.Reason()
	v.NeedsReconnect = v.Class.Reconnect()
	if v.RetryAfter == 0 {
		switch v.Class {
		case ClassTransient:
			v.RetryAfter = defaultRetryTransient
		case ClassRateLimited:
			v.RetryAfter = defaultRetryRateLimited
		case ClassAuthTemporary:
			v.RetryAfter = defaultRetryAuthTemporary
		}
	} else if !v.Class.Temporary() {
		v.RetryAfter = 0
	}
}

// ruleUnrecognized is Verdict.Rule when nothing recognised the text.
const ruleUnrecognized = "unrecognized"
