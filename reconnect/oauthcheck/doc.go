// Package oauthcheck refreshes mailboxes' OAuth access tokens and tests OAuth
// grants, with golang.org/x/oauth2, for Google, Microsoft and the other
// providers whose token endpoints the provider registry lists.
//
// # Endpoints
//
// [Refresher] names the mailbox's provider from its hosts and address (no DNS)
// and takes the token endpoint from the registry: Google's
// https://oauth2.googleapis.com/token, Microsoft's
// https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token with the tenant
// from [Refresher.Tenant] ("common" by default; Outlook.com mailboxes use
// "consumers"). [Refresher.TokenURL] overrides it, for custom-domain mailboxes
// the registry cannot place and for tests. Microsoft refreshes carry the
// registry's IMAP and SMTP scopes, so the new token is for outlook.office.com.
//
// # Rotation and concurrency
//
// When the provider returns a new refresh token, [Refresher.Persist] stores it
// before anything else happens; if it fails, the refresh fails. One refresh
// per mailbox runs at a time: concurrent callers wait for it and share its
// result, so twenty workers that find the same expired token make one request
// (and a rotating provider never sees the old token twice). Callers share a
// refresh only when they hold the same refresh token: an owner who signs in
// again while the old grant is being refreshed gets a refresh of the new one. Sharing is per
// Refresher: use one for the whole application.
//
// # Testing a mailbox
//
// [Refresher] is itself a reconnect.Tester: a refresh proves the grant. A
// [Tester] proves the mail server's access too: it logs in with the access
// token through an smtpcheck or imapcheck Tester, refreshing it only when it
// is due (reconnect.Credentials.AccessTokenExpiry tells), so a token still
// valid costs no token request.
//
// # Errors
//
// The token endpoint's failure is returned as x/oauth2's
// *oauth2.RetrieveError, wrapped with "oauthcheck:", so classify.Error gives
// its class: invalid_grant and Entra AADSTS700082 (expired for inactivity),
// AADSTS50173 (password changed) and similar are revoked (the owner signs in
// again); invalid_client and AADSTS7000222 (the app's client secret expired)
// are platform (the integrating product must fix its app, never the owner);
// 5xx and HTML pages are transient and 429 rate_limited. Neither tokens nor
// the client secret ever appear in error text.
package oauthcheck
