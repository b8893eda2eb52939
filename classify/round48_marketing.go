package classify

// Round 48's newsletter, marketing and transactional sending platforms
// (testdata/heldout/round48.jsonl, rows h48a-usesend-, h48a-novu-, h48a-mgwp-,
// h48a-spwp-, h48a-icegram- and h48a-mailster-): each product's own
// mail-failure vocabulary, read whole from its repository, every message
// labelled by what the product means. Phrases are the fixed text of the
// message, lower-cased, without placeholders.
//
// Sources (repository, commit, path):
//   - usesend/useSend 68b5a072, apps/web/src/server/public-api/auth.ts,
//     public-api/hono.ts, service/domain-service.ts, aws/credentials.ts and
//     every UnsendApiError message under apps/web/src/server: "Invalid API
//     token" (a bearer key that matches no stored key: auth; "Invalid API
//     key" and "Authentication failed" are read as auth already); "No
//     Authorization header provided" (the integration sent no key at all:
//     config); "API key does not have access to domain" and "API key doesn't
//     have access to this domain" (a valid key restricted to another domain:
//     config, as a key without the scope an operation needs); "Domain: X of
//     from email is wrong. Use the domain verified by useSend" and "From email
//     is invalid" (the sender's setup: config; "Domain: X is not verified" is
//     read as config already); "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
//     must both be set or both be omitted" (a deployment setting: config);
//     "Rate limit exceeded. Try again in N seconds." (the per-team limiter,
//     HTTP 429: rate_limited). "Domain limit reached" and the other plan
//     limits are about creating resources, not sending: left.
//   - novuhq/novu 74a2e9a6,
//     packages/providers/src/lib/email/nodemailer/nodemailer.provider.ts
//     ("TLS options is not a valid JSON. Check again the value set for
//     NODEMAILER_TLS_OPTIONS": config; the other email providers pass the
//     provider's own error through) and
//     libs/application-generic/src/usecases/create-execution-details/types/index.ts
//     DetailEnum: LIMIT_PASSED_NOVU_INTEGRATION "Novu's provider limit has
//     been reached" (the demo integration's quota: rate_limited);
//     SUBSCRIBER_NO_ACTIVE_INTEGRATION and SUBSCRIBER_NO_ACTIVE_CHANNEL (no
//     provider set up: config); SUBSCRIBER_NO_CHANNEL_DETAILS "Subscriber
//     missing recipient details" (the recipient has no address: recipient);
//     PROVIDER_ERROR "Unexpected provider error" and the worker's "Error while
//     sending email with provider" are catch-alls (unknown, no rule).
//   - mailgun/wordpress-plugin 933161ec, includes/admin.php (languages/*.po,
//     ca, de_DE, es_ES, pt_BR and the template, hold none of these strings:
//     the plugin sends them untranslated): "Region has not been selected",
//     "Use HTTP API is turned off or you do not have SMTP credentials" and
//     "Admin Email is empty" (settings not made: config); "Administration
//     Email Address (%s) is not valid and can't be used for test" (the test's
//     recipient: recipient); "Can't connect to Mailgun" (fallback with no
//     cause: unknown, no rule).
//   - SparkPost/wordpress-sparkpost c17406a7, mailer.http.class.php
//     check_permission_error ("API Key might not have %s permission": a 403
//     to a key without the grant: config) and admin.widget.class.php ("API
//     Key is required", "You must enter API key to enable sending via
//     SparkPost", "Template is not supported with SMTP methods": config;
//     "Recipient is not a valid email address.": recipient; "Test email could
//     not be sent. Please check your plugin settings": catch-all, unknown).
//   - projectestac/wordpress-email-subscribers 54e0c284 (Icegram Express),
//     lite/languages/email-subscribers.pot (the repository ships no
//     translation of it): the mailers' settings checks "SMTP Host/Port/
//     Username/Password/Authentication is empty.", "SMTP Encryption is not
//     set.", "Access Key ID is empty.", "Secret Access Key is empty.",
//     "Closest region is not set.", "Private API key is empty.", "Domain name
//     is empty", "Region is empty", "Public key or Private key is empty.",
//     "API token is empty.", "API key is empty." (config); "Please check your
//     GMail Client ID and Client Secret." (the plugin's Google OAuth client:
//     platform); "Please authorize GMail to send Email using Icegram Express
//     plugin." (no usable Gmail grant, the owner signs in with Google again:
//     revoked); "You have hit your hourly email sending limit" (rate_limited,
//     read already); "SMTP Error : Unable to send test email", "WP Mail Error:
//     Unknown", "Encountered an error, but no description given" (unknown).
//   - everpress-co/mailster-gmail 7735335a, classes/gmail.class.php: "The
//     Gmail Integration for Mailster is no longer connected. Please check the
//     delivery settings!" (token expired with no refresh token: revoked);
//     "Campaign %1$s has been paused and will resume on %2$s." (Gmail's 429:
//     rate_limited); "You have to allow access to your app in order to use
//     Gmail as delivery method." (consent declined in the code flow; under an
//     authorization_code grant the package reads auth/revoked as platform,
//     so no rule: left unknown); "There was an error while authorizing your
//     app." and "Please create your Gmail App as explained in our guide %s."
//     (several causes: unknown).
//   - everpress-co/mailster 9504b8d2, classes/mail.class.php and
//     campaigns.class.php: "Sent limit of %1$s reached! You have to wait %2$s
//     before you can send more mails!" (Mailster's own throttle:
//     rate_limited). "Campaign %1$s has been paused cause of a sending error:
//     %2$s" wraps another error: left to that error's words.
//   - everpress-co/mailster-amazonses 5801f714, classes/amazonses.class.php:
//     "Not able to use Amazon SES via SMTP cause of the blocked port %s!
//     Please try a different connection..." (the host blocks the port: config,
//     not a refused message) and "The SNS Topic %1$s was not created in the
//     correct region" (bounce set-up: config).

// round48MarketingEarlyRules come before languageRules: greylisted reads
// useSend's "Try again in N seconds" as greylisting, message_rejected reads
// " blocked" in Mailster's blocked-port notice as a refused message, and a
// count of 500 in Mailster's send-limit notice reads as an SMTP code.
var round48MarketingEarlyRules = []rule{
	{id: "marketing_key_refused", class: ClassAuth, anyOf: p("invalid api token"),
		doc: "a sending platform (useSend) refused the API token the integration sent: the owner enters a valid key"},
	{id: "marketing_key_scope", class: ClassConfig,
		anyOf: p("api key does not have access to domain", "api key doesn't have access to this domain", "api key might not have"),
		doc:   "a sending platform's key is valid but lacks the domain or permission the send needs (useSend, SparkPost for WordPress): the key's setup"},
	{id: "marketing_settings_missing", class: ClassConfig, anyOf: p(
		// useSend
		"no authorization header provided", "aws_access_key_id and aws_secret_access_key must both be set", "of from email is wrong. use the domain verified", "from email is invalid",
		// Novu
		"tls options is not a valid json", "subscriber does not have an active integration", "subscriber does not have a configured channel",
		// Mailgun for WordPress
		"region has not been selected", "use http api is turned off or you do not have smtp credentials", "admin email is empty",
		// SparkPost for WordPress
		"you must enter api key to enable sending", "api key is required", "template is not supported with smtp methods",
		// Icegram Express
		"smtp host is empty", "smtp port is empty", "smtp username is empty", "smtp password is empty", "smtp authentication is empty", "smtp encryption is not set",
		"access key id is empty", "secret access key is empty", "closest region is not set", "private api key is empty", "public key or private key is empty", "api token is empty", "api key is empty", "domain name is empty", "region is empty",
		// Mailster's Amazon SES add-on
		"via smtp cause of the blocked port", "was not created in the correct region"),
		doc: "a sending platform or newsletter plugin says a setting is missing or wrong (no key sent, empty SMTP or API fields, region not chosen, port blocked by the host): its setup, nothing was refused"},
	{id: "marketing_send_limit", class: ClassRateLimited,
		anyOf: p("rate limit exceeded. try again in", "novu's provider limit has been reached", "has been paused and will resume on", "before you can send more mails"),
		doc:   "a sending platform or newsletter plugin reached its own or the provider's sending limit (useSend's limiter, Novu's demo quota, Mailster's send limit, Gmail's 429 pausing a campaign)"},
	{id: "marketing_gmail_disconnected", class: ClassRevoked,
		anyOf: p("integration for mailster is no longer connected", "no longer connected. please check the delivery settings", "please authorize gmail to send email"),
		doc:   "a newsletter plugin holds no usable Gmail grant (Mailster's Gmail add-on, Icegram Express): the owner connects Gmail again"},
	{id: "marketing_oauth_client", class: ClassPlatform, anyOf: p("check your gmail client id and client secret"),
		doc: "a newsletter plugin's own Google OAuth client (client ID and secret) is wrong: the integrator's app, not the owner's grant"},
	{id: "marketing_recipient", class: ClassRecipient,
		anyOf: p("is not valid and can't be used for test", "recipient is not a valid email address", "subscriber missing recipient details"),
		doc:   "a sending plugin or platform says the recipient address is invalid or missing (Mailgun and SparkPost for WordPress test sends, Novu)"},
}
