package classify

// Round 45's Microsoft Graph / identity platform and Google OAuth family
// (testdata/heldout/round45.jsonl, rows h45g-freeitsm-graph-me-apponly,
// h45g-outlookphp-audience-claim, h45g-graphdocs-invalidaudienceforresource,
// h45g-officejs-token-retrieval-not-supported, h45g-djangoo365-segment-sendmail,
// h45g-graphdocs-send-on-behalf-denied, h45g-graph-507-target-mailbox-quota,
// h45f-gmail-exporter-advanced-protection-policy-enforced): errors that mean
// the integrating product's setup or token request (platform), the app's
// request or a delegation it lacks (config), or the connected mailbox's own
// quota (rate_limited). Phrases are the fixed text of each message,
// lower-cased, without placeholders.
//
// Sources:
//   - microsoftgraph/microsoft-graph-docs db3ad729: concepts/errors.md (507
//     Insufficient Storage: "The maximum storage quota has been reached"),
//     concepts/resolve-auth-errors.md ("Did your app acquire a token to match
//     chosen permissions?": application permissions used with a delegated
//     flow or the reverse; "Did you select the correct resource API?": a
//     token whose aud claim is another API's, e.g. an Outlook or Graph token
//     sent to the other, is refused), concepts/outlook-send-mail-from-other-user.md
//     (sending from another mailbox needs Send As or Send on Behalf on that
//     mailbox). Graph answers /me with an app-only token "/me request is
//     only valid with delegated authentication flow." (edmozley/freeitsm#67:
//     fixed in the product's code) and a request URL without the user
//     segment with OData's "Resource not found for the segment '<name>'."
//     (evyd13/django-o365mail#6: fixed by setting the mailbox in the
//     product's settings); a send on behalf refused for want of the mailbox
//     permission says "You do not have the permission to send the message on
//     behalf of the specified user." (microsoftgraph/microsoft-graph-docs#4085).
//     The /me call is the product's own code (platform); a request naming no
//     resource and a missing delegation are settings (config, as the class
//     table reads send-as and relay denials). Exchange's
//     x-ms-diagnostics reason "The audience claim value is invalid 'aud'."
//     and Graph's InvalidAudienceForResource (microsoftgraph/microsoft-graph-docs#19395)
//     are the wrong-resource token of resolve-auth-errors.md (platform).
//     Graph's 507 QuotaExceededException "Target mailbox quota exceeded."
//     (microsoftgraph/microsoft-graph-docs-contrib#6177) is the connected
//     mailbox's storage quota, read like EWS and Graph's ErrorQuotaExceeded
//     (api_throttled, rate_limited); an NDR's STOREDRV QuotaExceededException
//     stays the recipient's.
//   - AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet
//     c6b3b6a4: src/Microsoft.IdentityModel.Tokens/LogMessages.cs,
//     src/System.IdentityModel.Tokens.Jwt/LogMessages.cs,
//     src/Microsoft.IdentityModel.JsonWebTokens/LogMessages.cs and
//     src/Microsoft.IdentityModel.Validators/LogMessages.cs, the token
//     validation messages that Graph, Exchange and products' own APIs return
//     (testdata/catalogs/client_identitymodel_tokens.jsonl, 51 entries):
//     audience, issuer, token type, signature, decryption and token format
//     failures mean a token for another resource or authority, or a damaged
//     token (platform); an expired or not-yet-valid token is
//     api_access_token_expired's (transient); a token with no expiry or one
//     that expires before it starts is malformed (platform).
//   - OfficeDev/office-js-docs-pr 096a3ee8: docs/outlook/faq-nested-app-auth-outlook-legacy-tokens.md
//     and docs/reference/javascript-api-for-office-error-codes.md: legacy
//     Exchange Online user identity and callback tokens are turned off in
//     Microsoft 365 tenants; add-ins must move to nested app authentication.
//     Exchange answers GetClientAccessToken with ResponseCode
//     ErrorForbiddenClientAccessTokenRequest, "Token retrieval is not
//     supported for this organization." (OfficeDev/office-js#5516, labelled
//     by design): the product's integration (platform). The generic
//     GenericTokenError ("An internal error has occurred.", 9017/9018/9042)
//     names no cause and keeps its reading.
//   - Google's Advanced Protection screen, as users pasted it
//     (joseballester/muFunds#46: "Error 400: policy_enforced / Advanced
//     Protection prevented your Google Account from being signed in. This
//     security feature stops most non-Google apps and services from
//     accessing your data"; jamesread/prometheus-gmail-exporter#14: "Access
//     blocked: ... is not approved by Advanced Protection"; raycast/extensions#13840;
//     thunderbird/thunderbird-android#8256), read 2026-12-05: only apps
//     Google approved for Advanced Protection get the data, so the product's
//     OAuth client must be approved; nothing the owner re-enters helps
//     (platform, as the round labels it). admin_policy_enforced (a Workspace
//     administrator's API controls) stays oauth_admin_policy's (admin).
//   - Google's "Troubleshoot authentication & authorization" page
//     (https://developers.google.com/gmail/api/troubleshoot-authentication-authorization,
//     read 2026-12-05): "Error: origin_mismatch" (the page's host and port
//     are not an authorized JavaScript origin of the product's OAuth client)
//     and "idpiframe_initialization_failed: Not a valid origin for the
//     client" (the registered domain does not match the page's) are the
//     product's client setup (platform); "idpiframe_initialization_failed:
//     Failed to read the 'localStorage' property from 'Window'" is the
//     browser blocking third-party cookies and site data (config: a setting
//     on the signing-in side, no credential refused). RFC 6749 4.1.2.1's
//     unsupported_response_type (the authorization server does not support
//     the response type the client asked for) is the client's request
//     (platform). Google's other authorization errors (org_internal,
//     disallowed_useragent, deleted_client, invalid_client,
//     redirect_uri_mismatch, invalid_request, invalid_scope,
//     access_denied) were already read by headRules and googleconsentRules
//     and are not repeated here.

// round45IdentityEarlyRules come right before apiRules: Graph's
// InvalidAuthenticationToken wrapper would read as an expired token
// (api_access_token_expired), textRules would read Graph's quota message as
// a recipient's full mailbox and "access blocked ... not approved" as a
// refused message, and codeRules would read "Error 400: policy_enforced" by
// its status alone.
var round45IdentityEarlyRules = []rule{
	{id: "identity_graph_me_app_only", class: ClassPlatform, anyOf: p("/me request is only valid with delegated authentication flow"),
		doc: "Microsoft Graph: the product called /me with an app-only (client credentials) token; its code must name the mailbox (/users/{id})"},
	{id: "identity_graph_request_settings", class: ClassConfig, anyOf: p("resource not found for the segment", "permission to send the message on behalf of"),
		doc: "Microsoft Graph: the request URL names no resource (a mailbox left out of the settings), or the user lacks Send on Behalf on the From mailbox"},
	{id: "identity_token_not_for_resource", class: ClassPlatform, anyOf: p(
		// Exchange / Outlook REST x-ms-diagnostics and Graph
		"the audience claim value is invalid", "invalidaudienceforresource",
		// x-ms-diagnostics 2000001: an app-only token for EWS got with a
		// client secret where Exchange asks for a certificate ("acquired
		// using an authentication method that is too weak to allow access
		// for this application"; stackoverflow.com/questions/35610506):
		// the product's app registration (round 123).
		"authentication method that is too weak",
		// IdentityModel: audience, issuer, token type
		"audience validation failed", "unable to validate audience", "issuer validation failed", "unable to validate issuer",
		"does not match any of the valid issuers", "does not match the signing key issuer", "does not match cloud instance from configuration",
		"claim is present in the token obtained from microsoft identity platform", "tenantid claim present in the token", "either the 'tid' claim was not found",
		"token type validation failed", "unable to validate the token type",
		// IdentityModel: a token with no expiry, or one that ends before it starts
		"the token is missing an expiration time", "is after expires (utc)",
		// IdentityModel: signature, keys, decryption
		"signature validation failed. no security keys", "signature validation failed. the token's kid", "signature validation failed. keys tried",
		"signature validation failed. token does not have keyinfo", "signature validation failed. signature is improperly formatted",
		"signature validation failed. algorithm validation failed", "token does not have a signature", "x509securitykey validation failed",
		"decryption failed. keys tried", "decryption failed. no keys tried",
		// IdentityModel: token format
		"as base64url encoded string", "jwt must have three segments", "segments but is not in proper jw", "jwt is not a well formed jwe",
		"token string does not match the token formats"),
		doc: "Identity platform: the access token was issued for another resource or authority, or is malformed (audience, issuer, type, signature or format refused): the product's token request, never the owner's grant"},
	{id: "identity_legacy_exchange_token", class: ClassPlatform, anyOf: p("token retrieval is not supported for this organization", "errorforbiddenclientaccesstokenrequest"),
		doc: "Exchange Online: legacy callback and identity tokens are turned off for the tenant; the product's add-in must move to nested app authentication and Microsoft Graph"},
	{id: "identity_graph_mailbox_quota", class: ClassRateLimited, anyOf: p(`"code": "quotaexceededexception"`, `"code":"quotaexceededexception"`, "code: quotaexceededexception"),
		noneOf: p("storedrv", "5.2.2"),
		doc:    "Microsoft Graph 507 QuotaExceededException: the connected mailbox's storage quota is used up"},
	{id: "identity_google_advanced_protection", class: ClassPlatform, anyOf: p(" policy_enforced", "is not approved by advanced protection", "advanced protection prevented your google account"),
		noneOf: p("admin_policy_enforced"),
		doc:    "Google Advanced Protection refused the product's OAuth client (Error 400: policy_enforced): only apps Google approved get the account's data"},
	{id: "identity_google_client_setup", class: ClassPlatform, anyOf: p("origin_mismatch", "not a valid origin for the client", "unsupported_response_type"),
		doc: "Google OAuth: the page's origin is not registered for the product's OAuth client, or the client asked for a response type the server does not support"},
	{id: "identity_google_browser_storage", class: ClassConfig, anyOf: p("failed to read the 'localstorage' property from 'window'"),
		doc: "Google's sign-in library cannot use the browser's storage: third-party cookies and site data are blocked in the browser"},
}
