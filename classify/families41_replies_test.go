package classify

import (
	"testing"
)

// Round 41's replies whose words decide and products' own sentences
// (classify/round41_replies.go): each family's text as the round holds it,
// sibling messages of the same vocabulary the round does not hold, and
// look-alikes that must not read as a refused or revoked login.
func TestRound41RepliesFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// A 4xx reply that names the failed authentication: Daum's words,
		// under other 4xx codes and with the long word.
		{"com.sun.mail.smtp.SMTPSendFailedException: 451 Auth Fail. Check this URL: http://cs.daum.net/faq/43/9234.html?page=5#33119", ClassAuthTemporary, "replies_4xx_auth_fail"},
		{"421 Auth Fail", ClassAuthTemporary, "replies_4xx_auth_fail"},
		{"450 4.7.0 Authentication Fail", ClassAuthTemporary, "replies_4xx_auth_fail"},
		// RFC 4954's 454 that only says "temporary failure".
		{"[#0] 454 ... temporary failure", ClassAuthTemporary, "replies_454_temporary_failure"},
		{"454 temporary failure", ClassAuthTemporary, "replies_454_temporary_failure"},
		{"454 4.3.0 Temporary failure, try again", ClassAuthTemporary, "replies_454_temporary_failure"},
		// STARTTLS on a connection already in TLS: RFC 2595, Postfix,
		// Exim (reply and log line), Dovecot (submission, IMAP, POP3).
		{"smtplib.SMTPResponseException: (454, b'Command not permitted when TLS active')", ClassConfig, "replies_starttls_when_tls_active"},
		{"-ERR Command not permitted when TLS active", ClassConfig, "replies_starttls_when_tls_active"},
		{"554 5.5.1 Error: TLS already active", ClassConfig, "replies_starttls_when_tls_active"},
		{"554 Already in TLS", ClassConfig, "replies_starttls_when_tls_active"},
		{"TLS error on connection from mx.example.org [192.0.2.9] (STARTTLS received after TLS started):", ClassConfig, "replies_starttls_when_tls_active"},
		{"502 5.5.1 TLS is already active.", ClassConfig, "replies_starttls_when_tls_active"},
		{"A0001 BAD TLS is already active.", ClassConfig, "replies_starttls_when_tls_active"},
		// Windows Live Mail's send dialog (pt-PT), each sentence alone.
		{"Não foi possível enviar a mensagem. A definição do seu servidor [SMTP] de envio de correio eletrónico pode ter de ser configurado. Para localizar as definições de servidor para 'coyezhu@gd-mq.com', contacte o seu fornecedor de serviços de correio eletrónico.\n\nAssunto '*'\nErro de Servidor: 454", ClassConfig, "replies_wlm_outgoing_settings"},
		{"A definição do seu servidor [SMTP] de envio de correio eletrónico pode ter de ser configurado.", ClassConfig, "replies_wlm_outgoing_settings"},
		{"Para localizar as definições de servidor para 'ana@example.pt', contacte o seu fornecedor de serviços de correio eletrónico.", ClassConfig, "replies_wlm_outgoing_settings"},
		// Halo 1.x's own mail messages.
		{"发送协议配置错误，请检查发送协议", ClassConfig, "replies_halo_setup"},
		{"SMTP 服务器解析错误，请检查 SMTP 服务器地址", ClassConfig, "replies_halo_setup"},
		{"无法连接至邮件服务器，请检查地址和端口号", ClassConfig, ""},
		{"网络连接超时，请检查网络连通性", ClassTransient, ""},
		{"邮箱账号密码验证失败，请检查密码是否应为授权码", ClassAuth, ""},
		// Google's API front end refusing a request over its size limit.
		{"Request payload size exceeds the limit: 1048576 bytes. [400]", ClassPlatform, "replies_google_request_too_large"},
		{"INVALID_ARGUMENT: Request payload size exceeds the limit: 10485760 bytes.", ClassPlatform, "replies_google_request_too_large"},
		{"Error: Request Entity Too Large. Your client issued a request that was too large.", ClassPlatform, "replies_google_request_too_large"},
		// A product's own account or backend session: Nylas Mail's Nylas ID,
		// OpenHuman's backend.
		{"Your NylasID is invalid. Please log out then log back in.", ClassPlatform, "replies_product_own_session"},
		{"Actions like sending and receiving mail require this token. Please log back into your Nylas ID to restore it—your email accounts will not be removed in this process.", ClassPlatform, "replies_product_own_session"},
		{"Couldn't load triggers: [composio] list_available_triggers failed:\nSESSION_EXPIRED: backend rejected session token on GET\n/agent-integrations/composio/triggers/available?toolkit=gmail&connectionId=ca_-l3FzWqTw58L\n(401 for https://api.tinyhumans.ai/agent-integrations/composio/triggers/available\n?toolkit=gmail&connectionId=ca_-l3FzWqTw58L: Invalid token)\n— sign in again to resume", ClassPlatform, "replies_product_own_session"},
		{"SESSION_EXPIRED: backend rejected session token on GET /teams/me/usage", ClassPlatform, "replies_product_own_session"},
		{"API_KEY_REJECTED: backend rejected api key on POST /openai/v1/audio/speech", ClassPlatform, "replies_product_own_session"},
		{"composio unavailable: no backend session token. Sign in first (auth_store_session).", ClassPlatform, "replies_product_own_session"},
		{"no backend session token; sign in first", ClassPlatform, "replies_product_own_session"},
	})
	// Look-alikes: a credential verdict stays one at 535, SPF/DKIM/DMARC
	// words stay the message's, the TLS and relay 454s keep their own
	// rules, a message too large stays the message's.
	assertTextRules(t, []textCase{
		{"535 Auth Fail", ClassAuth, ""},
		{"451 4.7.1 DMARC auth fail", ClassRejected, ""},
		{"454 4.7.0 TLS not available due to temporary reason", ClassTransient, "tls_unavailable"},
		{"454 4.7.1 <ana@example.org>: Relay access denied", ClassConfig, "relay_denied"},
		{"451 Temporary failure, please try again", ClassTransient, ""},
		{"552 5.3.4 Message size exceeds fixed limit", ClassRejected, ""},
	})
	assertNotClasses(t, []string{
		"454 ... temporary failure",
		"454 Command not permitted when TLS active",
		"Your NylasID is invalid. Please log out then log back in.",
		"SESSION_EXPIRED: backend rejected session token on GET /auth/me — sign in again to resume",
		"backend rejected session token on POST /openai/v1/audio/speech (401: Invalid token)",
		"Request payload size exceeds the limit: 1048576 bytes.",
		"451 Auth Fail",
	}, ClassAuth, ClassRevoked)
}
