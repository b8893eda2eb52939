package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Roundcube's and Delta Chat's translated messages as the owner sees them,
// placeholders filled. Texts from roundcube/roundcubemail
// program/localization/<lang>/messages.inc and deltachat/deltachat-android
// src/main/res/values-<lang>/strings.xml; the class follows from the key's
// English meaning (see testdata/catalogs/README.md).
func TestL10nClientsFilled(t *testing.T) {
	for _, tc := range []struct {
		text  string
		class Class
	}{
		{"SMTP-fel (535): Inloggningen misslyckades.", ClassAuth}, // sv_SE smtpautherror
		{"Błąd logowania!", ClassAuth},                            // pl_PL loginfailed
		{"ログインできませんでした。", ClassAuth},                              // ja_JP loginfailed
		{"Login als \"anna@example.com\" nicht möglich. Bitte Adresse und Passwort auf Richtigkeit überprüfen.", ClassAuth}, // Delta Chat de
		{"无法作为“anna@example.com”登录。请检查电子邮件地址和密码是否正确。", ClassAuth},                                                           // Delta Chat zh-rCN
		{"Troppi tentativi di accesso non riusciti. Tenta di nuovo più tardi.", ClassAuthTemporary},                         // it_IT accountlocked
		{"Przekroczono maksymalną dozwoloną liczbę prób logowania. Proszę spróbować później.", ClassAuthTemporary},          // pl_PL accountlocked
		{"Pas de connexion Internet, connexion échouée.", ClassTransient},                                                   // Delta Chat fr
		{"Brak połączenia internetowego, logowanie nie powiodło się.", ClassTransient},                                      // Delta Chat pl
		{"Ошибка соединения (Сбой подключения к серверу)!", ClassTransient},                                                 // ru_RU connerror
		{"Error de conexión con el servidor IMAP.", ClassTransient},                                                         // es_ES storageerror
		{"SMTP-fel (421): Anslutning till servern misslyckades.", ClassTransient},                                           // sv_SE smtpconnerror
		{"SMTP sorunu: Alıcı listesi ayrıştırılamadı", ClassRecipient},                                                      // tr_TR smtprecipientserror
		{"SMTP 错误：消息长度超过服务器能接受的长度 (10 MB)", ClassRejected},
		{"Die Autorisierungsanfrage war ungültig oder unvollständig.", ClassPlatform}, // de_DE oauthinvalidrequest
		{"Kimlik doğrulama isteği geçersiz ya da eksik.", ClassPlatform},              // tr_TR oauthinvalidrequest                                                                  // zh_CN smtpsizeerror
	} {
		v := Text(tc.text)
		assert.Equal(t, tc.class, v.Class, "%s (rule %s)", tc.text, v.Rule)
	}
}

// The server reply a client quotes ($msg) decides before the client's own
// sentence: Roundcube's smtptoerror wraps whatever the server answered to
// RCPT TO (RFC 5321 4.2, RFC 3463 for the enhanced codes).
func TestL10nClientsReplyDecides(t *testing.T) {
	for _, tc := range []struct {
		text  string
		class Class
	}{
		// de_DE smtptoerror around a relay refusal: the sender's setup (5.7.1 relaying denied)
		{"SMTP Fehler (550): Der Empfänger \"bob@example.org\" konnte nicht gesetzt werden (5.7.1 Relaying denied).", ClassConfig},
		// es_ES smtptoerror around an unknown mailbox: the recipient (5.1.1)
		{"Error SMTP (550): No se pudo establecer destinatario \"bob@example.org\" (5.1.1 User unknown).", ClassRecipient},
		// es_ES smtptoerror around a greylisting deferral: temporary (4.7.1)
		{"Error SMTP (451): No se pudo establecer destinatario \"bob@example.org\" (4.7.1 Greylisted, please try again later).", ClassTransient},
	} {
		v := Text(tc.text)
		assert.Equal(t, tc.class, v.Class, "%s (rule %s)", tc.text, v.Rule)
	}
}

// Look-alike bounds: a client's "login failed" beside words for a retry, a
// lost network or a recipient never asks the owner for a new password, and
// the recipient and size phrases do not reach beyond their sentences.
func TestL10nClientsLookalikes(t *testing.T) {
	for _, text := range []string{
		"Inloggningen misslyckades: servern är tillfälligt otillgänglig", // sv: login failed, the server is temporarily unavailable
		"Błąd logowania: brak połączenia z serwerem",                     // pl: login error, no connection to the server
		"Błąd logowania, spróbuj ponownie później",                       // pl: login error, try again later
		"Accesso non riuscito: destinatario sconosciuto",                 // it: the recipient is unknown
		"Zu viele fehlgeschlagene Login-Versuche. Versuchen Sie es später nochmal.",
		"Keine Internetverbindung, Anmeldung fehlgeschlagen.",
		"Нет соединения с интернетом, вход не удался.",
	} {
		v := Text(text)
		assert.NotEqual(t, ClassAuth, v.Class, "%s (rule %s)", text, v.Rule)
		assert.False(t, v.NeedsReconnect, "%s (rule %s)", text, v.Rule)
	}
	for _, tc := range []struct {
		text string
		not  Class
	}{
		{"Der Ordner konnte nicht gesetzt werden.", ClassRecipient},
		{"Die Adresse ist ungültig oder unvollständig.", ClassPlatform}, // de: an address, no authorization request     // de: a folder could not be set
		{"Der Empfänger hat die Nachricht gelesen.", ClassAuth},         // de: a read receipt
		{"メッセージの大きさを確認してください", ClassRejected},                           // ja: check the message size (no limit exceeded)
		{"Serverul nu a fost găsit în listă de contacte.", ClassAuth},   // ro: the server is not in the contacts
		{"Error de conexión con el servidor IMAP.", ClassAuthTemporary}, // es: a connection, not a lock
	} {
		v := Text(tc.text)
		assert.NotEqual(t, tc.not, v.Class, "%s (rule %s)", tc.text, v.Rule)
	}
}
