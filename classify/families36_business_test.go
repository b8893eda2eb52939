package classify

import (
	"testing"
)

// Round 36's families for the business products (round36_business.go): the
// round's own texts, the same keys in locales the round does not hold (iTop's
// locales that ship the English text with its "~~" marker, GLPI oauthimap's
// es and sk) or, for products that ship English only, the key's siblings and
// the texts as the product wraps them; and look-alikes that must not read as
// a refused login or a lost grant.
func TestRound36BusinessFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// iTop itop-oauth-client:MissingOAuthClient (config).
		{"Missing Oauth client for user name helpdesk@example.com", ClassConfig, "business_mail_setup"},
		{"Fehlender OAuth-Client für den Benutzernamen helpdesk@example.com", ClassConfig, "business_mail_setup"},
		{"Hiányzó Oauth ügyfél a helpdesk@example.com felhasználóhoz", ClassConfig, "business_mail_setup"},
		{"没有Oauth客户端给用户helpdesk@example.com", ClassConfig, "business_mail_setup"},
		{"Missing Oauth client for user name helpdesk@example.com~~", ClassConfig, "business_mail_setup"}, // cs, ja, ru, tr...
		// iTop UI:Error:SMTP:UnknownVendor (config).
		{"OAuth SMTP provider Yahoo does not exist  (email_transport_smtp.oauth.provider)", ClassConfig, "business_mail_setup"},
		{"Poskytovatel OAuth SMTP Yahoo neexistuje  (email_transport_smtp.oauth.provider)", ClassConfig, "business_mail_setup"},
		{"Le provider SMTP OAuth 2.0 Yahoo n'existe pas", ClassConfig, "business_mail_setup"},
		{"OAuth SMTP provider Yahoo does not exist  (email_transport_smtp.oauth.provider)~~", ClassConfig, "business_mail_setup"}, // da, ja, sk...
		// iTop itop-oauth-client:Message:MissingToken (config).
		{"Generate access token before using this OAuth client", ClassConfig, "business_mail_setup"},
		{"Wygeneruj token dostępu przed użyciem tego klienta OAuth", ClassConfig, "business_mail_setup"},
		{"使用OAuth客户端前生成访问令牌", ClassConfig, "business_mail_setup"},
		{"Generate access token before using this OAuth client~~", ClassConfig, "business_mail_setup"}, // nl, pt_br...
		// iTop's SMTP XOAUTH2 transport with no token (config).
		{"Not prior authentication to OAuth", ClassConfig, "business_mail_setup"},
		// iTop itop-oauth-client:Message:RegenerateToken (revoked).
		{"Regenerate access token to to take into account the changes", ClassRevoked, "business_regenerate_token"},
		{"Generieren Sie das Zugriffstoken neu, um die Änderungen zu berücksichtigen", ClassRevoked, "business_regenerate_token"},
		{"重新生成访问令牌以适用更改", ClassRevoked, "business_regenerate_token"},
		{"Regenerate access token to to take into account the changes~~", ClassRevoked, "business_regenerate_token"}, // hu, cs...
		// combodo-email-synchro: the POP3 connection failed (transient).
		{"Cannot connect to POP3 server: 'pop.example.com' on port 995", ClassTransient, "business_server_unreachable"},
		// GLPI oauthimap, the authorization_code callback (platform).
		{"Det gick inte att verifiera auktoriseringskoden", ClassPlatform, "business_oauth_app_platform"},
		{"Não é possível verificar o código de autorização", ClassPlatform, "business_oauth_app_platform"},
		{"Impossible d'obtenir le code d'autorisation", ClassPlatform, "business_oauth_app_platform"},
		{"Incapaz de obter código de autorização", ClassPlatform, "business_oauth_app_platform"},
		{"Det gick inte att hämta auktoriseringskoden", ClassPlatform, "business_oauth_app_platform"},
		{"No se puede obtener el código de autorización", ClassPlatform, ""}, // es_AR, es_EC, es_MX
		{"Nepodarilo sa overiť autorizačný kód", ClassPlatform, ""},          // sk_SK
		// iDempiere: the mail OAuth code exchange (platform), setup probes (transient).
		{"Error No refresh token.  Request Failed. Please try again", ClassPlatform, "business_oauth_app_platform"},
		{"Error Could not get the email from the response", ClassPlatform, "business_oauth_app_platform"},
		{"SMTP Server NOT available", ClassTransient, "business_server_unreachable"},
		{"POP3 Server NOT available", ClassTransient, "business_server_unreachable"},
		{"IMAP4 Server NOT available", ClassTransient, "business_server_unreachable"},
		{"WARNING: No active Mail Server", ClassTransient, "business_server_unreachable"},
		// Libredesk.
		{"no refresh token available", ClassRevoked, "business_regenerate_token"},
		{"failed to refresh OAuth token: no refresh token available", ClassRevoked, ""},
		{"OAuth credentials missing for provider 'microsoft'", ClassPlatform, "business_oauth_app_platform"},
		{"unknown IMAP TLS type: \"starttls2\"", ClassConfig, "business_mail_setup"},
		{"unexpected server challenge in XOAUTH2", ClassAuth, "business_xoauth2_challenge"},
		// Corteza, Peppermint, metasfresh (config; metasfresh's Graph app: platform).
		{"could not send email: no hostname provided for SMTP", ClassConfig, "business_mail_setup"},
		{"could not send email: no port provided for SMTP", ClassConfig, "business_mail_setup"},
		{"unable to find configured and working SMTP dialer", ClassConfig, "business_mail_setup"},
		{"Error: No email provider configured.", ClassConfig, "business_mail_setup"},
		{"Error: No valid authentication method configured.", ClassConfig, "business_mail_setup"},
		{"SMTPHost not set", ClassConfig, "business_mail_setup"},
		{"MSGRAPH_ClientSecret not set", ClassPlatform, "business_oauth_app_platform"},
		{"MSGRAPH_ClientId not set", ClassPlatform, "business_oauth_app_platform"},
		{"MSGRAPH_TenantId not set", ClassPlatform, "business_oauth_app_platform"},
	})
	// Look-alikes: setup, flow and connection texts that name tokens,
	// authentication or OAuth must not read as a refused login or a lost grant.
	assertNotClasses(t, []string{
		"Generate access token before using this OAuth client",
		"Missing Oauth client for user name helpdesk@example.com",
		"Not prior authentication to OAuth",
		"Error No refresh token.  Request Failed. Please try again",
		"OAuth credentials missing for provider 'google'",
		"Error: No valid authentication method configured.",
		"unknown SMTP auth type 'ntlm'",
		"Incapaz de obter código de autorização",
		"Cannot connect to POP3 server: 'pop.example.com' on port 995",
		"Timeout connection for outgoing mails for provider Google",
	}, ClassAuth, ClassRevoked)
}
