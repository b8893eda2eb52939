package classify

// Round 50's Chinese and Korean providers' own replies
// (testdata/heldout/round50.jsonl, rows h50aa-qq- and h50aa-naver-).
// Phrases are the fixed text of each reply, lower-cased, without the
// session tag or address that follows.
//
// Sources (public pastes of the servers' replies, read 2026-12-05):
//   - QQ Mail (Tencent; Exmail shares the front end) refuses AUTH on SMTP and
//     the login on POP3 over a plaintext connection with its own misspelt
//     sentence "A secure connection is requiered(such as ssl). More
//     information at http://service.mail.qq.com/cgi-bin/help?id=28" (the
//     help page on SSL for the client protocols): as "530 Error: ...",
//     "503 Error: ...", Perl's "failed AUTH: Error: ..." (Bugzilla, blog post
//     teddyxiong53/blog_source _posts/bugzilla了解.md), JavaMail's
//     AuthenticationFailedException wrapper and Python poplib's "-ERR Login
//     fail. A secure connection is requiered(such as ssl)." (pasted in
//     public tutorials' code comments). Each author's fix was turning SSL on
//     (SMTP_SSL, mail.smtp.starttls.enable, smtp-use-starttls): the client's
//     TLS setting, config, never the password, though JavaMail calls it an
//     authentication failure and POP3 says "Login fail". The misspelling
//     "requiered" is Tencent's own, so the phrase captures nothing else.
//   - QQ Mail's failure notice for a message sent through it that was held
//     as suspected spam (same blog post): "很遗憾，您的邮件“…”未能成功发出。
//     原因是您的邮件疑似为垃圾邮件。您可以尝试填写验证码以完成发信。" (the
//     message was not sent because it is suspected to be spam; fill in a
//     captcha to complete the send). A refusal of one message's content
//     after a successful login: rejected. The phrases carry "您的邮件" (your
//     message) or the captcha sentence, so a mail app's own "收到一封新来信,
//     疑似为垃圾邮件" (a new incoming message, suspected spam) is not read.
//   - Naver Mail's SMTP replies end in "<session id> - nsmtp" (Naver's
//     signature, as Gmail's "- gsmtp"). "554 5.7.1 The sender address is
//     unauthorized <id> - nsmtp" answers a From that is not the logged-in
//     Naver address: mentoswon/With_Me
//     With_Me/src/main/java/com/itwillbs/with_me/handler/SendMailClient.java
//     records it in its comment (Naver blocks changing the sender address;
//     use the real Naver address), as do other Korean projects' notes. A
//     send-as/sender mismatch after a successful login, like
//     sender_not_owned's "not owned by auth user": config. The rule needs
//     the "- nsmtp" trailer, so a receiving server's sentence about an
//     unauthorized sender (SPF) is left to the enhanced-code rules. Naver's
//     siblings keep their rules and classes: "535 5.7.1 Username and
//     Password not accepted <id> - nsmtp" (auth), "550 5.1.1 No such user.
//     For more information, go to https://help.naver.com/alias/mail/
//     newmail10.naver <id> - nsmtp" (recipient; your-digital-rights/
//     yourdigitalrights.org issue 736), "550 5.7.2 Your email has been
//     blocked because the sender is unauthenticated. ... - nsmtp" (SPF/DKIM,
//     rejected).
//
// Daum's (Kakao's) "451 Auth Fail. Check this URL: http://cs.daum.net/..."
// (round41_replies.go) and NetEase's table (testdata/catalogs/
// netease_smtp.jsonl, neteaseRules) already held their replies; nothing of
// theirs was missing here.

// round50CjkEarlyRules come before languageRules: JavaMail's
// AuthenticationFailedException and POP3's "Login fail" would read QQ's TLS
// refusal as a credential failure, and enhanced_5.7.1 would read Naver's
// sender refusal as a content rejection.
var round50CjkEarlyRules = []rule{
	{id: "cjk_qq_secure_connection_required", class: ClassConfig, anyOf: p(
		"a secure connection is requiered", "secure connection is required(such as ssl)"),
		doc: "QQ Mail (Tencent) refused AUTH or the POP3 login on a plaintext connection (\"A secure connection is requiered(such as ssl)\", help id=28): the client must use SSL/TLS"},
	{id: "cjk_qq_spam_hold_captcha", class: ClassRejected, anyOf: p(
		"您的邮件疑似为垃圾邮件", "填写验证码以完成发信"),
		doc: "QQ Mail did not send a message it suspected to be spam and asks for a captcha to complete the send: a refusal of the message"},
	{id: "cjk_naver_sender_unauthorized", class: ClassConfig, allOf: p(
		"the sender address is unauthorized", "- nsmtp"),
		doc: "Naver Mail (\"- nsmtp\") refused a From that is not the logged-in Naver address: the sender setting"},
}
