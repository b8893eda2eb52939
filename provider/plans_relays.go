package provider

// relayPlans is the content for sending services (Amazon SES, SendGrid,
// Mailgun, Postmark, Brevo; their SMTP pages are their HelpURLs). They have no
// mailbox password: "update_password" means new SMTP credentials, an API
// key or an SMTP key, as each relay calls them.
func relayPlans() []entry {
	creds := func(steps, willNotWork []string) content {
		return content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: steps, links: lines("{help}"), willNotWork: willNotWork,
			clearWithin: clearCredentials,
		}
	}
	all := ids(AmazonSES, SendGrid, Mailgun, Postmark, Brevo)
	return []entry{
		{ids: all, topic: topicLockout, c: content{
			steps:       lines("After repeated failed sign-ins, {name} may refuse new attempts for a while: if the test fails at first after you save, wait a few minutes and save again."),
			willNotWork: lines("Retrying the old credentials again and again: more failed attempts can keep the refusals going."),
		}},
		{ids: ids(AmazonSES), topic: tAuth, c: creds(
			lines(
				"Sign in to the AWS console and open Amazon SES in the region named in this connection's server (email-smtp.<region>.amazonaws.com).",
				"Under SMTP settings, create new SMTP credentials and copy the user name and password: AWS shows the password only once.",
				"Enter both here and save.",
			),
			lines(
				"Your AWS console password or an ordinary access key: SES takes only SMTP credentials made for it.",
				"SMTP credentials from another AWS region: they work only in the region where they were made.",
			),
		)},
		{ids: ids(SendGrid), topic: tAuth, c: creds(
			lines(
				"Sign in to SendGrid and open Settings › API Keys.",
				"Create an API key with at least the Mail Send permission and copy it.",
				"Enter apikey as the user name and the key as the password, with no space or line break at the end, and save.",
			),
			lines("Your SendGrid account password: SMTP takes an API key, with apikey as the user name."),
		)},
		{ids: ids(Mailgun), topic: tAuth, c: creds(
			lines(
				"Sign in to Mailgun and open the SMTP credentials of the domain you send from.",
				"Reset the password of its SMTP user, or add a new SMTP user, and copy the password: Mailgun shows it only once.",
				"Enter the SMTP user and password here and save.",
				"Check that the server matches your account's region: smtp.mailgun.org for US accounts, smtp.eu.mailgun.org for EU accounts.",
			),
			lines(
				"Your Mailgun account password: SMTP takes the sending domain's SMTP credentials.",
				"Credentials of another sending domain, or of the other region: they do not work here.",
			),
		)},
		{ids: ids(Postmark), topic: tAuth, c: creds(
			lines(
				"Sign in to Postmark and open the server you send from.",
				"Under API Tokens, copy its Server API Token, or create a new one.",
				"Enter the token as both the user name and the password here, and save.",
			),
			lines("Your Postmark account password: SMTP takes a Server API Token."),
		)},
		{ids: ids(Brevo), topic: tAuth, c: creds(
			lines(
				"Sign in to Brevo and open Settings › SMTP & API.",
				"Generate a new SMTP key and copy it; note the SMTP login shown on the same page.",
				"Enter the SMTP login as the user name and the SMTP key as the password, then save.",
			),
			lines("A Brevo API key or your account password: SMTP takes an SMTP key."),
		)},
		{ids: all, topic: tBlock, c: content{
			action: ActionUnblockAtProvider, actor: ActorOwner,
			steps: lines(
				"Sign in to {name} and look for notices about your account or its sending being paused or under review.",
				"Fix what the notice names, then ask for a review through the support section of {name}'s dashboard.",
				"If you created new credentials on the way, enter them here and save.",
			),
			links:       lines("{help}"),
			willNotWork: lines("Entering the same credentials again: sending is paused on {name}'s side."),
			clearWithin: clearAfterBlock,
		}},
	}
}
