package classify

import "slices"

// Round 53's families in products' own words (testdata/heldout/round53.jsonl,
// measured untouched first): a product saying the token it stored for the
// mailbox is no longer valid (LimeSurvey's Google and Azure sending plugins,
// "The saved token isn't valid. You need to get a new one."), or that it
// holds no account at the provider for the mailbox (UVdesk's mailbox
// component, "No microsoft account was found with email ..."). Both ask the
// owner to connect the mailbox again: revoked. Another service's token or
// account (an API key, Slack, a calendar) stays out.
var round53PromptsLateRules = []rule{
	{id: "stored_token_invalid", class: ClassRevoked,
		anyOf: p("saved token isn't valid", "saved token is not valid", "saved token is invalid", "saved token has expired",
			"stored token isn't valid", "stored token is not valid", "stored token is invalid", "stored token has expired",
			"stored oauth token is invalid", "stored oauth token has expired", "stored refresh token is invalid"),
		noneOf: slices.Concat(notMailConnection, gen51OtherAPIs, p("api key", "apikey", "api token", "csrf", "session")),
		doc:    "a product says the token it stored for the mailbox is no longer valid: the owner connects the mailbox again"},
	{id: "provider_account_missing", class: ClassRevoked,
		anyOf: p("no microsoft account was found", "no google account was found", "no gmail account was found", "no outlook account was found",
			"no office 365 account was found", "no microsoft account found for", "no google account found for"),
		noneOf: slices.Concat(notMailConnection, gen51OtherAPIs),
		doc:    "a product holds no Google or Microsoft account for the mailbox (never connected, or removed): the owner connects it again"},
}
