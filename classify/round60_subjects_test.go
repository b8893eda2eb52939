package classify

import "testing"

// Held-out round 60's false reconnects as families, on composed texts (none
// is a held-out text): a refusal that names a non-mail service and nothing
// about mail is that service's (other_service_login), while the same tools'
// mail keeps its reading; a product's own session and one-time codes in other
// languages are no refused mailbox login.
func TestRound60Subjects(t *testing.T) {
	assertTextRules(t, []textCase{
		{"doctl: unable to authenticate: check your DigitalOcean access token", ClassConfig, "other_service_login"},
		{"Vercel: authentication failed, please log in again with vercel login", ClassConfig, "other_service_login"},
		{"Cloudflare API: Authentication error, check the API token", ClassConfig, "other_service_login"},
		{"terraform: error configuring provider: 401 Unauthorized: invalid credentials for the Hetzner API", ClassConfig, "other_service_login"},
		{"Salesforce: INVALID_LOGIN: Invalid username, password, security token; or user locked out.", ClassConfig, "other_service_login"},
		{"Radicale: Login failed for user bob: wrong password", ClassConfig, "other_service_login"},
		{"Jenkins: Invalid password/token for user: admin", ClassConfig, "other_service_login"},
		// The same tools' mail keeps its reading.
		{"Jenkins: failed to send email notification: 535 5.7.8 Username and Password not accepted", ClassAuth, ""},
		{"Grafana alerting: SMTP authentication failed for smtp.office365.com: invalid credentials", ClassAuth, ""},
		{"Sentry could not send mail: SMTPAuthenticationError: (535, b'Authentication failed')", ClassAuth, ""},
		{"Zendesk: the support mailbox login was refused by Gmail, reconnect the inbox", ClassRevoked, ""},
		{"Cloudflare Email Routing: SMTP login to the mailbox failed: invalid credentials", ClassAuth, ""},
		// A non-mail product's own mail keeps its reading.
		{"Sentry could not send mail: Authentication failed", ClassAuth, ""},
		{"Jenkins: outgoing mail login rejected: invalid credentials", ClassAuth, ""},
		{"Jenkins: javax.mail.AuthenticationFailedException", ClassAuth, ""},
		{"GitLab: Swift_TransportException: Failed to authenticate", ClassAuth, ""},
		// Mail servers run in containers keep their mail.
		{"docker-mailserver: SASL authentication failed for user@example.com", ClassAuth, ""},
		{"helm chart mailu: authentication failed for admin@example.com", ClassAuth, ""},
		// Google's and Microsoft's grants are the mailbox's too, whatever tool.
		{"BigQuery: invalid_grant: Token has been expired or revoked.", ClassRevoked, ""},
		// A product's own session and one-time code, in other languages.
		{"Sesja wygasła, zaloguj się ponownie. Nieprawidłowy login lub hasło.", ClassUnknown, ""},
		{"セッションの有効期限が切れました。ログインできませんでした。", ClassUnknown, ""},
		{"세션이 만료되었습니다. 로그인 실패", ClassUnknown, ""},
		{"Kod weryfikacyjny nieprawidłowy, logowanie nie powiodło się", ClassUnknown, ""},
		// "Invalid credentials" beside a word for mail, in other languages; the
		// same words with no mail are anyone's.
		{"邮箱账户验证失败：凭据无效", ClassAuth, ""},
		{"邮件账户保存失败，凭证无效", ClassAuth, "l10n_words_credentials_invalid"},
		{"E-mailaccount kon niet worden verbonden: ongeldige inloggegevens", ClassAuth, "l10n_words_credentials_invalid"},
		{"E-posta hesabına bağlanılamadı: geçersiz kimlik bilgileri", ClassAuth, "l10n_words_credentials_invalid"},
		{"Sähköpostitilin virheelliset kirjautumistiedot", ClassAuth, "l10n_words_credentials_invalid"},
		{"Érvénytelen hitelesítő adatok a Zendesk importhoz", ClassUnknown, ""},
		// A mailbox's refused login in the same languages keeps its reading.
		{"Anmeldung fehlgeschlagen: Benutzername oder Passwort falsch", ClassAuth, ""},
		{"Nieprawidłowy login lub hasło do skrzynki pocztowej", ClassAuth, ""},
	})
	// A mail server's reply code keeps a reply the mailbox's, whatever host
	// name it carries.
	assertReplyRules(t, []replyCase{
		{535, "", "Authentication failed for jenkins@example.org", ClassAuth, ""},
	})
	// The same refusals inside a mail-sending product's log lines.
	for _, s := range []string{
		"mailer: send message 42: hcloud: token refused, authentication failed",
		"2024-05-01 12:34:56,789 ERROR [mailer] Cloudflare API: Authentication error, check the API token",
	} {
		if v := Text(s); v.NeedsReconnect {
			t.Errorf("%q read as a reconnect (%s, rule %s)", s, v.Class, v.Rule)
		}
	}
}
