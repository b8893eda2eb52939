package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestServers3 checks the phrases added for three mail servers' replies,
// read from their source: WildDuck (nodemailer/wildduck commit 08c58047,
// its ZoneMTA plugin nodemailer/zonemta-wildduck commit 1f4fad5b), mox
// (mjl-/mox commit 1c958766, v0.0.17) and chasquid (albertito/chasquid
// commit ca2538b9, v1.18.0). Labels come from the code that sends each reply
// (testdata/catalogs/server_{wildduck,mox,chasquid}.jsonl), not from the rules.
func TestServers3(t *testing.T) {
	assertTextRules(t, []textCase{
		// WildDuck imap-core/lib/commands/login.js passes the error of
		// lib/user-handler.js rateLimitResponse() through: tag, NO, [err.code],
		// err.message (imap-core/lib/imap-command.js writes the code in brackets).
		{"a1 NO [RateLimitedError] Authentication was rate limited", ClassAuthTemporary, "login_ban"},
		// lib/pop3/connection.js command_PASS: "-ERR [AUTH] " + err.message.
		{"-ERR [AUTH] Authentication was rate limited", ClassAuthTemporary, "login_ban"},
		{"-ERR [AUTH] Access to requested service disabled", ClassAdmin, "server_account_not_authorized"},
		{"a1 BAD Run STARTTLS first", ClassConfig, "starttls_required"},
		{"a1 BAD Temporary password is not yet activated", ClassAuth, "server_temp_password_not_valid"},
		// zonemta-wildduck index.js getUser(): the sending account is disabled or suspended.
		{`550 User "anna@example.com" is currently disabled`, ClassBlocked, "server_sender_account_disabled"},
		// mox smtpserver/server.go command() appends " (<received id>)" to every error reply.
		{"535 5.7.8 cannot assume other role (Wn2wBW6C7DIJx1tmdC-HZg)", ClassConfig, "server_master_user_authz"},
		{"550 5.7.1 message from address must belong to authenticated user (Wn2wBW6C7DIJx1tmdC-HZg)", ClassConfig, "sender_not_owned"},
		{"454 4.3.0 scram not possible (Wn2wBW6C7DIJx1tmdC-HZg)", ClassAuthTemporary, "code_454"},
		{"* BYE too many open connections from your ip or network", ClassRateLimited, "connection_limits"},
		// chasquid internal/smtpsrv/conn.go AUTH: "5.5.2 Error decoding AUTH
		// response: %v" with internal/auth/auth.go DecodeResponse's error.
		{"501 5.5.2 Error decoding AUTH response: empty identity, must be in the form user@domain", ClassAuth, "credentials_rejected"},
	})
	// Nodemailer (lib/smtp-connection/index.js) prefixes a refused AUTH with
	// "Invalid login: " and the server's reply, here ZoneMTA's for an account
	// with 2FA whose own password was used.
	assert.Equal(t, ClassAuth, Text("Invalid login: 535 You need to use an application specific password").Class)
	// Look-alikes that must never ask the owner to reconnect the mailbox.
	assertNotClasses(t, []string{
		// WildDuck login.js: onAuth failed internally; no message, so imap-command.js fills "LOGIN completed".
		"a1 NO [TEMPFAIL] LOGIN completed",
		"-ERR unsupported SASL mechanism",
		// haraka-plugin-wildduck: a recipient's disabled mailbox (haraka-dsn mbox_disabled).
		"550 5.2.1 Mailbox disabled, not accepting messages",
		"451 4.7.1 max number of new/first-time recipients (200) over past 24h reached, try increasing per-account setting MaxFirstTimeRecipientsPerDay (Wn2wBW6C7DIJx1tmdC-HZg)",
		"a1 NO [AUTHORIZATIONFAILED] AUTHENTICATE cannot assume role",
		"501 5.5.2 Error decoding AUTH response: auth IDs do not match",
		"503 5.7.10 You feel vulnerable",
	}, ClassAuth, ClassRevoked, ClassBlocked, ClassAdmin)
}
