package registry

// This file holds the provider table behind [Lookup]. Each entry records what
// shared/PROVIDERS.md (late 2026) found for one provider, and its Source
// field names where each fact comes from. Unverified items from that note were
// checked against a provider page, the Thunderbird ISPDB or widely published
// DNS configurations; items that could not be checked are left out and are
// named in a comment.
//
// Conventions used throughout the table:
//   - Servers are listed preferred first. Where a provider offers both, implicit
//     TLS (465/993) comes before STARTTLS (587/143), as RFC 8314 recommends.
//   - Mechanisms lists the SASL mechanisms a mail client can use for SMTP.
//     Providers that only take passwords are listed as PLAIN and LOGIN, which is
//     what the ISPDB's "password-cleartext" stands for. These lists are not
//     EHLO captures unless the Source says so.
//   - Hosts are server host names or suffixes that only the provider's servers
//     use. An address domain is a suffix only where every host under it is the
//     provider's (fastmail.com, zoho.com); gmail.com, aol.com and the like
//     appear only inside full server names.
//   - MX entries are suffixes of the MX hosts of custom domains hosted by the
//     provider. Detection should let the longest matching suffix win (Yahoo's
//     "yahoodns.net" against AOL's "gm0.yahoodns.net").
//   - Every URL is https and on the provider's own domain.

// tlsAt is an implicit-TLS endpoint.
func tlsAt(host string, port int) Server {
	return Server{Host: host, Port: port, Security: ImplicitTLS}
}

// starttlsAt is an endpoint that needs STARTTLS before login.
func starttlsAt(host string, port int) Server {
	return Server{Host: host, Port: port, Security: StartTLS}
}

// plainLogin is the mechanism list of password-only providers.
func plainLogin() []string { return []string{"PLAIN", "LOGIN"} }

// googleOAuth is Google's OAuth for IMAP and SMTP. The scope is restricted:
// production apps need Google verification.
func googleOAuth() *OAuth {
	return &OAuth{
		AuthURL:  "https://accounts.google.com/o/oauth2/v2/auth",
		TokenURL: "https://oauth2.googleapis.com/token",
		Scopes:   []string{"https://mail.google.com/"},
	}
}

// microsoftOAuth is Microsoft identity platform OAuth for IMAP and SMTP for the
// given tenant ("{tenant}" for work or school accounts, "consumers" for
// personal Microsoft accounts).
func microsoftOAuth(tenant string) *OAuth {
	base := "https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/"
	return &OAuth{
		AuthURL:  base + "authorize",
		TokenURL: base + "token",
		Scopes: []string{
			"https://outlook.office.com/SMTP.Send",
			"https://outlook.office.com/IMAP.AccessAsUser.All",
			"offline_access",
		},
	}
}

// registry returns one Info per provider ID, in the order of the ID constants.
// It builds a new table on every call, so callers may change what it returns.
func registry() []Info {
	return []Info{
		{
			ID:         Gmail,
			Name:       "Gmail",
			SMTP:       []Server{tlsAt("smtp.gmail.com", 465), starttlsAt("smtp.gmail.com", 587)},
			IMAP:       []Server{tlsAt("imap.gmail.com", 993)},
			Mechanisms: []string{"LOGIN", "PLAIN", "XOAUTH2", "OAUTHBEARER"},
			// App passwords are the only password route left: less secure apps
			// ended on 30 May 2022. They are revoked when the Google Account
			// password changes.
			AppPasswords: AppPasswordPossible,
			AppPasswordPrereqs: []string{
				"2-Step Verification on",
				"2-Step Verification not security-key-only",
				"no Advanced Protection",
			},
			AppPasswordURL: "https://myaccount.google.com/apppasswords",
			OAuth:          googleOAuth(),
			HelpURL:        "https://support.google.com/mail/answer/7126229",
			Hosts:          []string{"smtp.gmail.com", "imap.gmail.com", "pop.gmail.com"},
			Domains:        []string{"gmail.com", "googlemail.com"},
			Source:         "PROVIDERS.md §1; ISPDB googlemail.com.xml; support.google.com/accounts/answer/185833; developers.google.com/gmail/imap/xoauth2-protocol; EHLO captures",
		},
		{
			ID:         GoogleWorkspace,
			Name:       "Google Workspace",
			SMTP:       []Server{tlsAt("smtp.gmail.com", 465), starttlsAt("smtp.gmail.com", 587)},
			IMAP:       []Server{tlsAt("imap.gmail.com", 993)},
			Mechanisms: []string{"LOGIN", "PLAIN", "XOAUTH2", "OAUTHBEARER"},
			// Since 14 March 2025 Workspace takes no passwords except app
			// passwords, and an admin may forbid those or turn IMAP off.
			AppPasswords: AppPasswordPossible,
			AppPasswordPrereqs: []string{
				"2-Step Verification on",
				"2-Step Verification not security-key-only",
				"no Advanced Protection",
				"admin policy allows app passwords",
			},
			AppPasswordURL: "https://myaccount.google.com/apppasswords",
			OAuth:          googleOAuth(),
			HelpURL:        "https://support.google.com/mail/answer/7126229",
			// smtp.gmail.com and imap.gmail.com are listed under Gmail; the
			// address domain or MX tells the two apart. smtp-relay.gmail.com is
			// the Workspace-only relay configured in the Admin console.
			Hosts: []string{"smtp-relay.gmail.com"},
			MX: []string{
				"smtp.google.com",    // single MX for sign-ups since ~2023
				"aspmx.l.google.com", // also matches alt1-4.aspmx.l.google.com
				"aspmx2.googlemail.com",
				"aspmx3.googlemail.com",
				"aspmx4.googlemail.com",
				"aspmx5.googlemail.com",
			},
			Source: "PROVIDERS.md §0.2, §1; support.google.com/a/answer/14114704; support.google.com/accounts/answer/185833; Google MX setup as quoted by intodns.ai, fastycloud.com",
		},
		{
			ID:   Microsoft365,
			Name: "Microsoft 365",
			// No implicit-TLS port for client submission.
			SMTP:       []Server{starttlsAt("smtp.office365.com", 587)},
			IMAP:       []Server{tlsAt("outlook.office365.com", 993)},
			Mechanisms: []string{"LOGIN", "XOAUTH2"},
			// PROVIDERS.md documents no app-password route for SMTP AUTH: with
			// MFA the password path cannot work and the fix is OAuth, or an admin
			// enabling Authenticated SMTP. Basic auth for SMTP AUTH is default-off
			// for existing tenants from the end of December 2026.
			AppPasswords: AppPasswordNone,
			OAuth:        microsoftOAuth("{tenant}"),
			HelpURL:      "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission",
			// smtp.office365.com, outlook.office365.com, smtp-legacy.office365.com.
			// outlook.office365.com also serves personal accounts; the address
			// domain tells them apart.
			Hosts: []string{"office365.com"},
			MX: []string{
				"mail.protection.outlook.com",
				"mx.microsoft", // accepted domains added from July 2026 (MC1048624)
			},
			Source: "PROVIDERS.md §0.2, §2; ISPDB office365.com.xml; learn.microsoft.com authenticated-client-smtp-submission and how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth; Exchange Team blog 2026-01-27 (MC786329); EHLO captures",
		},
		{
			ID:   OutlookPersonal,
			Name: "Outlook.com",
			SMTP: []Server{starttlsAt("smtp-mail.outlook.com", 587)},
			IMAP: []Server{tlsAt("outlook.office365.com", 993)},
			// The servers may still advertise LOGIN, but basic auth (app
			// passwords included) is rejected since 16 September 2024.
			Mechanisms: []string{"XOAUTH2"},
			// App passwords can still be created for the account, but IMAP and
			// SMTP reject them; no AppPasswordURL so that no plan links there.
			AppPasswords: AppPasswordForbidden,
			OAuth:        microsoftOAuth("consumers"),
			HelpURL:      "https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040",
			Hosts:        []string{"smtp-mail.outlook.com"},
			Domains: []string{
				"outlook.com", "hotmail.com", "live.com", "msn.com", "windowslive.com",
				"outlook.de", "outlook.es", "outlook.fr", "outlook.it", "outlook.jp",
				"outlook.com.au", "outlook.com.br",
				"hotmail.co.uk", "hotmail.de", "hotmail.es", "hotmail.fr", "hotmail.it",
				"hotmail.nl", "hotmail.be", "hotmail.ca", "hotmail.se", "hotmail.no",
				"hotmail.dk", "hotmail.fi", "hotmail.co.jp", "hotmail.com.ar",
				"hotmail.com.au", "hotmail.com.br",
				"live.co.uk", "live.de", "live.fr", "live.it", "live.nl", "live.be",
				"live.ca", "live.se", "live.no", "live.dk", "live.jp", "live.com.au",
				"live.com.mx",
			},
			MX:     []string{"olc.protection.outlook.com"},
			Source: "PROVIDERS.md §3; ISPDB hotmail.com.xml (commits 71ffec0/8017c7a, 2025-07-28); support.microsoft.com c5d65390 (basic auth off 16 Sep 2024); live 535 5.7.139 responses in public issues",
		},
		{
			ID:   Yahoo,
			Name: "Yahoo Mail",
			SMTP: []Server{tlsAt("smtp.mail.yahoo.com", 465), starttlsAt("smtp.mail.yahoo.com", 587)},
			IMAP: []Server{
				tlsAt("imap.mail.yahoo.com", 993),
				tlsAt("export.imap.mail.yahoo.com", 993),
			},
			Mechanisms: []string{"PLAIN", "LOGIN", "XOAUTH2"},
			// Every third-party app needs one, with or without 2-step
			// verification. They survive a change of the account password.
			AppPasswords:       AppPasswordRequired,
			AppPasswordPrereqs: []string{"sign-in from a browser used for Yahoo on several recent days"},
			AppPasswordURL:     "https://login.yahoo.com/account/security",
			// Mail scopes need Yahoo's approval of the client.
			OAuth: &OAuth{
				AuthURL:  "https://api.login.yahoo.com/oauth2/request_auth",
				TokenURL: "https://api.login.yahoo.com/oauth2/get_token",
				Scopes:   []string{"mail-w"},
			},
			HelpURL: "https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html",
			Hosts:   []string{"mail.yahoo.com"},
			Domains: []string{
				"yahoo.com", "yahoo.co.uk", "yahoo.de", "yahoo.fr", "yahoo.it",
				"yahoo.es", "yahoo.se", "yahoo.co.in", "yahoo.co.nz", "yahoo.com.au",
				"yahoo.com.ar", "yahoo.com.br", "yahoo.com.mx",
				"ymail.com", "rocketmail.com", "myyahoo.com",
				"cox.net", // Cox mailboxes moved to Yahoo
			},
			// Covers *.am0.yahoodns.net (including Yahoo/Turbify Business
			// mx-biz); AOL's gm0.yahoodns.net is the longer suffix.
			MX:     []string{"yahoodns.net"},
			Source: "PROVIDERS.md §4; ISPDB yahoo.com.xml; help.yahoo.com SLN15241 (app passwords)",
		},
		{
			ID:                 AOL,
			Name:               "AOL Mail",
			SMTP:               []Server{tlsAt("smtp.aol.com", 465)},
			IMAP:               []Server{tlsAt("imap.aol.com", 993)},
			Mechanisms:         []string{"PLAIN", "LOGIN", "XOAUTH2"},
			AppPasswords:       AppPasswordRequired,
			AppPasswordPrereqs: []string{"sign-in from a browser used for AOL on several recent days"},
			AppPasswordURL:     "https://login.aol.com/account/security",
			OAuth: &OAuth{
				AuthURL:  "https://api.login.aol.com/oauth2/request_auth",
				TokenURL: "https://api.login.aol.com/oauth2/get_token",
				Scopes:   []string{"mail-w"},
			},
			HelpURL: "https://help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail",
			Hosts:   []string{"smtp.aol.com", "imap.aol.com", "pop.aol.com"},
			Domains: []string{
				"aol.com", "aim.com", "verizon.net",
				"netscape.net", "netscape.com", "compuserve.com", "cs.com", "wmconnect.com",
				"aol.co.uk", "aol.de", "aol.fr", "aol.it", "aol.es", "aol.se",
				"aol.com.au", "aol.com.ar", "aol.com.br", "aol.com.mx", "aol.co.nz",
			},
			MX:     []string{"gm0.yahoodns.net"},
			Source: "PROVIDERS.md §5; ISPDB aol.com.xml; help.aol.com \"Create and manage 3rd-party app passwords\"",
		},
		{
			ID:         ICloud,
			Name:       "iCloud Mail",
			SMTP:       []Server{starttlsAt("smtp.mail.me.com", 587)},
			IMAP:       []Server{tlsAt("imap.mail.me.com", 993)},
			Mechanisms: plainLogin(),
			// All app-specific passwords are revoked when the Apple Account
			// password is changed or reset.
			AppPasswords:       AppPasswordRequired,
			AppPasswordPrereqs: []string{"two-factor authentication on"},
			AppPasswordURL:     "https://account.apple.com/account/manage",
			HelpURL:            "https://support.apple.com/102525",
			Hosts:              []string{"smtp.mail.me.com", "imap.mail.me.com"},
			Domains:            []string{"icloud.com", "me.com", "mac.com"},
			MX:                 []string{"mail.icloud.com"}, // mx01/mx02.mail.icloud.com, iCloud+ custom domains
			Source:             "PROVIDERS.md §6; ISPDB me.com.xml; support.apple.com/102525 and 102654; MX from many published iCloud+ DNS configurations",
		},
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
		{
			ID:   AmazonSES,
			Name: "Amazon SES",
			// "{region}" is the AWS region of the SMTP credentials. Port 25
			// (STARTTLS) is also offered but throttled on EC2.
			SMTP: []Server{
				tlsAt("email-smtp.{region}.amazonaws.com", 465),
				starttlsAt("email-smtp.{region}.amazonaws.com", 587),
				tlsAt("email-smtp.{region}.amazonaws.com", 2465),
				starttlsAt("email-smtp.{region}.amazonaws.com", 2587),
			},
			Mechanisms: plainLogin(),
			// Relay: SMTP credentials derived from IAM, per region; no mailbox
			// and no app passwords.
			AppPasswords: AppPasswordNone,
			HelpURL:      "https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html",
			// Hosts is empty: endpoints are email-smtp.<region>.amazonaws.com,
			// and a bare amazonaws.com suffix would also match EC2 machines.
			Source: "PROVIDERS.md §23; docs.aws.amazon.com/ses smtp-connect and send-email-smtp; credentials: SES SMTP credentials per region (IAM), not app passwords",
		},
		{
			ID:   SendGrid,
			Name: "Twilio SendGrid",
			SMTP: []Server{
				tlsAt("smtp.sendgrid.net", 465),
				starttlsAt("smtp.sendgrid.net", 587),
				starttlsAt("smtp.sendgrid.net", 2525),
				starttlsAt("smtp.sendgrid.net", 25),
			},
			Mechanisms:   plainLogin(),
			AppPasswords: AppPasswordNone,
			HelpURL:      "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api",
			Hosts:        []string{"smtp.sendgrid.net"},
			Source:       "PROVIDERS.md §24; twilio.com/docs/sendgrid integrating-with-the-smtp-api; credentials: username \"apikey\", password an API key with Mail Send permission",
		},
		{
			ID:   Mailgun,
			Name: "Mailgun",
			// US and EU accounts are separate; use the host of the account's
			// region.
			SMTP: []Server{
				tlsAt("smtp.mailgun.org", 465),
				starttlsAt("smtp.mailgun.org", 587),
				starttlsAt("smtp.mailgun.org", 2525),
				tlsAt("smtp.eu.mailgun.org", 465),
				starttlsAt("smtp.eu.mailgun.org", 587),
				starttlsAt("smtp.eu.mailgun.org", 2525),
			},
			Mechanisms:   plainLogin(),
			AppPasswords: AppPasswordNone,
			HelpURL:      "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/send-smtp",
			Hosts:        []string{"smtp.mailgun.org", "smtp.eu.mailgun.org"},
			Source:       "PROVIDERS.md §25; documentation.mailgun.com send-smtp; credentials: per-sending-domain SMTP credentials (postmaster@<domain> or custom), password shown once on reset",
		},
		{
			ID:   Postmark,
			Name: "Postmark",
			// No implicit-TLS port. smtp-broadcasts is for the broadcast stream.
			SMTP: []Server{
				starttlsAt("smtp.postmarkapp.com", 587),
				starttlsAt("smtp.postmarkapp.com", 2525),
				starttlsAt("smtp.postmarkapp.com", 25),
				starttlsAt("smtp-broadcasts.postmarkapp.com", 587),
				starttlsAt("smtp-broadcasts.postmarkapp.com", 2525),
				starttlsAt("smtp-broadcasts.postmarkapp.com", 25),
			},
			Mechanisms:   plainLogin(),
			AppPasswords: AppPasswordNone,
			HelpURL:      "https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using",
			Hosts:        []string{"smtp.postmarkapp.com", "smtp-broadcasts.postmarkapp.com"},
			Source:       "PROVIDERS.md §26; postmarkapp.com/support/article/811; credentials: Server API Token as username and password (or SMTP token + stream header)",
		},
		{
			ID:   Brevo,
			Name: "Brevo",
			SMTP: []Server{
				tlsAt("smtp-relay.brevo.com", 465),
				starttlsAt("smtp-relay.brevo.com", 587),
				starttlsAt("smtp-relay.brevo.com", 2525),
			},
			Mechanisms:   plainLogin(),
			AppPasswords: AppPasswordNone,
			HelpURL:      "https://developers.brevo.com/docs/smtp-integration",
			Hosts:        []string{"smtp-relay.brevo.com"},
			Source:       "PROVIDERS.md §26; developers.brevo.com/docs/smtp-integration; credentials: SMTP login from Settings › SMTP & API, password an SMTP key (not an API key)",
		},
		{
			ID:   Custom,
			Name: "Other IMAP/SMTP server",
			// Nothing is known about the server; an app password may be needed
			// where its operator has 2-step verification.
			AppPasswords: AppPasswordPossible,
			Source:       "no provider data: the host application supplies servers",
		},
	}
}
