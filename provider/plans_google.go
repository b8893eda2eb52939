package provider

// googlePlans is the content for Gmail and Google Workspace. Google Workspace
// accounts take no passwords from mail apps since 14 March 2025 except app
// passwords (https://support.google.com/a/answer/14114704); app passwords need
// 2-Step Verification, are missing with security-key-only 2SV or Advanced
// Protection, can be forbidden by the Workspace admin, and are revoked on every
// Google password change (https://support.google.com/accounts/answer/185833).
// Admin console changes can take up to 24 hours.
func googlePlans() []entry {
	both := ids(Gmail, GoogleWorkspace)
	creds, oauth := methods(MethodPassword, MethodAppPassword), methods(MethodOAuth)
	const (
		appPasswordHelp = "https://support.google.com/accounts/answer/185833"
		lessSecureApps  = "https://support.google.com/a/answer/14114704"
		adminConsole    = "https://admin.google.com"
		clearAdmin      = "Google says admin console changes can take up to 24 hours, though most apply sooner. The first check that passes after that clears the flag."
	)
	makeAppPassword := lines(
		"Sign in to your Google Account in a web browser and check that 2-Step Verification is on; turn it on if it is not.",
		"Open myaccount.google.com/apppasswords, create an app password named after this product, and copy the 16 characters Google shows.",
		"Paste them here without spaces and save.",
	)
	revoked := "An app password created before your last Google password change: Google deleted all of them when the password changed."
	oauthSteps := lines(
		"Choose to reconnect this mailbox and pick Sign in with Google.",
		"Sign in with this mailbox's Google account and allow access to Gmail when Google asks.",
		"Wait for the confirmation here; there is nothing to type in.",
	)
	trustApp := "If Google says your organisation blocks this app, your Workspace admin must mark it as trusted (Admin console › Security › Access and data control › API controls) before you sign in again."
	testingMode := "Reconnecting every week: if the connection dies again after exactly 7 days, the product's Google app is still in testing mode, and only the product team can fix that by publishing it."
	return []entry{
		{ids: ids(Gmail), topic: tAuth, methods: creds, c: content{
			action: ActionUpdateAppPassword, actor: ActorOwner, appPassword: true,
			steps: with(makeAppPassword,
				"If Google says app passwords are not available, your account uses security keys only or Advanced Protection: reconnect with Sign in with Google instead."),
			links: lines("{apppw}", appPasswordHelp),
			willNotWork: lines(
				"Your normal Google password: Google accepts only an app password or Sign in with Google from mail apps.",
				revoked,
			),
			clearWithin: clearCredentials,
		}},
		{ids: ids(GoogleWorkspace), topic: tAuth, methods: creds, c: content{
			action: ActionUpdateAppPassword, actor: ActorOwner, appPassword: true,
			steps: with(makeAppPassword,
				"If Google says app passwords are not available, your Workspace admin has turned them off (or your account uses security keys only): then Sign in with Google is the only way, so reconnect with it."),
			links: lines("{apppw}", appPasswordHelp, lessSecureApps),
			willNotWork: lines(
				"Your normal Google password: since 14 March 2025 Google Workspace accepts only app passwords or Sign in with Google from mail apps.",
				revoked,
			),
			clearWithin: clearCredentials,
		}},
		{ids: ids(Gmail), topic: tAuth, methods: oauth, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps:       oauthSteps,
			willNotWork: lines("An app password or your Google password: this mailbox is connected through Sign in with Google."),
			clearWithin: clearSignIn,
		}},
		{ids: ids(GoogleWorkspace), topic: tAuth, methods: oauth, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps:       with(oauthSteps, trustApp),
			links:       lines(adminConsole),
			willNotWork: lines("An app password or your Google password: this mailbox is connected through Sign in with Google."),
			clearWithin: clearSignIn,
		}},
		{ids: both, topic: topicLockout, c: content{
			steps:       lines("Sign in to your Google Account in a web browser first: after repeated failed attempts Google may hold sign-ins back for a while. Complete any check it asks for, and wait if it tells you to."),
			willNotWork: lines("Retrying again and again: more failed attempts make Google hold sign-ins back longer."),
		}},
		{ids: both, topic: topicWebLogin, c: content{
			steps: lines("First sign in to your Google Account at accounts.google.com in a web browser and complete the security check Google shows there."),
			links: lines("https://accounts.google.com"),
		}},

		// tenant_smtp_disabled: the Workspace admin restricted the app
		// (admin_policy_enforced) or turned IMAP off for the organisational unit.
		{ids: both, topic: tTenant, methods: oauth, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: lines(
				"Share these steps with your Google Workspace administrator.",
				"In the Google Admin console, open Security › Access and data control › API controls › App access control.",
				"Find this product's app and mark it as trusted for your organisational unit.",
				"Open Apps › Google Workspace › Gmail › End User Access and check that POP and IMAP access is on for your organisational unit.",
				"Save; then sign in again here with Google if this mailbox asks you to.",
			),
			links:       lines(adminConsole),
			willNotWork: lines("Signing in again or a new password before the admin acts: the organisation's setting refuses them all."),
			clearWithin: clearAdmin,
		}},
		{ids: both, topic: tTenant, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: lines(
				"Share these steps with your Google Workspace administrator.",
				"In the Google Admin console, open Apps › Google Workspace › Gmail › End User Access.",
				"Turn POP and IMAP access on for your organisational unit and save.",
				"If the organisation does not allow app passwords, the admin can allow them, or you can reconnect with Sign in with Google once the admin trusts this product's app.",
			),
			links:       lines(adminConsole, lessSecureApps),
			willNotWork: lines("A new password or app password before the admin acts: the organisation's setting refuses them all."),
			clearWithin: clearAdmin,
		}},
		{ids: both, topic: topicIMAPAdmin, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: lines(
				"Share these steps with your Google Workspace administrator.",
				"In the Google Admin console, open Apps › Google Workspace › Gmail › End User Access.",
				"Turn POP and IMAP access on for your organisational unit and save.",
				"A personal @gmail.com address has no IMAP switch any more: if yours is one, sign in to Gmail in a web browser, check for notices, then reconnect.",
			),
			links:       lines(adminConsole),
			willNotWork: lines("A new password or signing in again: IMAP stays off for the organisation until the admin turns it on."),
			clearWithin: clearAdmin,
		}},

		// provider_block: sending limit (resets within 24 hours) or suspension.
		{ids: ids(Gmail), topic: tBlock, c: content{
			action: ActionUnblockAtProvider, actor: ActorOwner,
			steps: lines(
				"Sign in to Gmail in a web browser and read any notice about sending being blocked or the account being suspended.",
				"If Gmail says you reached its sending limit, wait: the block lifts within 24 hours.",
				"If the account is suspended, follow Google's steps to restore it, and change your password if Google asks.",
				"If you changed your Google password, update this mailbox: create a new app password, or sign in with Google again.",
			),
			willNotWork: lines("Entering the same password or app password again: the block is on Google's side."),
			clearWithin: "Within 24 hours for a sending-limit block; for a suspension, once Google restores the account. The next check that passes clears the flag.",
		}},
		{ids: ids(GoogleWorkspace), topic: tBlock, c: content{
			action: ActionUnblockAtProvider, actor: ActorOwner,
			steps: lines(
				"Sign in to Gmail in a web browser and read any notice about sending being blocked or your user being suspended.",
				"If Gmail says you reached its sending limit, wait: the block lifts within 24 hours.",
				"If your user is suspended, your Workspace admin can restore it in the Google Admin console (Users › your user › Reactivate).",
				"If your Google password was changed, update this mailbox: create a new app password, or sign in with Google again.",
			),
			links:       lines(adminConsole),
			willNotWork: lines("Entering the same password or app password again: the block is on Google's side."),
			clearWithin: "Within 24 hours for a sending-limit block; for a suspended user, once the admin restores it. The next check that passes clears the flag.",
		}},
		{ids: ids(Gmail), topic: topicWaitRate, c: content{
			action: ActionWaitAndRetry, actor: ActorOwner,
			steps: lines(
				"Nothing to do now: this account has used up Gmail's sending limit.",
				"It resets within 24 hours; Gmail counts the last 24 hours, not the calendar day.",
				"To avoid it, stay well under 500 messages a day from a personal Gmail account.",
			),
			clearWithin: clearOnItsOwn,
		}},
		{ids: ids(GoogleWorkspace), topic: topicWaitRate, c: content{
			action: ActionWaitAndRetry, actor: ActorOwner,
			steps: lines(
				"Nothing to do now: this account has used up Gmail's sending limit.",
				"It resets within 24 hours; Gmail counts the last 24 hours, not the calendar day.",
				"To avoid it, stay well under 2,000 messages a day from a Google Workspace account.",
			),
			clearWithin: clearOnItsOwn,
		}},

		// mailbox_disconnected: the refresh token was revoked or expired.
		{ids: ids(Gmail), topic: tDisconnected, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps: lines(
				"Choose to reconnect this mailbox and sign in with the same Google account as before.",
				"Allow access to Gmail when Google asks.",
				"Wait for the confirmation here; there is nothing to type in.",
			),
			willNotWork: lines(
				"An app password or your Google password: this mailbox needs Sign in with Google again.",
				testingMode,
			),
			clearWithin: clearSignIn,
		}},
		{ids: ids(GoogleWorkspace), topic: tDisconnected, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps: lines(
				"Choose to reconnect this mailbox and sign in with the same Google account as before.",
				"Allow access to Gmail when Google asks.",
				trustApp,
			),
			links: lines(adminConsole),
			willNotWork: lines(
				"An app password or your Google password: this mailbox needs Sign in with Google again.",
				testingMode,
			),
			clearWithin: clearSignIn,
		}},
		{ids: both, topic: "note:oauth_invalid_client", c: content{
			steps: lines("For the product team: Google does not accept the product's OAuth client; check its client ID and secret, its redirect URIs and its consent screen in Google Cloud."),
		}},
	}
}
