package classify

// mailCatalogRules cover the published error catalogs of consumer mail
// services whose entries the rules before them (rules.go, rules_catalogs.go)
// do not already read as the catalog does. They come right after
// catalogRules. Each group names its catalog (testdata/catalogs/*.jsonl).
var mailCatalogRules = []rule{
	// ---- Outlook.com Postmaster, "Troubleshooting"
	// (https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx),
	// testdata/catalogs/outlookcom_postmaster.jsonl. The page's FAQ: Outlook.com
	// refuses mail from a domain whose Sender ID (SPF) record allows no IP to
	// send for it. The other rows of its "SMTP Error Codes" table (RP-001..003,
	// SC-001..004, DY-001/002, OU-001/002, 5.7.515) are read by the rate-limit,
	// blocklist and policy rules of rules.go.
	{id: "outlookcom_sender_id", class: ClassRejected, anyOf: p("sender id validation failure"),
		doc: "Outlook.com: 550 command rejected due to Sender ID validation failure (the sending domain's SPF/Sender ID record does not allow the sending IP)"},
	// The same table's policy codes when a bounce keeps only the code and
	// the server's name ("550 SC-001 (COL004-MC1F22)", round 33) or Hotmail's
	// older sentence ("550 SC-004 (COL0-MC1-F1) Unfortunately, messages from
	// ... weren't sent", round 7): every SC, DY and OU code is a refusal of
	// the sending IP or its mail for policy or reputation.
	{id: "outlookcom_policy_code", class: ClassRejected, anyOf: p(" sc-001", " sc-002", " sc-003", " sc-004", " dy-001", " dy-002", " ou-001", " ou-002"),
		doc: "Outlook.com: an SC-, DY- or OU- code of its SMTP error table (mail or the sending IP refused for policy or reputation)"},
}
