package provider

// hostedProviders are the other mailbox providers, from Zoho to Amazon
// WorkMail.
func hostedProviders() []Info {
	return []Info{
		{
			ID:   Zoho,
			Name: "Zoho Mail",
			// "{dc}" is the data-centre TLD: com, eu, in, com.au, jp, com.cn or
			// sa. Personal accounts use smtp/imap, organisation (custom-domain)
			// accounts smtppro/imappro; a wrong data centre fails as bad
			// credentials. Canada does not fit the pattern and is listed last.
			SMTP: []Server{
				tlsAt("smtp.zoho.{dc}", 465),
				starttlsAt("smtp.zoho.{dc}", 587),
				tlsAt("smtppro.zoho.{dc}", 465),
				starttlsAt("smtppro.zoho.{dc}", 587),
				tlsAt("smtp.zohocloud.ca", 465),
				starttlsAt("smtp.zohocloud.ca", 587),
			},
			IMAP: []Server{
				tlsAt("imap.zoho.{dc}", 993),
				tlsAt("imappro.zoho.{dc}", 993),
				tlsAt("imap.zohocloud.ca", 993),
			},
			Mechanisms:         plainLogin(),
			AppPasswords:       AppPasswordPossible,
			AppPasswordPrereqs: []string{"two-factor authentication on"},
			// Accounts on other data centres use accounts.zoho.<dc>.
			AppPasswordURL: "https://accounts.zoho.com/home#security/app_password",
			HelpURL:        "https://www.zoho.com/mail/help/imap-access.html",
			Hosts: []string{
				"zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zoho.jp",
				"zoho.com.cn", "zoho.sa", "zohocloud.ca",
			},
			Domains: []string{"zoho.com", "zohomail.com"},
			// mx.zoho.<dc>, mx2.zoho.<dc>, mx3.zoho.<dc>; mx*.zohocloud.ca.
			MX: []string{
				"zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zoho.jp",
				"zoho.com.cn", "zoho.sa", "zohocloud.ca",
			},
			Source: "PROVIDERS.md §0.2, §7; ISPDB zoho.com/.eu/.in/.com.au/.jp/zohocloud.ca.xml; zoho.com/mail/help/imap-access.html; postigo.net (com.cn, sa); MX pattern from published Zoho DNS configurations",
		},
		{
			ID:         Hostinger,
			Name:       "Hostinger Email",
			SMTP:       []Server{tlsAt("smtp.hostinger.com", 465), starttlsAt("smtp.hostinger.com", 587)},
			IMAP:       []Server{tlsAt("imap.hostinger.com", 993)},
			Mechanisms: plainLogin(),
			// Introduced in 2026; the mailbox password keeps working.
			AppPasswords:       AppPasswordPossible,
			AppPasswordPrereqs: []string{"email plan supports app passwords"},
			AppPasswordURL:     "https://www.hostinger.com/support/how-to-create-an-app-password-for-hostinger-email/",
			HelpURL:            "https://www.hostinger.com/support/4305847-set-up-hostinger-email-on-your-applications-and-devices/",
			// Titan mailboxes sold by Hostinger use titan.email, see Titan.
			Hosts:  []string{"hostinger.com", "hostinger.com.br"},
			MX:     []string{"hostinger.com", "hostinger.com.br"}, // mx1/mx2.hostinger.com; older mx1.hostinger.com.br
			Source: "PROVIDERS.md §0.2, §8; hostinger.com/support 4305847 (client settings), how-to-create-an-app-password-for-hostinger-email, 1583468, 1583452",
		},
		{
			ID:   Titan,
			Name: "Titan Email",
			// Titan's own page (below) is cited for these hosts by public
			// configurations; 587 STARTTLS is reported by third parties only and
			// is left out.
			SMTP:       []Server{tlsAt("smtp.titan.email", 465)},
			IMAP:       []Server{tlsAt("imap.titan.email", 993)},
			Mechanisms: plainLogin(),
			// No app-password system was found in the sources.
			AppPasswords: AppPasswordNone,
			HelpURL:      "https://support.titan.email/hc/en-us/articles/900000215446-Configure-Titan-on-other-apps-using-IMAP-POP",
			Hosts:        []string{"titan.email"},
			MX:           []string{"titan.email"}, // mx1/mx2.titan.email
			Source:       "PROVIDERS.md §9; support.titan.email article 900000215446 (as cited by public configurations, not read directly); Zoho migration guide (IMAP host); MX from published DNS configurations",
		},
		{
			ID:         Fastmail,
			Name:       "Fastmail",
			SMTP:       []Server{tlsAt("smtp.fastmail.com", 465), starttlsAt("smtp.fastmail.com", 587)},
			IMAP:       []Server{tlsAt("imap.fastmail.com", 993)}, // no STARTTLS on IMAP
			Mechanisms: []string{"PLAIN"},
			// Mandatory for every IMAP/SMTP client. The Basic plan has no
			// IMAP/SMTP access at all.
			AppPasswords:       AppPasswordRequired,
			AppPasswordPrereqs: []string{"plan with IMAP/SMTP access (not Basic)"},
			AppPasswordURL:     "https://www.fastmail.com/help/clients/apppassword.html",
			// OAuth is offered to registered clients only; its endpoints were
			// not verified, so OAuth is nil.
			HelpURL: "https://www.fastmail.com/help/technical/servernamesandports.html",
			// Every host under fastmail.com and messagingengine.com is Fastmail's.
			Hosts:   []string{"fastmail.com", "messagingengine.com"},
			Domains: []string{"fastmail.com", "fastmail.fm"},
			MX:      []string{"messagingengine.com"}, // in1-smtp/in2-smtp.messagingengine.com
			Source:  "PROVIDERS.md §10; fastmail.com/help/technical/servernamesandports.html; fastmail.com/help/clients/apppassword.html; ISPDB messagingengine.com.xml",
		},
		{
			ID:   GoDaddy,
			Name: "GoDaddy Workspace Email",
			// Microsoft 365 sold by GoDaddy uses the Microsoft 365 hosts and MX
			// and is detected as Microsoft365.
			SMTP:         []Server{tlsAt("smtpout.secureserver.net", 465)},
			IMAP:         []Server{tlsAt("imap.secureserver.net", 993)},
			Mechanisms:   plainLogin(),
			AppPasswords: AppPasswordNone,
			HelpURL:      "https://www.godaddy.com/help/server-and-port-settings-for-workspace-email-6949",
			Hosts:        []string{"secureserver.net"},
			MX:           []string{"secureserver.net"}, // mailstore1.secureserver.net, smtp.secureserver.net
			Source:       "PROVIDERS.md §11; ISPDB wildwestdomains.com.xml; godaddy.com/help 6949",
		},
		{
			ID:         Yandex,
			Name:       "Yandex Mail",
			SMTP:       []Server{tlsAt("smtp.yandex.com", 465), starttlsAt("smtp.yandex.com", 587)},
			IMAP:       []Server{tlsAt("imap.yandex.com", 993)},
			Mechanisms: []string{"PLAIN", "LOGIN", "XOAUTH2"},
			// Mandatory with two-factor authentication. All app passwords are
			// reset on a password change, 2FA on/off, access restore or
			// "log out on all devices".
			AppPasswords:       AppPasswordPossible,
			AppPasswordPrereqs: []string{"IMAP allowed in Yandex Mail settings (app passwords and OAuth tokens)"},
			AppPasswordURL:     "https://yandex.com/support/passport/authorization/app-passwords.html",
			OAuth: &OAuth{
				AuthURL:  "https://oauth.yandex.com/authorize",
				TokenURL: "https://oauth.yandex.com/token",
				Scopes:   []string{"mail:imap_full", "mail:smtp"},
			},
			HelpURL: "https://yandex.com/support/mail/mail-clients/others.html",
			Hosts:   []string{"smtp.yandex.com", "imap.yandex.com", "pop.yandex.com", "smtp.yandex.ru", "imap.yandex.ru"},
			Domains: []string{"yandex.ru", "yandex.com", "ya.ru", "yandex.by", "yandex.kz", "yandex.ua", "narod.ru"},
			MX:      []string{"mx.yandex.net", "mx.yandex.ru"},
			Source:  "PROVIDERS.md §12; ISPDB yandex.ru.xml (hosts, OAuth); yandex.com/support/passport/authorization/app-passwords.html; MX from published Yandex 360 DNS configurations",
		},
		{
			ID:   MailRu,
			Name: "Mail.ru",
			SMTP: []Server{tlsAt("smtp.mail.ru", 465), starttlsAt("smtp.mail.ru", 587)},
			IMAP: []Server{tlsAt("imap.mail.ru", 993), starttlsAt("imap.mail.ru", 143)},
			// The ISPDB lists OAuth for IMAP only; SMTP takes passwords.
			Mechanisms: plainLogin(),
			// "Application password is REQUIRED" (535 5.7.0); since early 2026
			// the only working method.
			AppPasswords:   AppPasswordRequired,
			AppPasswordURL: "https://help.mail.ru/mail/security/protection/external",
			OAuth: &OAuth{
				AuthURL:  "https://o2.mail.ru/login",
				TokenURL: "https://o2.mail.ru/token",
				Scopes:   []string{"mail.imap"}, // IMAP only
			},
			HelpURL: "https://help.mail.ru/mail/mailer/popsmtp",
			Hosts:   []string{"smtp.mail.ru", "imap.mail.ru", "pop.mail.ru"},
			Domains: []string{"mail.ru", "inbox.ru", "list.ru", "bk.ru"},
			// emx.mail.ru (VK WorkMail custom domains) is unverified and left out.
			MX:     []string{"mxs.mail.ru"},
			Source: "PROVIDERS.md §13; ISPDB mail.ru; help.mail.ru/mail/security/protection/external; thunderbird-android #9069",
		},
		{
			ID:         QQ,
			Name:       "QQ Mail",
			SMTP:       []Server{tlsAt("smtp.qq.com", 465), starttlsAt("smtp.qq.com", 587)},
			IMAP:       []Server{tlsAt("imap.qq.com", 993)},
			Mechanisms: plainLogin(),
			// Since 1 Nov 2022 only a 16-character authorization code (授权码)
			// works; changing the QQ password invalidates all codes.
			AppPasswords: AppPasswordRequired,
			AppPasswordPrereqs: []string{
				"IMAP/SMTP service enabled in QQ Mail settings",
				"verification by WeChat or SMS",
			},
			AppPasswordURL: "https://service.mail.qq.com/detail/0/75",
			HelpURL:        "https://service.mail.qq.com/detail/0/75",
			// Tencent Exmail (imap/smtp.exmail.qq.com, MX mxbiz*.qq.com) uses
			// other hosts and is not this entry.
			Hosts:   []string{"smtp.qq.com", "imap.qq.com", "pop.qq.com"},
			Domains: []string{"qq.com", "foxmail.com", "vip.qq.com"},
			MX:      []string{"mx1.qq.com", "mx2.qq.com", "mx3.qq.com"},
			Source:  "PROVIDERS.md §14; ISPDB; service.mail.qq.com/detail/0/75; ashea.com.cn/IT之家 2022-10-11",
		},
		{
			ID:   NetEase,
			Name: "NetEase Mail (163/126/yeah.net)",
			// The host follows the address domain: 163.com, 126.com or yeah.net.
			// IMAP servers reject clients that do not send the RFC 2971 ID command.
			SMTP: []Server{
				tlsAt("smtp.163.com", 465),
				tlsAt("smtp.126.com", 465),
				tlsAt("smtp.yeah.net", 465),
			},
			IMAP: []Server{
				tlsAt("imap.163.com", 993),
				tlsAt("imap.126.com", 993),
				tlsAt("imap.yeah.net", 993),
			},
			Mechanisms: plainLogin(),
			// The client authorization code (客户端授权码) is required once
			// IMAP/POP/SMTP is on; the web password only works for webmail.
			AppPasswords:       AppPasswordRequired,
			AppPasswordPrereqs: []string{"IMAP/SMTP service enabled in mailbox settings"},
			AppPasswordURL:     "https://help.mail.163.com/faqDetail.do?code=d7a5dc8471cd0c0e8b4b8f4f8e49998b374173cfe9171305fa1ce630d7f67ac286624f309a1a7089",
			HelpURL:            "https://help.mail.163.com/faqDetail.do?code=d7a5dc8471cd0c0e8b4b8f4f8e49998b374173cfe9171305fa1ce630d7f67ac2a5feb28b66796d3b",
			Hosts: []string{
				"smtp.163.com", "imap.163.com", "pop.163.com",
				"smtp.126.com", "imap.126.com", "pop.126.com",
				"smtp.yeah.net", "imap.yeah.net", "pop.yeah.net",
			},
			Domains: []string{"163.com", "126.com", "yeah.net"},
			// Consumer MX hosts only. NetEase Qiye custom domains
			// (qiye163mx*.mxmail.netease.com) use imap/smtp.qiye.163.com and are
			// not this entry.
			MX: []string{
				"163mx00.mxmail.netease.com", "163mx01.mxmail.netease.com",
				"163mx02.mxmail.netease.com", "163mx03.mxmail.netease.com",
			},
			Source: "PROVIDERS.md §15; ISPDB; help.mail.163.com (client authorization code, client settings); help-w.com; note.lispstudio.com (ID command)",
		},
		{
			ID:   GMX,
			Name: "GMX",
			// gmx.net/.de/.at/.ch addresses use the gmx.net servers, gmx.com
			// (international) addresses the gmx.com servers.
			SMTP: []Server{
				tlsAt("mail.gmx.net", 465), starttlsAt("mail.gmx.net", 587),
				tlsAt("mail.gmx.com", 465), starttlsAt("mail.gmx.com", 587),
			},
			IMAP: []Server{
				tlsAt("imap.gmx.net", 993), starttlsAt("imap.gmx.net", 143),
				tlsAt("imap.gmx.com", 993), starttlsAt("imap.gmx.com", 143),
			},
			Mechanisms: plainLogin(),
			// Needed with two-factor authentication; POP3/IMAP access must also
			// be (re-)enabled once in the mail settings.
			AppPasswords: AppPasswordPossible,
			AppPasswordPrereqs: []string{
				"two-factor authentication on",
				"POP3/IMAP access enabled in the mail settings",
			},
			AppPasswordURL: "https://hilfe.gmx.net/sicherheit/2fa/anwendungsspezifisches-passwort.html",
			HelpURL:        "https://hilfe.gmx.net/pop-imap/imap/imap-serverdaten.html",
			Hosts: []string{
				"mail.gmx.net", "imap.gmx.net", "pop.gmx.net",
				"mail.gmx.com", "imap.gmx.com", "pop.gmx.com",
			},
			Domains: []string{
				"gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.eu",
				"gmx.com", "gmx.us", "gmx.co.uk", "gmx.fr", "gmx.es",
			},
			// mx00/mx01.gmx.com is left out: mail.com domains use it too but
			// log in at imap.mail.com.
			MX:     []string{"mx00.gmx.net", "mx01.gmx.net"},
			Source: "PROVIDERS.md §16; ISPDB gmx.net.xml, gmx.com.xml, mail.com.xml; hilfe.gmx.net/pop-imap/einschalten.html; hilfe.gmx.net/sicherheit/2fa",
		},
		{
			ID:         WebDE,
			Name:       "WEB.DE",
			SMTP:       []Server{tlsAt("smtp.web.de", 465), starttlsAt("smtp.web.de", 587)},
			IMAP:       []Server{tlsAt("imap.web.de", 993), starttlsAt("imap.web.de", 143)},
			Mechanisms: plainLogin(),
			// Same model as GMX (same company).
			AppPasswords: AppPasswordPossible,
			AppPasswordPrereqs: []string{
				"two-factor authentication on",
				"POP3/IMAP access enabled in the mail settings",
			},
			AppPasswordURL: "https://hilfe.web.de/sicherheit/2fa/anwendungsspezifisches-passwort.html",
			HelpURL:        "https://hilfe.web.de/pop-imap/einschalten.html",
			Hosts:          []string{"smtp.web.de", "imap.web.de"},
			Domains:        []string{"web.de"},
			MX:             []string{"mx-ha01.web.de", "mx-ha02.web.de", "mx-ha03.web.de"},
			Source:         "PROVIDERS.md §17; ISPDB web.de; hilfe.web.de/pop-imap/einschalten.html; MX from published DNS data",
		},
		{
			ID:   IONOS,
			Name: "IONOS",
			// "{dc}" is the country TLD of the IONOS contract: com, de, co.uk,
			// fr, es, it, mx. Legacy 1&1 mailboxes use imap/smtp.1und1.de.
			SMTP: []Server{
				tlsAt("smtp.ionos.{dc}", 465),
				starttlsAt("smtp.ionos.{dc}", 587),
				tlsAt("smtp.1und1.de", 465),
				starttlsAt("smtp.1und1.de", 587),
			},
			IMAP: []Server{
				tlsAt("imap.ionos.{dc}", 993),
				starttlsAt("imap.ionos.{dc}", 143),
				tlsAt("imap.1und1.de", 993),
			},
			Mechanisms: plainLogin(),
			// With 2-step verification on, mail programs need an app password;
			// the regular password stops working for them.
			AppPasswords:       AppPasswordPossible,
			AppPasswordPrereqs: []string{"2-step verification on (Mail Basic/Business)"},
			AppPasswordURL:     "https://www.ionos.com/help/email/using-webmail/email-activate-and-configure-two-step-verification/",
			HelpURL:            "https://www.ionos.com/help/index.php?id=2490",
			Hosts: []string{
				"ionos.com", "ionos.de", "ionos.co.uk", "ionos.fr", "ionos.es",
				"ionos.it", "ionos.mx", "smtp.1und1.de", "imap.1und1.de",
			},
			MX: []string{
				"ionos.com", "ionos.de", "ionos.co.uk", "ionos.fr", "ionos.es",
				"ionos.it", "ionos.mx", // mx00/mx01.ionos.<tld>
				"1and1.com", "perfora.net", "kundenserver.de", // legacy 1&1
			},
			Source: "PROVIDERS.md §18; ISPDB ionos.com, ionos.de, ionos.co.uk, 1und1.de.xml; ionos.com/help email-activate-and-configure-two-step-verification; MX from published DNS configurations",
		},
		{
			ID:   Rackspace,
			Name: "Rackspace Email",
			// Rackspace documents 465 only; 587 is left out.
			SMTP:         []Server{tlsAt("secure.emailsrvr.com", 465)},
			IMAP:         []Server{tlsAt("secure.emailsrvr.com", 993)},
			Mechanisms:   plainLogin(),
			AppPasswords: AppPasswordNone, // no app-password system found
			HelpURL:      "https://docs.rackspace.com/support/how-to/rackspace-email-and-hosted-exchange-settings/",
			Hosts:        []string{"emailsrvr.com"},
			MX:           []string{"emailsrvr.com"}, // mx1/mx2.emailsrvr.com
			Source:       "PROVIDERS.md §19; ISPDB emailsrvr.com.xml; Rackspace \"Rackspace Email and Hosted Exchange settings\" (rackerlabs/rackspace-how-to)",
		},
		{
			ID:   Namecheap,
			Name: "Namecheap Private Email",
			// Hosts for subscriptions bought on or after 2 June 2026 (new
			// platform, KB 10797) are not verified.
			SMTP:         []Server{tlsAt("mail.privateemail.com", 465), starttlsAt("mail.privateemail.com", 587)},
			IMAP:         []Server{tlsAt("mail.privateemail.com", 993), starttlsAt("mail.privateemail.com", 143)},
			Mechanisms:   plainLogin(),
			AppPasswords: AppPasswordNone,
			HelpURL:      "https://www.namecheap.com/support/knowledgebase/article.aspx/1179/2175/general-private-email-configuration-for-mail-clients-and-mobile-devices/",
			Hosts:        []string{"privateemail.com"},
			MX:           []string{"privateemail.com"}, // mx1/mx2.privateemail.com
			Source:       "PROVIDERS.md §20; Namecheap KB 1179/2175 (client settings), 1262 (MX), 10797 (new platform); mailflowauthority.com 2026-05",
		},
		{
			ID:   ProtonMail,
			Name: "Proton Mail",
			// Proton has no direct IMAP. Proton Mail Bridge (paid plans) runs
			// next to the client; ports are configurable. smtp.protonmail.ch is
			// send-only SMTP submission with a per-address SMTP token (business
			// plans and Visionary/Family with a custom domain).
			SMTP: []Server{
				starttlsAt("127.0.0.1", 1025),
				starttlsAt("smtp.protonmail.ch", 587),
			},
			IMAP:       []Server{starttlsAt("127.0.0.1", 1143)},
			Mechanisms: plainLogin(),
			// The Proton password never works: Bridge takes the Bridge password
			// shown in the Bridge app, smtp.protonmail.ch an SMTP token.
			AppPasswords: AppPasswordRequired,
			AppPasswordPrereqs: []string{
				"paid Proton plan",
				"Bridge: Proton Mail Bridge running next to the client",
				"SMTP token: eligible plan and a custom-domain address",
			},
			AppPasswordURL: "https://proton.me/support/smtp-submission",
			HelpURL:        "https://proton.me/support/protonmail-bridge-faq",
			// 127.0.0.1 is not listed: any local server would match it.
			Hosts:   []string{"smtp.protonmail.ch"},
			Domains: []string{"proton.me", "protonmail.com", "protonmail.ch", "pm.me"},
			MX:      []string{"mail.protonmail.ch", "mailsec.protonmail.ch"},
			Source:  "PROVIDERS.md §21; proton.me/support/protonmail-bridge-faq and smtp-submission; SMTP host and MX from published configurations",
		},
		{
			ID:   AmazonWorkMail,
			Name: "Amazon WorkMail",
			// "{region}" is us-east-1, us-west-2 or eu-west-1. STARTTLS is not
			// supported. End of support: 31 March 2027.
			SMTP:         []Server{tlsAt("smtp.mail.{region}.awsapps.com", 465)},
			IMAP:         []Server{tlsAt("imap.mail.{region}.awsapps.com", 993)},
			Mechanisms:   plainLogin(),
			AppPasswords: AppPasswordNone,
			HelpURL:      "https://docs.aws.amazon.com/workmail/latest/userguide/using_IMAP.html",
			Hosts: []string{
				"mail.us-east-1.awsapps.com",
				"mail.us-west-2.awsapps.com",
				"mail.eu-west-1.awsapps.com",
			},
			// MX is left out: inbound-smtp.<region>.amazonaws.com is shared
			// with every SES receiving setup, so it does not identify WorkMail.
			Source: "PROVIDERS.md §22; docs.aws.amazon.com/workmail using_IMAP.html and workmail-end-of-support",
		},
	}
}
