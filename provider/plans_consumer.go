package provider

// consumerPlans is the content for mail services people sign up to themselves:
// Yahoo and AOL, iCloud, Fastmail, Yandex, Mail.ru, QQ, NetEase, GMX and WEB.DE,
// and Proton. Each provider's Info.Source lists the pages behind it.
func consumerPlans() []entry {
	creds, pw, apw, oauth := methods(MethodPassword, MethodAppPassword),
		methods(MethodPassword), methods(MethodAppPassword), methods(MethodOAuth)
	yahooLike := ids(Yahoo, AOL)
	unitedInternet := ids(GMX, WebDE)
	app := func(steps, links, willNotWork []string) content {
		return content{
			action: ActionUpdateAppPassword, actor: ActorOwner, appPassword: true,
			steps: steps, links: links, willNotWork: willNotWork, clearWithin: clearCredentials,
		}
	}
	password := func(steps, links, willNotWork []string) content {
		return content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: steps, links: links, willNotWork: willNotWork, clearWithin: clearCredentials,
		}
	}
	return []entry{
		// Yahoo and AOL: an app password for every third-party app; it survives
		// a password change, so a refused one was deleted or mistyped.
		{ids: yahooLike, topic: tAuth, methods: creds, c: app(
			lines(
				"In a web browser you normally use for {name}, sign in and open Account Security.",
				"Choose to generate an app password, name it after this product, and copy it.",
				"Paste it here without spaces and save.",
				"If the option is missing, keep signing in from that same browser for a few days: {name} offers app passwords only on browsers it knows, and its support cannot change that.",
			),
			lines("{apppw}", "{help}"),
			lines(
				"Your normal password: {name} requires an app password for every mail app.",
				"Saving the old app password again: app passwords keep working after a password change, so this one was deleted or mistyped. Create a new one.",
			),
		)},
		{ids: yahooLike, topic: topicLockout, c: content{
			steps:       lines("If {name} said there were too many failed sign-ins, wait before trying again: the lock is temporary."),
			willNotWork: lines("Retrying again and again: every failed attempt can keep the lock in place."),
		}},
		{ids: yahooLike, topic: tBlock, c: content{
			action: ActionUnblockAtProvider, actor: ActorOwner,
			steps: lines(
				"Sign in to {name} in a web browser and complete any check it shows.",
				"If it says there were too many sign-in attempts, wait: the lock is temporary.",
				"If the old app password no longer works afterwards, create a new one and enter it here.",
			),
			links:       lines("{help}"),
			willNotWork: lines("Entering the same password again: the block is on {name}'s side."),
			clearWithin: clearAfterBlock,
		}},

		// iCloud: app-specific passwords need two-factor authentication and are
		// all revoked when the Apple Account password changes.
		{ids: ids(ICloud), topic: tAuth, methods: creds, c: app(
			lines(
				"Check that two-factor authentication is on for your Apple Account.",
				"Sign in at account.apple.com and open Sign-In and Security › App-Specific Passwords.",
				"Create a new one named after this product and copy it.",
				"Paste it here (it looks like xxxx-xxxx-xxxx-xxxx) and save.",
				"If Apple says you have too many, revoke one you no longer use: at most 25 can be active.",
			),
			lines("{apppw}", "https://support.apple.com/102654", "{help}"),
			lines(
				"Your Apple Account password: iCloud Mail accepts only app-specific passwords from mail apps.",
				"An app-specific password from before your last Apple Account password change or reset: Apple revoked them all then.",
			),
		)},

		// Fastmail: app passwords are mandatory; the Basic plan has no IMAP/SMTP.
		{ids: ids(Fastmail), topic: tAuth, methods: creds, c: app(
			lines(
				"Check that your Fastmail plan includes IMAP and SMTP access: the Basic plan has none.",
				"In Fastmail, open Settings › Privacy & Security and create a new app password with Mail access.",
				"Paste it here, with your full email address as the user name, and save.",
			),
			lines("{apppw}", "{help}"),
			lines(
				"Your normal Fastmail password: Fastmail requires an app password for every mail app.",
				"Any app password on the Basic plan: it has no IMAP or SMTP access at all.",
			),
		)},

		// Yandex: app passwords with two-factor; all reset on a password change,
		// 2FA on/off, access restore or "log out on all devices".
		{ids: ids(Yandex), topic: tAuth, methods: pw, c: password(
			lines(
				"Sign in to Yandex Mail in a web browser to check that your password still works.",
				"In Yandex Mail settings, open Email clients and allow IMAP access with app passwords and OAuth tokens.",
				"If two-factor authentication is on, create an app password in Yandex ID under Security › App passwords and use it instead: your normal password does not work then.",
				"Enter the password here and save.",
			),
			lines("{help}", "{apppw}"),
			lines("Saving the same password again: Yandex has already refused it."),
		)},
		{ids: ids(Yandex), topic: tAuth, methods: apw, c: app(
			lines(
				"Sign in to Yandex ID and open Security › App passwords.",
				"Create an app password for mail and copy it.",
				"In Yandex Mail settings, under Email clients, check that IMAP access with app passwords and OAuth tokens is allowed.",
				"Paste the app password here and save.",
			),
			lines("{apppw}", "{help}"),
			lines("An app password made before you last changed your password, turned two-factor authentication on or off, restored access or signed out on all devices: Yandex reset them all then."),
		)},

		// Mail.ru: only app passwords work; its OAuth covers IMAP only.
		{ids: ids(MailRu), topic: tAuth, methods: creds, c: app(
			lines(
				"Sign in to Mail.ru in a web browser and open your account's Security settings.",
				"Choose passwords for external applications, create one for this product, and copy it.",
				"Paste it here and save.",
			),
			lines("{apppw}", "{help}"),
			lines("Your normal Mail.ru password: Mail.ru accepts only app passwords from mail apps."),
		)},
		{ids: ids(MailRu), topic: tAuth, methods: oauth, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps: lines(
				"Choose to reconnect this mailbox.",
				"Sign in to Mail.ru with this mailbox's account and allow the access it asks for.",
				"If this product also sends mail from this mailbox, it needs a Mail.ru app password as well: Mail.ru sign-in covers reading mail only.",
			),
			links:       lines("{apppw}"),
			willNotWork: lines("Your normal Mail.ru password: Mail.ru accepts only its sign-in or an app password from mail apps."),
			clearWithin: clearSignIn,
		}},

		// QQ: a 16-character authorization code since 1 November 2022; a QQ
		// password change cancels every code.
		{ids: ids(QQ), topic: tAuth, methods: creds, c: app(
			lines(
				"Sign in to QQ Mail on the web and open Settings › Account.",
				"Find the POP3/IMAP/SMTP service and make sure it is turned on.",
				"Generate an authorization code, confirming by WeChat or text message when asked.",
				"Paste the 16-character code here instead of a password and save.",
			),
			lines("{apppw}"),
			lines(
				"Your QQ password: since 1 November 2022 mail apps must use an authorization code.",
				"A code made before your last QQ password change: changing the password cancels every code.",
			),
		)},

		// NetEase: a client authorization code once IMAP/SMTP is on.
		{ids: ids(NetEase), topic: tAuth, methods: creds, c: app(
			lines(
				"Sign in to your 163, 126 or yeah.net mailbox on the web and open the POP3/SMTP/IMAP settings.",
				"Make sure the IMAP/SMTP service is turned on.",
				"Create a new client authorization code and copy it.",
				"Paste it here instead of your password and save.",
			),
			lines("{apppw}", "{help}"),
			lines("Your web password: once IMAP/SMTP is on, NetEase accepts it only in webmail."),
		)},

		// GMX and WEB.DE: POP3/IMAP access must be allowed; with two-factor an
		// application-specific password, and access allowed again.
		{ids: unitedInternet, topic: tAuth, methods: pw, c: password(
			lines(
				"Sign in to {name} in a web browser to check that your password still works.",
				"In the email settings, under POP3 & IMAP, make sure access from other programs is allowed.",
				"If two-factor authentication is on, create an application-specific password under My Account › Security and use it instead, then allow POP3 & IMAP access again.",
				"Enter the password here and save.",
			),
			lines("{help}", "{apppw}"),
			lines("Your normal password while two-factor authentication is on: {name} then accepts only application-specific passwords from mail programs."),
		)},
		{ids: unitedInternet, topic: tAuth, methods: apw, c: app(
			lines(
				"Sign in to {name} and open My Account › Security › Application-specific passwords.",
				"Create a new one for this product and copy it.",
				"In the email settings, allow POP3 & IMAP access again: {name} asks for this once two-factor authentication is on.",
				"Paste the password here and save.",
			),
			lines("{apppw}", "{help}"),
			lines("Your normal password while two-factor authentication is on: {name} then accepts only application-specific passwords from mail programs."),
		)},

		// Proton: the Bridge password or an SMTP token, never the Proton password.
		{ids: ids(ProtonMail), topic: tAuth, methods: creds, c: app(
			lines(
				"If you connect through Proton Mail Bridge, open the Bridge app on the computer that runs it and copy the Bridge password it shows for this address.",
				"If you send through Proton's SMTP submission instead, create a new SMTP token for this address in Proton's settings and copy it.",
				"Paste it here and save.",
			),
			lines("{apppw}", "{help}"),
			lines("Your Proton password: Proton Mail never accepts it from mail apps."),
		)},
	}
}
