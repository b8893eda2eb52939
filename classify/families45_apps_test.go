package classify

import (
	"testing"
)

// Round 45's mail apps' and products' own dialogs (round45_apps.go): the
// round's texts, their sibling sentences from the same source or locale, and
// look-alikes that must keep their reading.
func TestRound45AppsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Thunderbird for Android (K-9) SmtpResponseParser: the greeting of
		// an IMAP ("* OK") or POP3 ("+OK") server read as an SMTP reply.
		{"Unexpected character: * (42)", ClassConfig, "apps_k9_not_an_smtp_server"},
		{"Unexpected character: + (43)", ClassConfig, "apps_k9_not_an_smtp_server"},
		{"com.fsck.k9.mail.transport.smtp.SmtpResponseParserException: Unexpected character: * (42)", ClassConfig, "apps_k9_not_an_smtp_server"},
		// The parser's other messages name a malformed reply, no setting:
		// they keep no verdict; so does another parser's wording.
		{"Unexpected character: x (120)", ClassUnknown, ""},
		{"Unexpected character: (13)", ClassUnknown, ""},
		{"Unsupported 1st reply code digit: 6", ClassUnknown, ""},
		{"Multi-line response with reply codes not matching: 250 != 220", ClassUnknown, ""},
		{"Jackson: Unexpected character ('*' (code 42)): expected a valid value", ClassUnknown, ""},

		// Gmail's Mail Fetcher (Check mail from other accounts): every error
		// its troubleshooter lists.
		{"There are too many messages on the other server. Please delete some mail from your other account, or move it out of the inbox.", ClassConfig, "apps_mail_fetcher_remote_mailbox"},
		{"Received an empty line.", ClassTransient, "apps_connection_retrying"},
		{"READ_ERROR", ClassTransient, "apps_connection_retrying"},
		{"Connection timed out.", ClassTransient, ""},
		{"Connection reset by peer.", ClassTransient, ""},
		// The other provider's server at fault: no setting, no retry decides.
		{"The other server sent messages in the wrong order. Please contact your other provider.", ClassUnknown, ""},
		{"Server denied POP access for the given username and password.", ClassAuth, ""},
		// A server's own count of messages keeps its throttling reading.
		{"452 Too many messages in this session, try again later", ClassRateLimited, ""},

		// Classic Outlook and Exchange Online's RPC client access: the
		// authentication concurrency limit, and other concurrency limits.
		{"LID: 49586 - Authentication concurrency limit is reached", ClassAuthTemporary, "apps_outlook_auth_concurrency"},
		{"Microsoft.Exchange.RpcClientAccess.ServerTooBusyException: Client is being backed off ---> Microsoft.Exchange.RpcClientAccess.ClientBackoffException: ErrorCode: ClientBackoff, LID: 49586 - Authentication concurrency limit is reached.", ClassAuthTemporary, "apps_outlook_auth_concurrency"},
		{"421 4.4.5 Service unavailable, concurrency limit reached", ClassRateLimited, ""},
		{"Application is over its MailboxConcurrency limit.", ClassRateLimited, ""},

		// Exchange ActiveSync's quarantine notice (KB 3013802), Polish and
		// English.
		{"Twoje urządzenie przenośne jest tymczasowo zablokowane, aby uzyskać dostęp do zawartości za pośrednictwem programu Exchange ActiveSync, ponieważ urządzenie przenośne zostało poddane kwarantannie. Nie musisz podejmować żadnych działań. Zawartość zostanie automatycznie pobrana z chwilą przyznania dostępu przez administratora.", ClassAdmin, "apps_eas_quarantine_notice"},
		{"Zawartość zostanie automatycznie pobrana z chwilą przyznania dostępu przez administratora.", ClassAdmin, "apps_eas_quarantine_notice"},
		{"Your mobile device is temporarily blocked from accessing content via Exchange ActiveSync because the mobile device has been quarantined. You don't need to take any action. Content will automatically be downloaded as soon as access is granted by your administrator.", ClassAdmin, ""},
		// A message quarantined for spam is no device of the owner's.
		{"Wiadomość została poddana kwarantannie", ClassUnknown, ""},

		// HubSpot's Exchange inbox connection errors: de, pl, fi, ja.
		{"Exchange-URL ist ungültig", ClassConfig, "apps_hubspot_exchange_settings"},
		{"HubSpot kann aufgrund eines Problems mit der URL keine Verknüpfung mit dem Exchange-Server herstellen.", ClassConfig, "apps_hubspot_exchange_settings"},
		{"Verknüpfung aufgrund der Exchange-Version nicht möglich", ClassConfig, "apps_hubspot_exchange_settings"},
		{"HubSpot kann Ihr Postfach nicht verknüpfen, da Sie eine ältere Version von Exchange verwenden.", ClassConfig, "apps_hubspot_exchange_settings"},
		{"Adres URL programu Exchange jest nieprawidłowy", ClassConfig, "apps_hubspot_exchange_settings"},
		{"HubSpot nie może połączyć się z serwerem Exchange z powodu problemu z adresem URL.", ClassConfig, "apps_hubspot_exchange_settings"},
		{"Exchange URL-osoite on virheellinen", ClassConfig, "apps_hubspot_exchange_settings"},
		{"HubSpot ei voi muodostaa yhteyttä Exchange-palvelimeen URL-osoitteessa olevan ongelman vuoksi.", ClassConfig, "apps_hubspot_exchange_settings"},
		{"Yhteyden muodostaminen ei onnistu Exchange-version vuoksi", ClassConfig, "apps_hubspot_exchange_settings"},
		{"HubSpot ei voi yhdistää postilaatikkoasi, koska käytät Exchange-järjestelmän vanhempaa versiota.", ClassConfig, "apps_hubspot_exchange_settings"},
		{"Exchange URLが無効", ClassConfig, ""},
		{"URLに問題があるため、HubSpotがExchangeサーバーに接続できません。", ClassConfig, "apps_hubspot_exchange_settings"},
		// The IMAP page's headings keep their readings.
		{"Nieprawidłowe ustawienia IMAP", ClassConfig, ""},
		{"IMAP authentication error", ClassAuth, ""},

		// Exchange's POP3 and IMAP4 services refusing the client's command
		// form, and Eudora's missing POP extension.
		{`A128 BAD Protocol Error: "Expected SPACE not found".`, ClassConfig, "apps_server_protocol_mismatch"},
		{"-ERR Protocol error. 16", ClassConfig, "apps_server_protocol_mismatch"},
		{"fetchmail: POP3< -ERR Protocol error.", ClassConfig, "apps_server_protocol_mismatch"},
		{"Your mail server does not support the UIDL/TOP extension", ClassConfig, "apps_server_protocol_mismatch"},
		// fetchmail's own summary and Redis's RESP error are no such reply.
		{"fetchmail: Protocol error.", ClassUnknown, ""},
		{"-ERR Protocol error: invalid multibulk length", ClassUnknown, ""},

		// PersistIQ's mailbox warnings.
		{"We are having trouble connecting to your mailbox. Attempting to reconnect.", ClassTransient, "apps_connection_retrying"},
		{"If your email provider is throttling your email,  we will automatically retry on your behalf", ClassRateLimited, ""},
		// A product that asks for the reconnect keeps its reading.
		{"We are having trouble connecting to your mailbox. Please reconnect your account.", ClassRevoked, ""},
	})
}
