package classify

// Round 56's Chinese, Japanese and Korean products' and tools' own words that
// the OAuth token, refresh token or authorization they hold for a connected
// Outlook, Microsoft or Gmail mailbox is expired, invalid or revoked and must
// be authorized again (revoked, mailbox_disconnected), with the neighbours
// the same tools print: their own OAuth client refused (platform), an
// imported account missing its fields or an IMAP session the provider calls
// unsafe (config), a password login Outlook no longer takes (auth). The
// catalog is testdata/catalogs/cjk_mailbox_token_states.jsonl; every message
// was labelled from the code path that shows it before a rule was written.
// All read 2026-12-05. Before these rules 25 of the 42 catalog entries misread.
//
// Sources, and why each class:
//   - Outlook mail managers and mail-fetching tools: assast/outlookEmail
//     7cd29a53 (static/js/index/01-core.js translateError: the Graph or IMAP
//     token request answered invalid_grant -> "Token 已失效或权限不足：请重新
//     授权登录或更换 refresh_token", revoked; invalid_client -> "Client ID 无
//     效", platform; outlook_web/segments/03_mail_helpers.py
//     normalize_imap_auth_error: Gmail's refused IMAP password -> app password
//     (auth), Outlook's BasicAuthBlocked -> "Outlook 已阻止 Basic Auth" (auth),
//     NetEase's "Unsafe Login" -> config as testdata/README decides);
//     A1in-SY/outlook-mail-recv 373c04f4 backend/app/services/mail_service.py
//     (AAD_ERROR_MESSAGES for AADSTS70000, 50076, 50173, 700082 and its
//     default "账号凭据已失效，需要重新授权": the token endpoint rejected the
//     stored credential, revoked as the AADSTS table reads those codes);
//     k-kedrick/outlook-mail-manager 0687fc7b (status AUTH_FAILED, set only
//     for invalid_grant: "登录凭据或刷新令牌已失效", "邮箱登录凭据已失效",
//     revoked); wyk335858575/outlook-mail-manager d8970c2f (reauth_required
//     "Microsoft 授权已失效，请重新授权", the stored reauth reasons, an
//     imported refresh token Microsoft refuses: revoked; a refused Client ID
//     and a missing delegated Mail.ReadWrite permission: the app, platform);
//     cj1354421348/OutlookManager 04deae7a (an account marked expired after
//     repeated token failures: "账户授权已过期，请重新验证", "邮箱授权已过期",
//     revoked); yz9999/outlook-manager 1105be72 ("Token 过期且刷新失败":
//     revoked; "缺少 client_id 或 refresh_token": the imported entry, config);
//     xinghe118/outlook-manager f9af2ada electron/main/error-utils.ts ("Token
//     无效或已过期，请重新获取 refresh_token": revoked); cozers/cf-outlook-email
//     15d07e7a public/assets/app.js ("该账号状态异常，Token 可能已过期" with
//     its Re-authorize button: revoked).
//   - Look-alikes that keep another reading (unknown): the same tools' own
//     sessions and flows (assast/outlookEmail's login sessions and export
//     verification, wyk335858575's device code and API tokens, yz9999's
//     authorization flow, zhoushun98/outlook-email-worker c5cb6493's admin
//     token), dreamhunter2333/cloudflare_temp_email dccca929
//     worker/src/i18n/zh.ts (the service's own user and access tokens),
//     bkaankose/Wino-Mail d52f7b86 (the Wino account session),
//     HiEventsDev/Hi.Events 944433c7 (a password reset token). Chat and
//     office platforms' tokens (DingTalk, WeCom, Feishu/Lark, WeChat, LINE,
//     Kakao, Slack), cloud drives and calendars, API keys and the
//     verification e-mails a product sends carry the same state words and are
//     kept out by name.
//
// The revoked rules read the family by its parts where a mailbox is named: a
// token, grant or credential state word (令牌已过期, 授权已失效, 需要重新授权,
// トークンの有効期限が切れ, 再認証が必要, 토큰이 만료, 다시 인증 ...) and a word
// naming the mailbox or its provider (邮箱, Outlook, Microsoft, Gmail, IMAP,
// メール, 메일 ...). A bare "令牌已过期" or "刷新令牌已失效" names no mailbox and
// keeps its reading; fixed sentences of the tools above that name none are
// listed whole.

// round56CJKTokensEarlyRules come before languageRules: lang_app_password
// reads "授权码" in NetEase's Unsafe Login advice as an app password, the KDE
// "令牌已过期" rule reads a product's own expired login token as a refused
// token, and lang_auth_failed reads "验证失败" as a refused password.
var round56CJKTokensEarlyRules = []rule{
	{id: "cjktokens_app_client", class: ClassPlatform, anyOf: p(
		"client id 无效：请检查 client_id",
		"microsoft 拒绝了 client id",
		"请补充委托权限后重新授权",
		"缺少 microsoft graph mail.readwrite 权限"),
		doc: "a Chinese Outlook tool says Microsoft refused its OAuth application's client ID, or the app lacks the delegated Mail.ReadWrite permission: the product's own OAuth app"},
	{id: "cjktokens_tool_setup", class: ClassConfig, anyOf: p(
		"缺少 client_id 或 refresh_token",
		"拦截了当前 imap 登录（unsafe login）"),
		doc: "a Chinese mail tool's imported account lacks its client_id or refresh_token, or the provider refused the IMAP session as an Unsafe Login (NetEase, no IMAP ID command)"},
	{id: "cjktokens_basic_auth_blocked", class: ClassAuth, anyOf: p("已阻止 basic auth"),
		doc: "Outlook refused the IMAP password login (BasicAuthBlocked): only OAuth sign-in works"},
	{id: "cjktokens_own_session", class: ClassUnknown, anyOf: p(
		"令牌已过期, 请重新登录", "令牌已过期，请重新登录",
		"访问令牌已过期, 请刷新页面", "访问令牌已过期，请刷新页面",
		"重置令牌已过期", "重置令牌无效",
		"token 验证失败，请重新输入",
		"登录会话已失效"),
		noneOf: cjkMailboxWords,
		doc:    "a product's own login, page or password-reset token expired (log in again, reload the page): no connected mailbox"},
	{id: "cjktokens_mailbox_grant_sentences", class: ClassRevoked, anyOf: p(
		"请重新授权登录或更换 refresh_token",
		"风控标记为滥用，refresh token 已失效",
		"当前 refresh token 无法完成，需要重新授权",
		"会话已被撤销，refresh token 失效",
		"refresh token 已过期（超过 90 天未使用）",
		"账号凭据已失效，需要重新授权",
		"登录凭据或刷新令牌已失效",
		"账户授权已过期，请重新验证", "账号授权已过期，请重新验证",
		"token 过期且刷新失败",
		"token 无效或已过期，请重新获取 refresh_token",
		"账号状态异常，token 可能已过期"),
		doc: "a Chinese Outlook tool's fixed sentence that the refresh token or authorization it holds for the mailbox is expired, invalid or revoked and the mailbox must be authorized again"},
	{id: "cjktokens_other_platform_token", class: ClassUnknown,
		anyOf: p(
			"钉钉", "dingtalk", "企业微信", "wecom", "飞书", "feishu", "微信", "wechat", "公众号", "line notify", "line messaging", "kakao", "카카오", "slack",
			"日历", "カレンダー", "캘린더", "云盘", "网盘"),
		alsoAny: cjkTokenStates,
		noneOf:  cjkMailboxWords,
		doc:     "a chat, office or storage platform's token or authorization (DingTalk, WeCom, Feishu, WeChat, LINE, Kakao, Slack, a calendar or cloud drive) expired or is invalid, with no mailbox named: not the mailbox's grant"},
	{id: "cjktokens_mailbox_token_state", class: ClassRevoked,
		anyOf:   cjkTokenStates,
		alsoAny: cjkMailboxWords,
		noneOf: p(
			// other platforms' tokens
			"钉钉", "dingtalk", "企业微信", "wecom", "飞书", "feishu", "lark", "微信", "wechat", "公众号", "line notify", "line messaging", "kakao", "카카오", "slack", "teams", "telegram",
			"onedrive", "云盘", "网盘", "google drive", "calendar", "日历", "カレンダー", "캘린더", "duckmail",
			// API keys and the product's own sessions
			"api key", "apikey", "api 令牌", "api令牌", "api token", "api 密钥", "密钥", "会话", "セッション", "세션", "登录已过期",
			// verification and reset mail the product sends
			"验证邮件", "邮箱验证", "验证链接", "激活", "重置密码", "密码重置", "找回密码", "验证码",
			"確認メール", "認証メール", "メール認証", "メールアドレスの確認", "パスワード",
			"이메일 인증", "인증 메일", "인증 링크", "인증번호", "비밀번호"),
		doc: "a product says, in Chinese, Japanese or Korean, that the token or authorization it holds for the named Outlook, Microsoft or Gmail mailbox is expired, invalid or revoked, or that the mailbox must be authorized again: the owner connects the mailbox again"},
}

// cjkMailboxWords name a mailbox, a mail account or a mail provider in
// Chinese, Japanese or Korean texts.
var cjkMailboxWords = p(
	"邮箱", "郵箱", "郵件", "邮件", "信箱", "outlook", "hotmail", "microsoft", "微软", "gmail", "imap", "smtp", "pop3",
	"メールボックス", "メールアカウント", "メール", "メールサーバ",
	"메일함", "메일 계정", "메일", "이메일")

// cjkTokenStates say, in Chinese, Japanese or Korean, that a token, grant or
// authorization expired, is invalid or revoked, or must be given again.
var cjkTokenStates = p(
	// zh
	"令牌已过期", "令牌已失效", "令牌失效", "令牌无效", "令牌过期", "令牌已被撤销",
	"token 已过期", "token已过期", "token 已失效", "token已失效", "token 失效", "token 无效", "token无效", "token 过期", "token过期",
	"授权已过期", "授权已失效", "授权失效", "授权过期", "授权需要重新确认", "授权已被撤销",
	"凭据已失效", "凭证已失效", "拒绝了 refresh token",
	"需要重新授权", "请重新授权", "有效的 oauth 令牌",
	// ja
	"トークンの有効期限が切れ", "トークンが無効", "トークンが失効", "トークンの更新に失敗", "トークンを更新できません",
	"再認証が必要", "再認証してください", "再認可が必要", "再連携してください", "再連携が必要", "連携の有効期限が切れ",
	// ko
	"토큰이 만료", "토큰 만료", "토큰이 유효하지 않", "토큰 갱신에 실패", "토큰을 갱신하지 못",
	"다시 인증", "재인증", "재연결이 필요", "재연동", "연동이 만료", "인증이 만료")
