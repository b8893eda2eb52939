package provider

// hostedPlans is the content for mailboxes on a domain of one's own: Zoho,
// Hostinger, Titan, IONOS, Amazon WorkMail and any other server (Custom). GoDaddy, Rackspace and Namecheap
// use the generic content.
func hostedPlans() []entry {
	pw, apw := methods(MethodPassword), methods(MethodAppPassword)
	const (
		hostingerSuspended = "https://www.hostinger.com/support/1583452-i-was-suspended-for-mass-mail/"
		zohoBlocked        = "https://www.zoho.com/mail/help/adminconsole/blocked-accounts.html"
	)
	hostingerSide := "If a fresh password is refused too, the fault may be on Hostinger's side: ask Hostinger support from hPanel."
	openMailboxes := "Sign in to hPanel and open Emails › Mailboxes for this domain."
	titan := "If the mailbox is listed as Titan Email, it runs on Titan's servers (imap.titan.email and smtp.titan.email): update the server names here too."
	hostingerRules := "Open the ⋮ menu next to the mailbox, choose Change Password, and set a new one: 8 to 50 characters with upper- and lower-case letters, a digit and a symbol."
	everyMailbox := lines(
		openMailboxes,
		"Look for mailboxes marked Suspended: Hostinger suspends mailboxes it suspects of sending spam or of being misused.",
		"Check the computers and phones that use these mailboxes for malware, and stop any bulk sending.",
		"Change the password of every mailbox on the domain, not only this one (⋮ › Change Password).",
		"Reactivate each suspended mailbox: ⋮ › Settings, switch off Suspend receiving, then choose Update.",
	)
	return []entry{
		// Zoho: IMAP Access must be on; app passwords with two-factor; a wrong
		// data centre fails like a wrong password.
		{ids: ids(Zoho), topic: tAuth, methods: pw, c: content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: lines(
				"Sign in to Zoho Mail in a web browser to check that your password still works.",
				"In Zoho Mail, open Settings › Mail Accounts, select this address, and make sure IMAP Access is on.",
				"If two-factor authentication is on, create an app password on your Zoho accounts page under Security › App Passwords, and use it instead.",
				"If you sign in to Zoho with Google or another outside account, set a Zoho password first: mail apps cannot use that kind of sign-in.",
				"Enter the password here and save.",
				"If it is still refused, check that the server names end with your Zoho region (such as zoho.eu) and, for an address on your own domain, begin with smtppro and imappro.",
			),
			links:       lines("{help}", "{apppw}"),
			willNotWork: lines("Saving the same password again: Zoho has already refused it."),
			clearWithin: clearCredentials,
		}},
		{ids: ids(Zoho), topic: tAuth, methods: apw, c: content{
			action: ActionUpdateAppPassword, actor: ActorOwner, appPassword: true,
			steps: lines(
				"Sign in to your Zoho accounts page (accounts.zoho.com, or your region's, such as accounts.zoho.eu) and open Security › App Passwords.",
				"Create a new app password for this product and copy it.",
				"Check that IMAP Access is on in Zoho Mail under Settings › Mail Accounts.",
				"Paste the app password here and save.",
			),
			links:       lines("{apppw}", "{help}"),
			willNotWork: lines("Your normal Zoho password while two-factor authentication is on: mail apps then need an app password."),
			clearWithin: clearCredentials,
		}},
		{ids: ids(Zoho), topic: tTenant, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: lines(
				"If you manage this Zoho account yourself, open Zoho Mail Settings › Mail Accounts, select this address, and turn IMAP Access on.",
				"Otherwise share this with your Zoho Mail administrator: your organisation's policy blocks IMAP or SMTP access for your account, and only they can allow it.",
			),
			links:       lines("{help}"),
			willNotWork: lines("A new password or app password: access stays blocked until the setting changes."),
			clearWithin: clearAdmin,
		}},
		{ids: ids(Zoho), topic: topicIMAPAdmin, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: lines(
				"If you manage this Zoho account yourself, open Zoho Mail Settings › Mail Accounts, select this address, and turn IMAP Access on.",
				"Otherwise share this with your Zoho Mail administrator: your organisation's policy blocks IMAP for your account, and only they can allow it.",
			),
			links:       lines("{help}"),
			willNotWork: lines("A new password or app password: IMAP stays off until the setting changes."),
			clearWithin: clearAdmin,
		}},
		{ids: ids(Zoho), topic: tBlock, c: content{
			action: ActionUnblockAtProvider, actor: ActorOwner,
			steps: lines(
				"Change your Zoho password first: Zoho expects it before lifting a block caused by suspicious sign-ins.",
				"Wait a short while, then lift the block yourself on Zoho's UnblockMe page.",
				"If that is not offered, your Zoho Mail admin can unblock you in the Admin Console under Security & Compliance › Blocked Accounts.",
				"Enter the new password (or a new app password) here and save.",
			),
			links:       lines(zohoBlocked),
			willNotWork: lines("Entering the same password again: the block is on Zoho's side, and Zoho wants the password changed."),
			clearWithin: "Temporary blocks lift by themselves after a set time; otherwise soon after the unblock. The next check that passes clears the flag.",
		}},

		// Hostinger: suspension requires new passwords on every mailbox of the
		// domain; app passwords exist since 2026 on plans that support them.
		{ids: ids(Hostinger), topic: tAuth, methods: pw, c: content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: lines(
				openMailboxes,
				"Check that this mailbox is not marked Suspended.",
				hostingerRules,
				"Enter the new password here and save.",
				hostingerSide,
				titan,
			),
			links:       lines("{help}"),
			willNotWork: lines("Saving the same password again: Hostinger has already refused it."),
			clearWithin: clearCredentials,
		}},
		{ids: ids(Hostinger), topic: tAuth, methods: apw, c: content{
			action: ActionUpdateAppPassword, actor: ActorOwner, appPassword: true,
			steps: lines(
				openMailboxes,
				"Check that this mailbox is not marked Suspended.",
				"Open the ⋮ menu next to the mailbox, choose App passwords, generate one named after this product, and copy it: Hostinger shows it only once.",
				"Paste it here and save.",
				"If there is no App passwords option, your email plan does not offer them: use the mailbox password instead.",
				titan,
			),
			links:       lines("{apppw}", "{help}"),
			willNotWork: lines("Saving the same app password again: Hostinger has already refused it."),
			clearWithin: clearCredentials,
		}},
		{ids: ids(Hostinger), topic: tHostinger, methods: pw, c: content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: with(everyMailbox,
				"Enter this mailbox's new password here and save.",
				hostingerSide,
				titan,
			),
			links: lines("{help}", hostingerSuspended),
			willNotWork: lines(
				"The old password: Hostinger has refused it, and expects new passwords on the domain's mailboxes.",
				"Changing only this mailbox's password: after a suspension Hostinger asks for a new password on every mailbox of the domain.",
			),
			clearWithin: clearCredentials,
		}},
		{ids: ids(Hostinger), topic: tHostinger, methods: apw, c: content{
			action: ActionUpdateAppPassword, actor: ActorOwner, appPassword: true,
			steps: with(everyMailbox,
				"Generate a new app password for this mailbox (⋮ › App passwords), enter it here and save.",
				hostingerSide,
				titan,
			),
			links: lines("{apppw}", "{help}", hostingerSuspended),
			willNotWork: lines(
				"The old app password: Hostinger has refused it.",
				"Changing only this mailbox's password: after a suspension Hostinger asks for a new password on every mailbox of the domain.",
			),
			clearWithin: clearCredentials,
		}},
		{ids: ids(Hostinger), topic: tBlock, c: content{
			action: ActionUnblockAtProvider, actor: ActorOwner,
			steps: with(everyMailbox,
				"Enter this mailbox's new password here and save.",
				"If the mailbox is a Titan Email one (servers at titan.email), Titan's support handles the suspension instead.",
			),
			links:       lines(hostingerSuspended, "{help}"),
			willNotWork: lines("Entering the same password again: a suspended mailbox stays blocked until it is reactivated, and Hostinger wants new passwords first."),
			clearWithin: "As soon as the mailbox is reactivated and its new password is saved here: the test passes and the flag clears.",
		}},

		// Titan: suspensions go to Titan support.
		{ids: ids(Titan), topic: tAuth, methods: pw, c: content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: lines(
				"Sign in to Titan webmail in a web browser to check that your password still works.",
				"If it does not, reset it from the email section of the hosting account where you bought Titan (such as Hostinger or Name.com).",
				"Enter the new password here and save.",
			),
			links:       lines("{help}"),
			willNotWork: lines("Saving the same password again: Titan has already refused it."),
			clearWithin: clearCredentials,
		}},
		{ids: ids(Titan), topic: tBlock, c: content{
			action: ActionUnblockAtProvider, actor: ActorOwner,
			steps: lines(
				"Sign in to Titan webmail and read any notice about your account.",
				"Titan suspends accounts over many bounced messages, abuse reports or a suspected break-in; only Titan's support can lift a suspension, so ask them through Titan's help site.",
				"If they ask you to change your password, enter the new one here and save.",
			),
			links:       lines("{help}"),
			willNotWork: lines("Entering the same password again: the suspension is on Titan's side."),
			clearWithin: clearAfterBlock,
		}},

		// IONOS: with two-step verification the regular password stops working
		// in mail programs.
		{ids: ids(IONOS), topic: tAuth, methods: pw, c: content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: lines(
				"Sign in to IONOS Webmail to check that your password still works.",
				"If two-step verification is on for this mailbox, your normal password no longer works in mail programs: create an app password in Webmail under My Account › Login & Security, and use it instead.",
				"Enter the password here and save.",
			),
			links:       lines("{help}", "{apppw}"),
			willNotWork: lines("Your normal mailbox password while two-step verification is on: IONOS stops accepting it in mail programs."),
			clearWithin: clearCredentials,
		}},
		{ids: ids(IONOS), topic: tAuth, methods: apw, c: content{
			action: ActionUpdateAppPassword, actor: ActorOwner, appPassword: true,
			steps: lines(
				"Sign in to IONOS Webmail and open My Account › Login & Security.",
				"Create a new app password for this product and copy it.",
				"Paste it here and save.",
			),
			links:       lines("{apppw}", "{help}"),
			willNotWork: lines("Your normal mailbox password while two-step verification is on: IONOS stops accepting it in mail programs."),
			clearWithin: clearCredentials,
		}},

		// Amazon WorkMail: end of support on 31 March 2027.
		{ids: ids(AmazonWorkMail), topic: tAuth, methods: pw, c: content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: lines(
				"Sign in to the Amazon WorkMail web app to check that your password still works.",
				"If it does not, ask your WorkMail administrator to reset it.",
				"Enter the working password here and save.",
			),
			links: lines("{help}"),
			willNotWork: lines(
				"Saving the same password again: WorkMail has already refused it.",
				"Any password after 31 March 2027: Amazon ends WorkMail support then, so plan to move this mailbox before that date.",
			),
			clearWithin: clearCredentials,
		}},

		// Custom: unknown server; an app password may be needed with 2-step
		// verification.
		{ids: ids(Custom), topic: tAuth, methods: pw, c: content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: lines(
				"Sign in to your email provider's webmail in a web browser to check that your password still works.",
				"If it does not, reset it with your provider, or ask whoever manages your email to reset it.",
				"If you turned on two-step verification with your provider, create an app password there and use it instead of your normal password.",
				"Enter the password here and save.",
			),
			willNotWork: lines("Saving the same password again: the server has already refused it."),
			clearWithin: clearCredentials,
		}},
		{ids: ids(Custom), topic: tAuth, methods: apw, c: content{
			action: ActionUpdateAppPassword, actor: ActorOwner, appPassword: true,
			prereqs: lines("two-step verification on with your provider (most providers offer app passwords only then)"),
			steps: lines(
				"Sign in to your email provider in a web browser and open its security settings.",
				"Create a new app password for this product and copy it.",
				"Paste it here in place of the old one and save.",
			),
			willNotWork: lines(
				"Your normal password: with two-step verification on, mail apps need an app password.",
				"Saving the same app password again: the server has already refused it.",
			),
			clearWithin: clearCredentials,
		}},
	}
}
