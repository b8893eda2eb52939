package classify

// Round 47's mail-failure vocabulary of four products that send or fetch mail
// through a mailbox their owner configures (testdata/heldout/round47.jsonl,
// rows h47w-homeassistant-, h47w-nodered-, h47w-opencart-, h47w-metabase-):
// each product's own sentences, read whole from its source in every locale
// the source holds, with the sibling sentences of the same code, labelled by
// what the code around them means. Phrases are the fixed text of each
// sentence, lower-cased, without placeholders.
//
// Sources (read 2026-12-05):
//   - home-assistant/core homeassistant/components/imap/: coordinator.py
//     (00b29bda and 02e61246) raises InvalidFolder "Folder %s is invalid"
//     when SELECT of the configured folder fails after the login and logs
//     "Selected mailbox folder is invalid" (ConfigEntryError), raises
//     UpdateFailed "Invalid response for search '%s': ..." when SEARCH with
//     the configured criteria is not OK (config_flow.py maps the same to
//     invalid_search): the settings (config). "Lost %s (will attempt to
//     reconnect after %s s)" follows an AioImapException or timeout in IDLE
//     and "Error while cleaning up imap connection" one while closing: the
//     connection (transient). "Username or password incorrect, starting
//     reauthentication", "Authentication failed, retrying" and "Invalid
//     username or password" (InvalidAuth) read auth already. strings.json
//     (0e759b32): error.invalid_charset, invalid_folder, invalid_search,
//     ssl_error ("An SSL error occurred. Change SSL cipher list and try
//     again.", fixed by the cipher-list setting) and the options flow's
//     already_configured are settings (config), but the English
//     invalid_charset, "The specified charset is not supported", is the
//     IMAP server's own [BADCHARSET] sentence, which round 44 holds unknown
//     when it stands alone, and is left so; cannot_connect ("Failed to
//     connect", config_flow.py: TimeoutError, AioImapException,
//     ConnectionRefusedError) is the connection (transient); invalid_auth
//     ("Invalid authentication") and reauth_confirm's "The password for
//     {username} is invalid." are a refused login (auth). translations/
//     {de,es,et,fr,it,nl,pl,pt-BR,ru,uk}.json (the stored versions of
//     26e1e1f3, 7344b237, 69f665d2, d31177e4, 11e19d89; fr holds only field
//     labels) translate cannot_connect, invalid_auth, invalid_charset,
//     invalid_search and the reauth description; the repository's other
//     locale files (bg, ca, el, en, hu, id, no, pt, sk, tr, zh-Hant) were not
//     read.
//   - home-assistant/core homeassistant/components/smtp/notify.py (0154b2e5):
//     "SMTP server not found or refused connection (%s:%s). Please check the
//     IP address, hostname, and availability of your SMTP server"
//     (socket.gaierror or ConnectionRefusedError: transient, as the round
//     labels it), "Login not possible. Please check your setting and/or your
//     credentials" (SMTPAuthenticationError: auth; the reply in the traceback
//     decides first), "SMTPServerDisconnected sending mail: retrying
//     connection" (transient) and "SMTPException sending mail: retrying
//     connection" (any other smtplib error: a catch-all, left unknown);
//     strings.json (ad7a6045) exceptions.remote_path_not_allowed ("...
//     which is not secure to load data from. Only folders added to
//     `allowlist_external_dirs` are accessible"): Home Assistant's own
//     setting (config).
//   - node-red/node-red-nodes e9ca4db9 social/email/61-email.js with
//     locales/{en-US,de,ja}/61-email.json: errors.nouserid, nopassword,
//     notoken, nocredentials, nosmtptransport (the node's credentials or
//     transport are not set), refreshtoolarge (the repeat setting, clamped)
//     and bad_criteria (errors and status: the criteria setting or
//     msg.criteria is not an array): config. status.connecterror ("connect
//     error") is shown for a failed POP3 USER/PASS as well as a closed IMAP
//     connection, errors.fetchfail and status.foldererror for a failed RETR,
//     SEARCH or openBox alike: catch-alls, left unknown, as are sendfail,
//     parsefail, messageerror and nopayload; errors.invalidattachment (the
//     flow's message holds an attachment that is no string or buffer) is no
//     mail failure (unknown).
//   - opencart/opencart 01254c21 upload/system/library/mail/smtp.php (and
//     mail.php, and system/library/mail.php): "SMTP hostname/username/
//     password/port/timeout required!" and "E-Mail from/sender required!"
//     (config_email and config_name) are settings checked before connecting
//     (config); "E-Mail to/subject/message required!" are the caller's
//     message (left unknown); "STARTTLS not accepted from server!" and "TLS
//     could not be established!" (the tls:// prefix on a server or port
//     that does not speak it) and "AUTH LOGIN not accepted from server!" (no
//     334 to AUTH LOGIN, before any credential is sent: the mechanism or TLS
//     setting) are config; "Username/Password not accepted from server!" are
//     a refused login (auth); "MAIL FROM not accepted" reads config (the
//     sender setting, as msmtp's sibling in round44_addresses.go); "RCPT TO
//     not accepted from server!" is the recipient; "EHLO not accepted from
//     server!" (after STARTTLS) reads config already, as round 26 labels it
//     (opencart/opencart#11135: the tls:// prefix on port 465); "DATA not
//     accepted from server!" drops the server's reply, for a refused message
//     and a temporary failure alike: a catch-all (unknown); "Could not load
//     mail adaptor %s!"
//     is the mail engine setting (config). The fsockopen error and a non-250
//     EHLO reply are thrown with their own words, which decide.
//   - metabase/metabase 027b894c src/metabase/channel/api/email.clj
//     humanize-error-messages: "Wrong host or port" for "Unknown SMTP host"
//     and "Could not connect to SMTP host", and when host or port are unset
//     for the test mail (config, as the round labels it); "Wrong username or
//     password" reads auth already; "Sorry, something went wrong. Please try
//     again. Error: <message>" carries the exception chain, whose words
//     decide. These strings are not marked for translation (no tru).

// round47HomeassistantEarlyRules come before languageRules: "auth login" in
// OpenCart's sentence reads as a refused login, "timeout" as a network
// timeout, and "too large" or "content" in Node-RED's and Home Assistant's
// sentences as a refused message.
var round47HomeassistantEarlyRules = []rule{
	{id: "homeassistant_settings_early", class: ClassConfig, anyOf: p(
		// OpenCart smtp.php
		"auth login not accepted from server", "smtp timeout required",
		// Node-RED errors.refreshtoolarge: en-US, de, ja
		"refresh interval too large. limiting to", "abrufintervall ist zu groß. max. limit sind",
		"更新間隔の時間が長すぎます",
		// Home Assistant smtp exceptions.remote_path_not_allowed
		"which is not secure to load data from",
	),
		doc: "OpenCart's AUTH LOGIN refused before any credential or its SMTP timeout setting empty, Node-RED's e-mail repeat interval too large, Home Assistant's attachment outside allowlist_external_dirs: a setting of the product"},
	{id: "homeassistant_catchall_early", class: ClassUnknown, anyOf: p(
		// Node-RED errors.invalidattachment: en-US, de, ja
		"invalid attachment content. must be string or buffer", "ungültiger anhang-inhalt. es muss ein string",
		"不正な添付コンテンツ",
	),
		doc: "Node-RED's e-mail node got an attachment of the wrong type in the flow's message: no mail failure, no verdict"},
}

// round47HomeassistantRules come last but one: each sentence is read only
// when no rule found a cause in the words around it (a reply, a network error
// or a refusal in a traceback decides first).
var round47HomeassistantRules = []rule{
	{id: "homeassistant_settings", class: ClassConfig, anyOf: p(
		// Home Assistant imap: coordinator.py, strings.json error and options keys
		"invalid response for search '", "change ssl cipher list and try again",
		"an entry with these folder and search options already exists",
		// invalid_charset: de, es, pt-BR, it, et, ru, pl
		"der angegebene zeichensatz wird nicht unterstützt",
		"el juego de caracteres especificado no es compatible", "o conjunto de caracteres especificado não é suportado",
		"il set di caratteri specificato non è supportato", "määratud märgistikku ei toetata",
		"указанный набор символов не поддерживается", "podany zestaw znaków nie jest obsługiwany",
		// invalid_search: en, de, es, pt-BR, it, et, ru, pl, uk
		"the selected search is invalid", "die ausgewählte suche ist ungültig", "la búsqueda seleccionada no es válida",
		"a pesquisa selecionada é inválida", "la ricerca selezionata non è valida", "valitud otsing on sobimatu",
		"выбранный поиск недействителен", "wybrane wyszukiwanie jest nieprawidłowe", "вибраний пошук недійсний",
		// OpenCart smtp.php and mail.php
		"smtp username required", "smtp password required", "smtp port required",
		"e-mail from required", "e-mail sender required", "tls could not be established",
		"could not load mail adaptor",
		// Node-RED errors.nouserid, nopassword, notoken, nocredentials,
		// nosmtptransport, bad_criteria, status.bad_criteria: en-US, de, ja
		"no e-mail userid set", "kein e-mail-benutzer-id angegeben", "e-mailのユーザidが設定されていません",
		"no e-mail password set", "kein e-mail-passwort angegeben", "e-mailのパスワードが設定されていません",
		"no token property set",
		"no email credentials found", "keine e-mail-berechtigungen gefunden", "e-mailの認証情報がありません",
		"no smtp transport. see info panel", "kein smtp-transport. siehe info-anzeige", "smtp転送が設定されていません",
		"criteria must be a json array", "条件はjson配列である必要があります", "invalid criteria", "条件が不正",
		// Metabase email.clj
		"wrong host or port",
	),
		doc: "Home Assistant's IMAP charset (translated), search, cipher-list or folder options, OpenCart's SMTP settings left empty or its TLS setup failing, Node-RED's e-mail node without credentials, transport or valid criteria, Metabase's wrong SMTP host or port: the product's mail settings"},
	{id: "homeassistant_folder_invalid", class: ClassConfig, anyOf: p("folder "), alsoAny: p(" is invalid"),
		noneOf: p("password", "token", "credential", "auth", "login"),
		doc:    "Home Assistant's IMAP folder is invalid (\"Folder INBOX is invalid\", \"Selected mailbox folder is invalid\", \"The selected folder is invalid\"): SELECT of the configured folder failed after the login"},
	{id: "homeassistant_connection", class: ClassTransient, anyOf: p(
		// Home Assistant imap coordinator.py, smtp notify.py
		"(will attempt to reconnect after ", "error while cleaning up imap connection",
		"smtp server not found or refused connection", "smtpserverdisconnected sending mail",
		// imap cannot_connect: en, es, pt-BR, it, et (de, nl, ru, pl, uk read so already)
		"failed to connect", "no se pudo conectar", "falha ao conectar", "impossibile connettersi", "ühendamine nurjus",
	),
		doc: "Home Assistant's IMAP push lost its connection or could not close it, its SMTP server was not found, refused or dropped the connection, its config flow could not connect: the network or the server"},
	{id: "homeassistant_login_refused", class: ClassAuth, anyOf: p(
		// Home Assistant smtp notify.py (SMTPAuthenticationError)
		"login not possible. please check your setting and/or your credentials",
		// imap invalid_auth: en, es, et (de, pt-BR, nl, it, ru, pl read so already)
		"invalid authentication", "autenticación no válida", "tuvastamine nurjus",
	), noneOf: p("token", "mechanism", "method", "scheme", "type", "header", "specified"),
		doc: "Home Assistant's SMTP login refused, its IMAP config flow's invalid_auth: the password"},
	{id: "homeassistant_reauth_password", class: ClassAuth,
		// imap reauth_confirm description: es, it, uk, et (en, de, pt-BR, nl, ru, pl read so already)
		anyOf:   p("la contraseña para ", "la password per ", "пароль для ", "salasõna on kehtetu"),
		alsoAny: p(" no es válida", " non è valida", " недійсний", "salasõna on kehtetu"),
		noneOf:  p("token"),
		doc:     "Home Assistant's IMAP reauthentication step: the password for the account is invalid"},
	{id: "homeassistant_opencart_rcpt", class: ClassRecipient, anyOf: p("rcpt to not accepted from server"),
		doc: "OpenCart's SMTP library: RCPT TO got neither 250 nor 251 and the reply was dropped: the recipient"},
}
