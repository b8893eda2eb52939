package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 47's mail-failure vocabulary of four products, each read whole from
// its own source (round47_homeassistant.go): Home Assistant's imap and smtp
// integrations (strings, the translations the repository holds, the log
// lines of coordinator.py, config_flow.py and notify.py), Node-RED's e-mail
// nodes in its three locales, OpenCart's SMTP mail library and Metabase's
// SMTP settings answers; labelled by what the code around each message means,
// with look-alikes that keep their reading.
func TestRound47HomeassistantFamilies(t *testing.T) {
	// Each catalog entry, as labelled from the source before any rule.
	entries := loadCatalogs(t)["client_products47_mail"]
	assert.NotEmpty(t, entries)
	for _, e := range entries {
		v := classifyEntry(e)
		assert.Equal(t, e.WantClass, v.Class, "%s (rule %s): %s", e.ID, v.Rule, e.Text)
	}

	assertTextRules(t, []textCase{
		// Home Assistant imap/coordinator.py: log lines and exception texts.
		{"Selected mailbox folder is invalid", ClassConfig, ""},
		{"Selected mailbox folder is invalid.", ClassConfig, ""},
		{"Folder INBOX/Archive is invalid", ClassConfig, ""},
		{"Folder %s is invalid", ClassConfig, ""},
		{"Invalid response for search '%s': %s / %s", ClassConfig, ""},
		{"Invalid response for search 'UnSeen UnDeleted': NO / b'[BADCHARSET] unsupported'", ClassConfig, ""},
		{"Username or password incorrect, starting reauthentication", ClassAuth, ""},
		{"Authentication failed, retrying", ClassAuth, ""},
		{"Invalid username or password", ClassAuth, ""},
		{"Lost %s (will attempt to reconnect after %s s)", ClassTransient, ""},
		{"Lost imap.example.com (will attempt to reconnect after 10 s)", ClassTransient, ""},
		{"Error while cleaning up imap connection", ClassTransient, ""},
		// Home Assistant imap/strings.json (config and options flow).
		{"The password for {username} is invalid.", ClassAuth, ""},
		{"The password for jane@example.com is invalid.", ClassAuth, ""},
		{"Failed to connect", ClassTransient, ""},
		{"Invalid authentication", ClassAuth, ""},
		{"The selected folder is invalid", ClassConfig, ""},
		{"The selected search is invalid", ClassConfig, ""},
		{"An SSL error occurred. Change SSL cipher list and try again.", ClassConfig, ""},
		{"An entry with these folder and search options already exists.", ClassConfig, ""},
		// Home Assistant imap/translations/{de,es,pt-BR,nl,it,uk,et,ru,pl}.json
		// (fr holds only field labels): cannot_connect, invalid_auth,
		// invalid_charset, invalid_search, reauth_confirm's description.
		{"Verbindung fehlgeschlagen", ClassTransient, ""},
		{"Ungültige Authentifizierung", ClassAuth, ""},
		{"Der angegebene Zeichensatz wird nicht unterstützt", ClassConfig, ""},
		{"Die ausgewählte Suche ist ungültig", ClassConfig, ""},
		{"Das Passwort für {username} ist ungültig.", ClassAuth, ""},
		{"No se pudo conectar", ClassTransient, ""},
		{"Autenticación no válida", ClassAuth, ""},
		{"El juego de caracteres especificado no es compatible", ClassConfig, ""},
		{"La búsqueda seleccionada no es válida", ClassConfig, ""},
		{"La contraseña para {username} no es válida.", ClassAuth, ""},
		{"Falha ao conectar", ClassTransient, ""},
		{"Autenticação inválida", ClassAuth, ""},
		{"O conjunto de caracteres especificado não é suportado", ClassConfig, ""},
		{"A pesquisa selecionada é inválida", ClassConfig, ""},
		{"A senha para {username} é inválida.", ClassAuth, ""},
		{"Kan geen verbinding maken", ClassTransient, ""},
		{"Ongeldige authenticatie", ClassAuth, ""},
		{"Het wachtwoord voor {username} is onjuist.", ClassAuth, ""},
		{"Impossibile connettersi", ClassTransient, ""},
		{"Autenticazione non valida", ClassAuth, ""},
		{"Il set di caratteri specificato non è supportato", ClassConfig, ""},
		{"La ricerca selezionata non è valida", ClassConfig, ""},
		{"La password per {username} non è valida.", ClassAuth, ""},
		{"Не вдалося підключитися", ClassTransient, ""},
		{"Вибраний пошук недійсний", ClassConfig, ""},
		{"Пароль для {username} недійсний.", ClassAuth, ""},
		{"Ühendamine nurjus", ClassTransient, ""},
		{"Tuvastamine nurjus", ClassAuth, ""},
		{"Määratud märgistikku ei toetata", ClassConfig, ""},
		{"Valitud otsing on sobimatu", ClassConfig, ""},
		{"Kasutaja {username} salasõna on kehtetu", ClassAuth, ""},
		{"Не удалось подключиться.", ClassTransient, ""},
		{"Ошибка аутентификации.", ClassAuth, ""},
		{"Указанный набор символов не поддерживается.", ClassConfig, ""},
		{"Выбранный поиск недействителен.", ClassConfig, ""},
		{"Неверный пароль для пользователя {username}.", ClassAuth, ""},
		{"Nie można nawiązać połączenia", ClassTransient, ""},
		{"Niepoprawne uwierzytelnienie", ClassAuth, ""},
		{"Podany zestaw znaków nie jest obsługiwany", ClassConfig, ""},
		{"Wybrane wyszukiwanie jest nieprawidłowe", ClassConfig, ""},
		{"Hasło użytkownika {username} jest nieprawidłowe.", ClassAuth, ""},
		// Home Assistant smtp/notify.py and smtp/strings.json.
		{"SMTP server not found or refused connection (%s:%s). Please check the IP address, hostname, and availability of your SMTP server", ClassTransient, ""},
		{"SMTP server not found or refused connection (smtp.example.com:587). Please check the IP address, hostname, and availability of your SMTP server", ClassTransient, ""},
		{"Login not possible. Please check your setting and/or your credentials", ClassAuth, ""},
		{"SMTPServerDisconnected sending mail: retrying connection", ClassTransient, ""},
		{"SMTPException sending mail: retrying connection", ClassUnknown, ""},
		{"Cannot send email with attachment \"report.pdf\" from directory \"/tmp\" which is not secure to load data from. Only folders added to `allowlist_external_dirs` are accessible. See https://www.home-assistant.io/docs/configuration/basic/ for more information.", ClassConfig, ""},
		// OpenCart system/library/mail/smtp.php and mail.php, every exception.
		{"Error: E-Mail to required!", ClassUnknown, ""},
		{"Error: E-Mail from required!", ClassConfig, ""},
		{"Error: E-Mail sender required!", ClassConfig, ""},
		{"Error: E-Mail subject required!", ClassUnknown, ""},
		{"Error: E-Mail message required!", ClassUnknown, ""},
		{"Error: SMTP hostname required!", ClassConfig, ""},
		{"Error: SMTP username required!", ClassConfig, ""},
		{"Error: SMTP password required!", ClassConfig, ""},
		{"Error: SMTP port required!", ClassConfig, ""},
		{"Error: SMTP timeout required!", ClassConfig, ""},
		{"Error: STARTTLS not accepted from server!", ClassConfig, ""},
		{"Error: TLS could not be established!", ClassConfig, ""},
		{"Error: EHLO not accepted from server!", ClassConfig, ""}, // the TLS prefix on the wrong port (opencart/opencart#11135, round 26)
		{"Error: AUTH LOGIN not accepted from server!", ClassConfig, ""},
		{"Error: Username not accepted from server!", ClassAuth, ""},
		{"Error: Password not accepted from server!", ClassAuth, ""},
		{"Error: MAIL FROM not accepted from server!", ClassConfig, ""},
		{"Error: RCPT TO not accepted from server!", ClassRecipient, ""},
		{"Error: DATA not accepted from server!", ClassUnknown, ""},
		{"Error: Could not load mail adaptor smtp!", ClassConfig, ""},
		// OpenCart's fsockopen error and the EHLO reply it throws: their words decide.
		{"Error: Connection refused (111)", ClassTransient, ""},
		{"Error: Connection timed out (110)", ClassTransient, ""},
		{"Error: 554 5.7.1 Access denied", ClassRejected, ""},
		// Node-RED node-red-nodes social/email/locales/{en-US,de,ja}/61-email.json,
		// as 61-email.js raises them.
		{"No e-mail userid set", ClassConfig, ""},
		{"No e-mail password set", ClassConfig, ""},
		{"No token property set", ClassConfig, ""},
		{"No Email credentials found. See info panel.", ClassConfig, ""},
		{"No SMTP transport. See info panel.", ClassConfig, ""},
		{"No payload to send", ClassUnknown, ""},
		{"Failed to fetch folder: INBOX", ClassUnknown, ""},
		{"Failed to parse message", ClassUnknown, ""},
		{"Fetch message error: __error__", ClassUnknown, ""},
		{"Refresh interval too large. Limiting to 2147483 seconds", ClassConfig, ""},
		{"Invalid attachment content. Must be String or buffer", ClassUnknown, ""},
		{"Criteria must be a JSON array. See info.", ClassConfig, ""},
		{"Invalid criteria", ClassConfig, ""},
		{"connect error", ClassUnknown, ""},
		{"send failed", ClassUnknown, ""},
		{"fetch folder error", ClassUnknown, ""},
		{"fetch message error", ClassUnknown, ""},
		{"Kein E-Mail-Benutzer-ID angegeben", ClassConfig, ""},
		{"Kein E-Mail-Passwort angegeben", ClassConfig, ""},
		{"Keine E-Mail-Berechtigungen gefunden. Siehe Info-Anzeige.", ClassConfig, ""},
		{"Kein SMTP-Transport. Siehe Info-Anzeige.", ClassConfig, ""},
		{"Keine sendbaren Nutzdaten (Payload)", ClassUnknown, ""},
		{"Verzeichnisabruf fehlgeschlagen: INBOX", ClassUnknown, ""},
		{"Analyse der Nachricht fehlgeschlagen", ClassUnknown, ""},
		{"Nachrichtenabruf fehlgeschlagen: __error__", ClassUnknown, ""},
		{"Abrufintervall ist zu groß. Max. Limit sind 2147483 Sekunden.", ClassConfig, ""},
		{"Ungültiger Anhang-Inhalt. Es muss ein String oder ein Buffer sein.", ClassUnknown, ""},
		{"Verbindungsfehler", ClassUnknown, ""},
		{"Senden fehlgeschlagen", ClassUnknown, ""},
		{"Fehler bei Verzeichnisabruf", ClassUnknown, ""},
		{"Fehler bei Nachrichtenabruf", ClassUnknown, ""},
		{"e-mailのユーザIDが設定されていません", ClassConfig, ""},
		{"e-mailのパスワードが設定されていません", ClassConfig, ""},
		{"e-mailの認証情報がありません。「情報」タブを参照してください", ClassConfig, ""},
		{"SMTP転送が設定されていません。「情報」タブを参照してください", ClassConfig, ""},
		{"送信するペイロードがありません", ClassUnknown, ""},
		{"フォルダの受信に失敗しました: INBOX", ClassUnknown, ""},
		{"メッセージのパースに失敗", ClassUnknown, ""},
		{"メッセージ受信エラー: __error__", ClassUnknown, ""},
		{"更新間隔の時間が長すぎます。2147483秒以内に制限してください。", ClassConfig, ""},
		{"不正な添付コンテンツ。文字列またはバッファ形式にしてください。", ClassUnknown, ""},
		{"条件はJSON配列である必要があります。情報を参照してください。", ClassConfig, ""},
		{"接続エラー", ClassUnknown, ""},
		{"送信が失敗しました", ClassUnknown, ""},
		{"フォルダ受信エラー", ClassUnknown, ""},
		{"メッセージ受信エラー", ClassUnknown, ""},
		{"条件が不正", ClassConfig, ""},
		// Metabase src/metabase/channel/api/email.clj humanize-error-messages.
		{"Wrong host or port", ClassConfig, ""},
		{"Wrong username or password", ClassAuth, ""},
		{"Sorry, something went wrong. Please try again. Error: 530 5.7.0 Must issue a STARTTLS command first", ClassConfig, ""},
		{"Problem connecting to mail server: Could not connect to SMTP host: localhost, port: 123", ClassTransient, ""},

		// Look-alikes that keep their reading.
		{"Failed to connect to mailbox", ClassUnknown, "docs43_zurmo_imap_connect"},
		{"Impossibile connettersi al server IMAP.", ClassUnknown, "docs43_zurmo_imap_connect"},
		{"Caused by: javax.mail.AuthenticationFailedException: failed to connect", ClassAuth, ""},
		{"Failed to connect: 535 5.7.8 Authentication credentials invalid", ClassAuth, ""},
		{"Invalid authentication mechanism", ClassConfig, ""},
		{"Invalid authentication token", ClassUnknown, ""},
		{"TLS could not be established: connection reset by peer", ClassTransient, ""},
		{"No se pudo conectar al servidor: connection timed out", ClassTransient, ""},
		{"Error: php_network_getaddresses: getaddrinfo failed: Name or service not known (0)", ClassConfig, ""},
		{"Traceback (most recent call last):\nsmtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')\nLogin not possible. Please check your setting and/or your credentials", ClassAuth, ""},
		{"Lost connection", ClassTransient, ""},
		// Home Assistant's English invalid_charset is the server's own
		// sentence, which round 44 holds unknown without [BADCHARSET].
		{"The specified charset is not supported", ClassUnknown, ""},
		{"The specified charset is not supported.", ClassUnknown, ""},
		{"Recipient address rejected: folder is full", ClassRecipient, ""},
		{"The token for this folder is invalid", ClassUnknown, ""},
		{"Your password for this folder is invalid", ClassAuth, ""},
	})
}
