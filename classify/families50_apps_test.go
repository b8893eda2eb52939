package classify

import (
	"testing"
)

// Round 50's self-hosted servers and platforms (round50_apps.go): their own
// mail-settings sentences, the siblings of the same code or locale file, and
// look-alikes that must keep their reading.
func TestRound50AppsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Seahub: the share-link and upload-link mailers when
		// IS_EMAIL_CONFIGURED is false (English source string).
		{"Sending shared link failed. Email service is not properly configured, please contact administrator", ClassConfig, "apps_mail_settings_sentence"},
		{"403 Sending shared link failed. Email service is not properly configured, please contact administrator.", ClassConfig, "apps_mail_settings_sentence"},
		// Nextcloud's older test-mail refusal (the "user email" wording), en,
		// de, fr, it; the later "account email" wording is adminpanels'.
		{"You need to set your user email before being able to send test emails.", ClassConfig, "apps_mail_settings_sentence"},
		{"You need to set your user email before being able to send test emails. Go to https://cloud.example.com/settings/user for that.", ClassConfig, "apps_mail_settings_sentence"},
		{"Du musst Deine Benutzer-E-Mail-Adresse angeben, bevor Du Test-E-Mails versenden kannst.", ClassConfig, "apps_mail_settings_sentence"},
		{"Vous devez définir votre e-mail utilisateur avant de tester l'envoi d'e-mail. Aller à https://cloud.example.com/settings/user pour cela.", ClassConfig, "apps_mail_settings_sentence"},
		{"Devi impostare la tua email prima di poter inviare email di prova. Vai in https://cloud.example.com/settings/user per farlo.", ClassConfig, "apps_mail_settings_sentence"},
		{"You need to set your account email before being able to send test emails. Go to https://cloud.example.com/settings/user for that.", ClassConfig, ""},
		// The mail gem's sendmail delivery method with :arguments as a string.
		{"Jobs::HandledExceptionWrapper: Wrapped ArgumentError: :arguments expected to be an Array of individual string args", ClassConfig, "apps_mail_gem_sendmail_arguments"},
		{"ArgumentError (:arguments expected to be an Array of individual string args)", ClassConfig, "apps_mail_gem_sendmail_arguments"},
		// net-imap reading an SMTP server's greeting.
		{`bad response type "ESMTP"`, ClassConfig, "apps_net_imap_smtp_greeting"},
		{`Net::IMAP::InvalidResponseError: bad response type "ESMTP", expected OK or PREAUTH`, ClassConfig, "apps_net_imap_smtp_greeting"},
		// Argo CD notifications (notifications-engine): no such service configured.
		{"textPayload: \"time=\"2022-08-04T18:07:16Z\" level=error msg=\"Failed to notify recipient {email me@myco.com} defined in resource argocd/cd-jenkins: notification service 'email' is not supported\" resource=argocd/cd-jenkins\"", ClassConfig, "apps_notifications_service_missing"},
		{"notification service 'email' is not supported", ClassConfig, "apps_notifications_service_missing"},
		{"service type 'emial' is not supported", ClassConfig, "apps_notifications_service_missing"},
		// Superset's SMTP settings missing from the loaded config (KeyError).
		{"SupersetError(message=\"'SMTP_SSL_SERVER_AUTH'\", error_type=<SupersetErrorType.REPORT_NOTIFICATION_ERROR: 'REPORT_NOTIFICATION_ERROR'>, level=<ErrorLevel.ERROR: 'error'>, extra=None)", ClassConfig, "apps_superset_smtp_key_missing"},
		{"KeyError: 'SMTP_SSL_SERVER_AUTH'", ClassConfig, "apps_superset_smtp_key_missing"},
		{"KeyError: 'SMTP_HOST'", ClassConfig, "apps_superset_smtp_key_missing"},
		{"KeyError: 'SMTP_PORT'", ClassConfig, "apps_superset_smtp_key_missing"},
		{"KeyError: 'SMTP_USER'", ClassConfig, "apps_superset_smtp_key_missing"},
		{"KeyError: 'SMTP_PASSWORD'", ClassConfig, "apps_superset_smtp_key_missing"},
		{"KeyError: 'SMTP_STARTTLS'", ClassConfig, "apps_superset_smtp_key_missing"},
		{"KeyError: 'SMTP_SSL'", ClassConfig, "apps_superset_smtp_key_missing"},
		{"KeyError: 'SMTP_MAIL_FROM'", ClassConfig, "apps_superset_smtp_key_missing"},
		{"SupersetError(message=\"'EMAIL_HEADER_MUTATOR'\", error_type=<SupersetErrorType.REPORT_NOTIFICATION_ERROR: 'REPORT_NOTIFICATION_ERROR'>, level=<ErrorLevel.ERROR: 'error'>, extra=None)", ClassConfig, "apps_superset_smtp_key_missing"},
		// Gitea's mailer with a host and no port (Go's net address split).
		{"gomail: could not send email 1: address localhost: missing port in address", ClassConfig, "apps_mailer_address_malformed"},
		{"Failed to send emails [me@example.com]: dial tcp: address smtp.example.com: missing port in address", ClassConfig, "apps_mailer_address_malformed"},
		{"gomail: could not send email 1: address fe80::1:587: too many colons in address", ClassConfig, "apps_mailer_address_malformed"},
		// SwiftMailer (HumHub) dialing an IMAPS/POP3S port for SMTP.
		{"Swift_TransportException: Connection to tcp://mail.mydomain.tld:993 Timed Out in /my/humhub/root/protected/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php:404", ClassConfig, "apps_swift_mailbox_port"},
		{"Swift_TransportException: Connection to tcp://mail.example.com:995 Timed Out", ClassConfig, "apps_swift_mailbox_port"},
		// Twisted (Synapse) could not resolve the configured host.
		{"DNSLookupError: DNS lookup failed: postfix.mail.svc.cluster.local.", ClassConfig, "apps_twisted_dns_lookup"},
		{"twisted.internet.error.DNSLookupError: DNS lookup failed: Couldn't find the hostname 'smtp.example.com'.", ClassConfig, "apps_twisted_dns_lookup"},
		{"twisted.internet.error.DNSLookupError: DNS lookup failed: no results for hostname lookup: smtp.example.com.", ClassConfig, "apps_twisted_dns_lookup"},

		// Look-alikes that keep their reading.
		{"DNSLookupError: DNS lookup failed: address 'smtp.example.com' not found: timeout error.", ClassTransient, ""},
		{"Swift_TransportException: Connection to tcp://smtp.example.com:587 Timed Out", ClassTransient, ""},
		{"Swift_TransportException: Connection to tcp://smtp.example.com:465 Timed Out", ClassTransient, ""},
		{"Error performing ActionMailer::DeliveryJob from Sidekiq(mailers) in 60038.01ms: EOFError (end of file reached):", ClassTransient, ""},
		{"KeyError: 'access_token'", ClassUnknown, ""},
		{"535 5.7.8 Username and Password not accepted. SMTP_PASSWORD was rejected", ClassAuth, ""},
		{"Email service is not properly configured", ClassUnknown, ""},
	})
}
