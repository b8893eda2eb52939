package classify

import (
	"testing"
)

// Round 55's OAuth SMTP relays and Dynamics 365 mailbox alerts
// (round55_relays.go): the relays' own SMTP replies about the AUTH they were
// given (JustinIven/kjake smtp-oauth-relay, mmalcek/azureSMTPwithOAuth,
// SMTP2Graph), Dynamics 365 Customer Engagement's server-side
// synchronization alerts and Business Central's e-mail connectors' labels.
// The catalog oauth_smtp_relays_and_d365_sync.jsonl holds each message as
// its source prints it; here are the forms apps and logs carry them in, and
// look-alikes that must keep their reading.
func TestRound55RelaysFamilies(t *testing.T) {
	assertCatalogClasses(t, "oauth_smtp_relays_and_d365_sync")

	assertReplyRules(t, []replyCase{
		// The relays' own replies about the user name or AUTH data.
		{535, "5.7.8", "535 5.7.8 Invalid username format. Expected exactly one '|' character", ClassConfig, "relays_oauth_relay_own_refusal"},
		{535, "5.7.8", "535 5.7.8 Invalid username format. Expected format: tenant_id:client_id", ClassConfig, "relays_oauth_relay_own_refusal"},
		{535, "5.7.8", "535 5.7.8 Invalid base64url encoding in input 'not-a-uuid'", ClassConfig, "relays_oauth_relay_own_refusal"},
		{535, "5.7.8", "535 5.7.8 No entity found for RowKey 'mfp-3rd-floor'", ClassConfig, "relays_oauth_relay_own_refusal"},
		{535, "", "535 Unsupported authentication method", ClassConfig, "relays_oauth_relay_own_refusal"},
		// Look-alikes: a provider's or a server's refusal keeps its reading.
		{535, "5.7.8", "535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials", ClassAuth, ""},
		{535, "5.7.8", "535 5.7.8 Authentication credentials invalid", ClassAuth, ""},
		{535, "5.7.8", "535 5.7.8 Error: authentication failed: authentication failure", ClassAuth, ""},
		{535, "5.7.139", "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.", ClassAuth, ""},
		{535, "", "535 Invalid login", ClassAuth, ""},
		{504, "5.5.4", "504 5.5.4 Unrecognized authentication type", ClassConfig, ""},
	})

	assertTextRules(t, []textCase{
		// The relays' replies as SMTP clients and devices log them.
		{"smtplib.SMTPAuthenticationError: (535, b\"5.7.8 Invalid username format. Expected exactly one '@' character\")", ClassConfig, "relays_oauth_relay_own_refusal"},
		{"SMTP Error: 535 5.7.8 Invalid base64url encoding in input 'AAAA'", ClassConfig, "relays_oauth_relay_own_refusal"},
		{"Scan to e-mail failed. Server reply: 535 5.7.8 Entity for RowKey 'scanner2' is missing tenant_id or client_id", ClassConfig, "relays_oauth_relay_own_refusal"},
		{"Mail command failed: 535 5.7.8 AZURE_TABLES_URL environment variable not set", ClassConfig, "relays_oauth_relay_own_refusal"},
		{"Error: Invalid login: 535 Unsupported authentication method", ClassConfig, "relays_oauth_relay_own_refusal"},
		// Look-alikes: an OAuth client-authentication failure, a library's
		// own unsupported method, the provider's refusal passed on.
		{`{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}`, ClassPlatform, ""},
		{"SmtpAuthError: Unsupported authentication method: cram-md5", ClassConfig, ""},
		{"535 5.7.8 Authentication credentials invalid. Email OAuth 2.0 Proxy: Login failed - the password for account anna@example.com is incorrect", ClassAuth, ""},

		// Dynamics 365 server-side synchronization alerts in other words.
		{"Alert: Email cannot be received for the mailbox Contoso Support because the email address of the mailbox Contoso Support is not approved and the mailbox has been disabled.", ClassConfig, "relays_d365_bc_setup"},
		{"Email cannot be sent because the email address of the mailbox Ana Lopez requires an approval by a Microsoft 365 administrator.", ClassAdmin, "relays_d365_admin"},
		{"The mailbox Help Desk has been disabled for synchronizing appointments, contacts, and tasks because an error occurred while establishing a secure connection to the Exchange server.", ClassTransient, "relays_no_connection"},
		{"The email message \"Quote Q-1042\" cannot be sent. Make sure that the credentials specified in the mailbox Quotes are correct and have sufficient permissions for sending email.\nEmail Server Error Code: InvalidOutgoingMailboxCredentials", ClassAuth, "relays_d365_profile_credentials"},
		{"Email cannot be received for the mailbox Orders (orders@contoso.com). Make sure that the credentials specified in the mailbox are correct and have sufficient permissions for receiving email.", ClassAuth, "relays_d365_mailbox_credentials"},
		// Look-alikes: with an error code line the code decides.
		{"Email cannot be received for the mailbox Help Desk. Make sure that the credentials specified in the mailbox are correct and have sufficient permissions for receiving email. Then, enable the mailbox for email processing.\nEmail Server Error Code: Http server returned 401 Unauthorized exception.", ClassConfig, "dynamics_product_setting"},
		{"An unknown error occurred while receiving email through the mailbox Help Desk. The owner of the associated email server profile Contoso Exchange has been notified.", ClassUnknown, ""},

		// Business Central's connectors.
		{"Failed to send the email: Before people can send email they must authenticate their account.", ClassRevoked, "relays_bc_authenticate_action"},
		{"Could not connect to the SMTP server.\nThe SMTP server smtp.contoso.com did not respond to the connection request.", ClassTransient, "relays_no_connection"},
		{"Could not send the email. The invoices@cronus.com account does not have Send As permissions on your mail server for the bc-service@cronus.com account.\nStatus code: 5.2.252", ClassConfig, ""},
		{"Job Queue error: Client ID or Client secret is not set up on the Email Microsoft Entra application registration page.", ClassPlatform, "relays_bc_oauth_app"},
		{"Email - Outlook REST API: The mailbox is not valid. A likely cause is that the user does not have a valid license for Office 365.", ClassAdmin, "relays_d365_admin"},
		// Look-alikes: BC's wrapper around a server's own 535 keeps it.
		{"Could not authenticate on the SMTP server.\n535: 5.7.139 Authentication unsuccessful, the user credentials were incorrect.", ClassAuth, ""},
	})
}
