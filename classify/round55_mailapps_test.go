package classify

import "testing"

// Round 55's mail apps' own account, login and sending messages
// (round55_mailapps.go): Infomaniak Mail for Android, I2P SusiMail, Nextcloud's
// Google and OneDrive integrations, Moodle's Google Apps block, two Gmail
// notifiers and the Rocket.Chat e-mail bridge. The catalog
// mail_apps_l10n55.jsonl holds each app's messages in every language it
// ships; here are the messages as the apps and their logs compose them, and
// look-alikes from the same apps that must keep another reading.
func TestRound55MailappsFamilies(t *testing.T) {
	assertCatalogClasses(t, "mail_apps_l10n55")

	assertTextRules(t, []textCase{
		// Infomaniak Mail: the mailbox password asked again, sending refusals.
		{"Invalid mailbox password", ClassAuth, "mailapps_mailbox_password"},
		{"ApiError(invalid_mailbox_password): Invalid mailbox password", ClassAuth, "mailapps_mailbox_password"},
		{"Your password has been changed. If you are not the cause, please contact your administrator.\nPlease enter the new password for the email address anna@example.ch", ClassAuth, "mailapps_mailbox_password"},
		{"Veuillez saisir le nouveau mot de passe de l’adresse mail anna@example.ch", ClassAuth, "mailapps_mailbox_password"},
		{"Snackbar: The server is refusing the sender", ClassConfig, "mailapps_app_settings"},
		{"send__server_refused_from: Der Server lehnt den Absender ab", ClassConfig, "mailapps_app_settings"},
		{"send__server_refused_all_recipients: The server is refusing all recipients", ClassRecipient, "mailapps_recipients_refused"},
		{"Le serveur refuse tous les destinataires", ClassRecipient, "mailapps_recipients_refused"},
		{"Servers unavailable", ClassTransient, "mailapps_unavailable"},
		{"Ingen internetforbindelse", ClassTransient, "mailapps_unavailable"},

		// SusiMail: the POP3 login refused, the SMTP server not answering.
		{"Mail server login failed, wrong username or password. Logout and then login again with the correct username and password.", ClassAuth, "mailapps_mailbox_password"},
		{"Échec de connexion au serveur de courriel, nom d'utilisateur ou mot de passe erroné.", ClassAuth, "mailapps_mailbox_password"},
		{"Error sending mail: Il server ha rifiutato la connessione", ClassTransient, "mailapps_unavailable"},
		{"Cannot connect: No response from server", ClassTransient, ""},

		// Nextcloud integrations: the integration's own OAuth client.
		{"Google connection error: Error getting OAuth access token. OAuth access token refused", ClassPlatform, "mailapps_integration_oauth_app"},
		{"Google connection error: Error getting OAuth access token. Missing refresh token in Google response.", ClassPlatform, "mailapps_integration_oauth_app"},
		{"OneDrive OAuth error: Error during OAuth exchanges", ClassPlatform, "mailapps_integration_oauth_app"},
		{"Erreur de connexion Google : Erreur lors de l'obtention du jeton d'accès OAuth.", ClassPlatform, ""},
		{"No Google OAuth app configured. Ask your Nextcloud administrator to configure Google connected accounts admin section.", ClassPlatform, "mailapps_integration_oauth_app"},
		{"Ask your Nextcloud administrator to configure OneDrive OAuth settings in order to use this integration.", ClassPlatform, "mailapps_integration_oauth_app"},

		// Moodle, the notifier and the e-mail bridge: the Gmail grant is gone.
		{"Authorize access to Gmail to view your unread messages here.", ClassRevoked, "mailapps_mailbox_grant_missing"},
		{"Autorisez l'accès à Gmail pour afficher vos messages non lus ici.", ClassRevoked, "mailapps_mailbox_grant_missing"},
		{"There is no active Google Mail Account, please login to your Google-Account and try again.", ClassRevoked, "mailapps_mailbox_grant_missing"},
		{"<strong>Brak aktywnych kont Google Mail</strong>, <br/><a href='http://mail.google.com'>zaloguj się</a> na swoje konto Google, po czym spróbuj ponownie.", ClassRevoked, "mailapps_mailbox_grant_missing"},
		{"Tool execution failed: Your authentication token has expired. Please login again.", ClassRevoked, "mailapps_mailbox_grant_missing"},
		{"You are not authenticated with Outlook. Use `/email login` to sign in.", ClassRevoked, "mailapps_mailbox_grant_missing"},
		{"❌ **Sua autenticação expirou.**\n\nUse `/email login` para reconectar sua conta Gmail e tente novamente.", ClassRevoked, ""},
		{"Слишком много запросов. Подождите момент и попробуйте еще раз.", ClassRateLimited, "mailapps_too_many_requests"},
		{"Email service is currently unavailable. Please try again later.", ClassTransient, ""},
		{"The Google Apps domain is not configured in the Google Apps admin settings.", ClassConfig, "mailapps_app_settings"},

		// Look-alikes from the same apps: the AI provider's key, calendar,
		// contacts and drive only, the app's own settings and sessions.
		{"Error connecting to LLM provider. Please check your API key or URL.", ClassConfig, "mailapps_app_settings"},
		{"Błąd podczas łączenia z usługą AI. Sprawdź swój klucz API lub URL.", ClassConfig, "mailapps_app_settings"},
		{"The URL/API key is not filled. Please contact your admin.", ClassConfig, "mailapps_app_settings"},
		{"Failed to get calendar list", ClassUnknown, ""},
		{"Failed to get number of contacts", ClassUnknown, ""},
		{"Failed to get Google Drive information", ClassUnknown, ""},
		{"Failed to save Google OAuth state", ClassUnknown, ""},
		{"There is a password stored", ClassUnknown, ""},
		{"Couldn’t get credentials", ClassUnknown, ""},
		{"Your Nextcloud session has expired. Please login again.", ClassUnknown, ""},
		{"Invalid OpenAI API key. Please check your API key.", ClassUnknown, ""},
		// The integration's exchange answered invalid_grant: OneDrive is
		// another service's sign-in (otherSignIns), so no mailbox grant is
		// gone and the integration's own OAuth error is what is left.
		{"OneDrive OAuth error: Error getting OAuth access token invalid_grant", ClassPlatform, "mailapps_integration_oauth_app"},
		// The same words for a mail grant stay the grant's.
		{"Gmail OAuth error: Error getting OAuth access token: invalid_grant", ClassRevoked, ""},
		// Other servers' words keep their reading.
		{"550 5.1.1 The email account that you tried to reach does not exist", ClassRecipient, ""},
		{"Connection refused", ClassTransient, ""},
	})
}
