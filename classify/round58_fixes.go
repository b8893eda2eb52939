package classify

import "slices"

// Held-out round 58's misses, as families (testdata/heldout/README.md,
// round 58). Read 2026-12-05.
//
// A provider's account that "needs re-login" (Melisma Mail's sync, in the
// words apps use for a Google or Microsoft sign-in that must be done again)
// is the owner's reconnect when a mail-account word names it; "you need to
// re-login to your account" alone is a webmail's own session (Afterlogic's
// user conflict) and stays unknown. MSAL's interaction-required error is read
// by oauth_invalid_grant.
var round58LateRules = []rule{
	{id: "provider_relogin", class: ClassRevoked,
		anyOf:   p("needs re-login", "needs relogin", "re-login required", "relogin required", "requires re-login", "requires relogin"),
		alsoAny: mailAccountWords,
		noneOf:  slices.Concat(notMailConnection, gen51OtherAPIs, p("session", "api key", "apikey")),
		doc:     "a product says the Google, Microsoft or mail account it syncs needs the owner to sign in to it again"},
}
