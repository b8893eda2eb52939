package classify

// Held-out round 63's misses, as families.
//
// Entra's error descriptions without their AADSTS code, as products show
// the message alone
// (https://learn.microsoft.com/entra/identity-platform/reference-error-codes):
// a Conditional Access or device policy of the tenant is the administrator's
// (AADSTS53003, 53000, 530002, 530021: admin), a second factor to enrol or
// a fresh sign-in needed is the owner's to do again (AADSTS50079, 50173:
// revoked, as aadstsTable reads those codes). Before these rules "blocked by
// Conditional Access policies" read as a content rejection.
//
// A secret the product stores for the mailbox that it cannot decrypt: an
// AEAD's authentication tag that does not match (Go's crypto/cipher
// "cipher: message authentication failed", CodeIgniter 4's "Decrypting:
// authentication failed.", Python cryptography's InvalidTag) says the
// product's own key is wrong, not that a server refused the password.
var round63EarlyRules = []rule{
	{id: "entra_device_policy", class: ClassAdmin,
		anyOf: p("conditional access polic", "blocked by conditional access", "access policy does not allow token issuance",
			"required to be managed to access this resource", "required to be compliant to access this resource", "must be compliant to access",
			"approved app requirements", "approved client app", "app protection policy",
			// AADSTS530032's sentence without its code (round 78).
			"tenant admin has configured a security policy",
			// "Conditional access" in Spanish, Portuguese, French and
			// German (round 102).
			"acceso condicional", "acesso condicional", "accès conditionnel", "bedingten zugriff"),
		// A tool reading the policies' own structure (round 78).
		noneOf: p("policy structure"),
		doc:    "Entra: a Conditional Access, device or app policy of the tenant blocks the sign-in (the administrator's)"},
	{id: "entra_sign_in_again", class: ClassRevoked,
		anyOf:  p("needs to enroll for second factor", "need to enroll for second factor", "enroll for multi-factor", "enroll in multi-factor", "fresh auth token is needed", "re-sign using fresh credentials"),
		noneOf: otherSignIns,
		doc:    "Entra: the owner must enrol a second factor or sign in afresh (AADSTS50079, 50173 without their codes)"},
	{id: "stored_secret_undecryptable", class: ClassConfig,
		anyOf: p("cipher: message authentication failed", "chacha20poly1305: message authentication failed", "decrypting: authentication failed",
			"authentication tag mismatch", "invalidtag"),
		noneOf: p("535", "5.7.", "[authenticationfailed]"),
		doc:    "the product cannot decrypt the secret it stores for the mailbox (its own key is wrong): no server refused anything"},
}
