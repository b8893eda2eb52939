package classify

import (
	"testing"
)

// Round 34's families (testdata/heldout/README.md): the round's own texts,
// other wordings of each family, and look-alikes each family must leave
// alone.
func TestRound34Families(t *testing.T) {
	assertTextRules(t, []textCase{
		// A refused login in other languages and mail apps.
		{"アカウント名またはパスワードを確認できません", ClassAuth, "credentials_rejected"},
		{"Exchangeのパスワードが違います", ClassAuth, "credentials_rejected"},
		{"Niepoprawny login lub hasło", ClassAuth, "credentials_rejected"},
		{"Login oder Passwort stimmen nicht", ClassAuth, "credentials_rejected"},
		{"Ihre E-Mail-Zugangsdaten sind falsch. Bitte kontaktieren Sie Ihren Administrator", ClassAuth, "credentials_rejected"},
		{"Nieprawidłowe dane dostępowe do konta email. Proszę skontaktuj się ze swoim administratorem.", ClassAuth, "credentials_rejected"},
		{"Suas credenciais de email estão erradas. Favor contactar seu administrador", ClassAuth, "credentials_rejected"},
		// Windows Mail's "account settings are out of date" and iOS's
		// password prompt, in other languages.
		{"La configuración de la cuenta está desactualizada", ClassAuth, "client_dialog_password"},
		{"Ihre Kontoeinstellungen sind veraltet", ClassAuth, "client_dialog_password"},
		{"iCloudアカウントの設定が最新ではありません", ClassAuth, "client_dialog_password"},
		{"Exchangeパスワードを入力してください", ClassAuth, "client_dialog_password"},
		// Too many login attempts, in Japanese.
		{"102, 0, 認証/ログインの試行回数が超過しました。終了しています", ClassAuthTemporary, "too_many_login_attempts"},
		// A product asking to disconnect and reconnect the mailbox whose grant
		// it lost (Invoice Ninja's translations).
		{"Ihre GMail-Anmeldedaten sind nicht korrekt. Bitte melden Sie sich im Administratorportal an und navigieren Sie zu Einstellungen > Benutzerdetails und trennen Sie Ihr GMail-Konto und verbinden Sie es erneut.", ClassRevoked, "product_disconnected"},
		{"Uw GMail-referenties zijn niet correct. Meld u aan bij de beheerdersportal en navigeer naar Instellingen > Gebruikersgegevens en koppel uw Gmail-account los en maak opnieuw verbinding.", ClassRevoked, "product_disconnected"},
		{"Twoje dane do logowania do konta GMail są nieprawidłowe. Zaloguj się na konto administratora portalu i przejdź kolejno do: Ustawienia -> Szczegóły użytkownika, a następnie odłącz i ponownie podłącz swoje konto GMail.", ClassRevoked, "product_disconnected"},
		// Cloud mail APIs: the key refused, against the request's setup.
		{"Invalid secretKey.", ClassAuth, "cloud_key_refused"},
		{"유효하지 않은 secretKey입니다.", ClassAuth, "cloud_key_refused"},
		{"Not exist appKey.", ClassAuth, "cloud_key_refused"},
		{"[TencentCloudSDKException] code:AuthFailure.SecretIdNotFound message:The SecretId is not found", ClassAuth, "cloud_key_refused"},
		{"AuthFailure.SignatureFailure", ClassAuth, "cloud_key_refused"},
		{"InvalidAccessKeyId.NotFound: Specified access key is not found.", ClassAuth, "cloud_key_refused"},
		{"AuthFailure.SignatureExpire", ClassConfig, "cloud_request_setup"},
		{"Specified signature is not matched with our calculation", ClassConfig, "cloud_request_setup"},
		// Relays' accounts, credits and requests.
		{"Service is temporarily blocked.", ClassBlocked, "account_blocked"},
		{"서비스가 일시적으로 차단되었습니다.", ClassBlocked, "account_blocked"},
		{"This account is expired", ClassBlocked, "relay_account_held"},
		{"This APP has been disabled", ClassAdmin, "server_account_not_authorized"},
		{"User not authorized to operate on the specified resource.", ClassAdmin, "server_account_not_authorized"},
		{"The specified user does not exist. Please contact your master account to activate the Direct Mail service.", ClassAdmin, "server_account_not_authorized"},
		{"550 Message was rejected, messages quota reached. Please retry later after recharge account", ClassRateLimited, "relay_credits_exhausted"},
		{"550 5.1.1 The campaign does not exist", ClassConfig, "relay_request_invalid"},
		{"The specified mailAddress does not exist.", ClassConfig, "relay_request_invalid"},
		{"550 Message was received but it could not be queued ...", ClassTransient, "server_internal_error"},
		{"The request processing has failed due to some unknown error, exception or failure.", ClassTransient, "server_internal_error"},
		// A product's own connection settings and setup checks (HubSpot's
		// connected inbox, Zendesk's forwarding and SPF, Axelor).
		{"IMAP設定が正しくありません", ClassConfig, "setup_words"},
		{"Paramètres SMTP incorrects", ClassConfig, "setup_words"},
		{"IMAP-instellingen onjuist", ClassConfig, "setup_words"},
		{"Boîte de réception ou calendrier Office 365 introuvable", ClassConfig, "setup_words"},
		{"Exchange URLが無効", ClassConfig, "setup_words"},
		{"転送確認に失敗しました", ClassConfig, "setup_words"},
		{"SPFにZendesk Supportが含まれていません", ClassConfig, "setup_words"},
		{"Your SPF record does not include Zendesk Support", ClassConfig, "setup_words"},
		{"Impossible de contacter le serveur. Merci de vérifier l'hôte, le port et le SSL/TLS", ClassConfig, "setup_words"},
		{"[利用不可]: メールボックスで API アクセスが有効になっていません", ClassAdmin, "imap_disabled_by_admin"},
		// Relaying refused in Outlook's Japanese words; a gateway's relay deny.
		{"Server Response: '550 <someone@example.com> ....リレー拒否\"、ポート: 25、エラー番号: 0x800CCC79。", ClassConfig, "relay_denied"},
		{"SMTP error, RCPT TO: 550 Relay Deny", ClassConfig, "relay_denied"},
		// Bounce reasons in a product's Japanese, German and Spanish words.
		{"このメールアドレスは存在しないため、メールをお届けすることができません。", ClassRecipient, "recipient_suppressed_or_malformed"},
		{"Eine frühere E-Mail an den Empfänger wurde als Spam gekennzeichnet", ClassRecipient, "recipient_suppressed_or_malformed"},
		{"Dirección de correo no válida", ClassRecipient, "recipient_suppressed_or_malformed"},
		{"により添付ファイルが拒否されたため、メールを正常にお届けすることができませんでした。", ClassRejected, "message_rejected"},
		{"550 Requested mail action not taken: Fake sender", ClassRejected, "message_rejected"},
		{"remote ip is forbidden", ClassRejected, "blocklisted"},
		// Limits, the network, a delayed queue, a certificate.
		{"The number of sessions exceeds the maximum", ClassRateLimited, "rate_limited"},
		{"E-Mail-Kontingent überschritten.", ClassRateLimited, "rate_limited"},
		{"Keine Verbindung zum Empfangsserver-Server (IMAP).", ClassTransient, "lang_connection_failed"},
		{"Pas de connexion au serveur SMTP.", ClassTransient, "lang_connection_failed"},
		{"Warning--Could not send mail for past 2.5 hours", ClassTransient, "temporary_wording"},
		{"Imposible verificar la identidad del servidor", ClassConfig, "tls_certificate"},
	})
	// The same meanings in other sentences, read by the word families of
	// l10n_words.go: "incorrect" (pl niepoprawn), "do not match" (de),
	// "wrong" (pt errad), "cannot be verified" and "is wrong" (ja).
	assertTextRules(t, []textCase{
		{"Nazwa użytkownika lub hasło jest niepoprawne", ClassAuth, "l10n_words_refused_login"},
		{"Benutzername und Passwort stimmen nicht überein", ClassAuth, "l10n_words_refused_login"},
		{"A senha está errada", ClassAuth, "l10n_words_refused_login"},
		{"ユーザー名とパスワードを確認できません", ClassAuth, "l10n_words_refused_login"},
		{"パスワードが違います", ClassAuth, "l10n_words_refused_login"},
	})
	// Look-alikes: Postfix's block-list refusal begins "Service unavailable"
	// but is no pause; a product's own sign-in form is no mailbox; a server
	// that is only temporarily unavailable is not blocked.
	assertTextClasses(t, map[string]Class{
		"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked you may be infected": ClassRejected,
		"421 4.3.2 Service not available, closing transmission channel":                      ClassTransient,
		"有効なメールアドレスとパスワードを入力してください。":                                                         ClassConfig,
	})
	assertNotClasses(t, []string{
		"The service is temporarily unavailable. Please try again later.",
		// A product's own sign-in in Polish: Discourse's and Znuny's.
		"Niepoprawna nazwa użytkownika, email lub hasło",
		"Aktualne hasło jest niepoprawne. Spróbuj jeszcze raz!",
	}, ClassBlocked, ClassAuth, ClassRevoked)
}
