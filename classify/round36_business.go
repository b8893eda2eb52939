package classify

// Round 36's families for a group of business products' own mail messages
// (testdata/heldout/round36.jsonl, the rows whose id starts with "h36b-"):
// each key a missed row holds, read in every locale the product ships, with
// the row's class. Each phrase is one translation, lower-cased, without its
// placeholders and trailing full stop (the longest fixed part before or
// after a placeholder). Most of these products raise English-only texts
// (Go, Java, TypeScript or PHP literals, iDempiere's AD_Message rows, which
// the repository ships in English only): for those the English text is the
// whole family.
//
// Keys read (class, where raised):
//   - Combodo/iTop dd34fda4, datamodels/2.x/itop-oauth-client/dictionaries/
//     <locale>.dict.itop-oauth-client.php (cs, da, de, en, es_cr, fr, hu, it,
//     ja, nl, pl, pt_br, ru, sk, tr, zh_cn; the locales not named below ship
//     the English text with iTop's "~~" untranslated marker):
//     itop-oauth-client:MissingOAuthClient, raised by sources/Core/
//     Authentication/Client/OAuth/OAuthClientProviderFactory.php when no
//     OAuth client is marked for SMTP (config; de, en, fr, hu, it, pl,
//     zh_cn); itop-oauth-client:Message:MissingToken, the tag of an OAuth
//     client that holds no token yet (config; de, en, fr, hu, it, pl,
//     zh_cn); itop-oauth-client:Message:RegenerateToken, set when the
//     client's id, secret or redirect URL changed and its grant was made
//     inactive (revoked; de, en, fr, it, pl, zh_cn; hu ships English);
//   - Combodo/iTop dd34fda4, dictionaries/<locale>.dictionary.itop.ui.php:
//     UI:Error:SMTP:UnknownVendor, raised by OAuthClientProviderFactory::
//     GetProviderClass for a configured vendor with no provider class
//     (config): every translation but fr keeps the setting's name
//     "(email_transport_smtp.oauth.provider)", one phrase for cs, de, en, hu,
//     it, nl, pl, zh_cn and the English-fallback locales; fr has its own;
//   - Combodo/iTop dd34fda4, sources/Core/Authentication/Client/Smtp/
//     Oauth.php: "Not prior authentication to OAuth", the SMTP XOAUTH2
//     transport with no access token (config, as the row);
//   - Combodo/combodo-email-synchro 43af8484, classes/
//     pop3emailsource.class.inc.php: the health issue "Cannot connect to
//     POP3 server: '<server>' on port <n>" when Net_POP3::connect() fails
//     (transient; English only, no dictionary key);
//   - pluginsGLPI/oauthimap 285ae3ff, locales/<locale>.po (en_GB, es_AR,
//     es_EC, es_MX, fr_FR, pt_BR, sk_SK, sv_SE): "Unable to verify
//     authorization code" and "Unable to get authorization code", shown by
//     front/authorization.process.php for a broken authorization_code
//     callback (platform); en, es and sk, and fr's "vérifier", were already
//     read by l10n_erp_oauth_client (GLPI core's wording);
//   - idempiere/idempiere 11ddd3b2, migration/i8.2/postgresql/
//     202102241858_IDEMPIERE-3101.sql: AD_Message
//     OAuthProcessToken_NoRefreshToken and OAuthProcessToken_CouldNotGetEMail,
//     shown by org.adempiere.base/src/org/compiere/model/
//     MAuthorizationCredential.java during the authorization_code exchange
//     (platform; the first was read as transient by temporary_wording's
//     "please try again"); org.adempiere.install/src/org/compiere/install/
//     ConfigurationData.java testMailServer: "SMTP/POP3/IMAP4 Server NOT
//     available" and "No active Mail Server", TCP probes of the mail ports
//     (transient; log literals, not SetupRes keys);
//   - abhinavxd/libredesk 948ffd8c, internal/inbox/channel/email/email.go
//     RefreshOAuthConfig: "no refresh token available" (revoked) and "OAuth
//     credentials missing for provider" (platform); imap.go "unknown IMAP
//     TLS type" (config); xoauth2.go "unexpected server challenge in
//     XOAUTH2", the server's 334 error challenge to a refused bearer token
//     (auth);
//   - cortezaproject/corteza 5b869ce3, server/pkg/mail/mail.go: "no hostname
//     provided for SMTP", "no port provided for SMTP", "unable to find
//     configured and working SMTP dialer" (config);
//   - Peppermint-Lab/peppermint ba6e2179, apps/api/src/lib/nodemailer/
//     transport.ts: "No email provider configured." and "No valid
//     authentication method configured." (config);
//   - metasfresh/metasfresh 6c7bfd86, backend/de.metas.adempiere.adempiere/
//     base/src/main/java/de/metas/email/mailboxes/MailboxRepository.java:
//     "SMTPHost not set" (config) and "MSGRAPH_ClientSecret not set" with its
//     siblings MSGRAPH_ClientId and MSGRAPH_TenantId (platform).

// round36BusinessEarlyRules come right after round35UnixEarlyRules, before
// languageRules: recipient_mailbox_disabled reads iTop's "provider ... does
// not exist" as an unknown recipient, and temporary_wording reads
// iDempiere's "Please try again" as a transient failure.
var round36BusinessEarlyRules = []rule{
	{id: "business_mail_setup", class: ClassConfig, anyOf: p(
		// iTop itop-oauth-client:MissingOAuthClient: en (and the "~~"
		// locales), de, fr, hu, it, pl, zh_cn
		"missing oauth client for user name", "fehlender oauth-client für den benutzernamen",
		"il n'y a pas de client oauth pour l'utilisateur", "hiányzó oauth ügyfél", "client oauth mancante per il nome utente",
		"brak klienta oauth dla nazwy użytkownika", "没有oauth客户端给用户",
		// iTop UI:Error:SMTP:UnknownVendor: every locale but fr (the
		// setting's name), then fr
		"(email_transport_smtp.oauth.provider)", "le provider smtp oauth 2.0",
		// iTop itop-oauth-client:Message:MissingToken: en (and the "~~"
		// locales), de, fr, hu, it, pl, zh_cn
		"generate access token before using this oauth client", "bitte zugriffstoken generieren bevor der oauth-client verwendet wird",
		"générez le jeton d'accès avant d'utiliser ce client oauth", "hozzáférési token generálása az oauth ügyfél használata előtt",
		"genera un token di accesso prima di utilizzare questo client oauth", "wygeneruj token dostępu przed użyciem tego klienta oauth",
		"使用oauth客户端前生成访问令牌",
		// iTop SMTP XOAUTH2 transport with no token (English only)
		"not prior authentication to oauth",
		// Libredesk, Corteza, Peppermint, metasfresh (English only)
		"unknown imap tls type", "no hostname provided for smtp", "no port provided for smtp",
		"unable to find configured and working smtp dialer", "no email provider configured",
		"no valid authentication method configured", "smtphost not set",
	),
		doc: "A business product's own mail setup is missing or wrong (iTop's OAuth client for SMTP, Libredesk, Corteza, Peppermint, metasfresh): no sign-in was attempted"},
	{id: "business_oauth_app_platform", class: ClassPlatform, anyOf: p(
		// Libredesk: the inbox's OAuth client id or secret is empty
		"oauth credentials missing for provider",
		// GLPI oauthimap "Unable to verify authorization code": pt_BR, sv_SE
		"não é possível verificar o código de autorização", "det gick inte att verifiera auktoriseringskoden",
		// GLPI oauthimap "Unable to get authorization code": fr_FR, pt_BR, sv_SE
		"impossible d'obtenir le code d'autorisation", "incapaz de obter código de autorização",
		"det gick inte att hämta auktoriseringskoden",
		// iDempiere OAuthProcessToken_NoRefreshToken, _CouldNotGetEMail
		"no refresh token. request failed", "could not get the email from the response",
		// metasfresh: the Microsoft Graph mailbox's app registration incomplete
		"msgraph_clientsecret not set", "msgraph_clientid not set", "msgraph_tenantid not set",
	),
		doc: "A business product's own OAuth application or code-exchange flow failed (Libredesk, GLPI's OAuth IMAP plugin, iDempiere, metasfresh), not the mailbox owner's credentials"},
}

// round36BusinessRules come right after round35UnixRules (after
// phpmailerRules): no earlier rule reads these texts.
var round36BusinessRules = []rule{
	{id: "business_regenerate_token", class: ClassRevoked, anyOf: p(
		// iTop itop-oauth-client:Message:RegenerateToken: en (and the "~~"
		// locales), de, fr, it, pl, zh_cn
		"regenerate access token to to take into account the changes", "generieren sie das zugriffstoken neu, um die änderungen zu berücksichtigen",
		"re-générez le jeton d'accès prendre en compte les modifications", "rigenera il token di accesso per prendere in considerazione le modifiche",
		"wygeneruj ponownie token dostępu, aby uwzględnić zmiany", "重新生成访问令牌以适用更改",
		// Libredesk RefreshOAuthConfig: the stored grant has no refresh token
		"no refresh token available",
	),
		doc: "A business product's stored OAuth grant is inactive or lacks its refresh token (iTop after the client changed, Libredesk): sign in with the provider again"},
	{id: "business_server_unreachable", class: ClassTransient, anyOf: p(
		// combodo-email-synchro's health issue; iDempiere's setup probes
		"cannot connect to pop3 server:", "smtp server not available", "pop3 server not available",
		"imap4 server not available", "no active mail server",
		// ...and a mail server's in the same words (round 138).
		"mail server not available",
	),
		doc: "A business product could not reach the mail server (iTop Mail to Ticket's POP3 connect, iDempiere's port probes): before any login"},
	{id: "business_xoauth2_challenge", class: ClassAuth, anyOf: p(
		// Libredesk XOAuth2SMTPAuth.Next: a further 334 after the initial response
		"unexpected server challenge in xoauth2",
	),
		doc: "Libredesk: the SMTP server answered XOAUTH2 with an error challenge, the bearer token was refused"},
}
