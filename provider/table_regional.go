package provider

// regionalProviders are the large national providers: Yandex, Mail.ru, QQ,
// NetEase, GMX, WEB.DE and IONOS.
func regionalProviders() []Info {
	return []Info{
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
			Source: []string{
				"https://yandex.com/support/mail/mail-clients/others.html",
				"https://yandex.com/support/passport/authorization/app-passwords.html",
				"https://autoconfig.thunderbird.net/v1.1/yandex.ru",
			},
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
			MX: []string{"mxs.mail.ru"},
			Source: []string{
				"https://help.mail.ru/mail/mailer/popsmtp",
				"https://help.mail.ru/mail/security/protection/external",
				"https://github.com/thunderbird/thunderbird-android/issues/9069",
				"https://autoconfig.thunderbird.net/v1.1/mail.ru",
			},
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
			Source: []string{
				"https://service.mail.qq.com/detail/0/75",
				"https://autoconfig.thunderbird.net/v1.1/qq.com",
			},
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
			Source: []string{
				"https://help.mail.163.com/faqDetail.do?code=d7a5dc8471cd0c0e8b4b8f4f8e49998b374173cfe9171305fa1ce630d7f67ac2a5feb28b66796d3b",
				"https://help.mail.163.com/faqDetail.do?code=d7a5dc8471cd0c0e8b4b8f4f8e49998b374173cfe9171305fa1ce630d7f67ac286624f309a1a7089",
				"https://autoconfig.thunderbird.net/v1.1/163.com",
			},
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
			MX: []string{"mx00.gmx.net", "mx01.gmx.net"},
			Source: []string{
				"https://hilfe.gmx.net/pop-imap/imap/imap-serverdaten.html",
				"https://hilfe.gmx.net/pop-imap/einschalten.html",
				"https://hilfe.gmx.net/sicherheit/2fa/anwendungsspezifisches-passwort.html",
				"https://autoconfig.thunderbird.net/v1.1/gmx.net",
				"https://autoconfig.thunderbird.net/v1.1/gmx.com",
				"https://autoconfig.thunderbird.net/v1.1/mail.com",
			},
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
			Source: []string{
				"https://hilfe.web.de/pop-imap/einschalten.html",
				"https://hilfe.web.de/sicherheit/2fa/anwendungsspezifisches-passwort.html",
				"https://autoconfig.thunderbird.net/v1.1/web.de",
			},
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
			Source: []string{
				"https://www.ionos.com/help/index.php?id=2490",
				"https://www.ionos.com/help/email/using-webmail/email-activate-and-configure-two-step-verification/",
				"https://autoconfig.thunderbird.net/v1.1/ionos.com",
				"https://autoconfig.thunderbird.net/v1.1/ionos.de",
				"https://autoconfig.thunderbird.net/v1.1/ionos.co.uk",
				"https://autoconfig.thunderbird.net/v1.1/1und1.de",
			},
		},
	}
}
