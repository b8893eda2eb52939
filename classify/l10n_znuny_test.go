package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestZnunyL10n checks the rules of l10n_znuny.go on Znuny's own sentences as
// its code composes them. Labels come from the code, not from the rules.
func TestZnunyL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// OAuth2TokenManagementTokenExpired.pm Run(): Translate('OAuth2 refresh
		// token for "%s" has expired.', $TokenConfig->{Name}) wrapped in
		// '<a href="' . $LayoutObject->{Baselink} . 'Action=AdminOAuth2TokenManagement">'
		// ... '</a>' and passed to Notify(): the admin must request a new token.
		{`<a href="/znuny/index.pl?Action=AdminOAuth2TokenManagement">OAuth2 refresh token for "Microsoft 365" has expired.</a>`, ClassRevoked, "l10n_znuny_oauth2_token_expired"},
		{`<a href="/znuny/index.pl?Action=AdminOAuth2TokenManagement">OAuth2-Refresh-Token für "Microsoft 365" ist abgelaufen.</a>`, ClassRevoked, "l10n_znuny_oauth2_token_expired"},
		{`OAuth2-Token für "Microsoft 365" ist abgelaufen.`, ClassRevoked, "l10n_znuny_oauth2_token_expired"},
		// OAuth2Token.pm GetToken(): "Refresh token for token config with ID
		// $Param{TokenConfigID} has expired or is not present. Token must be
		// retrieved manually via authorization code."
		{"Refresh token for token config with ID 3 has expired or is not present. Token must be retrieved manually via authorization code.", ClassRevoked, "l10n_znuny_refresh_token_gone"},
		// IMAPS.pm Connect(): "$Type: Can't connect to $Param{Host}".
		{"IMAPS: Can't connect to imap.example.com", ClassTransient, "l10n_znuny_connect_failed"},
		// SMTP.pm Check(): "SMTP authentication failed: $Error!" where $Error =
		// $Code . ', ' . $SMTP->message() (Net::Cmd keeps the reply's line end);
		// the tenant's policy in the reply decides.
		{"SMTP authentication failed: 535, 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]\n!", ClassAdmin, ""},
		// SMTP.pm Send(): sprintf("Envelope from '%s' not accepted by the
		// server: %s, %s!", From, code, message) and the same for RCPT TO.
		{"Envelope from 'support@example.com' not accepted by the server: 550, 5.7.60 SMTP; Client does not have permissions to send as this sender\n!", ClassConfig, ""},
		{"Envelope to 'nobody@example.com' not accepted by the server: 550, 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table\n!", ClassRecipient, ""},
		// SMTP.pm Check() and MSGraph.pm: the settings, not a refused login.
		{"OAuth2 token config with name 'Microsoft 365' could not be found.", ClassConfig, "l10n_znuny_oauth2_settings"},
		{"No folder ID found for folder Tickets. Available folders: Archive, Deleted Items, Drafts, Inbox, Junk Email, Outbox, Sent Items.", ClassConfig, "l10n_znuny_oauth2_settings"},
	})
	// Look-alikes: Preferences/Password.pm tells an agent that the current
	// password typed to change their own Znuny password is wrong, and the
	// SMTP/Graph setting sentences name OAuth2 without any refused login.
	for _, text := range []string{
		"The current password is not correct. Please try again!",
		"Das eingegebene Passwort ist nicht korrekt. Bitte versuchen Sie es erneut!",
		"パスワードが正しくありません。再入力してください。",
		"AuthenticationType must be 'oauth2_token'.",
		"SysConfig option SendmailModule::OAuth2TokenConfigName is not set.",
	} {
		v := Text(text)
		assert.NotEqual(t, ClassAuth, v.Class, text)
		assert.NotEqual(t, ClassRevoked, v.Class, text)
		assert.False(t, v.NeedsReconnect, text)
	}
}
