package classify

import (
	"testing"
)

// Round 36's community-product families (rows "h36c-"): each key a missed
// row holds, in the round's locale and in another locale the product ships
// (WoltLab de/en, Cacti's locales/po); MailPoet, Moodle's eMail Test and
// WireMailSmtp ship their texts in English only and Joomla's German pack in
// de-DE only, so their families are the source text and its filled or
// wrapped forms. Look-alikes must not read as a refused login.
func TestRound36CommunityFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// WoltLab Suite's SMTP test: hostUnknown, notTlsSupport, tlsFailed.
		{"Der Server antwortet nicht.", ClassTransient, "community_smtp_connect_failed"},
		{"The server is not responding.", ClassTransient, "community_smtp_connect_failed"},
		{"The server does not support encryption.", ClassConfig, "community_mail_setup_check"},
		{"Der Server unterstützt keine Verschlüsselung.", ClassConfig, "community_mail_setup_check"},
		{"Der Aufbau einer verschlüsselten Verbindung war nicht möglich.", ClassConfig, "community_mail_setup_check"},
		{"Unable to establish a secure connection.", ClassConfig, "community_mail_setup_check"},
		// Joomla's German PHPMailer strings (de-DE, the pack's only locale).
		{"TLS konnte nicht gestartet werden", ClassConfig, "community_mail_setup_check"},
		// The markup reads as a line end: Nextcloud's "Verbindung fehlgeschlagen" (same meaning).
		{"SMTP-Verbindung <strong>fehlgeschlagen</strong>", ClassTransient, "l10n_nextcloud_unreachable"},
		{"SMTP-Fehler! Die folgenden Empfänger sind nicht korrekt: ", ClassRecipient, "joomla_phpmailer_recipients_failed"},
		{"SMTP-Fehler! Die folgenden Empfänger sind nicht korrekt: max@example.de", ClassRecipient, "joomla_phpmailer_recipients_failed"},
		// Cacti's "Authentication failed: %s" (el-GR; the other locales were
		// already read) and "Connect failed: %s" in the round's and other
		// locales.
		{"Ο έλεγχος ταυτότητας απέτυχε: %s", ClassAuth, "cacti_smtp_auth_failed"},
		{"Ο έλεγχος ταυτότητας απέτυχε: ", ClassAuth, "cacti_smtp_auth_failed"},
		{"Falló conexión: %s", ClassTransient, "community_smtp_connect_failed"},
		{"Połączenie nieudane: %s", ClassTransient, "community_smtp_connect_failed"},
		{"Неуспешно сввързавне към: %s", ClassTransient, "community_smtp_connect_failed"},
		{"Η σύνδεση απέτυχε: %s", ClassTransient, "community_smtp_connect_failed"},
		{"Echec de la connexion : %s", ClassTransient, "community_smtp_connect_failed"},
		{"החיבור נכשל: %s", ClassTransient, "community_smtp_connect_failed"},
		{"接続失敗：％s", ClassTransient, "community_smtp_connect_failed"},
		{"Neizdevās izveidot savienojumu: %s", ClassTransient, "community_smtp_connect_failed"},
		{"Mislukte verbindingen: %s", ClassTransient, "community_smtp_connect_failed"},
		{"Conexão falhou: %s", ClassTransient, "community_smtp_connect_failed"},
		{"連接失敗：％s", ClassTransient, "community_smtp_connect_failed"},
		// MailPoet (English source; translations live outside the repository).
		{"Your key to send with MailPoet is invalid.", ClassAuth, "mailpoet_sending_key_invalid"},
		{"<p>Your key to send with MailPoet is invalid.</p>", ClassAuth, "mailpoet_sending_key_invalid"},
		{"You have sent more emails this month than your MailPoet plan includes, and sending has been temporarily paused. To continue sending with MailPoet Sending Service please [link]upgrade your plan[/link], or wait until sending is automatically resumed on %1$s.", ClassRateLimited, "mailpoet_monthly_quota_paused"},
		{"You have sent more emails this month than your MailPoet plan includes (5,000), and sending has been temporarily paused. To continue sending with MailPoet Sending Service please upgrade your plan, or wait until sending is automatically resumed on March 1, 2026.", ClassRateLimited, "mailpoet_monthly_quota_paused"},
		{"Key is valid, but the action is forbidden.", ClassBlocked, "mailpoet_key_action_forbidden"},
		{"The email address is not authorized.", ClassConfig, "community_mail_setup_check"},
		{"You cannot use a free email address. Please use an address from your website’s domain, for example.", ClassConfig, "community_mail_setup_check"},
		{"Email violates Sender Domain requirements. Please authenticate the sender domain.", ClassRejected, "mailpoet_sender_domain_unauthenticated"},
		// Moodle's eMail Test (lang/en only), with the placeholders filled.
		{"Server port 587 is closed. Did you specify the correct :port number?", ClassConfig, "community_mail_setup_check"},
		{"DNS lookup failed. Ensure that '<strong>smtp.example.org</strong>' resolves to the address of a mail server.", ClassConfig, "community_mail_setup_check"},
		{"You may have a mismatch between the protocol 'tls' and the port '465'.", ClassConfig, "community_mail_setup_check"},
		{"<li>The FROM mailbox was not found, is not accessible, or was rejected for policy reasons. Make sure that both the TO and FROM email addresses are valid and exist and that the 'no-reply' address is a real mailbox that exists on your mail server.</li>", ClassConfig, "community_mail_setup_check"},
		// WireMailSmtp's bundled smtp class (English literals).
		{"server does not support starting TLS", ClassConfig, "community_mail_setup_check"},
		{"server does not require authentication, it probably requires starting TLS", ClassConfig, "community_mail_setup_check"},
		{"missing SMTP user name and / or missing SMTP password", ClassConfig, "community_mail_setup_check"},
		{"it is not supported any of the authentication mechanisms required by the server", ClassConfig, "community_mail_setup_check"},
		// Look-alikes the connect phrases must leave to the login rules.
		{"Η σύνδεση απέτυχε. Παρακαλούμε επαληθεύστε τα διαπιστευτήριά σας και προσπαθήστε ξανά.", ClassAuth, ""},
		{"Λάθος όνομα ή συνθηματικό χρήστη. Η σύνδεση απέτυχε.", ClassAuth, ""},
	})
	assertNotClasses(t, []string{
		"server does not require authentication",
		"server does not require authentication, it probably requires starting TLS",
		"missing SMTP user name and / or missing SMTP password",
		"it is not supported any of the authentication mechanisms required by the server",
		"Email violates Sender Domain requirements. Please authenticate the sender domain.",
		"The email address is not authorized.",
		"Key is valid, but the action is forbidden.",
		"SMTP-Verbindung <strong>fehlgeschlagen</strong>",
		"Η σύνδεση απέτυχε: ",
		"Echec de la connexion : ",
		"Echec de la connexion : identifiant ou mot de passe invalide",
		"Der Server antwortet nicht.",
		"The FROM mailbox was not found, is not accessible, or was rejected for policy reasons.",
	}, ClassAuth, ClassRevoked)
}
