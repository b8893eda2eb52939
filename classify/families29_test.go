package classify

import (
	"testing"
)

// Round 29's families (testdata/heldout/README.md), on the round's own
// texts: Exchange and Outlook as Microsoft's troubleshooting articles quote
// them.
func TestRound29Families(t *testing.T) {
	assertTextRules(t, []textCase{
		{"The user's password is expired, and therefore their login or session was ended. They will be offered the opportunity to reset it, or may ask an admin to reset it via https://docs.microsoft.com/azure/active-directory/fundamentals/active-directory-users-reset-password-azure-portal.", ClassAuth, "credentials_rejected"},
		{"Mutual Authentication could not be established.", ClassConfig, "setup_words"},
		{"Proxy web request failed. ,inner exception: The request failed with HTTP status 401: Unauthorized.", ClassConfig, "setup_words"},
		{"Autodiscover failed for email address. ,inner exception: The request failed with HTTP status 401: Unauthorized.", ClassConfig, "setup_words"},
		{"The user specified by the user-context in the token does not exist. error_category=\"invalid_user\". 401: Unauthorized.", ClassConfig, "setup_words"},
		{"Microsoft.Exchange.Security.OAuth.OAuthTokenRequestFailedException: Missing signing certificate.", ClassPlatform, "oauth_invalid_client"},
		{"The call to 'https://webmail.domain.com/EWS/mrsproxy.svc' timed out.\nThe operation has timed out", ClassTransient, "network_timeout"},
		{"An encrypted connection to your mail services is not available", ClassConfig, "setup_words"},
		{"Outlook cannot log on. Verify you are connected to the internet and are using the proper server and mailbox name.", ClassConfig, "setup_words"},
		{"You'll need the internet for this.\nWe couldn't connect to one of the services we needed to sign you in. Please check your connection and try again.\n0xCAA70007", ClassTransient, "network_dropped"},
		{"Sorry, another account from your organization is already signed in on this computer.", ClassConfig, "setup_words"},
		{"This feature has been disabled by your administrator.", ClassConfig, "setup_words"},
		{"The Microsoft Exchange Administrator has made a change that requires you quit and restart Outlook.", ClassConfig, "setup_words"},
		{"Outlook cannot log on. Verify you are connected to the network and are using the proper server and mailbox name. The Microsoft Exchange information service in your profile is missing required information. Modify your profile to ensure that you are using the correct Microsoft Exchange information service.", ClassConfig, "setup_words"},
	})
}

// Round 27's remaining Google screens, and round 29's public folder: the
// rounds' own texts.
func TestRound27And29Later(t *testing.T) {
	assertTextRules(t, []textCase{
		{"rkhtligntqdhgdzvhsix.supabase.co no completó el proceso de verificación de Google. En este momento, la app se está probando y solo los verificadores aprobados por los desarrolladores pueden acceder a ella.", ClassPlatform, "l10n_googleconsent_testing_app"},
		{"Accès bloqué : home-assistant.io n'a pas terminé le processus de vérification Google", ClassPlatform, "l10n_googleconsent_testing_app"},
		{"550 5.7.13 STOREDRV.AuthenticationRequiredForPublicFolder", ClassRejected, "public_folder_auth_required"},
	})
}
