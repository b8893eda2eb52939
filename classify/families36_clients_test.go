package classify

import (
	"testing"
)

// Round 36's mail clients (round36_clients.go): for each key a missed row
// held, the round's text and translations of the same key in locales the
// round does not hold, and look-alikes that must not read as a refused or
// revoked login.
func TestRound36ClientsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Modest: SMTP password / user name not stored (round: sv_SE).
		{"SMTP-lösenordet inte angivet. Redigera alternativen för postlådan %s och ange lösenordet för servern %s.", ClassConfig, "mailclients_credentials_not_stored"},
		{"SMTP-användarnamnet inte angivet. Redigera alternativen för kontot %s och ange lösenordet för servern %s.", ClassConfig, "mailclients_credentials_not_stored"},
		{"SMTP password not defined. Edit e-mail account options for account work and enter password for server smtp.example.com.", ClassConfig, ""},
		{"SMTP user name not defined. Edit e-mail account options for account work and enter password for server smtp.example.com.", ClassConfig, ""},
		// Kube "No credentials available." (round: fr).
		{"Pas d'identifiants disponibles.", ClassConfig, "mailclients_credentials_not_stored"},
		{"Keine Anmeldungsdaten verfügbar.", ClassConfig, "mailclients_credentials_not_stored"},
		{"인증 정보를 사용할 수 없습니다.", ClassConfig, "mailclients_credentials_not_stored"},
		{"没有可用的凭据。", ClassConfig, "mailclients_credentials_not_stored"},
		{"Ingen behörighetsinformation tillgänglig.", ClassConfig, "mailclients_credentials_not_stored"},
		// Kube "Failed to login" (round: de).
		{"Das Anmelden ist fehlgeschlagen", ClassAuth, "mailclients_login_refused"},
		{"Misslyckades logga in", ClassAuth, "mailclients_login_refused"},
		{"Не удалось войти на сервер", ClassAuth, "mailclients_login_refused"},
		{"Ha fallat en iniciar la sessió", ClassAuth, "mailclients_login_refused"},
		{"Nie udało się zalogować", ClassAuth, "mailclients_login_refused"},
		// meli (English only).
		{"Could not connect. Server replied with '{}'", ClassAuth, "mailclients_login_refused"},
		{"Could not connect. Server replied with 'A2 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)'", ClassAuth, ""},
		{"Could not connect to {}: OAUTH2 is enabled but server did not return AUTH=XOAUTH2 capability. Returned capabilities were: {}", ClassConfig, "meli_connection_setup"},
		{"Could not initiate STARTTLS negotiation to {path}.", ClassConfig, "meli_connection_setup"},
		{"Could not initiate STARTTLS negotiation to imap.example.com:143.", ClassConfig, "meli_connection_setup"},
		{"Could not connect to JMAP server endpoint for {}. Is your server url setting correct? (i.e. \"jmap.mailserver.org\") (Note: only session resource discovery via /.well-known/jmap is supported. DNS SRV records are not supported)", ClassConfig, "meli_connection_setup"},
		{"Could not lookup address {host}:{port}", ClassConfig, "meli_connection_setup"},
		{"Could not lookup address imap.example.com:993", ClassConfig, "meli_connection_setup"},
		{"The server rejected your authentication credentials because it expects authentication with a Bearer token instead of a password. Check your provider's client connection documentation. Note that to use Bearer token authentication, you must explicitly set `use_token=true` in the account's configuration.", ClassConfig, "meli_connection_setup"},
		{"The server rejected your authentication credentials because it expects authentication with a username and password but `use_token` is set to `true`. Try setting it to `false`.", ClassConfig, "meli_connection_setup"},
		// EAS-4-TbSync status 126 (round: de) and 129 (round: fr).
		{"Benutzer für Synchronisation deaktiviert", ClassAdmin, "eas4tbsync_sync_blocked_by_admin"},
		{"user is disabled for sync", ClassAdmin, "eas4tbsync_sync_blocked_by_admin"},
		{"ユーザーは同期が無効になっています", ClassAdmin, "eas4tbsync_sync_blocked_by_admin"},
		{"пользователь отключён для синхронизации", ClassAdmin, "eas4tbsync_sync_blocked_by_admin"},
		{"l’appareil est bloqué pour cet utilisateur", ClassAdmin, "eas4tbsync_sync_blocked_by_admin"},
		{"device is blocked for this user", ClassAdmin, "eas4tbsync_sync_blocked_by_admin"},
		{"urządzenie zablokowane dla tego użytkownika", ClassAdmin, "eas4tbsync_sync_blocked_by_admin"},
		{"enheten är blockerad för den här användaren", ClassAdmin, "eas4tbsync_sync_blocked_by_admin"},
		// EAS-4-TbSync retries exhausted (round: sv) and discovery unreachable (round: ko).
		{"Nätverksåterförsök uttömda - servern svarade inte", ClassTransient, "mailclients_connect_failed"},
		{"Network retries exhausted - server did not respond", ClassTransient, "mailclients_connect_failed"},
		{"Сетевые повторы исчерпаны - сервер не ответил", ClassTransient, "mailclients_connect_failed"},
		{"검색 엔드포인트에 연결할 수 없습니다. 인터넷 연결을 확인하세요.", ClassTransient, "mailclients_connect_failed"},
		{"Could not reach the discovery endpoints. Check your internet connection.", ClassTransient, "mailclients_connect_failed"},
		{"Impossibile raggiungere gli endpoint di rilevamento. Controlla la connessione a Internet.", ClassTransient, "mailclients_connect_failed"},
		// gnome-gmail OAuth timeout (round: fr).
		{"L'authentification OAuth expiré", ClassTransient, "mailclients_connect_failed"},
		{"Autenticazione OAuth scaduta", ClassTransient, "mailclients_connect_failed"},
		{"Przekroczono czas oczekiwania podczas uwierzytelniania OAuth", ClassTransient, "mailclients_connect_failed"},
		{"Вышло время для аутентификации OAuth", ClassTransient, "mailclients_connect_failed"},
		// pimalaya email-lib (English only).
		{"cannot connect to IMAP server {1}:{2} using STARTTLS", ClassTransient, "mailclients_connect_failed"},
		{"cannot connect to IMAP server imap.example.com:993 using SSL/TLS", ClassTransient, "mailclients_connect_failed"},
		{"cannot get imap password: password is empty", ClassConfig, "mailclients_credentials_not_stored"},
		{"cannot get smtp password: password is empty", ClassConfig, "mailclients_credentials_not_stored"},
		{"XOAuth2 authentication not supported (available: {0:?})", ClassConfig, "meli_connection_setup"},
		{"OAuthBearer authentication not supported (available: {Plain, Login})", ClassConfig, "meli_connection_setup"},
		// Mail Notification (round: sv, cs, pt_BR, pl).
		{"servern saknar stöd för in-band SSL/TLS", ClassConfig, "mailnotif_session_setup"},
		{"Der Server unterstützt kein band-internes SSL/TLS", ClassConfig, "mailnotif_session_setup"},
		{"サーバーがin-band SSL/TLSをサポートしていません", ClassConfig, "mailnotif_session_setup"},
		{"server nepodporuje přihlášení APOP", ClassConfig, "mailnotif_session_setup"},
		{"le serveur ne supporte pas l'authentification APOP", ClassConfig, "mailnotif_session_setup"},
		{"servern saknar stöd för APOP-autentisering", ClassConfig, "mailnotif_session_setup"},
		{"impossível resolver %s: %s", ClassConfig, "mailnotif_session_setup"},
		{"kunde inte slå upp pop.example.com: Name or service not known", ClassConfig, ""},
		{"impossible de résoudre imap.example.com : Nom ou service inconnu", ClassConfig, "mailnotif_session_setup"},
		{"niezdoly do spełnienia pertraktacji SSL/TLS: %s", ClassConfig, "mailnotif_session_setup"},
		{"Es konnte kein SSL/TLS-Handshake durchgeführt werden: unknown protocol", ClassConfig, ""},
		{"kunde inte genomföra SSL/TLS-handskakning: %s", ClassConfig, "mailnotif_session_setup"},
	})
	// Look-alikes: settings, mechanisms, timeouts and admin policies whose
	// words sound like a refused or revoked login.
	assertNotClasses(t, []string{
		"SMTP-lösenordet inte angivet. Redigera alternativen för postlådan %s och ange lösenordet för servern %s.",
		"인증 정보를 사용할 수 없습니다.",
		"Credenziali non disponibili.",
		"cannot get imap password: password is empty",
		"The server rejected your authentication credentials because it expects authentication with a Bearer token instead of a password. Check your provider's client connection documentation. Note that to use Bearer token authentication, you must explicitly set `use_token=true` in the account's configuration.",
		"Could not connect to imap.example.com: OAUTH2 is enabled but server did not return AUTH=XOAUTH2 capability. Returned capabilities were: IMAP4rev1 AUTH=PLAIN",
		"XOAuth2 authentication not supported (available: {Plain})",
		"L'authentification OAuth expiré",
		"Autenticazione OAuth scaduta",
		"user is disabled for sync",
		"utente disabilitato per la sincronizzazione",
		"server does not support APOP authentication",
		"Der Server unterstützt eine Authentifizierung per APOP nicht.",
	}, ClassAuth, ClassRevoked)
}
