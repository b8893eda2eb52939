package classify

// Postal, the mail server used as a sending relay (postalserver/postal,
// commit 8ef89606bc34146fffba77a604dd824e6b1cdcc2, release 3.3.6): the
// replies of its SMTP server (app/lib/smtp_server/client.rb) and the errors
// of its HTTP sending API (app/controllers/legacy_api/base_controller.rb,
// send_controller.rb, messages_controller.rb), as postal-php
// (postalserver/postal-php commit 933468fb, src/Client.php) throws them:
// "<code>: <message>". Rows: testdata/catalogs/server_postal.jsonl.
//
// Most of Postal's sentences join an existing family: the malformed AUTH
// PLAIN (server_auth_client_error), its mail loop (mail_config_refused), the
// recipient refusals (recipient_mailbox_disabled), the refused API key
// (relay_key_refused), the suspended server (relay_account_held) and the
// request and From checks (relay_request_invalid). postalRules holds what no
// family takes; it sits right after imapsyncFAQRules, before the text rules
// whose words its sentences share.
var postalRules = []rule{
	// MessagesController#message and #deliveries render MessageNotFound "No
	// message found matching provided ID" for an id the credential's server
	// does not hold: a message lookup, nothing about the connection or the
	// credential. The code name holds "enotfound", which dns_not_found reads
	// as a host-name failure.
	{id: "postal_message_not_found", class: ClassUnknown, anyOf: p("no message found matching provided id"),
		doc: "Postal's message API found no message with the given id: a lookup, not a connection failure"},
}
