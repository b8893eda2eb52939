package classify

// Round 45's mail apps' and products' own dialogs (testdata/heldout/
// round45.jsonl, rows h45j-eas-, h45j-outlook-classic-, h45j-gmail-
// mailfetcher-, h45j-tb-android-, h45j-sonyericsson-, h45j-eudora-,
// h45i-hubspot-, h45i-persistiq-): each product's messages, with the sibling
// messages of the same source, in every locale that could be read. Phrases
// are the fixed text, lower-cased.
//
// Sources (web pages read 2026-12-05 from the stored copies):
//   - thunderbird/thunderbird-android a59bd679859d369c9a39be147e536b825ffd0a6b:
//     mail/protocols/smtp/src/main/java/com/fsck/k9/mail/transport/smtp/
//     SmtpResponseParser.kt unexpectedCharacterError, "Unexpected character:
//     $char (${char.code})", thrown when a reply does not start with a
//     three-digit code. "* (42)" is an IMAP server's untagged "* OK"
//     greeting and "+ (43)" a POP3 server's "+OK": the outgoing server
//     setting names an IMAP or POP3 server (the round's row: IMAP settings
//     put in the SMTP server), config. The same message for other
//     characters, "Unsupported 1st reply code digit", "Multi-line response
//     with reply codes not matching" and "Unexpected end of stream" name a
//     malformed or cut reply, no setting: left alone. The exception message
//     is not translated.
//   - Gmail's Mail Fetcher troubleshooter,
//     mail.google.com/support/bin/answer.py?answer=29382, its list of errors:
//     "There are too many messages on the other server. Please delete some
//     mail from your other account, or move it out of the inbox." (the other
//     POP mailbox must be cleaned up: config, as the round labels it, not a
//     sending quota); "Received an empty line." and 'READ_ERROR' (the other
//     server's answer broke off; Gmail fetches again: transient, with
//     'Connection timed out.' and 'Connection reset by peer.' that other
//     rules read already). "The other server sent messages in the wrong
//     order. Please contact your other provider." is the other provider's
//     defect, which neither a setting nor a retry fixes: left unknown.
//   - Classic Outlook's failed logon to Exchange Online, as Microsoft's
//     advisory gives the Fiddler trace (cyberpress.org/microsoft-outlook,
//     cybersecurefox.com/en/outlook-windows-crash-exchange-online-
//     authentication-concurrency-limit, and the round's desbugados.com.br
//     report): "Microsoft.Exchange.RpcClientAccess.ServerTooBusyException:
//     Client is being backed off ---> ...ClientBackoffException: ErrorCode:
//     ClientBackoff, LID: 49586 - Authentication concurrency limit is
//     reached." The service caps parallel authentications; the logon passes
//     once they drain: auth_temporary (no public list of other LIDs was
//     found). The back-off without the LID's words ("Client is being backed
//     off", RPC client throttling) has no row to exercise a rule and is left
//     alone.
//   - Exchange ActiveSync's quarantine notice, KB 3013802 "Exchange
//     ActiveSync device is unexpectedly blocked by ABQ list", Polish edition
//     docs.microsoft.com/pl-pl/exchange/troubleshoot/client-connectivity/
//     eas-device-is-blocked-by-abq-list ("Twoje urządzenie przenośne jest
//     tymczasowo zablokowane ... ponieważ urządzenie przenośne zostało poddane
//     kwarantannie ... z chwilą przyznania dostępu przez administratora"):
//     the organization's device access level or rule holds the device until
//     an administrator allows it: admin. The English notice is read by
//     imap_disabled_by_admin; no other locale of the page was stored.
//   - HubSpot's "Troubleshoot errors when connecting an inbox with
//     Exchange", knowledge.hubspot.com/{de,ja}/connected-email/ and
//     /{pl,fi}/email-tracking/troubleshoot-errors-when-connecting-an-inbox-
//     with-exchange (the locales stored): "Exchange URL is invalid" (de
//     "Exchange-URL ist ungültig", pl "Adres URL programu Exchange jest
//     nieprawidłowy", fi "Exchange URL-osoite on virheellinen"; the URL must
//     be the EWS one, not Outlook Web App's) and "Unable to connect due to
//     Exchange version" (de "Verknüpfung aufgrund der Exchange-Version nicht
//     möglich", fi "Yhteyden muodostaminen ei onnistu Exchange-version
//     vuoksi"; the server is older than Exchange 2010 SP2), each heading with
//     the sentence that explains it (and ja's explanation; its heading
//     "Exchange URLが無効" is setup_words'): config. The page's third
//     heading, "Unable to connect to Exchange server" (fi "Yhteyttä
//     Exchange-palvelimeen ei voida muodostaa"), is HubSpot's generic error
//     and is left to the connection rules. The IMAP page's headings were
//     covered in rounds 6, 34 and 38 (no further locale was stored).
//   - Exchange's IMAP4 and POP3 services refusing the form of a client's
//     command: Exchange 2003 IMAP4 'A128 BAD Protocol Error: "Expected SPACE
//     not found".' to a phone's "AUTH user pass" (blog.pilif.me/2004/07/10/
//     sonyericsson-imap-exchange/) and Exchange POP3 "-ERR Protocol error.
//     16" to Eudora's authentication mechanism, fixed by setting it to PLAIN
//     (help.asu.edu/Resolving_POP_Protocol_Errors_in_Eudora_for_Mac): config,
//     as servers_exchange_imap_bad_command reads Exchange's later "BAD
//     Command Argument Error. 11". Eudora for Mac's "Your mail server does
//     not support the UIDL/TOP extension" (www.eudora.com/techsupport/kb/
//     1986hq.html: Eudora needs UIDL; uncheck "Overlap POP3 commands" if it
//     worked before): the client's requirement the server does not meet,
//     config. The Windows Eudora's POP messages (evilneuro/eudora-win
//     850a6619e6b0d5abc770bca8eb5f3b9001b7ccd2 Eudora71/Eudora/EudoraRes.rc)
//     carry no such sentence.
//   - PersistIQ's mailbox warnings, help.persistiq.com/en/articles/1259661-
//     mailbox-throttling-sent-mail-along-with-other-error-messages: "We are
//     having trouble connecting to your mailbox. Attempting to reconnect."
//     (PersistIQ retries; possibly an API issue on its side: transient) and
//     "If your email provider is throttling your email, we will
//     automatically retry on your behalf" (rate_limited already).

// round45AppsEarlyRules come before languageRules: connection_limits reads
// "concurrency limit" and rate_limited "too many messages" as throttling,
// and the connection rules read HubSpot's Finnish and Japanese explanations
// ("ei voi muodostaa yhteyttä", "接続できません") as a network failure.
var round45AppsEarlyRules = []rule{
	{id: "apps_outlook_auth_concurrency", class: ClassAuthTemporary, anyOf: p(
		"authentication concurrency limit",
	),
		doc: "Exchange Online's RPC client access backed Outlook off because the mailbox reached its limit of parallel authentications (LID 49586): the logon passes later"},
	{id: "apps_eas_quarantine_notice", class: ClassAdmin, anyOf: p(
		"urządzenie przenośne zostało poddane kwarantannie",
		"z chwilą przyznania dostępu przez administratora",
	),
		doc: "Exchange ActiveSync's quarantine notice (Polish): the organization's device access rules hold the device until an administrator allows it"},
	{id: "apps_hubspot_exchange_settings", class: ClassConfig, anyOf: p(
		// "Exchange URL is invalid": heading and explanation
		"exchange-url ist ungültig", "aufgrund eines problems mit der url keine verknüpfung mit dem exchange-server",
		"adres url programu exchange jest nieprawidłowy", "nie może połączyć się z serwerem exchange z powodu problemu z adresem url",
		"exchange url-osoite on virheellinen", "exchange-palvelimeen url-osoitteessa olevan ongelman vuoksi",
		"urlに問題があるため、hubspotがexchangeサーバーに接続できません",
		// "Unable to connect due to Exchange version": heading and explanation
		"verknüpfung aufgrund der exchange-version nicht möglich", "da sie eine ältere version von exchange verwenden",
		"yhteyden muodostaminen ei onnistu exchange-version vuoksi", "käytät exchange-järjestelmän vanhempaa versiota",
	),
		doc: "HubSpot cannot connect an Exchange inbox because the Exchange (EWS) URL entered is wrong or the server is older than Exchange 2010 SP2"},
	{id: "apps_mail_fetcher_remote_mailbox", class: ClassConfig, anyOf: p(
		"too many messages on the other server", "delete some mail from your other account",
	),
		doc: "Gmail's Mail Fetcher: the other POP mailbox holds too many messages to fetch; delete some or move them out of its inbox"},
	{id: "apps_k9_not_an_smtp_server", class: ClassConfig, anyOf: p(
		"unexpected character: * (42)", "unexpected character: + (43)",
	),
		doc: "Thunderbird for Android's SMTP parser met an IMAP ('* OK') or POP3 ('+OK') greeting: the outgoing server setting names an incoming server"},
	{id: "apps_server_protocol_mismatch", class: ClassConfig, anyOf: p(
		`bad protocol error: "`, "-err protocol error.",
		"does not support the uidl/top extension",
	),
		doc: "the server refused the form of the client's command (Exchange's IMAP4 'BAD Protocol Error', POP3 '-ERR Protocol error.') or lacks the POP extension the client needs (Eudora's UIDL/TOP): the client's settings"},
	{id: "apps_connection_retrying", class: ClassTransient, anyOf: p(
		"received an empty line", " read_error",
		"having trouble connecting to your mailbox. attempting to reconnect",
	),
		doc: "a product's fetch broke off (Gmail Mail Fetcher's empty line or READ_ERROR) or it is reconnecting to the mailbox by itself (PersistIQ): try again"},
}

// round45AppsRules: none; every rule of this round must come early.
var round45AppsRules = []rule{}
