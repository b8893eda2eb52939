package provider

import (
	"slices"
	"strings"

	"github.com/mailreconnect/sdk/classify"
)

// Action is what has to happen before a mailbox works again. Its values are
// stored and shown by host applications, so they never change.
type Action string

// Actions.
const (
	ActionUpdatePassword      Action = "update_password"        // enter a new password, or a relay's new SMTP credentials
	ActionUpdateAppPassword   Action = "update_app_password"    // create a new app password (or authorization code) and enter it
	ActionReconnectOAuth      Action = "reconnect_oauth"        // sign in again with the provider (OAuth)
	ActionAdminEnableSMTPAuth Action = "admin_enable_smtp_auth" // an administrator allows SMTP or IMAP sign-in for the mailbox
	ActionUnblockAtProvider   Action = "unblock_at_provider"    // lift a block or suspension at the provider
	ActionWaitAndRetry        Action = "wait_and_retry"         // nothing to do: the failure is temporary
	ActionFixConfiguration    Action = "fix_configuration"      // correct the server, port, security or sender settings
	ActionContactSupport      Action = "contact_support"        // the integrating product must fix its own setup
)

// Valid reports whether a is one of the actions above.
func (a Action) Valid() bool {
	switch a {
	case ActionUpdatePassword, ActionUpdateAppPassword, ActionReconnectOAuth,
		ActionAdminEnableSMTPAuth, ActionUnblockAtProvider, ActionWaitAndRetry,
		ActionFixConfiguration, ActionContactSupport:
		return true
	}
	return false
}

// Actor is who has to act on a plan. Its values are stored, so they never change.
type Actor string

// Actors.
const (
	ActorOwner    Actor = "owner"    // the mailbox owner
	ActorAdmin    Actor = "admin"    // an administrator of the owner's organisation or mail service
	ActorOperator Actor = "operator" // the team of the product that integrates this library
)

// Valid reports whether a is one of the actors above.
func (a Actor) Valid() bool {
	return a == ActorOwner || a == ActorAdmin || a == ActorOperator
}

// AuthMethod is how a mailbox signs in to its provider. Its values are stored,
// so they never change.
type AuthMethod string

// Sign-in methods.
const (
	MethodPassword    AuthMethod = "password"     // the account or mailbox password (or a relay's SMTP credentials)
	MethodAppPassword AuthMethod = "app_password" // an app password or authorization code
	MethodOAuth       AuthMethod = "oauth"        // the provider's sign-in (OAuth 2.0 tokens)
)

// Valid reports whether m is one of the methods above.
func (m AuthMethod) Valid() bool {
	return m == MethodPassword || m == MethodAppPassword || m == MethodOAuth
}

// Plan tells the owner of a mailbox, or whoever must act for them, how to make
// it work again. Plans are values: every call returns new slices.
//
// In JSON a Plan is an object with snake_case keys, as the field tags say. It
// holds no durations: ClearWithin is a sentence for the owner, and lists are
// written as arrays, [] when empty.
type Plan struct {
	Provider            ID              `json:"provider"`
	Reason              classify.Reason `json:"reason"`                // "" for plans of classes without a pause reason
	Action              Action          `json:"action"`                // what has to happen
	Actor               Actor           `json:"actor"`                 // who has to do it
	Steps               []string        `json:"steps"`                 // ordered, in plain words for a non-technical owner
	Links               []string        `json:"links"`                 // official https pages of the provider only
	AppPasswordRequired bool            `json:"app_password_required"` // the fix needs an app password (or authorization code)
	Prerequisites       []string        `json:"prerequisites"`         // what must be true before the steps can work
	WillNotWork         []string        `json:"will_not_work"`         // tempting fixes that fail, each with why
	ClearWithin         string          `json:"clear_within"`          // how soon the flag should clear after the action
}

// Reasons returns the pause reasons that happen on provider id, in the order of
// [classify.Reasons]. An unknown id is treated as [Custom].
//
// auth_failure, auth_errors and provider_block happen everywhere.
// tenant_smtp_disabled needs an administrator or a mailbox-level switch:
// Microsoft 365, Google Workspace (and Gmail hosts, which serve Workspace too),
// Outlook.com (Microsoft's "SmtpClientAuthentication is disabled for the
// Mailbox", seen on some personal mailboxes) and Zoho (organisation policy can
// block IMAP). hostinger_reauth_required happens only on Hostinger, and
// mailbox_disconnected only where the provider offers OAuth for mail.
//
// [PlanForReason] also answers reasons outside this list with generic advice
// (except hostinger_reauth_required), so a flagged mailbox always has a plan.
func Reasons(id ID) []classify.Reason {
	in := infoOrCustom(id)
	var out []classify.Reason
	for _, r := range classify.Reasons() {
		if happensOn(in, r) {
			out = append(out, r)
		}
	}
	return out
}

// happensOn reports whether pause reason r happens on the provider of in.
func happensOn(in Info, r classify.Reason) bool {
	switch r {
	case classify.ReasonTenantSMTPDisabled:
		switch in.ID {
		case Microsoft365, GoogleWorkspace, Gmail, OutlookPersonal, Zoho:
			return true
		}
		return false
	case classify.ReasonHostingerReauth:
		return in.ID == Hostinger
	case classify.ReasonMailboxDisconnected:
		return in.OAuth != nil
	}
	return r.Pause()
}

// PlanForReason returns the plan for pause reason r on provider id when the
// mailbox signs in with method. It reports false for the empty reason, for
// reasons [classify.Reason.Pause] does not know, and for
// hostinger_reauth_required on any provider but Hostinger.
//
// An unknown id is treated as [Custom]. An empty or unknown method, or one the
// provider does not offer, is replaced by the provider's usual one: OAuth for
// providers that accept nothing else (Outlook.com), an app password where the
// provider requires one, else the password. A password on a provider that
// requires app passwords is read as an app password.
func PlanForReason(id ID, method AuthMethod, r classify.Reason) (Plan, bool) {
	if !r.Pause() {
		return Plan{}, false
	}
	in := infoOrCustom(id)
	if r == classify.ReasonHostingerReauth && in.ID != Hostinger {
		return Plan{}, false
	}
	m, t := methodTopic(in, method, r)
	return build(in, m, r, t), true
}

// methodTopic returns the method and the content topic of a plan for pause
// reason r.
func methodTopic(in Info, method AuthMethod, r classify.Reason) (AuthMethod, topic) {
	m, t := methodFor(in, method), topic(r)
	if r == classify.ReasonMailboxDisconnected && in.OAuth != nil {
		m = MethodOAuth // the grant is gone: only signing in again restores it
	}
	if r == classify.ReasonHostingerReauth && in.ID != Hostinger {
		t = tAuth // seen on Hostinger, stored as another provider: new credentials still fix it
	}
	return m, t
}

// PlanFor returns the plan for verdict v on provider id when the mailbox signs in
// with method. A verdict with a pause reason gets that reason's plan, refined by
// the rule that decided where the rule says more:
//   - "ms_basic_auth_disabled" and "enhanced_5.7.30": password sign-in is off,
//     so the plan is to reconnect with OAuth where the provider offers it;
//   - "google_web_login_required": the plan starts with signing in at Google in a
//     browser to clear the security check;
//   - "imap_disabled_by_admin": an administrator must allow IMAP;
//   - "ms_security_defaults": reconnect with Microsoft sign-in, which Security
//     defaults allow;
//   - "aadsts_admin_policy" on Microsoft 365: an administrator must approve the
//     app or let Conditional Access allow the sign-in;
//   - "oauth_admin_policy": the Google Workspace administrator must trust the app.
//
// A verdict without a pause reason gets a plan by its class: auth_temporary,
// rate_limited and transient wait and retry; config gets its settings fixed (by
// the owner, or by the operator when the product itself talks wrongly to the
// server); platform goes to the operator, whose OAuth app is at fault. Classes
// recipient, rejected and unknown, and the zero verdict, have no plan.
//
// An unknown id is treated as [Custom], unless v.Provider names a known provider.
// hostinger_reauth_required on a provider other than Hostinger (the verdict saw
// a Hostinger server, the mailbox is stored as another provider) gets that
// provider's auth_failure plan, with the verdict's reason.
func PlanFor(id ID, method AuthMethod, v classify.Verdict) (Plan, bool) {
	if !Known(id) && Known(ID(v.Provider)) {
		id = ID(v.Provider)
	}
	in := infoOrCustom(id)
	r := v.Reason
	if r == "" {
		r = reasonOn(v.Class, in.ID)
	}
	if r == "" {
		return classPlan(in, v)
	}
	if !r.Pause() {
		return Plan{}, false
	}
	m, t := methodTopic(in, method, r)
	credentials := t == tAuth || t == tAuthErrors || t == tHostinger
	switch {
	case (v.Rule == "ms_basic_auth_disabled" || v.Rule == "enhanced_5.7.30") && credentials &&
		in.OAuth != nil && m != MethodOAuth:
		p := build(in, MethodOAuth, r, t)
		p.WillNotWork = nil // they speak of a mailbox already on OAuth
		return merge(p, in, topicPasswordOff, false), true
	case v.Rule == "google_web_login_required":
		return merge(build(in, m, r, t), in, topicWebLogin, true), true
	case v.Rule == "imap_disabled_by_admin" && r == classify.ReasonTenantSMTPDisabled:
		return build(in, m, r, topicIMAPAdmin), true
	case v.Rule == "ms_security_defaults" && r == classify.ReasonTenantSMTPDisabled &&
		in.ID == Microsoft365 && m != MethodOAuth:
		return build(in, m, r, topicSecurityDefaults), true
	case v.Rule == "aadsts_admin_policy" && r == classify.ReasonTenantSMTPDisabled && in.ID == Microsoft365:
		return build(in, MethodOAuth, r, topicConsent), true
	case v.Rule == "oauth_admin_policy" && in.OAuth != nil:
		m = MethodOAuth
	}
	return build(in, m, r, t), true
}

// infoFor returns the table entry of id, or Custom's.
func infoOrCustom(id ID) Info {
	if in, ok := Lookup(id); ok {
		return in
	}
	in, _ := Lookup(Custom)
	return in
}

// methodFor returns the sign-in method a plan is written for.
func methodFor(in Info, m AuthMethod) AuthMethod {
	oauthOnly := in.OAuth != nil && !slices.Contains(in.Mechanisms, "PLAIN") &&
		!slices.Contains(in.Mechanisms, "LOGIN")
	switch {
	case oauthOnly:
		return MethodOAuth
	case m == MethodOAuth && in.OAuth != nil:
		return MethodOAuth
	case m == MethodAppPassword && (in.AppPasswords == AppPasswordRequired || in.AppPasswords == AppPasswordPossible):
		return MethodAppPassword
	case m == MethodPassword && in.AppPasswords != AppPasswordRequired:
		return MethodPassword
	case in.AppPasswords == AppPasswordRequired:
		return MethodAppPassword
	}
	return MethodPassword
}

// build renders the content for one provider, topic and method. auth_errors
// without content of its own is auth_failure with the lock-out advice added.
func build(in Info, m AuthMethod, r classify.Reason, t topic) Plan {
	c, ok := findContent(in.ID, t, m)
	if !ok && t == topic(classify.ReasonAuthErrors) {
		c, ok = findContent(in.ID, topic(classify.ReasonAuthFailure), m)
		if ok {
			p := planFromContent(c, in, r)
			return merge(p, in, topicLockout, true)
		}
	}
	if !ok {
		// Every topic has generic content; reaching here is a bug in the data.
		panic("provider: no plan content for " + string(t) + "/" + string(m))
	}
	return planFromContent(c, in, r)
}

// merge adds the steps and will-not-work notes of topic t to p: steps before
// p's own when first is true, after them otherwise.
func merge(p Plan, in Info, t topic, first bool) Plan {
	c, ok := findContent(in.ID, t, "")
	if !ok {
		return p
	}
	steps := fillIn(c.steps, in)
	if first {
		p.Steps = append(steps, p.Steps...)
	} else {
		p.Steps = append(p.Steps, steps...)
	}
	p.Links = dedupe(append(fillIn(c.links, in), p.Links...))
	p.WillNotWork = append(fillIn(c.willNotWork, in), p.WillNotWork...)
	return p
}

// planFromContent turns content into a plan for provider in.
func planFromContent(c content, in Info, r classify.Reason) Plan {
	p := Plan{
		Provider:            in.ID,
		Reason:              r,
		Action:              c.action,
		Actor:               c.actor,
		Steps:               fillIn(c.steps, in),
		Links:               dedupe(fillIn(c.links, in)),
		AppPasswordRequired: c.appPassword,
		Prerequisites:       fillIn(c.prereqs, in),
		WillNotWork:         fillIn(c.willNotWork, in),
		ClearWithin:         c.clearWithin,
	}
	if c.appPassword && c.prereqs == nil {
		p.Prerequisites = append([]string{}, in.AppPasswordPrereqs...)
	}
	return p
}

// fillIn fills the placeholders of ss for provider in: {name} is the
// provider's name without a bracketed note, {help} its help page and {apppw} its app-password page.
// Strings that end up empty (a link the provider lacks) are dropped. The result
// is never nil.
func fillIn(ss []string, in Info) []string {
	name, _, _ := strings.Cut(in.Name, " (") // "NetEase Mail (163/126/yeah.net)"
	if in.ID == Custom {
		name = "your email provider"
	}
	rep := strings.NewReplacer("{name}", name, "{help}", in.HelpURL, "{apppw}", in.AppPasswordURL)
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s = rep.Replace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// dedupe removes repeated strings, keeping the first of each.
func dedupe(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
