package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestThunderbirdL10n checks the rules of l10n_thunderbird.go on Thunderbird's
// translations with their placeholders filled (labels from what the English
// keys of thunderbird/thunderbird-l10n mean and when Thunderbird shows them:
// after the server refused the login) and on look-alikes they must not take.
func TestThunderbirdL10n(t *testing.T) {
	cases := []struct {
		text string
		rule string
	}{
		// fy-NL mail/chrome/messenger/messenger.properties mailServerLoginFailed2.
		{"Oanmelden by server imap.example.com mei brûkersnamme anna@example.com mislearre.", "l10n_tb_login_failed_parts"},
		// lt mailServerLoginFailed2: "prisijungti" alone also means to connect.
		{"Nepavyko prisijungti prie serverio „imap.example.com“ naudojant vartotojo vardą „anna@example.com“.", "l10n_tb_login_failed_parts"},
		// ca messengercompose/composeMsgs.properties smtpAuthFailure.
		{"No s'ha pogut autenticar al servidor de sortida (SMTP) smtp.example.com. Comproveu la contrasenya i el «Mètode d'autenticació» a «Paràmetres del compte | Servidor de sortida (SMTP)».", "l10n_tb_login_refused"},
		// et imapMsgs.properties imapOAuth2Error.
		{"Ühendumisel serveriga imap.example.com esines autentimise viga.", "l10n_tb_login_refused"},
		// de imapMsgs.properties imapAuthGssapiFailed.
		{"Das Kerberos/GSSAPI-Ticket wurde vom IMAP-Server imap.example.com nicht akzeptiert. Bitte stellen Sie sicher, dass Sie im Kerberos/GSSAPI-Bereich angemeldet sind.", "l10n_tb_gssapi_refused"},
		// it localMsgs.properties pop3GssapiFailure (its own "Kerberos/GSSAP").
		{"Le credenziali Kerberos/GSSAP non sono state accettate dal server POP. Verificare di essere autenticati nel dominio Kerberos/GSSAPI.", "l10n_tb_gssapi_refused"},
		// gd localMsgs.properties pop3PasswordFailed.
		{"Cha deach facal-faire a' chleachdaiche anna@example.com a chur.", "l10n_tb_login_refused"},
		// en-GB imapEnterServerPasswordPrompt.
		{"Enter your password for anna@example.com on imap.example.com:", "l10n_tb_password_prompt"},
		// zh-CN localMsgs.properties pop3EnterPasswordPromptTitleWithUsername.
		{"请输入 anna@example.com 的密码", "l10n_tb_password_prompt_parts"},
		// en-GB smtpEnterPasswordPromptTitleWithHostname: "Required" holds "red ".
		{"Password Required for Outgoing (SMTP) Server smtp.example.com", "l10n_tb_password_prompt"},
		// ko smtpEnterPasswordPromptTitleWithHostname.
		{"발신(SMTP) 서버 smtp.example.com에 대한 비밀번호가 필요합니다.", "l10n_tb_smtp_password_prompt"},
	}
	for _, c := range cases {
		v := Text(c.text)
		assert.Equal(t, ClassAuth, v.Class, c.text)
		assert.Equal(t, c.rule, v.Rule, c.text)
	}
	// Look-alikes: a part of a translation without its failure word, a
	// sentence that also names the network, a connection or a recipient, and
	// a server reply Thunderbird quotes.
	lookalikes := []struct {
		text string
		want Class
	}{
		// Roundcube's lt smtpconnerror: the same "nepavyko prisijungti prie serverio" means the connection failed.
		{"SMTP klaida (421): nepavyko prisijungti prie serverio.", ClassTransient},
		// fy-NL: the login to the server, not its failure.
		{"Oanmelden by server imap.example.com", ClassUnknown},
		// A quoted 454 reply decides before the prompt: a temporary failure.
		{"454 4.7.0 Temporary authentication failure. Enter your password for anna@example.com", ClassAuthTemporary},
	}
	for _, c := range lookalikes {
		v := Text(c.text)
		assert.Equal(t, c.want, v.Class, "%s (rule %s)", c.text, v.Rule)
	}
	// Never a refused login: Thunderbird's words beside a network, a
	// connection or a recipient (whatever else may decide them).
	for _, text := range []string{
		"Das Kerberos/GSSAPI-Ticket wurde vom IMAP-Server nicht akzeptiert: Netzwerk nicht erreichbar",
		"Introduzca su contraseña para anna@example.com: error de red ",
		"请输入收件人 anna@example.com 的密码",
		"Oanmelden by server imap.example.com mislearre: gjin ferbining (verbinding)",
		"Password Required for Outgoing (SMTP) Server smtp.example.com: connection timed out",
	} {
		v := Text(text)
		assert.NotEqual(t, ClassAuth, v.Class, "%s (rule %s)", text, v.Rule)
	}
}
