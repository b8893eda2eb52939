package classify

// Round 55's OAuth SMTP relays and Dynamics 365 mailbox alerts, covered from
// each source's own vocabulary read whole; every message is in
// testdata/catalogs/oauth_smtp_relays_and_d365_sync.jsonl. All read
// 2026-12-05.
//
// Sources, and why each class:
//   - SMTP relays that let printers, scanners and old applications send
//     through Microsoft 365 by OAuth: JustinIven/smtp-oauth-relay (commit
//     85bc48d6, src/main.py Authenticator and parse_username, src/azure_table.py,
//     docs/authentication.md "Troubleshooting"), its fork kjake/smtp-oauth-relay
//     (c34e2dd0, src/constants.py, src/auth.py), mmalcek/azureSMTPwithOAuth
//     (573f51cc, smtp.go) and SMTP2Graph/SMTP2Graph (60efb246,
//     src/classes/SMTPServer.ts, whose onAuth errors smtp-server sends as
//     535). The relay answers itself, before any provider is asked, when the
//     client sent no credentials ("Authentication credentials missing";
//     SMTP2Graph's "Unsupported authentication method" for a missing user
//     name or password), credentials it cannot decode ("Invalid
//     authentication credentials encoding", "Invalid base64url encoding in
//     input", "Invalid AUTH PLAIN format"), a user name not in its
//     tenant_id@client_id form ("Invalid username format. Expected ..."), or
//     a lookup user name its own Azure table does not hold or that its
//     AZURE_TABLES_FORCE_USAGE allow-list refuses: the device's or the
//     relay's setup (config), even under 535 5.7.8, so the rule comes before
//     the enhanced-code reading. The relays' reply after the provider
//     refused the token ("535 5.7.8 Authentication failed", SMTP2Graph's
//     "Invalid login") keeps its reading (auth), as does any 535 without the
//     relays' words. mmalcek's "535 5.7.8 Authentication credentials
//     invalid" for a login without credentials is RFC 4954's own wording for
//     refused credentials and is left to that reading. The code "5" keeps
//     "unsupported authentication method" inside an OAuth invalid_client
//     description (platform) and a library's own sentence out.
//   - Dynamics 365 Customer Engagement's server-side synchronization alerts,
//     MicrosoftDocs/dynamics-365-customer-engagement (074ada49,
//     ce/customerengagement/on-premises/admin/troubleshooting-monitoring-server-side-synchronization.md)
//     and MicrosoftDocs/power-platform (0601b21f, the same page for the
//     online service), with KB 4092797 (SupportArticles-docs). Credentials in
//     the email server profile "incorrect or have insufficient permissions",
//     and the mailbox record's credentials (InvalidOutgoingMailboxCredentials,
//     InvalidIncomingMailboxCredentials: "enter the correct User Name and
//     Password"): auth. The bare "Make sure that the credentials specified in
//     the mailbox are correct" (the Gmail section) is auth only without an
//     "Email Server Error Code" line: with one (401, ErrorQuotaExceeded) the
//     code decides in the rules before. "requires an approval by a(n)
//     Microsoft 365 administrator" (the online page's form of the Office 365
//     one): only a global administrator approves (admin). Addresses not
//     approved in Dynamics, the Organizer field missing, a mailbox configured
//     with another organization: the product's settings (config). "An error
//     occurred while establishing a secure connection to the ..." (KB
//     2993502) is a connection/TLS failure (transient), as round 22's
//     held-out row was labelled; not with an error code line (a 403 there is
//     EWS switched off, admin).
//   - Dynamics 365 Business Central's e-mail connectors, microsoft/BCApps
//     (c3414ede): Email - SMTP Connector (SMTPConnectorImpl.Codeunit.al,
//     SMTPAccount.table.al, SMTPAccount.Page.al, SMTPAccountWizard.Page.al,
//     Authentication/OAuth2SMTPAuthentication.Codeunit.al), Email - SMTP API
//     (Authentication/OAuth2SMTPAuth.Codeunit.al), Email - Outlook REST API
//     (EmailOutlookAPIClient.Codeunit.al, EmailOutlookAPIHelper.Codeunit.al,
//     EmailOAuthClient.Codeunit.al). "Choose/choosing the Authenticate action
//     on the SMTP Account page" and "Before people can send email they must
//     authenticate their ...": the OAuth mailbox has no usable token until
//     its owner signs in (revoked). The admin-consent request failing
//     ("Consent authorization failed ... contact your administrator") and no
//     Office 365 license for the mailbox: admin. The server "did not respond
//     to the connection request" (a connect timeout): transient. The server
//     URL unknown or empty, Send As denied (5.2.252), no recipient or sender,
//     no contact email for Current User, the account's values unreadable in
//     isolated storage, a delegated or external user, outgoing HTTP blocked
//     for the extension, no OAuth provider extension, third-party extensions
//     barred from tokens: the product's settings (config). The customer's own
//     Entra app registration without client id/secret/tenant: platform.

// round55RelaysEarlyRules come right after gen51RefusalsEarlyRules: before
// the general text rules ("mailbox has been disabled" reads as a recipient,
// "try again" as temporary, "must authenticate" as auth required first) and
// before the 535 and 5.7.8 code rules.
var round55RelaysEarlyRules = []rule{
	{id: "relays_oauth_relay_own_refusal", class: ClassConfig, code: "5", anyOf: p(
		"authentication credentials missing",
		"invalid authentication credentials encoding",
		"invalid username format. expected",
		"invalid base64url encoding in input",
		"invalid auth plain format",
		"azure_tables_url",
		"no entity found for rowkey",
		"is missing tenant_id or client_id",
		"sender not authorized: no entry found for tenant_id",
		"unsupported authentication method"),
		doc: "An OAuth SMTP relay (smtp-oauth-relay, azureSMTPwithOAuth, SMTP2Graph) refuses the AUTH itself: no credentials sent, undecodable credentials, a user name not in its tenant_id@client_id form or not in its lookup table; the device's or relay's setup, not a refused password"},
	{id: "relays_d365_profile_credentials", class: ClassAuth, anyOf: p(
		"the credentials specified in the associated email server profile are incorrect",
		"invalidoutgoingmailboxcredentials",
		"invalidincomingmailboxcredentials"),
		doc: "Dynamics 365 server-side sync: the credentials in the email server profile or the mailbox record are wrong"},
	{id: "relays_d365_mailbox_credentials", class: ClassAuth, anyOf: p("make sure that the credentials specified in the mailbox are correct"),
		noneOf: p("email server error code"),
		doc:    "Dynamics 365 server-side sync (Gmail and POP3/SMTP profiles): the mailbox record's credentials are not accepted; with an error code line the code decides"},
	{id: "relays_d365_admin", class: ClassAdmin, anyOf: p(
		"requires an approval by an microsoft 365 administrator",
		"requires an approval by a microsoft 365 administrator",
		"consent authorization failed. please try again or contact your administrator",
		"does not have a valid license for office 365"),
		doc: "Dynamics 365 / Business Central: a Microsoft 365 administrator must approve the mailbox, grant the app's admin consent, or license the mailbox"},
	{id: "relays_d365_bc_setup", class: ClassConfig, anyOf: p(
		"because their email addresses have not been approved",
		"is not approved and the mailbox has been disabled",
		"because the organizer field is not present",
		"is configured with another organization",
		"is configured with another customer engagement",
		"the provided smtp server url",
		"server url field cannot be empty",
		"does not have send as permissions on your mail server",
		"could not send the email, as no recipients have been specified",
		"could not send the email, as the sender has not been specified",
		"does not have a contact email set",
		"unable to get smtp account",
		"unable to set smtp account",
		"because the user is delegated or external",
		"enable outgoing http requests for the email - outlook rest api",
		"no extension provided the oauth 2.0 authentication",
		"third-party extensions are restricted from obtaining access tokens"),
		doc: "Dynamics 365 server-side sync or Business Central's e-mail connectors: a product setting stops sending (address not approved in Dynamics, sync set with another organization, server URL, Send As, sender/recipients, stored account values, outgoing HTTP blocked)"},
	{id: "relays_bc_authenticate_action", class: ClassRevoked, anyOf: p(
		"choose the authenticate action on the smtp account page",
		"choosing the authenticate action on the smtp account page",
		"before people can send email they must authenticate their"),
		doc: "Business Central's SMTP connector with OAuth 2.0: the mailbox's owner must sign in again with the Authenticate action"},
	{id: "relays_no_connection", class: ClassTransient, anyOf: p(
		"did not respond to the connection request",
		"an error occurred while establishing a secure connection to the"),
		noneOf: p("email server error code"),
		doc:    "Business Central's SMTP server did not answer the connection, or Dynamics 365 could not set up a secure connection to the mail server: a connection failure, retried"},
	{id: "relays_bc_oauth_app", class: ClassPlatform, anyOf: p(
		"client id or client secret is not set up on the email microsoft entra application registration page",
		"to use customized oauth 2.0 settings, the client id, client secret and tenant id must be provided",
		"client id and client secret must be provided before authentication"),
		doc: "Business Central: the customer's own Entra app registration for e-mail has no client id, secret or tenant"},
}
