package app

import "errors"

var errNotFound = errors.New("dashboard: no such mailbox")

// mailboxRow is one line of the Mailboxes page.
type mailboxRow struct {
	ID, Email, Provider, ProviderID, Method string
	Needs                                   bool
	Reason                                  string // why, in words, when Needs
}

// Badge is the badge text: state in words, never in colour alone.
func (r mailboxRow) Badge() string {
	if r.Needs {
		return "Reconnect required"
	}
	return "Connected"
}

// mailboxPage is the mailbox page.
type mailboxPage struct {
	mailboxRow
	Verdict   string
	Since     string
	LastError string
	Plan      *planView
	Holds     []string
	History   []historyLine
}

// planView is a remediation plan as shown.
type planView struct {
	Action, Actor, ClearWithin, Provider string
	Steps, Links, Prerequisites          []string
	WillNotWork                          []string
	AppPassword                          bool
}

// Kind is which control the plan's action needs.
func (p *planView) Kind() string {
	switch p.Action {
	case "update_password", "update_app_password":
		return "credentials"
	case "reconnect_oauth":
		return "oauth"
	case "admin_enable_smtp_auth":
		return "admin"
	}
	return "other"
}

// OAuthLabel is the provider's sign-in button text.
func (p *planView) OAuthLabel() string {
	switch p.Provider {
	case "gmail", "google_workspace":
		return "Sign in with Google"
	}
	return "Reconnect with Microsoft"
}

// failure is a refused credential test or a sign-in that did not reconnect.
type failure struct {
	Heading string // "" for a refused credential test
	Verdict string
	Reply   string // the provider's reply, scrubbed of the tested secret
	Plan    *planView
}

// historyLine is one event of a mailbox's history.
type historyLine struct {
	At, What, Source, Verdict, Detail string
}

func methodLabel(m string) string {
	switch m {
	case "app_password":
		return "App password"
	case "oauth":
		return "Sign-in (OAuth)"
	}
	return "Password"
}

func reasonLabel(r string) string {
	switch r {
	case "auth_failure":
		return "The provider refused the saved password"
	case "auth_errors":
		return "Repeated sign-in failures"
	case "tenant_smtp_disabled":
		return "An administrator turned off SMTP sign-in"
	case "provider_block":
		return "The provider blocked the account"
	case "hostinger_reauth_required":
		return "Hostinger asks for the password again"
	case "mailbox_disconnected":
		return "The sign-in grant expired or was revoked"
	case "":
		return ""
	}
	return "Authentication problem"
}

func classLabel(c string) string {
	switch c {
	case "auth":
		return "Credentials refused"
	case "admin":
		return "Blocked by an administrator's policy"
	case "blocked":
		return "Account blocked by the provider"
	case "revoked":
		return "Sign-in grant revoked or expired"
	case "auth_temporary":
		return "Temporary sign-in trouble"
	case "transient", "rate_limited":
		return "Temporary failure"
	case "config":
		return "Settings problem"
	case "platform":
		return "The app's own sign-in setup failed"
	}
	return "Unrecognised failure"
}

func actorLabel(a string) string {
	switch a {
	case "admin":
		return "Your administrator"
	case "operator":
		return "This app's operators"
	}
	return "You (the mailbox owner)"
}

func sourceLabel(s string) string {
	switch s {
	case "send":
		return "campaign send"
	case "warmup":
		return "warmup"
	case "token_refresh":
		return "token refresh"
	case "inbox_sync":
		return "inbox sync"
	case "health_check":
		return "health check"
	case "owner":
		return "you"
	}
	return s
}

func eventLabel(kind, hold string) string {
	holds := map[string]string{"warmup": "warmup", "peer_pool": "peer pool", "campaigns": "campaigns", "inbox_sync": "inbox sync"}
	switch kind {
	case "flagged":
		return "Flagged: reconnect required"
	case "escalated":
		return "Repeated failures: reconnect required"
	case "incident_suspected":
		return "Held back: possible provider incident"
	case "test_failed":
		return "Credential test failed; nothing changed"
	case "cleared":
		return "Reconnected: flag cleared"
	case "hold_applied":
		return "Paused: " + holds[hold]
	case "hold_released":
		return "Resumed: " + holds[hold]
	case "hook_failed":
		return "Could not change " + holds[hold] + " yet; will retry"
	}
	return kind
}
