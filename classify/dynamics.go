package classify

// Dynamics 365 server-side synchronization: the mailbox alerts end in
// "Email Server Error Code: <name>", and the name decides. Read from
// MicrosoftDocs/SupportArticles-docs,
// support/power-platform/dataverse/email-exchange-synchronization/ (see
// testdata/catalogs/README.md for the files and commits). The alert
// sentences around a name ("The system will try ... again later") are the
// same for a passing hiccup and for a setting that will fail every cycle, so
// the name comes before the generic temporary wording.
var dynamicsRules = []rule{
	// UserPrivilegeError and the IsvAborted codes (-2147220891, 80040265),
	// the queue team without a role (-2147209462), and EWS's 383 time-zone
	// defect: each is fixed in the organisation's Dynamics 365 security roles,
	// customizations or the user's time zone, never with the mailbox's
	// credentials (an-internal-dynamics-365-error.md,
	// unknownincomingemailintegrationerror-2147220891.md,
	// error-2147209462-logged-mailbox-record.md,
	// appointments-do-not-sync-to-exchange-for-some-users.md).
	// InvalidForwardMailItem is the forwarding mailbox's Incoming Email option
	// (error-when-creating-an-incoming-email.md); -2147220956 (IsvUnexpected)
	// and -2147220192 (the queue owner's Read privilege) are customizations
	// and roles (exception-appears-server-side-sync.md). "Http server returned
	// 401 Unauthorized exception" asks for the mailbox's credentials, but every
	// cause the article lists is a setting: the record's address differs from
	// Exchange's, a Hybrid profile for an Exchange Online mailbox, no license,
	// another tenant, Basic authentication off for EWS
	// (exception-when-using-server-side-sync.md).
	{id: "dynamics_product_setting", class: ClassConfig, anyOf: p("userprivilegeerror", "-2147220891", "crm.80040265", "-2147209462", "exchange.server returned 383", "invalidforwardmailitem", "-2147220956", "-2147220192", "returned 401 unauthorized exception",
		// Test & Enable codes: 8005E259, the user's or team's privileges;
		// 8005E272, the mailboxes' profile and synchronization settings
		// (error-code-8005e259.md, error-code-8005e272.md). Autodiscover
		// failing for an on-premises profile (error-when-testing-enabling-mailbox.md)
		// and a missing Send Email as Another User privilege
		// (cannot-send-email-as-another-user.md) are settings too.
		"8005e259", "8005e272", "could not be determined while receiving", "cannot send email as the selected user",
		// The mailbox user's privilege on the Dynamics object (Crm.80048306,
		// error-when-you-test-enable-a-mailbox.md), a mailbox record whose
		// address is no user of the profile's tenant
		// (test-enable-fails-for-unrecognized-email-address.md), and a mailbox
		// with no active email server profile
		// (mailbox-does-not-have-email-server-profile.md): round 18's rows.
		"crm.80048306", "not enough privilege to access the microsoft dynamics 365 object", "no user was found with the email address",
		"invalidincomingemailserverprofile", "invalidoutgoingemailserverprofile", "does not have an email server profile associated"),
		doc: "Dynamics 365 server-side sync: a security role, plugin or workflow, or time zone setting in the product stops synchronization"},
	// 8005E273: the Microsoft 365 account behind the mailbox is disabled or
	// its sign-in blocked (error-code-8005e273.md).
	{id: "dynamics_account_disabled", class: ClassRevoked, anyOf: p("8005e273"),
		doc: "Dynamics 365 server-side sync: the mailbox's Microsoft 365 account is disabled"},
	// -2147167669: the mailbox record's owner has no Dynamics 365 license
	// (exception-appears-server-side-sync.md); 8005E276: no Exchange license
	// (error-code-8005e276.md). An administrator assigns it.
	{id: "dynamics_unlicensed_owner", class: ClassAdmin, anyOf: p("-2147167669", "8005e276"),
		doc: "Dynamics 365 server-side sync: the mailbox's owner has no Dynamics 365 or Exchange license (an administrator assigns it)"},
}
