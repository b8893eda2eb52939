package classify

import (
	"testing"
)

// Round 42's Exchange Online replies in Microsoft's translations and the
// round's product rows (testdata/heldout/round42.jsonl, h42c-m365- and
// h42a-; classify/round42_m365.go): the round's texts, siblings from the
// same vocabulary the round does not hold, and look-alikes that must not
// read as a refused login or a revoked grant.
func TestRound42M365Families(t *testing.T) {
	assertTextRules(t, []textCase{
		// 451 5.7.3 "Must issue a STARTTLS command first" (TLS deprecation
		// snippet), the round's ja-JP, de-DE, ru-RU and 21Vianet's zh-CN,
		// and fr-FR, ko-KR, hu-HU (which drops the word STARTTLS).
		{"451 5.7.3 最初に STARTTLS コマンドを発行する必要があります", ClassConfig, "m365_starttls_first"},
		{"451 5.7.3 Muss zuerst einen STARTTLS-Befehl ausgeben", ClassConfig, "m365_starttls_first"},
		{"451 5.7.3 Сначала необходимо издать команду STARTTLS", ClassConfig, "m365_starttls_first"},
		{"com.sun.mail.smtp.SMTPSendFailedException: 451 5.7.3 发送邮件需要 STARTTLS [BJXPR01CA0050.CHNPR01.prod.partner.outlook.cn]", ClassConfig, "m365_starttls_first"},
		{"451 5.7.3 Doit d’abord émettre une commande STARTTLS", ClassConfig, "m365_starttls_first"},
		{"451 5.7.3 STARTTLS 명령을 먼저 실행해야 합니다", ClassConfig, "m365_starttls_first"},
		{"451 5.7.3 KEZDÉSI PARANCS ki kell adva", ClassConfig, "m365_starttls_first"},
		// 5.1.90 daily recipient limit.
		{"5.1.90 メッセージ受信者の 1 日の制限に達したため、メッセージを送信できません", ClassRateLimited, "m365_daily_recipient_limit"},
		{"5.1.90 Ihre Nachricht kann nicht gesendet werden, weil Sie Ihren täglichen Empfängerratengrenzwert erreicht haben.", ClassRateLimited, "m365_daily_recipient_limit"},
		{"5.1.90 Votre message ne peut pas être envoyé car vous avez atteint votre limite quotidienne pour les destinataires du message", ClassRateLimited, "m365_daily_recipient_limit"},
		{"5.1.90 无法发送你的邮件，因为你已达到邮件收件人的每日限制", ClassRateLimited, "m365_daily_recipient_limit"},
		// 4.7.500 server busy.
		{"4.7.500 サーバーがビジー状態です。後でもう一度やり直してください", ClassRateLimited, "m365_server_busy"},
		{"4.7.500 服务器繁忙，请稍后重试", ClassRateLimited, "m365_server_busy"},
		{"4.7.500 Server ausgelastet, versuchen Sie es später erneut.", ClassRateLimited, "m365_server_busy"},
		{"4.7.500 Занят сервер, попробуйте еще раз позже", ClassRateLimited, "m365_server_busy"},
		{"451 4.7.500 Servidor ocupado, inténtelo de nuevo más tarde", ClassRateLimited, "m365_server_busy"},
		// 451 4.4.62 ATTR35, wrong Microsoft 365 region.
		{"451 4.4.62 メールが正しくない Microsoft 365 地域に送信されました。 ATTR35。", ClassConfig, "m365_wrong_region"},
		{"451 4.4.62 发送到错误的 Microsoft 365 区域的邮件。 ATTR35", ClassConfig, "m365_wrong_region"},
		{"451 4.4.62 Courrier envoyé à la mauvaise région Microsoft 365. ATTR35", ClassConfig, "m365_wrong_region"},
		{"451 4.4.62 Почта, отправленная в неправильный Microsoft 365 регион. ATTR35", ClassConfig, "m365_wrong_region"},
		// Postfix's DNSBL reply, WarmySender's shortening and its other
		// $rbl_class forms.
		{"554 5.7.1 Service unavailable; client blocked", ClassRejected, "m365_postfix_rbl_reply"},
		{"554 5.7.1 Service unavailable; Sender address [bob@example.com] blocked using dbl.spamhaus.org", ClassRejected, "m365_postfix_rbl_reply"},
		{"554 5.7.1 Service unavailable; Helo command [example.com] blocked using dbl.spamhaus.org", ClassRejected, "m365_postfix_rbl_reply"},
		{"554 5.7.1 Service unavailable; Unverified Client host [unknown] blocked using rhsbl.example.org", ClassRejected, "m365_postfix_rbl_reply"},
		// A mailbox product's own workers.
		{"No mailbox workers are available", ClassTransient, "products_worker_unavailable"},
		{"No mailbox workers are available right now. Please try again shortly.", ClassTransient, "products_worker_unavailable"},
		{"assign mailbox: no available workers", ClassTransient, "products_worker_unavailable"},
		{"Worker handling the request terminated before completion. Try again.", ClassTransient, "products_worker_unavailable"},
		// EmailEngine's account setup errors.
		{"  \"error\": \"Another account for the same OAuth2 user already exists\",\n  \"code\": \"AccountAlreadyExists\",\n  \"statusCode\": 400", ClassConfig, "products_emailengine_account_setup"},
		{"AccountAlreadyExists", ClassConfig, "products_emailengine_account_setup"},
		{`{"statusCode":403,"error":"Forbidden","message":"Not an OAuth2 account","code":"AccountNotOAuth2"}`, ClassConfig, "products_emailengine_account_setup"},
		// Nango's exhausted token refresh.
		{"        \"code\": \"invalid_credentials\",\n        \"payload\": { [...] },\n        \"message\": \"The refresh limit has been reached for this connection.\"", ClassRevoked, "products_nango_refresh_exhausted"},
		{`{"error":{"code":"connection_refresh_exhausted"}}`, ClassRevoked, "products_nango_refresh_exhausted"},
		{"NangoError: connection_refresh_exhausted (424)", ClassRevoked, "products_nango_refresh_exhausted"},
		// Look-alikes that keep their reading.
		{"4.7.500 アクセスが拒否されました。後でもう一度やり直してください", ClassTransient, ""},
		{"4.7.500 Zugriff verweigert, versuchen Sie es später erneut.", ClassTransient, ""},
		{"450 4.7.1 Service unavailable", ClassTransient, ""},
		{"535 5.7.3 Authentication unsuccessful", ClassAuth, ""},
	})
	assertNotClasses(t, []string{
		"451 5.7.3 STARTTLS is required to send mail",
		"451 5.7.3 Musí nejdřív vydat příkaz STARTTLS.",
		"4.7.500 Serveur occupé, veuillez essayer à nouveau plus tard",
		"4.7.500 Accès refusé, veuillez réessayer plus tard",
		"5.1.90 Não é possível enviar a mensagem porque atingiu o limite diário",
		"554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org",
		"A recent refresh attempt failed. Backing off before retrying.",
		"No active handler for requested account. Try again later.",
	}, ClassAuth, ClassRevoked)
}
