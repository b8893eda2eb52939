package classify

// Round 41's Microsoft identity platform, Graph and EWS answers
// (testdata/heldout/round41.jsonl), each read with the whole vocabulary it
// comes from:
//
//   - Entra's AADSTS codes: aadsts_table.go gains the codes of the reference
//     page's revision of 2025-02-03
//     (https://learn.microsoft.com/entra/identity-platform/reference-error-codes,
//     as merill/entra-docs-mirror keeps it, commit 60bcd50e;
//     testdata/catalogs/entra_aadsts_2025.jsonl) and the codes Entra returns
//     that no revision lists: AADSTS1002016 (TLS 1.0/1.1 or 3DES refused, the
//     client's setup, config: aadsts_client_setup below), AADSTS650053 (a scope
//     that doesn't exist on the resource, platform), AADSTS900981 (an admin
//     consent request for a risky app, admin).
//   - The same messages without their code, as products print them: the
//     reference's AADSTS700022/700023/28002/28003 scope sentences and
//     AADSTS650053's "asked for scope ... that doesn't exist on the resource"
//     (platform); the consent errors of "Unexpected error when performing
//     consent to an application" (MicrosoftDocs/entra-docs
//     docs/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error.md,
//     commit 07d3251d): AADSTS90093's "requesting one or more permissions that
//     you aren't authorized to grant" and "has set a policy that prevents you
//     from granting", AADSTS900941's "app is considered risky" and the risky-app
//     screens "This app may be risky. If you trust this app, ask your admin to
//     grant you access." and "... Only continue if you trust this app.", and
//     AADSTS900981's "admin consent request was received for a risky app"
//     (admin); AADSTS65005's "doesn't match how the app was pre-configured
//     during app registration" (platform).
//   - Microsoft Graph (microsoftgraph/microsoft-graph-docs-contrib
//     concepts/throttling-limits.md, Outlook service limits: 4 concurrent
//     requests, 150 MB upload in 5 minutes per app and mailbox; Outlook answers
//     "Application is over its MailboxConcurrency limit." or "... its
//     IncomingBytes limit."; concepts/errors.md: activityLimitReached "The app
//     or user has been throttled"; its throttledRequest is read as throttling already)
//     (rate_limited); Azure AD Graph's Authorization_IdentityNotFound, "The
//     identity of the calling application could not be established": the
//     application has no service principal in the tenant (platform).
//   - The EWS Managed API (OfficeDev/ews-managed-api commit 25a393db,
//     Strings.cs): every Autodiscover message (AutodiscoverCouldNotBeLocated,
//     AutodiscoverError, InvalidAutodiscoverServiceResponse,
//     AutodiscoverDidNotReturnEwsUrl, NoSoapOrWsSecurityEndpointAvailable,
//     AutodiscoverRedirectBlocked, MaxScpHopsExceeded,
//     MaximumRedirectionHopsExceeded, InvalidRedirectionResponseReturned,
//     AutodiscoverServiceIncompatibleWithRequestVersion,
//     AutodiscoverInvalidSettingForOutlookProvider,
//     WLIDCredentialsCannotBeUsedWithLegacyAutodiscover), and its setup
//     messages CredentialsRequired, ServerVersionNotSupported, HttpsIsRequired
//     (config); its token messages InvalidOAuthToken "The given token is
//     invalid." (OAuthCredentials refuses the token the product passed before
//     any request) and InvalidAuthScheme "The token auth scheme should be
//     bearer." (platform). AccountIsLocked ("This account is locked. Visit
//     ... to unlock it.") is left to account_blocked; CertificateHasNoPrivateKey
//     is read as config already.

// round41MicrosoftEarlyRules come right before languageRules: textRules'
// recipient_mailbox_disabled reads "doesn't exist on the resource" as an
// unknown recipient, app_password_required reads "authorization code" as
// QQ's app password, temporary wording would decide first, and
// message_rejected reads Autodiscover's "blocked a potentially insecure
// redirection" as a refused message.
var round41MicrosoftEarlyRules = []rule{
	{id: "ms_entra_scope_request", class: ClassPlatform, anyOf: p(
		"input parameter scope isn't valid", "input parameter scope is not valid",
		"input parameter scope can't be empty", "input parameter scope cannot be empty",
		"that doesn't exist on the resource", "that does not exist on the resource",
		"doesn't match how the app was pre-configured during app registration",
	),
		doc: "Entra: the application asked for scopes of more than one resource, an empty or unknown scope, or permissions its registration does not list (AADSTS700022, 700023, 28002, 28003, 650053, 65005 without their code): the integrating product's request"},
	{id: "ms_entra_consent_admin", class: ClassAdmin, anyOf: p(
		"this app may be risky", "app is considered risky", "admin consent request was received for a risky app",
		"requesting one or more permissions that you aren't authorized to grant",
		"has set a policy that prevents you from granting",
	),
		doc: "Entra's consent screen: the user may not consent (risky app, permissions only an administrator can grant, a tenant policy against user consent); an administrator must grant the app"},
	{id: "ms_graph_app_identity", class: ClassPlatform, anyOf: p(
		"identity of the calling application could not be", "authorization_identitynotfound",
	),
		doc: "Graph Authorization_IdentityNotFound: the application has no service principal (no consent) in the tenant; the integrating product's registration, not the mailbox's credentials"},
	{id: "ms_ews_setup", class: ClassConfig, anyOf: p(
		"autodiscover service couldn't be located", "autodiscover service couldn’t be located",
		"the autodiscover service returned an error", "the autodiscover service response was invalid",
		"didn't return an appropriate url that can be used for the exchangeservice",
		"no appropriate autodiscover soap or ws-security endpoint is available",
		"autodiscover blocked a potentially insecure redirection",
		"number of scp url hops exceeded the limit", "maximum redirection hop count has been reached",
		"the service returned an invalid redirection response",
		"the autodiscover service only supports", "isn't supported by this autodiscover endpoint",
		"credentials can't be used with this autodiscoverservice",
		"credentials are required to make a service request",
		"exchange server doesn't support the requested version",
		"https is required when partner token is expected",
	),
		doc: "EWS Managed API: Autodiscover found no usable endpoint for the address, or the client's EWS settings (credentials, version, URL) are missing or wrong; set the EWS URL or fix Autodiscover"},
}

// round41MicrosoftRules come right after round37OAuthRules.
var round41MicrosoftRules = []rule{
	// Decided by aadstsTable (aadsts.go), never by the walk.
	{id: "aadsts_client_setup", class: ClassConfig, byTable: true,
		doc: "Entra: the client's own connection is refused (TLS 1.0/1.1 or 3DES, AADSTS1002016); the product's setup, never the mailbox"},
	{id: "ms_graph_throttled", class: ClassRateLimited, anyOf: p(
		"application is over its", "activitylimitreached",
	),
		doc: "Microsoft Graph throttles the app (Outlook's per app and mailbox limits: MailboxConcurrency, IncomingBytes; activityLimitReached)"},
	{id: "ms_ews_token_refused", class: ClassPlatform, anyOf: p(
		"the given token is invalid", "the token auth scheme should be bearer",
	),
		doc: "EWS Managed API OAuthCredentials refuses the token the product passed before any request (not a JWT, wrong scheme): the integrating product's OAuth setup"},
}
