package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 45's East Asian mail services (round45_asia.go): Alibaba Cloud
// Direct Mail's published return codes and API errors (kept whole as the
// aliyun_directmail catalog), the Japanese carriers' and ISPs' bounce
// wordings of sisimai's tables and test mails, Chinese providers' bounce
// phrases, and SwiftMailer's own exceptions, with the look-alikes that must
// keep their reading.
func TestRound45AsiaFamilies(t *testing.T) {
	// Every catalog entry, as labelled from Alibaba Cloud's pages and
	// SwiftMailer's source before any rule.
	catalogs := loadCatalogs(t)
	for _, name := range []string{"aliyun_directmail", "client_swiftmailer"} {
		entries := catalogs[name]
		assert.NotEmpty(t, entries, name)
		for _, e := range entries {
			v := classifyEntry(e)
			assert.Equal(t, e.WantClass, v.Class, "%s: %s (rule %s): %s", name, e.ID, v.Rule, e.Text)
		}
	}
	// The round's Direct Mail rows through Reply, as their codes reach it.
	for _, c := range []struct {
		code int
		text string
		want Class
	}{
		{556, "556 The number of RCPTs is over size", ClassRateLimited},
		{557, "557 The length of DATA content is achieved the maximum threshold", ClassRejected},
		{551, "551 Main account unavailable", ClassBlocked},
		{552, "552 Not enough sending quota", ClassRateLimited},
		{561, "561 Honeypot rcptto [@out060104]", ClassRecipient},
		{524, "524 Host not found by dns resolve", ClassRecipient},
		{526, "526 No data by dns resolve", ClassRecipient},
		// Other providers' own 552 and 524 keep their reading.
		{552, "552 5.3.4 Message size exceeds fixed limit", ClassRejected},
		{524, "524 username or passwd is NULL", ClassConfig},
	} {
		v := Reply(c.code, "", c.text)
		assert.Equal(t, c.want, v.Class, "%s (rule %s)", c.text, v.Rule)
	}

	assertTextRules(t, []textCase{
		// NTT docomo (mopera), SoftBank and au (KDDI, EZweb, au one net)
		// bounces: sisimai/set-of-emails maildir/err/make-test-31, -11, -06
		// and maildir/bsd/lhost-ezweb-02, lhost-kddi-01.
		{"このメールに添付されているメッセージは、送信できませんでした。\n\n宛先がみつかりませんでした。\n下記メールアドレス宛にメールを送信することができませんでした。", ClassRecipient, "asia_recipient_bounce"},
		{"宛先が見つかりませんでした。", ClassRecipient, "asia_recipient_bounce"},
		{"送信先のサーバーメールボックスが一杯で\nお届けできませんでした。", ClassRecipient, "asia_recipient_bounce"},
		{"送信先のメールボックスが一杯のため、送信できませんでした。\n\n※本メールはau one netのメールシステムより配信しております。", ClassRecipient, "asia_recipient_bounce"},
		{"次のあて先へのメッセージはエラーのため送信できませんでした。\n\n送信先メールアドレスが見つかりませんでした。\nメールアドレスをご確認の上、再送信してください。", ClassRecipient, "asia_recipient_bounce"},
		{"次のあて先へのメッセージはエラーのため送信できませんでした。\n\n送信先メールアドレスが見つかりませんでした。\nメールアドレスをご確認の上、再送信してください。\n\nThe user(s) account is disabled.", ClassRecipient, "asia_recipient_bounce"},
		// DTI's Japanese line for User unknown; the same words on a login
		// name no address.
		{"原因:  <taro@example.point.ne.jp> のユーザーは登録されていません", ClassRecipient, "asia_recipient_bounce"},
		{"このユーザーは登録されていません", ClassUnknown, ""},
		// EZweb's English lines (sisimai Lhost/EZweb.pm): a disabled or
		// limited recipient (suspend), over quota (mailboxfull), not
		// delivered within the retry time (expired).
		{"The user(s) account is disabled.", ClassRecipient, "asia_recipient_bounce"},
		{"The user(s) account is temporarily limited.", ClassRecipient, "asia_recipient_bounce"},
		{"The user(s) account is temporarily over quota", ClassRecipient, ""},
		{"Your message was not delivered within 0 days and 1 hours.\nRemote host is not responding.", ClassTransient, ""},
		{"次のあて先へのメッセージはエラーのため送信できませんでした。\n\n再送信を試みましたが送信先メールサーバの事由により送信できませんでした。\nしばらくしてから再送信してください。", ClassTransient, "asia_delivery_retrying"},
		// au one net (sisimai Lhost/KDDI.pm): mailboxfull, hostunknown.
		{"Your mail sent on: Thu, 29 Apr 2013 23:45:22 +0900\n     Could not be delivered to: <kijitora@x0000000000000.dion.ne.jp>\n     As their mailbox is full.", ClassRecipient, ""},
		{"Could not be delivered to: <kijitora@example.ezweb.ne.jp>\n     As the remote domain doesnt exist.", ClassRecipient, "asia_recipient_bounce"},
		// BIGLOBE (sisimai Lhost/Biglobe.pm).
		{"Mail Delivery Failed... User unknown", ClassRecipient, ""},
		{"The number of messages in recipient's mailbox exceeded the local limit.", ClassRecipient, ""},
		// BBIQ's FAQ table: User-unknown and Host-unknown (the part before or
		// after the @ matches no address), the recipient's box has no room,
		// the message is too large.
		{"User-unknown", ClassRecipient, "asia_recipient_bounce"},
		{"Host-unknown (host not found)", ClassRecipient, "asia_recipient_bounce"},
		{"Message size exceeds remaining quota", ClassRecipient, "asia_recipient_bounce"},
		{"Message exceeds maximum fixed size", ClassRejected, "asia_size_or_reputation"},
		// Lotus Domino and Notes in every locale sisimai lists
		// (Lhost/Domino.pm, Lhost/Notes.pm): the user is not in the directory.
		{"ユーザー Neko (kijitora@example.co.jp) は Domino ディレクトリには見つかりません。", ClassRecipient, "asia_recipient_bounce"},
		{"User Neko (kijitora@example.co.jp) not listed in Domino Directory", ClassRecipient, "asia_recipient_bounce"},
		{"El usuario Neko (kijitora@example.co.jp) no se encuentra en el Directorio de Domino", ClassRecipient, "asia_recipient_bounce"},
		{"Utilisateur Neko (kijitora@example.co.jp) non répertorié dans l'annuaire Domino", ClassRecipient, "asia_recipient_bounce"},
		{"Cannot route mail to user (kijitora@example.co.jp)", ClassRecipient, "asia_recipient_bounce"},
		{"Several matches found in Domino Directory", ClassRecipient, "asia_recipient_bounce"},
		{"User not listed in public Name & Address Book", ClassRecipient, "asia_recipient_bounce"},
		{"ディレクトリのリストにありません", ClassRecipient, "asia_recipient_bounce"},
		// Google Groups' Japanese and Chinese (Taiwan) bounce: the group does
		// not exist or refuses the sender's post (sisimai: rejected by the
		// recipient's side).
		{"連絡しようとしたグループ（libsisimai）が存在しないか、グループにメッセージを投稿する権限がない可能性があります。", ClassRecipient, "asia_recipient_bounce"},
		{"我們謹此通知，您試圖聯絡的「libsisimai」群組可能不存在，或者您沒有在此群組張貼留言的權限。", ClassRecipient, "asia_recipient_bounce"},

		// Chinese services: 163.net, Zhejiang University, eYou (the
		// round's rows), iCloud's alias reply (sisimai Rhost/Apple.pm), QQ's
		// bounce keywords and sisimai's Tencent table.
		{"<***@163.net>……User ***@163.net is not found in Server .", ClassRecipient, "asia_recipient_bounce"},
		{"<***@zjuem.zju.edu.cn>…… unknown or illegal alias:***", ClassRecipient, "asia_recipient_bounce"},
		{"550 5.1.1 unknown or illegal alias: ****@icloud.com", ClassRecipient, ""},
		{"<***@EYOU.COM>…… invalid address", ClassRecipient, "asia_invalid_address"},
		{"<user@eyou.com>: invalid address (#5.1.1)", ClassRecipient, ""},
		{"该用户不存在", ClassRecipient, "asia_recipient_bounce"},
		{"该用户未开通QQ邮箱", ClassRecipient, "asia_recipient_bounce"},
		{"收件人不存在", ClassRecipient, "asia_recipient_bounce"},
		{"收件人空间不足", ClassRecipient, "asia_recipient_bounce"},
		{"550 is a deactivated mailbox", ClassRecipient, "asia_recipient_bounce"},
		{"550 Suspected bounce attacks", ClassRejected, "asia_size_or_reputation"},
		{"550 Mailbox unavailable or access denined", ClassRecipient, ""},
		{"550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728", ClassRecipient, ""},
		{"550 Domain frequency limited", ClassRateLimited, ""},
		{"550 Mail content denied", ClassRejected, ""},
		{"550 Message too large", ClassRejected, ""},

		// Direct Mail's API errors without their HTTP status.
		{"Domain check failed.", ClassConfig, "asia_sending_setup"},
		{"The Email format is invalid. It must only contain numbers, letters, underscores, minus sign, plus sign, and period.", ClassRecipient, "asia_recipient_address"},
		{"The specified template does not exist.", ClassConfig, "asia_sending_setup"},
		{"The specified mailAddress domain does not exist.", ClassConfig, "asia_sending_setup"},
		{"The specified mailAddress status is wrongly formed.", ClassBlocked, "asia_sender_blocked"},

		// SwiftMailer 6.3 (swiftmailer/swiftmailer 47a44911): a mailbox
		// address the validator refuses. A whole address that fails is the
		// one a person typed (a customer's Japanese-script or
		// consecutive-dot carrier address: the round's EC-CUBE row); an
		// empty one or one without its domain is the product's own sender
		// setting (rounds 23 and 24).
		{"Swift_RfcComplianceException: Address in mailbox given [ああああ@example.com] does not comply with RFC 2822, 3.6.2. (uncaught exception) at C:\\workspace\\vendor\\swiftmailer\\swiftmailer\\lib\\classes\\Swift\\Mime\\Headers\\MailboxHeader.php line 348", ClassRecipient, "asia_recipient_address"},
		{"Address in mailbox given [taro..yamada@docomo.ne.jp] does not comply with RFC 2822, 3.6.2.", ClassRecipient, "asia_recipient_address"},
		{"Address in mailbox given [hanako.@ezweb.ne.jp] does not comply with RFC 2822, 3.6.2.", ClassRecipient, "asia_recipient_address"},
		{"Swift_AddressEncoderException: Non-ASCII characters not supported in local-part", ClassRecipient, "asia_recipient_address"},
		{"Address in mailbox given [] does not comply with RFC 2822, 3.6.2.", ClassConfig, ""},
		{"Address in mailbox given [admin@] does not comply with RFC 2822, 3.6.2.", ClassConfig, ""},
		{"Address in mailbox given [ info@example.com] does not comply with RFC 2822, 3.6.2.", ClassConfig, ""},
		{"Beim Senden der E-Mail ist ein Problem aufgetreten. Bitte überprüfe Deine Einstellungen. (Fehler: Address in mailbox given [admin@example] does not comply with RFC 2822, 3.6.2.)", ClassConfig, ""},
		// SwiftMailer's sender, transport and signing setup.
		{"Address set in PathHeader does not comply with addr-spec of RFC 2822.", ClassConfig, "asia_sending_setup"},
		{"Cannot send message without a sender address", ClassConfig, ""},
		{"Unable to connect with TLS encryption", ClassConfig, "asia_sending_setup"},
		{"Process could not be started [The system cannot find the path specified.]", ClassConfig, "asia_sending_setup"},
		{"Unsupported sendmail command flags [/usr/sbin/sendmail -oi]. Must be one of \"-bs\" or \"-t\" but can include additional flags.", ClassConfig, "asia_sending_setup"},
		{"Unable to load DKIM Private Key [error:0909006C:PEM routines:get_name:no start line]", ClassConfig, "asia_sending_setup"},
		{"Unable to sign DKIM Hash [error:04075070:rsa routines]", ClassConfig, "asia_sending_setup"},
		{"Unable to load DomainKey Private Key [error:0909006C]", ClassConfig, "asia_sending_setup"},
		{"Unable to sign DomainKey Hash  [error:04075070]", ClassConfig, "asia_sending_setup"},
		{"php-opendkim extension not found", ClassConfig, "asia_sending_setup"},
		{"OpenDKIM Error: key could not be loaded", ClassConfig, "asia_sending_setup"},
		{"Unable to force signature timestamp [error]", ClassConfig, "asia_sending_setup"},
		{"Unable to set sha256 as it is not supported by OpenSSL.", ClassConfig, "asia_sending_setup"},
		{"Unable to set the hash algorithm, must be one of rsa-sha1 or rsa-sha256 (%s given).", ClassConfig, "asia_sending_setup"},
		{"Failed to sign S/Mime message. Error: \"error:0200100D\".", ClassConfig, "asia_sending_setup"},
		{"Failed to encrypt S/Mime message. Error: \"error:0200100D\".", ClassConfig, "asia_sending_setup"},
		// SwiftMailer's transport and POP-before-SMTP connection failures.
		{"Expected response code 250 but got an empty response", ClassTransient, ""},
		{"Connection to smtp.example.jp:587 Timed Out", ClassTransient, ""},
		{"Connection could not be established with host smtp.example.jp :stream_socket_client(): unable to connect to smtp.example.jp:587 (Connection refused)", ClassTransient, ""},
		{"Failed to connect to POP3 host [pop.example.jp]: Connection refused", ClassTransient, ""},
		{"POP3 host [pop.example.jp] connection could not be stopped", ClassTransient, "asia_delivery_retrying"},
		{"Failed to write command [USER taro] to POP3 host", ClassTransient, "asia_delivery_retrying"},
		{"Failed to read from POP3 host after command [PASS ****]", ClassTransient, "asia_delivery_retrying"},
		// The server's reply decides what SwiftMailer wraps.
		{"Failed to authenticate on SMTP server with username \"user@example.jp\" using 2 possible authenticators.", ClassAuth, ""},
		{"POP3 command failed [-ERR authentication failed]", ClassAuth, ""},
		{"Expected response code 250/251/252 but got code \"550\", with message \"550 5.1.1 <x@docomo.ne.jp>: Recipient address rejected: User unknown\"", ClassRecipient, ""},
		{"Expected response code 354 but got code \"554\", with message \"554 5.7.1 rejected as spam\"", ClassRejected, ""},
		// No cause in the words.
		{"All Transports in FailoverTransport failed, or no Transports available", ClassUnknown, ""},
		{"All Transports in LoadBalancedTransport failed, or no Transports available", ClassUnknown, ""},
		{"Invalid ID given <abc>", ClassUnknown, ""},
		{"Mime boundary set is not RFC 2046 compliant.", ClassUnknown, ""},

		// Look-alikes that keep their reading: EZweb's sentence that names
		// either cause (sisimai reads its two mails userunknown and
		// blocked), SoftBank's and the carriers' generic headers, a login
		// that names no user, a sender's invalid address, gomail's
		// parse error, a sending host's own DNS name.
		{"次のあて先へのメッセージはエラーのため送信できませんでした。\n\n送信先メールアドレスが見つからないか、\n送信先メールサーバの事由により送信できませんでした。\nメールアドレスをご確認の上、再送信してください。", ClassUnknown, ""},
		{"指定された送信先はエラーのためお届けできませんでした。", ClassUnknown, ""},
		{"このメールは「m-FILTER」が自動的に生成して送信しています。", ClassUnknown, ""},
		{"Each of the following recipients was rejected by a remote mail server.", ClassUnknown, ""},
		{"登录失败：该用户不存在或密码错误", ClassAuth, ""},
		{"550 5.1.7 Invalid address", ClassConfig, ""},
		{"Failed to send test email. Cause: Mail command failed: 553 Invalid address specified", ClassConfig, ""},
		{"gomail: invalid address \"\\\"email\\\" <>\": mail: invalid string", ClassConfig, ""},
		{"421 too many invalid addresses, goodbye (#4.3.0)", ClassRateLimited, ""},
		{"getaddrinfo ENOTFOUND smtp.example.jp: host not found", ClassConfig, ""},
		{"The number of messages in your mailbox exceeds the limit", ClassUnknown, ""},
		{"Message size exceeds fixed maximum message size", ClassRejected, ""},
		{"552 5.2.2 Mailbox full, quota exceeded", ClassRecipient, ""},
		{"DKIM signature verification failed", ClassRejected, ""},
	})
}
