package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGoogleConsentL10n checks the rules of l10n_googleconsent.go on Google's
// consent error screens as users pasted them whole in public issues: the
// screen joins its heading, its body, the error code line and, on the details
// page, the request's parameters, one per line. Labels come from what Google
// documents each screen to mean (the integrating product's OAuth client may
// not get a grant), not from the rules.
func TestGoogleConsentL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// zh-CN, github.com/Tomotsugu-dev/Hindsight/issues/30: body, then heading
		// (the app's name redacted as xxx by the user).
		{"“xxx”尚未完成 Google 验证流程。此应用正在测试中，仅供已获开发者批准的测试人员使用。如果您认为自己应有权使用，请联系开发者。\n禁止访问：“xxx”尚未完成 Google 验证流程", ClassPlatform, "l10n_googleconsent_testing_app"},
		// zh-CN, github.com/lbjlaq/Antigravity-Manager/issues/1148: heading
		// (the title), body, developer line, code line, details.
		{"禁止访问：此应用的请求无效\n无法登录，因为此应用发送的请求无效。您可稍后再试，也可向开发者求助。\n如果您是此应用的开发者，请参阅错误详情。\n错误 400：redirect_uri_mismatch\n请求详情： flowName=GeneralOAuthFlow", ClassPlatform, "l10n_googleconsent_request_invalid"},
		// fr, github.com/keeweb/keeweb/issues/2245: the details page with the
		// request's redirect URI.
		{"Erreur 400 : redirect_uri_mismatch\n\nVous ne pouvez pas vous connecter à cette appli, car elle ne respecte pas le règlement OAuth 2.0 de Google.\n\nSi vous êtes le développeur de l'appli, enregistrez l'URI de redirection dans la console Google Cloud.\nDétails de la requête : redirect_uri=https://nextcloud.doney.fr/index.php/apps/keeweb/oauth-result/gdrive.html flowName=GeneralOAuthFlow", ClassPlatform, "l10n_googleconsent_request_invalid"},
		// The heading alone, as the title quotes it
		// (github.com/lbjlaq/Antigravity-Manager/issues/1148).
		{"禁止访问：此应用的请求无效", ClassPlatform, "l10n_googleconsent_request_invalid"},
	})
	// Look-alikes: Google's screens that say "blocked" or "not verified" in
	// another language are never the owner's credentials or a withdrawn grant.
	for _, s := range []string{
		// Dutch org_internal heading, quoted in a public repository's notes
		// ("Error 403: org_internal": the client is Internal to its Workspace).
		"Toegang geblokkeerd: GroeimetAI kan alleen worden gebruikt binnen de organisatie",
		// French heading of the unverified-app warning, which the user may
		// pass through Advanced settings; quoted in setup guides.
		"Google n'a pas validé cette application",
		// zh-CN "This app is blocked" body,
		// github.com/assembly-101/assembly101-download-scripts/issues/16.
		"此应用试图访问您 Google 帐号中的敏感信息。为确保您的帐号安全,Google 阻止了此次访问。",
	} {
		v := Text(s)
		assert.NotContains(t, []Class{ClassAuth, ClassRevoked}, v.Class, "%s (rule %s)", s, v.Rule)
		assert.False(t, v.NeedsReconnect, s)
	}
}
