package provider

// hostedProviders are mailbox providers for personal and custom domains:
// Zoho, Hostinger, Titan, Fastmail and GoDaddy.
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
			Source: []string{
				"https://www.zoho.com/mail/help/imap-access.html",
				"https://autoconfig.thunderbird.net/v1.1/zoho.com",
				"https://autoconfig.thunderbird.net/v1.1/zoho.eu",
				"https://autoconfig.thunderbird.net/v1.1/zoho.in",
				"https://autoconfig.thunderbird.net/v1.1/zoho.com.au",
				"https://autoconfig.thunderbird.net/v1.1/zoho.jp",
				"https://autoconfig.thunderbird.net/v1.1/zohocloud.ca",
			},
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
			Hosts: []string{"hostinger.com", "hostinger.com.br"},
			MX:    []string{"hostinger.com", "hostinger.com.br"}, // mx1/mx2.hostinger.com; older mx1.hostinger.com.br
			Source: []string{
				"https://www.hostinger.com/support/4305847-set-up-hostinger-email-on-your-applications-and-devices/",
				"https://www.hostinger.com/support/how-to-create-an-app-password-for-hostinger-email/",
				"https://www.hostinger.com/support/1583452-i-was-suspended-for-mass-mail",
			},
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
			Source: []string{
				"https://support.titan.email/hc/en-us/articles/900000215446-Configure-Titan-on-other-apps-using-IMAP-POP",
			},
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
			Source: []string{
				"https://www.fastmail.com/help/technical/servernamesandports.html",
				"https://www.fastmail.com/help/clients/apppassword.html",
				"https://autoconfig.thunderbird.net/v1.1/messagingengine.com",
			},
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
			Source: []string{
				"https://www.godaddy.com/help/server-and-port-settings-for-workspace-email-6949",
				"https://autoconfig.thunderbird.net/v1.1/wildwestdomains.com",
			},
		},
	}
}

// businessProviders are hosted business mail: Rackspace, Namecheap Private
// Email, Proton Mail and Amazon WorkMail.
func businessProviders() []Info {
	return []Info{
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
			Source: []string{
				"https://docs.rackspace.com/support/how-to/rackspace-email-and-hosted-exchange-settings/",
				"https://autoconfig.thunderbird.net/v1.1/emailsrvr.com",
			},
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
			Source: []string{
				"https://www.namecheap.com/support/knowledgebase/article.aspx/1179/2175/general-private-email-configuration-for-mail-clients-and-mobile-devices/",
			},
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
			Source: []string{
				"https://proton.me/support/protonmail-bridge-faq",
				"https://proton.me/support/smtp-submission",
			},
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
			Source: []string{
				"https://docs.aws.amazon.com/workmail/latest/userguide/using_IMAP.html",
			},
		},
	}
}
