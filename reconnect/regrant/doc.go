// Package regrant runs the OAuth re-grant of a mailbox, the "Reconnect with
// Microsoft" or "Sign in with Google" button, through net/http, so any web
// framework can use it.
//
//	flow, err := regrant.New(machine, store, &regrant.Options{
//		Key:         key, // 32+ random bytes, the same on every instance
//		RedirectURL: "https://app.example.com/oauth/callback",
//		Apps:        apps, // provider ID -> the product's OAuth client
//		Tokens:      vault, // reads the stored refresh token
//	})
//
// # Start
//
// [Flow.Start] (or [Flow.StartHTTP], which also sets the cookie) returns the
// authorization URL for a mailbox and the browser-binding value the host
// keeps in a cookie or its session. The request is an authorization code
// request with PKCE S256 (RFC 7636); login_hint is the mailbox's address;
// the state is HMAC-signed with Options.Key, expires after
// Options.StateTTL, is accepted once (see [Replay]) and names the mailbox,
// its workspace and a keyed hash of the browser-binding value, compared in
// constant time on the way back (RFC 6749 section 10.12, RFC 9700 section
// 4.7). The PKCE verifier is derived from the key, the state's random ID and
// the browser-binding value, so nothing is stored between the two requests
// but the cookie. A nonce binds the ID token to the sign-in.
//
// Endpoints and scopes come from the provider registry (see
// [DefaultEndpoint]): Microsoft 365 signs in at the mailbox's tenant when
// Options.Tenant knows it, else at "organizations"; Outlook.com at
// "consumers"; Google asks for https://mail.google.com/ with
// access_type=offline and prompt=consent. Microsoft scopes follow the
// protocols the mailbox uses ([Protocols]): IMAP.AccessAsUser.All, SMTP.Send
// or both, with offline_access. Every request adds openid email profile, to
// learn who signed in. Yahoo uses its published OpenID configuration;
// providers without a documented OpenID Connect issuer (AOL among them)
// need Options.Endpoint.
//
// # Callback
//
// [Flow.Callback] checks the state and the browser binding, then the
// provider's answer. Error answers never touch the mailbox: access_denied is
// [OutcomeCancelled]; consent_required and interaction_required are
// [OutcomeConsentRequired]; Entra's AADSTS65001, 90094 and 90095 (and
// Google's admin_policy_enforced) are [OutcomeAdminConsent], with the
// administrator's plan and, for Microsoft 365, the tenant's admin-consent
// URL. Otherwise the code is exchanged (a failure is the integrating
// product's: class platform, never a flag), the ID token verified with
// github.com/coreos/go-oidc/v3 (signature from the provider's published
// keys, issuer, audience, expiry, nonce, at_hash; for Microsoft the
// issuer is the one of the token's "tid" tenant, and a sign-in started at
// one tenant must come back from it; a failure is class platform too), a
// sign-in by another account than
// the mailbox's refused with both addresses named, and a consent that left
// a permission unticked (Google's granular consent) refused with the box to
// tick.
//
// # Complete
//
// [Flow.Complete] hands the grant to reconnect.Machine.UpdateCredentials,
// which tests it with the Machine's Tester (an XOAUTH2 login) and clears the
// flag and every hold at once. A repeat consent that returns no refresh
// token keeps the stored one ([Tokens]). [Flow.Finish] runs Callback and
// Complete for an http.Request. Every answer is a [Result]: an [Outcome], a
// message for the owner, and the technical verdict.
//
// # Secrets
//
// Codes, verifiers, tokens and the client secret never appear in an error,
// a Result or anything this package returns as text; tokens are
// reconnect.Secret values.
package regrant
