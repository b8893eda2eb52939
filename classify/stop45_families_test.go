package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Families of earlier rounds' misses, grouped by shared words over every
// held-out round: each reads only texts no other rule recognised.

// STARTTLS or the encryption mode named, and nothing else recognised: a
// setting of the mail account.
func TestMailSecuritySetting(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Notifier: STARTTLS negotiation did not complete on the relay", ClassConfig, "mail_security_setting"},
		{"mailer: server lacks STARTTLS; refusing to send in clear text", ClassConfig, "mail_security_setting"},
		{"Invalid value for smtp_encryption: expected ssl, tls or none", ClassConfig, "mail_security_setting"},
		{"Outgoing server: encryption mode 'auto' is not recognised", ClassConfig, "mail_security_setting"},
		{"Le serveur SMTP ne propose pas STARTTLS.", ClassConfig, "mail_security_setting"},
		// A verdict beside it is read first, or leaves it.
		{"535 5.7.8 Authentication failed after STARTTLS", ClassAuth, ""},
		{"STARTTLS: connection reset by peer", ClassTransient, ""},
		// A GnuPG key is no setting of the mail account.
		{"Could not unlock the encryption key for signing", ClassUnknown, ""},
	})
}

// The product's OAuth client or app named, and no grant: the integrating
// application's own (oauth_setup_unset).
func TestOAuthClientNamed(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Only desktop OAuth clients work with this tool", ClassPlatform, "oauth_setup_unset"},
		{"mailer: the OAuth app's JSON lacks its scopes", ClassPlatform, "oauth_setup_unset"},
		{"Gmail OAuth client for this workspace could not be loaded", ClassPlatform, "oauth_setup_unset"},
		// A grant expired or revoked stays the mailbox's.
		{"OAuth client: the grant was revoked by the user", ClassRevoked, ""},
	})
}

// A sender or account not verified with the provider, a feature or account
// not enabled, a setting that can't be empty: the product's settings.
func TestSettingsVerifiedEnabledEmpty(t *testing.T) {
	assertTextRules(t, []textCase{
		{"The From domain hasn't been verified in your relay dashboard", ClassConfig, "settings_unset"},
		{"Relay: sender is not a verified identity in region eu-west-1", ClassConfig, "settings_unset"},
		{"IMAP fetching not enabled for the support inbox", ClassConfig, "settings_unset"},
		{"Reply-to address can't be empty when replies are on", ClassConfig, "settings_unset"},
		// Mailspring's wording for any 550 5.7.1, and a bare password
		// field (a sign-in form's too), stay unread.
		{"Sending is not enabled for this account.", ClassUnknown, ""},
		{"password can't be empty", ClassUnknown, ""},
		// The product's own two-factor sign-in is no setting of the mail
		// account.
		{"2FA not enabled for this admin", ClassUnknown, ""},
	})
}

// An address to send to that is not valid, or a contact without one: the
// recipient. A form's bare field, the sender's address and a sign-in stay
// out.
func TestRecipientAddressInvalid(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Skipped: recipient jane@@example.org is not a valid email address", ClassRecipient, "recipient_address_invalid"},
		{"Cannot send to contact #12: invalid email address 'bob@'", ClassRecipient, "recipient_address_invalid"},
		{"This customer has no email address on file", ClassRecipient, "recipient_address_invalid"},
		{"El contacto no tiene email registrado", ClassRecipient, "recipient_address_invalid"},
		// Not the recipient's.
		{"Invalid email address", ClassUnknown, ""},
		{"From: not a valid email address", ClassUnknown, ""},
		{"Invalid email address or password", ClassAuth, ""},
	})
}

// OAuth reads last what nothing else recognised, as Text does: the
// product's redirect state and OAuth client, its settings.
func TestOAuthReadsSettingsLast(t *testing.T) {
	for _, c := range []struct {
		g     Grant
		text  string
		class Class
		rule  string
	}{
		{GrantAuthorizationCode, "OAuth state mismatch on return from the provider", ClassPlatform, "oauth_state_failed"},
		{GrantAuthorizationCode, "Web OAuth clients are rejected here: download a desktop client file", ClassPlatform, "oauth_setup_unset"},
		{GrantRefresh, "Refresh skipped: the tenant setting is not configured", ClassConfig, "settings_unset"},
	} {
		v := OAuth(c.g, 0, "", c.text)
		assert.Equal(t, c.class, v.Class, c.text)
		assert.Equal(t, c.rule, v.Rule, c.text)
	}
}

// The product's OAuth redirect URI or callback named: its OAuth client's
// registration, the integrating application's own.
func TestOAuthRedirectUnset(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Sign-in window: the redirect URI for this add-on points at a closed port", ClassPlatform, "oauth_redirect_unset"},
		{"Entra: reply URL not registered for app 4f1c", ClassPlatform, "oauth_redirect_unset"},
		{"mailer: the OAuth callback could not be served on localhost", ClassPlatform, "oauth_redirect_unset"},
		// A grant that expired stays the mailbox's to reconnect.
		{"Gmail token expired, open the redirect URL to sign in again", ClassRevoked, ""},
	})
}

// An OAuth authorization code named with a word of its failing: the
// integrating product's own exchange.
func TestOAuthCodeNamed(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Sign-in: the authorization code had expired before we used it", ClassPlatform, "oauth_code_invalid"},
		{"The provider rejected the authorization code we sent", ClassPlatform, "oauth_code_invalid"},
		{"Код авторизации недействителен, начните вход заново", ClassPlatform, "oauth_code_invalid"},
		// A two-factor code, and a Chinese provider's authorization code for
		// SMTP (an app password), are not the OAuth flow's.
		{"Your 2FA authorization code is invalid", ClassUnknown, ""},
		{"SMTP authorization code invalid", ClassAuth, ""},
	})
}

// Portuguese " rede" (network) read the start of English and Portuguese
// words that are no network ("redemption", "redefinir").
func TestRedeIsNoRedemption(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Coupon redemption failed for this account", ClassUnknown, ""},
		{"Não foi possível redefinir a senha: link inválido", ClassUnknown, ""},
		// The network still reads as one.
		{"Erro de rede ao enviar o e-mail", ClassTransient, "l10n_words_connection"},
	})
}

// The mail-account words a translated prompt needs beside it hold
// Portuguese "conta", Finnish "tili" and Italian "posta" as words:
// "contact", "contain", French "utilisateur" and Portuguese "resposta" name
// no mail account.
func TestMailWordsAsWords(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Veuillez réautoriser l'accès pour continuer. Contactez le support.", ClassUnknown, ""},
		// Italian "posta" (mail) is no Portuguese "resposta" (answer).
		{"Resposta inválida. Por favor, reautorize o acesso.", ClassUnknown, ""},
		{"Per favore, riautorizza l'accesso alla posta.", ClassRevoked, "prompts_reauthorize_l10n"},
		{"Por favor, reautorize o acesso à sua conta do Gmail.", ClassRevoked, "prompts_reauthorize_l10n"},
	})
}

// A short brand of another service is not read inside the words of other
// languages or of exception names (otherSubjectFalseFriends), and still is
// after a quote: a refused mailbox login
// in Italian that names the domain ("dominio"), in a .NET WebException or
// beside the word "complex" stays one.
func TestOtherSubjectsAsWords(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Autenticazione fallita: password errata per l'utente del dominio", ClassAuth, ""},
		{"WebException: invalid credentials", ClassAuth, ""},
		{"Login failed (complex setup): invalid credentials", ClassAuth, ""},
		// The services themselves still read as other subjects.
		{"MinIO: invalid credentials for bucket backups", ClassConfig, "other_service_login"},
		{`{"error":"MinIO: invalid credentials for bucket backups"}`, ClassConfig, "other_service_login"},
		{"Plex login failed: invalid password", ClassConfig, "other_service_login"},
	})
}

// A provider's own host, spelled right, that did not resolve is the name
// server's trouble; a misspelt, quoted or address-shaped host is the
// settings'.
func TestDNSProviderHost(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Token refresh: getaddrinfo ENOTFOUND oauth2.googleapis.com", ClassTransient, "dns_provider_host"},
		{"java.net.UnknownHostException: imap.mail.yahoo.com", ClassTransient, "dns_provider_host"},
		{"dial tcp: lookup smtp.office365.com: no such host", ClassTransient, "dns_provider_host"},
		// A big provider's name misspelt reads as the mistyped host since round 122.
		{"getaddrinfo ENOTFOUND smtp.gmial.com", ClassConfig, "mail_host_mistyped"},
		{"getaddrinfo ENOTFOUND smtp.mailhost.test", ClassConfig, "dns_not_found"},
		{"dial tcp: lookup alice@gmail.com: no such host", ClassConfig, "dns_not_found"},
	})
}

// Thai "disabled" (ปิดใช้) is read only as "is disabled" (ถูกปิดใช้): it is
// also the end of "enable" (เปิดใช้), which a refused login may ask for.
func TestThaiEnableIsNoDisable(t *testing.T) {
	assertTextRules(t, []textCase{
		{"การเข้าสู่ระบบถูกปฏิเสธ โปรดเปิดใช้งานการเข้าถึงของแอป", ClassAuth, "l10n_words_refused_login"},
		// An account that is disabled keeps the refused-login rule off.
		{"การเข้าสู่ระบบถูกปฏิเสธ บัญชีถูกปิดใช้งาน", ClassBlocked, ""},
	})
}

// The refused-login words' exclusions read SSL and Uzbek "ulana" as words:
// Swedish "misslyckades" (failed) and Turkish "doğrulanamadı" (could not
// be verified) are no SSL error or connection.
func TestRefusedLoginExclusionsAsWords(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Inloggning nekad: lösenordet är felaktigt, åtkomsten misslyckades", ClassAuth, "l10n_words_refused_login"},
		{"Lösenord felaktigt – synkroniseringen misslyckades", ClassAuth, "l10n_words_refused_login"},
		{"Parola doğrulanamadı, giriş reddedildi", ClassAuth, "l10n_words_refused_login"},
		// An SSL error beside the refusal keeps the rule off.
		{"Inloggning nekad: SSL-fel", ClassUnknown, ""},
	})
}

// Basque "sarea" and Slovak "sieť" (network) are read as words: they are
// the ends of Romanian "accesarea" (the access) and Slovak "musieť" (must),
// which refused logins say.
func TestBasqueNetworkIsNoRomanianAccess(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Accesarea contului de e-mail a eșuat: parola este greșită", ClassAuth, "l10n_words_refused_login"},
		// The Basque network still reads as one.
		{"Ezin da zerbitzarira konektatu: sarea ez dago erabilgarri", ClassTransient, "l10n_words_connection"},
		// Slovak "sieť" (network) likewise: it is the end of "musieť" (must).
		{"Prihlásenie zlyhalo: nesprávne heslo, budete ho musieť zadať znova", ClassAuth, "l10n_words_refused_login"},
		{"Sieť nie je dostupná", ClassTransient, "l10n_words_connection"},
	})
}

// Indonesian "salah" (wrong) and Catalan "correu" (mail) are read as
// words: "kesalahan" (an error) is no refused login (but "kesalahan kata
// sandi", a password error, is), and Portuguese "ocorreu" (occurred) names
// no mail account.
func TestIndonesianWrongIsNoError(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Terjadi kesalahan saat login ke server email", ClassUnknown, ""},
		{"Login gagal: kata sandi salah", ClassAuth, "l10n_words_refused_login"},
		// Indonesian "cannot" (tidak dapat) beside the login, as Vietnamese
		// "không thể": a refused login.
		{"Tidak dapat mengautentikasi ke server IMAP", ClassAuth, "l10n_words_refused_login"},
		{"Ocorreu um erro: reautorize o acesso", ClassUnknown, ""},
		{"Torneu a autoritzar l'accés al correu", ClassRevoked, "prompts_reauthorize_l10n"},
	})
}
