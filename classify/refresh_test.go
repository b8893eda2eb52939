package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A product's own words for a token refresh that failed, with no other
// cause named, mean the grant is gone (Power Automate's connection status,
// testdata/errors/oauth_phases.jsonl; Evolution's "Failed to refresh access
// token", whose translations client_l10n_desktop labels revoked). The
// other texts are composed for this test. A refresh that failed on the
// network, at a server error or on the product's own client is not the
// owner's to fix.
func TestTokenRefreshFailed(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Failed to refresh access token for service", ClassRevoked, "oauth_refresh_failed"},
		{"Token refresh failed", ClassRevoked, "oauth_refresh_failed"},
		{"Error refreshing access token for anna@example.com", ClassRevoked, "oauth_refresh_failed"},
		{"Unable to refresh the OAuth token for imap.example.com", ClassRevoked, "oauth_refresh_failed"},
		{"Grant revoked", ClassRevoked, "oauth_invalid_grant"},
		{"IMAP is disabled for this account", ClassAdmin, "protocol_access_disabled"},
		{"Authenticated SMTP disabled", ClassAdmin, "smtp_auth_disabled"},
	})
	for _, s := range []string{
		"Failed to refresh access token: Post \"https://oauth2.googleapis.com/token\": dial tcp 142.250.74.10:443: i/o timeout",
		"Unable to refresh token: 503 Service Unavailable",
		"Token refresh failed: invalid_client: The OAuth client was not found.",
		"Could not refresh access token: connection reset by peer",
		"Error refreshing access token: x509: certificate signed by unknown authority",
	} {
		v := Text(s)
		assert.False(t, v.NeedsReconnect, "%s (rule %s)", s, v.Rule)
		assert.NotEqual(t, "oauth_refresh_failed", v.Rule, s)
	}
}

// A product that asks for the mailbox to be authorized again, or says its
// access was revoked, asks for a reconnect (composed texts, in the words of
// oauth_invalid_grant's other phrases); "authentication required" without
// the "re" is a client that never logged in, the setting's fault. An
// expired access token is refreshed, as api_access_token_expired reads
// "access token has expired".
func TestReauthorizationAsked(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		"Reauthorization required":               ClassRevoked,
		"Re-authentication required":             ClassRevoked,
		"Email account requires reauthorization": ClassRevoked,
		"Access to your account was revoked":     ClassRevoked,
		"App permissions have been revoked":      ClassRevoked,
		"Access token expired":                   ClassTransient,
		"530 5.7.0 Authentication required":      ClassConfig,
		"Authorization required":                 ClassConfig,
	})
}

// TestMoreSpellings: other spellings of wordings the rules already read (composed for this
// test): a relay the account is not subscribed to and an inbound-only host
// are the settings' fault whatever the 535 says (relay_not_for_you); an
// account or mailbox that was suspended or disabled is the provider's
// block (account_blocked).
func TestMoreSpellings(t *testing.T) {
	assertTextRules(t, []textCase{
		{"535 Incorrect authentication data (account not subscribed to SMTP relay)", ClassConfig, "relay_not_for_you"},
		{"535 5.7.1 This is an inbound-only server; submit mail on port 587", ClassConfig, "relay_not_for_you"},
		{"535 5.7.8 Authentication failed: invalid user or password (mailbox is suspended)", ClassBlocked, "account_blocked"},
		{"Your account was suspended for sending spam", ClassBlocked, "account_blocked"},
	})
}

// Other spellings read as the ones the rules hold (composed texts): the
// British "authorisation", "organisation", "recognised", and words with or
// without a hyphen or a space ("E-mail", "re-connect", "user name").
func TestSpellings(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		"Authorisation expired, please reauthorise the mailbox":                  ClassRevoked,
		"Re-authorisation required":                                              ClassRevoked,
		"Your organisation's access policy blocks this app":                      ClassAdmin,
		"550 5.7.1 Your address was not recognised as a valid sender":            ClassBlocked, // Exchange Online's block of a sender suspected of spam (account_blocked)
		"Authentication unsuccessful, organisation configuration does not allow": ClassAdmin,
		"E-mail account disconnected":                                            ClassRevoked,
		"Please re-connect your e-mail account":                                  ClassRevoked,
	})
	assert.Equal(t, []string{"authorization expired", "authorisation expired"}, spelled([]string{"authorization expired"}))
	assert.Equal(t, []string{"password"}, spelled([]string{"password"}))
	assert.Equal(t, []string{"re-authorize email", "re-authorise email", "re-authorize e-mail", "re-authorise e-mail", "reauthorize email", "reauthorise email", "reauthorize e-mail", "reauthorise e-mail"}, spelled([]string{"re-authorize email"}))
}

// A product that says it will try again calls the failure temporary
// (round 24's Desk.com warning; the others composed), unless a more
// specific rule reads the reason first.
func TestRetryWording(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Last 10 attempts to connect to SMTP Server have failed. Retrying 50 more times before disabling.", ClassTransient, "temporary_wording"},
		{"Sync error. Will retry.", ClassTransient, "temporary_wording"},
		{"Sending failed, retrying in 5 minutes", ClassTransient, "temporary_wording"},
		{"535 5.7.8 Authentication failed; will retry in 10 minutes", ClassAuth, "credentials_rejected"},
	})
}

// Windows' socket errors in the language Windows is set to are the
// network's, as their English wording is: round 22's Portuguese .NET
// trace, and the others as logs quote them.
func TestWindowsSocketErrorsTranslated(t *testing.T) {
	assertTextRules(t, []textCase{
		{"System.Net.Mail.SmtpException: Falha ao enviar email. ---> System.IO.IOException: Não é possível ler os dados da conexão de transporte: Foi forçado o cancelamento de uma conexão existente pelo host remoto.", ClassTransient, "windows_socket_error_l10n"},
		{"System.Net.Sockets.SocketException: Eine vorhandene Verbindung wurde vom Remotehost geschlossen", ClassTransient, "windows_socket_error_l10n"},
		{"ConnectionRefusedError: [WinError 10061] 由于目标计算机积极拒绝，无法连接。", ClassTransient, "windows_socket_error_l10n"},
		{"[WinError 10061] Aucune connexion n’a pu être établie car l’ordinateur cible l’a expressément refusée", ClassTransient, "windows_socket_error_l10n"},
		{"TimeoutError: [WinError 10060] 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。", ClassTransient, ""}, // "TimeoutError" reads first
		{"Удаленный хост принудительно разорвал существующее подключение", ClassTransient, "windows_socket_error_l10n"},
		{"[WinError 10054] 既存の接続はリモート ホストに強制的に切断されました。", ClassTransient, "windows_socket_error_l10n"},
	})
}
