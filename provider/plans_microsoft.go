package provider

// microsoftPlans is the content for Microsoft 365 and Outlook.com. The SMTP
// AUTH switches refuse OAuth logins too
// (https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission).
// Password SMTP AUTH becomes default-off for existing tenants at the end of
// December 2026 (Exchange Team blog, 27 January 2026:
// https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835),
// so OAuth is the lasting fix. Microsoft publishes no time for
// the switch to apply; field reports range from minutes to an hour. Outlook.com
// refuses passwords and app passwords for IMAP and SMTP since 16 September 2024.
func microsoftPlans() []entry {
	m365, outlook := ids(Microsoft365), ids(OutlookPersonal)
	pw, oauth := methods(MethodPassword), methods(MethodOAuth)
	const (
		adminCenter      = "https://admin.microsoft.com"
		entraCenter      = "https://entra.microsoft.com"
		restricted       = "https://security.microsoft.com/restrictedentities"
		officeSignIn     = "https://www.office.com"
		passwordEnds     = "Password sign-in as a lasting fix: from the end of December 2026 Microsoft turns password SMTP sign-in off by default for existing tenants. Reconnecting with Microsoft sign-in is the fix that lasts."
		clearTenant      = "Microsoft publishes no figure: usually a few minutes after the admin saves, but allow up to an hour. This mailbox is re-checked every 30 seconds at first and then less and less often for several hours, and the flag clears at the first check that passes."
		clearRestricted  = "Usually within an hour of the unblock and never more than 24 hours, by Microsoft's own figure. A block set by an outbound spam policy may also lift by itself the next day."
		outlookNoAppPass = "An app password: Outlook.com stopped accepting them from mail apps on 16 September 2024."
		outlookNoPass    = "Your Microsoft account password: mail apps cannot sign in to Outlook.com with it since 16 September 2024."
	)
	shareWithAdmin := "Share these steps with your Microsoft 365 administrator."
	consentStep := "If Microsoft says an administrator must approve the app, share that message with your Microsoft 365 admin, and sign in again once they approve it."
	msSignIn := lines(
		"Choose to reconnect this mailbox and pick Sign in with Microsoft.",
		"Sign in with your work or school account and accept the permissions Microsoft lists.",
		consentStep,
	)
	outlookSignIn := lines(
		"Choose to reconnect this mailbox and pick Sign in with Microsoft.",
		"Sign in with your Outlook.com, Hotmail or Live address and accept the permissions Microsoft lists.",
		"Wait for the confirmation here; there is nothing to type in.",
	)
	authenticatedSMTP := lines(
		shareWithAdmin,
		"In the Microsoft 365 admin center, open Users › Active users and select this mailbox's user.",
		"On the Mail tab, choose Manage email apps, tick Authenticated SMTP, and save the changes.",
		"If sending still fails, check in the Exchange admin center (Settings › Mail flow) that SMTP AUTH is not turned off for the whole organisation.",
	)
	godaddy := "If GoDaddy manages your Microsoft 365, the admin makes these changes in GoDaddy's Email & Office Dashboard instead."
	return []entry{
		{ids: m365, topic: tAuth, methods: pw, c: content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: lines(
				"Sign in at office.com with your work or school account to check that your password still works.",
				"If your organisation made you change it, enter the new password here and save.",
				"If Microsoft asks for a second step when you sign in (a code or an app prompt), a password cannot work here: reconnect with Microsoft sign-in instead.",
			),
			links: lines(officeSignIn, "{help}"),
			willNotWork: lines(
				passwordEnds,
				"Your password when your account requires multi-factor sign-in: mail apps cannot answer the second step.",
			),
			clearWithin: clearCredentials,
		}},
		{ids: m365, topic: tAuth, methods: oauth, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps:       msSignIn,
			willNotWork: lines("A password: this mailbox is connected through Microsoft sign-in."),
			clearWithin: clearSignIn,
		}},
		{ids: outlook, topic: tAuth, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps:       outlookSignIn,
			links:       lines("{help}"),
			willNotWork: lines(outlookNoAppPass, outlookNoPass),
			clearWithin: clearSignIn,
		}},
		{ids: m365, topic: topicPasswordOff, c: content{
			willNotWork: lines("A password: Microsoft 365 refuses password sign-in for this mailbox, and from the end of December 2026 it does so by default for every existing tenant."),
		}},

		// tenant_smtp_disabled (5.7.139 "disabled for the Tenant/Mailbox").
		{ids: m365, topic: tTenant, methods: pw, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: with(authenticatedSMTP,
				"Also check that Security defaults or a Conditional Access policy does not block this sign-in: either one overrides the setting.",
				godaddy,
			),
			links: lines(adminCenter, "{help}"),
			willNotWork: lines(
				"A new password or signing in again: the switch refuses every SMTP sign-in until the admin turns it on.",
				"Your password when your account requires multi-factor sign-in: turning Authenticated SMTP on does not change that, so reconnect with Microsoft sign-in.",
				passwordEnds,
			),
			clearWithin: clearTenant,
		}},
		{ids: m365, topic: tTenant, methods: oauth, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: with(authenticatedSMTP,
				"Also check that no Conditional Access policy blocks this sign-in.",
				godaddy,
			),
			links:       lines(adminCenter, "{help}"),
			willNotWork: lines("Signing in again with Microsoft, or a new password: the switch refuses Microsoft sign-in too, until the admin turns it on."),
			clearWithin: clearTenant,
		}},
		{ids: m365, topic: topicIMAPAdmin, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: lines(
				shareWithAdmin,
				"In the Microsoft 365 admin center, open Users › Active users and select this mailbox's user.",
				"On the Mail tab, choose Manage email apps, tick IMAP and Authenticated SMTP, and save the changes.",
				godaddy,
			),
			links:       lines(adminCenter),
			willNotWork: lines("A new password or signing in again: IMAP stays off for this user until the admin turns it on."),
			clearWithin: clearTenant,
		}},
		{ids: m365, topic: topicSecurityDefaults, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps: lines(
				"Your organisation's Security defaults refuse password sign-in from mail apps, so reconnect with Microsoft sign-in instead.",
				"Choose to reconnect this mailbox, pick Sign in with Microsoft, and accept the permissions Microsoft lists.",
				consentStep,
			),
			willNotWork: lines(
				"A new password: Security defaults refuse password sign-in from mail apps whatever the password.",
				"Asking the admin to turn Security defaults off: Microsoft advises against it, and password SMTP sign-in is off by default from the end of December 2026 anyway.",
			),
			clearWithin: clearSignIn,
		}},
		{ids: m365, topic: topicConsent, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: lines(
				shareWithAdmin,
				"In the Microsoft Entra admin center, open Enterprise applications, find this product's app and grant admin consent for its permissions.",
				"If a Conditional Access policy blocked the sign-in, allow it for this user and this app.",
				"Then sign in again here with Microsoft.",
			),
			links:       lines(entraCenter),
			willNotWork: lines("Signing in again before the admin approves: Microsoft refuses it the same way."),
			clearWithin: "Within seconds of signing in again after the admin's approval: the next health check clears it.",
		}},
		{ids: outlook, topic: tTenant, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps: lines(
				"Choose to reconnect this mailbox and sign in with Microsoft again, with your Outlook.com, Hotmail or Live address.",
				"If the same message comes back, Microsoft has turned SMTP sending off for this mailbox and offers no setting to turn it on: send from another mailbox.",
			),
			links: lines("{help}"),
			willNotWork: lines(
				"Asking an administrator: personal Outlook.com accounts have none, and Microsoft offers no switch for this.",
				outlookNoAppPass,
			),
			clearWithin: "At the first check after you sign in again, if it clears at all: Microsoft offers no fix for a personal mailbox that stays in this state.",
		}},

		// provider_block.
		{ids: m365, topic: tBlock, c: content{
			action: ActionUnblockAtProvider, actor: ActorAdmin,
			steps: lines(
				shareWithAdmin,
				"Secure the account first: reset its password and make sure multi-factor sign-in is on.",
				"In the Microsoft Defender portal, open Email & collaboration › Review › Restricted entities.",
				"Select this user and choose Unblock.",
				"If the password was reset, update this mailbox here: enter the new password, or sign in with Microsoft again.",
			),
			links: lines(restricted),
			willNotWork: lines(
				"Entering the same password again: the block is on Microsoft's side.",
				"A new password or signing in again on its own: the user stays unable to send until the admin unblocks it.",
			),
			clearWithin: clearRestricted,
		}},
		{ids: outlook, topic: tBlock, c: content{
			action: ActionUnblockAtProvider, actor: ActorOwner,
			steps: lines(
				"Sign in at outlook.com in a web browser with this address.",
				"Complete the check Microsoft shows, such as a code sent to your phone.",
				"Send one message from Outlook.com to confirm that sending works again.",
				"If the account is new, keep volumes low for a while: new accounts may send only a little at first.",
			),
			willNotWork: lines("Entering the same password again, or an app password: the block is on Microsoft's side, and Outlook.com takes only Microsoft sign-in."),
			clearWithin: "Soon after you complete Microsoft's check: the next check that passes clears the flag.",
		}},

		// mailbox_disconnected.
		{ids: m365, topic: tDisconnected, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps: with(msSignIn,
				"The admin can approve it in the Microsoft Entra admin center under Enterprise applications."),
			links:       lines(entraCenter),
			willNotWork: lines("A password: only signing in with Microsoft again restores this connection."),
			clearWithin: clearSignIn,
		}},
		{ids: outlook, topic: tDisconnected, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps:       outlookSignIn,
			links:       lines("{help}"),
			willNotWork: lines(outlookNoAppPass, outlookNoPass),
			clearWithin: clearSignIn,
		}},

		// Operator notes for platform verdicts.
		{ids: ids(Microsoft365, OutlookPersonal), topic: "note:aadsts_client_secret", c: content{
			steps: lines("For the product team: the Microsoft Entra app's client secret is wrong or has expired; create a new one and deploy it."),
		}},
		{ids: ids(Microsoft365, OutlookPersonal), topic: "note:aadsts_app_misconfigured", c: content{
			steps: lines("For the product team: the Microsoft Entra app registration is missing, misconfigured or not allowed for this kind of account; check its redirect URIs, supported account types and permissions."),
		}},
		{ids: ids(Microsoft365, OutlookPersonal), topic: "note:oauth_invalid_client", c: content{
			steps: lines("For the product team: Microsoft does not accept the product's OAuth client; check the Entra app's client ID and secret."),
		}},
	}
}
