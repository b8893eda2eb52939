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
	{id: "dynamics_product_setting", class: ClassConfig, anyOf: p("userprivilegeerror", "-2147220891", "crm.80040265", "-2147209462", "exchange.server returned 383"),
		doc: "Dynamics 365 server-side sync: a security role, plugin or workflow, or time zone setting in the product stops synchronization"},
}
