package classify

import "testing"

// Round 50's Chinese and Korean providers' own replies
// (classify/round50_cjk.go): QQ Mail's refusal of AUTH or POP3 login on a
// plaintext connection in each form it was pasted, QQ Mail's notice that a
// message was held as suspected spam with a captcha to complete the send,
// Naver's "- nsmtp" replies, and the siblings (QQ, Exmail, Naver, Daum,
// NetEase) that must keep their class.
func TestRound50CjkFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// QQ Mail: "A secure connection is requiered(such as ssl)" (sic),
		// help id=28: SSL is required; the client's TLS setting.
		{"There was an error sending mail from 'user@example.com' to 'user@example.com': failed AUTH: Error: A secure connection is requiered(such as ssl). More information at http://service.mail.qq.com/cgi-bin/help?id=28", ClassConfig, ""},
		{"javax.mail.AuthenticationFailedException: 530 Error: A secure connection is requiered(such as ssl). More information at http://service.mail.qq.com/cgi-bin/help?id=28", ClassConfig, ""},
		{"530 Error: A secure connection is requiered(such as ssl). More information at http://service.mail.qq.com/cgi-bin/help?id=28", ClassConfig, ""},
		{"mail: smtp-server: 530 Error: A secure connection is requiered(such as ssl)", ClassConfig, ""},
		{"503 Error: A secure connection is requiered(such as ssl)", ClassConfig, ""},
		{"Error: b'-ERR Login fail. A secure connection is requiered(such as ssl). More information at http://service.mail.qq.com/cgi-bin/help?id=28'", ClassConfig, ""},
		{"poplib.error_proto: b'-ERR Login fail. A secure connection is requiered(such as ssl). More information at http://service.mail.qq.com/cgi-bin/help?id=28'", ClassConfig, ""},
		// QQ Mail's failure notice: the message was suspected to be spam
		// and was not sent; the sender may fill a captcha: rejected.
		{"尊敬的用户：\n很遗憾，您的邮件“Bugzilla: confirm account creation”未能成功发出。\n原因是您的邮件疑似为垃圾邮件。\n您可以尝试填写验证码以完成发信。", ClassRejected, ""},
		{"很遗憾，您的邮件“Test”未能成功发出。原因是您的邮件疑似为垃圾邮件。", ClassRejected, ""},
		{"您可以尝试填写验证码以完成发信。", ClassRejected, ""},
		// Naver: the From is not the logged-in Naver address: config.
		{"com.sun.mail.smtp.SMTPSendFailedException: 554 5.7.1 The sender address is unauthorized e8elkxYhRzaLlkY-Ah049w - nsmtp", ClassConfig, ""},
		{"554 5.7.1 The sender address is unauthorized NkEL1BlcQ4yKzxc1hmQMQg - nsmtp", ClassConfig, ""},

		// Siblings that keep their class.
		// QQ and Exmail.
		{"535 Login Fail. Please enter your authorization code to login. More information at http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256", ClassAuth, ""},
		{"535 Error: 请使用授权码登录。详情请看: http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256", ClassAuth, ""},
		{"-ERR Login fail. Account is abnormal, service is not open, password is incorrect, login frequency limited, or system is busy. More information at http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725", ClassAuth, ""},
		{"Mail command failed: 501 mail from address must be same as authorization user", ClassConfig, ""},
		{"550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728", ClassRecipient, ""},
		{"550 Mail content denied.", ClassRejected, ""},
		{"550 Suspected spam sender.", ClassRejected, ""},
		{"NO [AUTHENTICATIONFAILED] 登录频率过高，请稍后再试", ClassAuthTemporary, ""},
		// A mail app's own notice of an incoming message: not a refusal.
		{"收到一封新来信,疑似为垃圾邮件", ClassUnknown, ""},
		// Naver.
		{"javax.mail.AuthenticationFailedException: 535 5.7.1 Username and Password not accepted 9+0ovge2TIq7k8N74XWkCw - nsmtp", ClassAuth, ""},
		{"Invalid login: 535 5.7.1 Username and Password not accepted HvoVq2O0SIioNuVQSjs-XA - nsmtp", ClassAuth, ""},
		{"550 5.1.1 No such user. For more information, go to https://help.naver.com/alias/mail/newmail10.naver YFIkhhfiSGCl2Nuynp4eNQ - nsmtp", ClassRecipient, ""},
		{"550 5.7.2 Your email has been blocked because the sender is unauthenticated. For more information, go to https://help.naver.com/alias/mail/newmail10.naver piHy3W9tQeeZMnv+-t7Azw - nsmtp", ClassRejected, ""},
		{"421 4.3.2 Your IP(192.0.2.1) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com", ClassRejected, ""},
		{"220 mx.naver.com ESMTP n8yMoBhvQjKS2aPWW5Vp+g - nsmtp", ClassUnknown, ""},
		// Other servers' sender refusals keep their rules.
		{"553 5.7.0 Unauthorized use of sender address (msg ID = ef646daf)", ClassConfig, ""},
		{"553 5.7.1 Sender address rejected: not owned by auth user.", ClassConfig, ""},
		// Daum (Kakao) and NetEase.
		{"451 Auth Fail. Check this URL: http://cs.daum.net/faq/15/11250.html#21426", ClassAuthTemporary, ""},
		{"550 User has no permission", ClassAuth, ""},
		{"554 DT:SPM 163 smtp14,EsCowAB3Xz2+_9xbY0LvAA--.17s2 1541209023,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=smtp14&time=1541209023", ClassRejected, ""},
	})
}
