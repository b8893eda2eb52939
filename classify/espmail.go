package classify

// ESP Mail Client (github.com/mobizt/ESP-Mail-Client, src/ESP_Mail_Const.h
// and src/ESP_Mail_Error.h), the mail library of ESP32, ESP8266 and RP2040
// boards: devices (cameras, sensors, alarms) that send through an account.
// errorReason() returns the library's own sentence, without the server's
// reply; its examples print it as "Error, Status Code: %d, Error Code: %d,
// Reason: %s". The sentences for a refused login ("authentication failed",
// "authenticate failed", "XOAuth2 authenticate failed") already read as
// auth; these are the rest.
var espMailRules = []rule{
	{id: "espmail_connection", class: ClassTransient,
		anyOf: p("smtp server greeting failed", "data sending failed", "server disconnected or returned error"),
		doc:   "ESP Mail Client: no greeting, a failed write or a dropped connection"},
	{id: "espmail_setup", class: ClassConfig,
		anyOf: p("sasl authentication mechanism is not support", "oauth2.0 log in was disabled for this server", "server is not support oauth2 login",
			"session_config object was not assigned", "callback functions are not yet assigned", "sender email address is not valid"),
		doc: "ESP Mail Client: the program's settings (mechanism, XOAUTH2 on a server without it, no session settings, no client callbacks, no valid sender)"},
	{id: "espmail_recipient", class: ClassRecipient, anyOf: p("set recipient failed"),
		doc: "ESP Mail Client: the server refused a recipient (RCPT TO)"},
}
