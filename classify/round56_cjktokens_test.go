package classify

import "testing"

// Round 56's Chinese, Japanese and Korean products' own words about the OAuth
// token they hold for a connected Outlook, Microsoft or Gmail mailbox
// (round56_cjktokens.go). The catalog cjk_mailbox_token_states.jsonl holds
// each tool's messages as its source writes them; here are the messages as
// the tools and their logs compose them, and look-alikes that must keep
// another reading.
func TestRound56CJKTokensFamilies(t *testing.T) {
	assertCatalogClasses(t, "cjk_mailbox_token_states")

	assertTextRules(t, []textCase{
		// The tools' fixed sentences, inside the logs and banners that carry them.
		{"获取邮件失败：Token 已失效或权限不足：请重新授权登录或更换 refresh_token", ClassRevoked, "cjktokens_mailbox_grant_sentences"},
		{"[Token刷新] anna@outlook.com 刷新失败：账号凭据已失效，需要重新授权", ClassRevoked, "cjktokens_mailbox_grant_sentences"},
		{"AccountAuthError: refresh token 已过期（超过 90 天未使用），需要重新授权", ClassRevoked, "cjktokens_mailbox_grant_sentences"},
		{"[2026-12-05 08:00:01] ERROR anna@outlook.com: Token 过期且刷新失败", ClassRevoked, "cjktokens_mailbox_grant_sentences"},
		{"账号 bob@hotmail.com 刷新失败：Token 无效或已过期，请重新获取 refresh_token。原始错误：AADSTS700082: The refresh token has expired due to inactivity.", ClassRevoked, "aadsts_grant_gone"},
		{"batch refresh: 3 failed (AUTH_FAILED: 登录凭据或刷新令牌已失效。)", ClassRevoked, "cjktokens_mailbox_grant_sentences"},

		// The family by its parts: a mailbox named, its token or grant gone.
		{"邮箱 bob@hotmail.com 授权已过期，请重新验证凭据", ClassRevoked, "cjktokens_mailbox_token_state"},
		{"Gmail 授权已失效，请在设置中重新授权", ClassRevoked, "cjktokens_mailbox_token_state"},
		{"同步失败：Outlook 邮箱的 refresh_token 已过期，请重新授权", ClassRevoked, "cjktokens_mailbox_token_state"},
		{"Gmail 账户没有有效的 OAuth 令牌，需要重新授权", ClassRevoked, "cjktokens_mailbox_token_state"},
		{"anna@outlook.com: Microsoft 授权需要重新确认", ClassRevoked, "cjktokens_mailbox_token_state"},
		{"Gmailのトークンの有効期限が切れています。再連携してください。", ClassRevoked, "cjktokens_mailbox_token_state"},
		{"Outlookメールアカウントの再認証が必要です", ClassRevoked, "cjktokens_mailbox_token_state"},
		{"Gmail 토큰이 만료되었습니다. 다시 연결해 주세요.", ClassRevoked, "cjktokens_mailbox_token_state"},
		{"메일 계정의 인증이 만료되었습니다. 다시 인증해 주세요.", ClassRevoked, "cjktokens_mailbox_token_state"},

		// The tools' own OAuth client, import fields and IMAP sessions.
		{"导入失败：Microsoft 拒绝了 Client ID，请确认它与生成该 refresh token 时使用的 Client ID 完全一致", ClassPlatform, "cjktokens_app_client"},
		{"令牌获取失败：Client ID 无效：请检查 client_id 配置是否正确", ClassPlatform, "cjktokens_app_client"},
		{"第 3 行导入失败：缺少 client_id 或 refresh_token", ClassConfig, "cjktokens_tool_setup"},
		{"IMAP 登录失败：网易邮箱拦截了当前 IMAP 登录（Unsafe Login），请在网页端开启 IMAP 并使用客户端授权码", ClassConfig, "cjktokens_tool_setup"},
		{"IMAP 认证失败：Outlook 已阻止 Basic Auth，请改用 Outlook OAuth 导入", ClassAuth, "cjktokens_basic_auth_blocked"},

		// Look-alikes: other platforms' tokens, calendars and drives.
		{"钉钉 access_token 已过期，请重新授权", ClassUnknown, "cjktokens_other_platform_token"},
		{"飞书 refresh_token 已过期，请重新运行授权", ClassUnknown, "cjktokens_other_platform_token"},
		{"企业微信 token 无效，请检查 Secret", ClassUnknown, "cjktokens_other_platform_token"},
		{"Slack 令牌已过期，请重新授权 Slack 应用", ClassUnknown, "cjktokens_other_platform_token"},
		{"LINE Notify のトークンが無効です", ClassUnknown, "cjktokens_other_platform_token"},
		{"카카오 토큰이 만료되었습니다. 다시 로그인해 주세요.", ClassUnknown, "cjktokens_other_platform_token"},
		{"Google 日历授权已过期，请重新授权", ClassUnknown, ""}, // a calendar: prompts_other_service_scope reads it first,

		// Look-alikes: the product's own login, page and reset tokens.
		{"刷新令牌已过期，请重新登录", ClassUnknown, "cjktokens_own_session"},
		{"访问令牌已过期，请刷新页面", ClassUnknown, "cjktokens_own_session"},
		{"登录已过期，请重新登录", ClassUnknown, ""},
		{"セッションの有効期限が切れました。再度ログインしてください。", ClassUnknown, ""},
		{"세션이 만료되었습니다. 다시 로그인해 주세요.", ClassUnknown, ""},
		{"トークンの有効期限が切れています", ClassUnknown, ""},
		{"토큰이 만료되었습니다", ClassUnknown, ""},
		{"授权已过期，请重新开始", ClassUnknown, ""},

		// Look-alikes: API keys and the verification mail a product sends.
		{"API Key 无效，请检查邮件服务的 API 密钥", ClassUnknown, ""},
		{"SendGrid API token 无效，邮件未发送", ClassUnknown, ""},
		{"邮箱验证链接已过期，请重新发送验证邮件", ClassUnknown, ""},
		{"確認メールのトークンの有効期限が切れています", ClassUnknown, ""},
		{"이메일 인증 토큰이 만료되었습니다", ClassUnknown, ""},

		// Neighbours keep their own rules.
		{"메일함을 다시 연결해 주세요", ClassRevoked, "lang_reconnect_asked"},
	})
}
