package classify

import (
	"testing"
)

// Round 36's mail libraries and servers (round36_libs.go): each key as the
// round holds it and in its other wordings in the same code (the products
// ship English only), and look-alikes that must not read as a refused or
// revoked login.
func TestRound36LibsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Logins too frequent or a temporary authentication failure.
		{"error.TemporaryAuthFailure", ClassAuthTemporary, "libs_auth_try_later"},
		{"SendMail failed: error.TemporaryAuthFailure", ClassAuthTemporary, "libs_auth_try_later"},
		{"Login denied because of recent connection to this maildrop. Increase time between connections.", ClassAuthTemporary, "libs_auth_try_later"},
		{"OpenPop.Pop3.Exceptions.LoginDelayException: Login denied because of recent connection to this maildrop. Increase time between connections.", ClassAuthTemporary, "libs_auth_try_later"},
		// A maildrop locked by another session.
		{"The account is locked or in use", ClassTransient, "libs_mailbox_in_use"},
		{"OpenPop.Pop3.Exceptions.PopServerLockedException: The account is locked or in use", ClassTransient, "libs_mailbox_in_use"},
		// Dart oauth2: expired and no refresh token (both wordings).
		{"OAuth2 credentials have expired and can't be refreshed.", ClassRevoked, "libs_oauth_cannot_refresh"},
		{"Bad state: OAuth credentials have expired and can't be refreshed.", ClassRevoked, "libs_oauth_cannot_refresh"},
		// A refused password, token or login.
		{"Password rejection.", ClassAuth, "libs_login_refused"},
		{"pop3_error: Password rejection.", ClassAuth, "libs_login_refused"},
		{"cannot send password", ClassAuth, "libs_login_refused"},
		{"Login using XOAUTH2 failed", ClassAuth, "libs_login_refused"},
		{"SMTP Exception: Login using LOGIN password failed: 535 5.7.8 Error: authentication failed", ClassAuth, ""},
		{"Login using CRAM-MD5 failed", ClassAuth, "libs_login_refused"},
		{"Server did not accept user credentials", ClassAuth, "libs_login_refused"},
		{"SMTP server did not accept the provided username and password.", ClassAuth, "libs_login_refused"},
		{"SMTP server did not accept the provided OAuth token.", ClassAuth, "libs_login_refused"},
		{"SMTP server did not allow NTLM authentication.", ClassAuth, "libs_login_refused"},
		{"-ERR authentication attempt is invalid", ClassAuth, "libs_login_refused"},
		{"SMTP server did not accept the password.", ClassAuth, "libs_login_refused"},
		{"Failed authentication.", ClassAuth, "libs_login_refused"},
		// TLS needed or refused before the login.
		{"Start tls refused by server.", ClassConfig, "libs_tls_required"},
		{"imap_error: Start TLS refused by server.", ClassConfig, "libs_tls_required"},
		{"Aborting because connection is not secure", ClassConfig, "libs_tls_required"},
		{"SSL is not available on this server.", ClassConfig, "libs_tls_required"},
		{"Error connecting with SSL.", ClassConfig, "libs_tls_required"},
		{"error.InsecureAuth", ClassConfig, "libs_tls_required"},
		{"error.EncryptionRequiredForAuthMethod", ClassConfig, "libs_tls_required"},
		{"STARTTLS was required but the server did not issue a STARTTLS command.", ClassConfig, "libs_tls_required"},
		{"SMTP server does not accept the STARTTLS command.", ClassConfig, "libs_tls_required"},
		{"Server does not support secure communication via TLS / SSL", ClassConfig, "libs_tls_required"},
		{"502 Server does not support secure communication via TLS / SSL", ClassConfig, ""},
		{"Could not complete the SSL/TLS handshake", ClassConfig, "libs_tls_required"},
		{"-ERR try STLS", ClassConfig, "libs_tls_required"},
		{"Must enable TLS before login", ClassConfig, "libs_tls_required"},
		{"-ERR Must enable TLS before login", ClassConfig, "libs_tls_required"},
		{"POP CONNECT ERROR: STLS requested but not supported by server", ClassConfig, "libs_tls_required"},
		{"SMTP server did not accept the connection or trying to connect to non TLS SMTP server using TLS.", ClassConfig, "libs_tls_required"},
		{"SMTP authentication method not allowed, check if SMTP server requires TLS.", ClassConfig, "libs_tls_required"},
		{"STARTTLS failed, Crypto client can not be enabled.", ClassConfig, "libs_tls_required"},
		// No shared login method, or AUTH itself refused.
		{"Authentication rejection.", ClassConfig, "libs_no_auth_mechanism"},
		{"No AUTH mechanism available.", ClassConfig, "libs_no_auth_mechanism"},
		{"The server does not support LOGIN or PLAIN authentication method.", ClassConfig, "libs_no_auth_mechanism"},
		{"Doesn't support AUTH or the specified SASL handlers!!", ClassConfig, "libs_no_auth_mechanism"},
		{"APOP is not supported on this server", ClassConfig, "libs_no_auth_mechanism"},
		{"login is required, but no allowed AUTH methods available. You may need to do STARTTLS", ClassConfig, "libs_no_auth_mechanism"},
		{"Server does not support ESMTP Authentication", ClassConfig, "libs_no_auth_mechanism"},
		{"AUTH command not recognized or not implemented, SMTP server may not require authentication.", ClassConfig, "libs_no_auth_mechanism"},
		// No password or token configured.
		{"TransportStrategy is OAUTH2 but no fixed access token or OAuth2 access-token provider was configured", ClassConfig, "libs_credentials_missing"},
		{"login is required, but no credentials supplied", ClassConfig, "libs_credentials_missing"},
		{"User password is not supplied", ClassConfig, "libs_credentials_missing"},
		{"mu_authenticate: User password is not supplied", ClassConfig, "libs_credentials_missing"},
		// libESMTP: the connection dropped.
		{"SMTP server dropped connection", ClassTransient, "libs_connection_dropped"},
	})
	// Look-alikes: a locked maildrop, a refused connection, the OAuth grant
	// that can still be refreshed, login methods and TLS words in other
	// sentences.
	assertNotClasses(t, []string{
		"The account is locked or in use",
		"SMTP server did not accept the connection.",
		"SMTP server dropped connection",
		"Login denied because of recent connection to this maildrop. Increase time between connections.",
		"error.TemporaryAuthFailure",
		"Error connecting with SSL.",
		"Could not complete the SSL/TLS handshake",
		"No AUTH mechanism available.",
		"login is required, but no credentials supplied",
		"Authentication rejection.",
	}, ClassAuth, ClassRevoked, ClassBlocked)
}
