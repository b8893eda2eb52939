package classify

import "testing"

// Round 38's HubSpot connected-inbox errors in HubSpot's knowledge-base
// languages and QQ Mail's From-header refusal (round38_hubspot.go): each
// family's round text, siblings from the same pages or replies that the round
// does not hold, and look-alikes that must stay apart.
func TestRound38HubSpotFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// "IMAP settings incorrect" and "SMTP Settings Incorrect" in HubSpot's
		// languages, with the sentence explaining them.
		{"Falsche IMAP-Einstellungen", ClassConfig, "hubspot_connection_settings"},
		{"IMAP-inställningarna är felaktiga", ClassConfig, "hubspot_connection_settings"},
		{"IMAP-innstillingene er feil", ClassConfig, "hubspot_connection_settings"},
		{"Nieprawidłowe ustawienia IMAP", ClassConfig, "hubspot_connection_settings"},
		{"SMTP-inställningar felaktiga", ClassConfig, "hubspot_connection_settings"},
		{"HubSpot kann mit dem angegebenen Port keine Verbindung zum IMAP-Server herstellen.", ClassConfig, "hubspot_connection_settings"},
		{"HubSpot kan ikke koble til den aktuelle IMAP-serveren på den angitte porten.", ClassConfig, "hubspot_connection_settings"},
		{"HubSpot kan inte ansluta till motsvarande IMAP-server på den angivna porten.", ClassConfig, "hubspot_connection_settings"},
		{"HubSpot ne peut pas se connecter au serveur IMAP correspondant sur le port donné.", ClassConfig, "hubspot_connection_settings"},
		// "Office 365 inbox and calendar not found": no mailbox for the address.
		{"Casella di posta e calendario di Office 365 non trovati", ClassConfig, "hubspot_o365_no_mailbox"},
		{"Office 365 postvak en agenda niet gevonden", ClassConfig, "hubspot_o365_no_mailbox"},
		{"Nie znaleziono skrzynki odbiorczej i kalendarza usługi Office 365", ClassConfig, "hubspot_o365_no_mailbox"},
		{"Nie znaleziono skrzynki odbiorczej i kalendarza w usłudze Office 365", ClassConfig, "hubspot_o365_no_mailbox"},
		{"Office 365 inkorg och kalender hittas inte", ClassConfig, "hubspot_o365_no_mailbox"},
		{"Det här felet innebär att ditt Office 365-konto inte har någon brevlåda för den e-postadress som du försöker ansluta.", ClassConfig, "hubspot_o365_no_mailbox"},
		{"Deze foutmelding betekent dat uw Office 365 account geen postvak heeft voor het e-mailadres waarmee u verbinding probeert te maken.", ClassConfig, "hubspot_o365_no_mailbox"},
		// "Unavailable - API access not enabled for mailbox": the tenant's side.
		{"Niet beschikbaar - API-toegang niet ingeschakeld voor mailbox", ClassAdmin, "hubspot_o365_api_not_enabled"},
		{"Indisponível - acesso da API não habilitado para a caixa de correio", ClassAdmin, "hubspot_o365_api_not_enabled"},
		{"Indisponível - acesso da API não habilitado para a caixa de correio (OFFICE_ERROR_REST_API_NOT_ENABLED_FOR_COMPONENT_SHARED_MAILBOX)", ClassAdmin, "hubspot_o365_api_not_enabled"},
		// QQ Mail's 550 for a From header that is missing or malformed, and a
		// sibling server's wording.
		{"smtplib.SMTPDataError: (550, b'The \"From\" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 standard protocol. https://service.mail.qq.com/detail/124/995.')", ClassRejected, "qq_from_header_invalid"},
		{"(550, b'The \"From\" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 standard protocol. 帮助系统 ')", ClassRejected, "qq_from_header_invalid"},
		{"550 The \"From\" header is missing or invalid", ClassRejected, "qq_from_header_invalid"},
		{"A smtp error occurred: <class 'smtplib.SMTPDataError'> - (550, b\"From header malformed or missing: can't confirm domain\\nensure that your from header conforms to RFC 5322 and if applicable RFC\\n2047\")", ClassRejected, "qq_from_header_invalid"},
		// Look-alikes decided elsewhere: HubSpot's own IMAP login error stays a
		// refused login; the Gmail and Brevo wordings stay message_malformed;
		// QQ's MAIL FROM that differs from the login stays the client's setting.
		{"IMAP authentication error", ClassAuth, ""},
		{"550 5.7.1 Our system has detected that this message is not RFC 5322 compliant: 'From' header is missing.", ClassRejected, "message_malformed"},
		{"Error: Mail command failed: 550 From header is missing, header is not RFC 5322 compliant", ClassRejected, "message_malformed"},
		{"Mail command failed: 501 mail from address must be same as authorization user", ClassConfig, ""},
	})
	assertNotClasses(t, []string{
		"Falsche IMAP-Einstellungen",
		"IMAP-inställningarna är felaktiga",
		"HubSpot kann mit dem angegebenen Port keine Verbindung zum IMAP-Server herstellen.",
		"Nie znaleziono skrzynki odbiorczej i kalendarza usługi Office 365",
		"Niet beschikbaar - API-toegang niet ingeschakeld voor mailbox",
		"smtplib.SMTPDataError: (550, b'The \"From\" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 standard protocol.')",
		"BLOCKED_ADDRESS: this contact’s email address is blocked by HubSpot. Try a different contact or confirm this contact’s email address is up-to-date before enrolling again.",
	}, ClassAuth, ClassRevoked)
}
