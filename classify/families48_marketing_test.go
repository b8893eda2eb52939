package classify

import (
	"testing"
)

// Round 48's newsletter, marketing and transactional sending platforms
// (round48_marketing.go): each product's mail-failure messages as its source
// has them (placeholders kept as written, and filled in), and look-alikes
// that must keep their reading.
func TestRound48MarketingFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// useSend (apps/web/src/server).
		{"Invalid API token", ClassAuth, "marketing_key_refused"},
		{`{"error":{"code":"FORBIDDEN","message":"Invalid API token"}}`, ClassAuth, "marketing_key_refused"},
		{"Invalid API key", ClassAuth, ""},
		{"Authentication failed", ClassAuth, ""},
		{"No Authorization header provided", ClassConfig, "marketing_settings_missing"},
		{`{"error":{"code":"UNAUTHORIZED","message":"No Authorization header provided"}}`, ClassConfig, "marketing_settings_missing"},
		{"Rate limit exceeded. Try again in ${ttl > 0 ? ttl : RATE_LIMIT_WINDOW_SECONDS} seconds.", ClassRateLimited, "marketing_send_limit"},
		{"Rate limit exceeded. Try again in 1 seconds.", ClassRateLimited, "marketing_send_limit"},
		{"Domain: ${fromDomain} is not verified", ClassConfig, ""},
		{"Domain: example.com is not verified", ClassConfig, ""},
		{"API key does not have access to domain: ${domain.name}", ClassConfig, "marketing_key_scope"},
		{"API key does not have access to domain: mail.example.com", ClassConfig, "marketing_key_scope"},
		{"API key doesn't have access to this domain", ClassConfig, "marketing_key_scope"},
		{"Domain: example.org of from email is wrong. Use the domain verified by useSend", ClassConfig, "marketing_settings_missing"},
		{"From email is invalid", ClassConfig, "marketing_settings_missing"},
		{"AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be set or both be omitted", ClassConfig, "marketing_settings_missing"},
		{"Error: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be set or both be omitted\n    at getAwsCredentialOptions (credentials.ts:8:11)", ClassConfig, "marketing_settings_missing"},
		// Novu (nodemailer provider; execution details).
		{"TLS options is not a valid JSON. Check again the value set for NODEMAILER_TLS_OPTIONS", ClassConfig, "marketing_settings_missing"},
		{"Novu's provider limit has been reached", ClassRateLimited, "marketing_send_limit"},
		{"Subscriber does not have an active integration", ClassConfig, "marketing_settings_missing"},
		{"Subscriber does not have a configured channel", ClassConfig, "marketing_settings_missing"},
		{"Subscriber missing recipient details", ClassRecipient, "marketing_recipient"},
		{"Unexpected provider error", ClassUnknown, ""},
		{"Error while sending email with provider", ClassUnknown, ""},
		// Mailgun for WordPress (includes/admin.php).
		{"Region has not been selected", ClassConfig, "marketing_settings_missing"},
		{`Use HTTP API is turned off or you do not have SMTP credentials. You can configure your Mailgun settings in your wp-config.php file or <a href="%1$s">here</a>`, ClassConfig, "marketing_settings_missing"},
		{`Use HTTP API is turned off or you do not have SMTP credentials. You can configure your Mailgun settings in your wp-config.php file or <a href="https://example.com/wp-admin/options-general.php?page=mailgun">here</a>`, ClassConfig, "marketing_settings_missing"},
		{"Admin Email is empty", ClassConfig, "marketing_settings_missing"},
		{"Administration Email Address (%s) is not valid and can't be used for test, you can change it at General Setting page", ClassRecipient, "marketing_recipient"},
		{"Administration Email Address (admin@localhost) is not valid and can't be used for test, you can change it at General Setting page", ClassRecipient, "marketing_recipient"},
		{"Can't connect to Mailgun", ClassUnknown, ""},
		// SparkPost for WordPress.
		{"API Key might not have {$permission} permission", ClassConfig, "marketing_key_scope"},
		{"API Key might not have Transmissions: Read/Write permission", ClassConfig, "marketing_key_scope"},
		{"API Key might not have Templates: Read-only permission", ClassConfig, "marketing_key_scope"},
		{"API Key is required", ClassConfig, "marketing_settings_missing"},
		{"You must enter API key to enable sending via SparkPost", ClassConfig, "marketing_settings_missing"},
		{"Template is not supported with SMTP methods. So template <i>welcome</i> is removed from your settings.", ClassConfig, "marketing_settings_missing"},
		{"Recipient is not a valid email address.", ClassRecipient, "marketing_recipient"},
		{`Test email could not be sent.  Please check your plugin settings and refer to <a href="https://support.sparkpost.com/customer/portal/articles/2670627-sparkpost-new-user-guide" target="_blank">Getting Started</a> in the <a href="https://support.sparkpost.com/" target="_blank">SparkPost Support Center</a>.`, ClassUnknown, ""},
		// Icegram Express (lite/languages/email-subscribers.pot).
		{"SMTP Host is empty.", ClassConfig, "marketing_settings_missing"},
		{"SMTP Port is empty.", ClassConfig, "marketing_settings_missing"},
		{"SMTP Username is empty.", ClassConfig, "marketing_settings_missing"},
		{"SMTP Password is empty.", ClassConfig, "marketing_settings_missing"},
		{"SMTP Authentication is empty.", ClassConfig, "marketing_settings_missing"},
		{"SMTP Encryption is not set.", ClassConfig, "marketing_settings_missing"},
		{"Access Key ID is empty.", ClassConfig, "marketing_settings_missing"},
		{"Secret Access Key is empty.", ClassConfig, "marketing_settings_missing"},
		{"Closest region is not set.", ClassConfig, "marketing_settings_missing"},
		{"Private API key is empty.", ClassConfig, "marketing_settings_missing"},
		{"Domain name is empty", ClassConfig, "marketing_settings_missing"},
		{"Region is empty", ClassConfig, "marketing_settings_missing"},
		{"Public key or Private key is empty.", ClassConfig, "marketing_settings_missing"},
		{"API token is empty.", ClassConfig, "marketing_settings_missing"},
		{"API key is empty.", ClassConfig, "marketing_settings_missing"},
		{"Please check your GMail Client ID and Client Secret.", ClassPlatform, "marketing_oauth_client"},
		{"Please authorize GMail to send Email using Icegram Express plugin.", ClassRevoked, "marketing_gmail_disconnected"},
		{"You have hit your hourly email sending limit. Please try after sometime.", ClassRateLimited, ""},
		{"SMTP Error : Unable to send test email", ClassUnknown, ""},
		{"WP Mail Error: Unknown", ClassUnknown, ""},
		{"Encountered an error, but no description given", ClassUnknown, ""},
		// Mailster and its Gmail and Amazon SES add-ons.
		{"The Gmail Integration for Mailster is no longer connected. Please check the delivery settings!", ClassRevoked, "marketing_gmail_disconnected"},
		{"Campaign %1$s has been paused and will resume on %2$s.", ClassRateLimited, "marketing_send_limit"},
		{"Campaign Spring News has been paused and will resume on May 27, 2024 3:00 pm.", ClassRateLimited, "marketing_send_limit"},
		{"Sent limit of %1$s reached! You have to wait %2$s before you can send more mails!", ClassRateLimited, "marketing_send_limit"},
		{"Sent limit of <strong>500</strong> reached! You have to wait <strong>45 mins</strong> before you can send more mails!", ClassRateLimited, "marketing_send_limit"},
		{"Not able to use Amazon SES via SMTP cause of the blocked port %s! Please try a different connection, send without SMTP or choose a different delivery method!", ClassConfig, "marketing_settings_missing"},
		{"Not able to use Amazon SES via SMTP cause of the blocked port 587! Please try a different connection, send without SMTP or choose a different delivery method!", ClassConfig, "marketing_settings_missing"},
		{"The SNS Topic %1$s was not created in the correct region. Please create a new topic in the region %2$s.", ClassConfig, "marketing_settings_missing"},
		// Left: consent declined in the code flow (the package reads it as
		// the integrator's under authorization_code) and the catch-alls.
		{"There was an error while authorizing your app.", ClassUnknown, ""},
		{"Please create your Gmail App as explained in our guide %s.", ClassUnknown, ""},

		// Look-alikes that keep their reading.
		{"421 4.7.0 Try again in 5 minutes (greylisted)", ClassTransient, "greylisted"},
		{"554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: noreply@example.com", ClassConfig, "sender_not_owned"},
		{"550 5.1.1 The email account that you tried to reach does not exist", ClassRecipient, ""},
		{"Campaign Spring has been paused cause of a sending error: SMTP Error: Could not authenticate.", ClassAuth, ""},
		{"Google refresh token is empty. Please reconnect Google.", ClassRevoked, "refresh_token_missing"},
		{"Send limit has been adjusted to 500 for Gmail", ClassRateLimited, ""},
	})
}
