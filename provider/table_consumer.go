package provider

// consumerProviders are Google, Microsoft, Yahoo, AOL and Apple.
func consumerProviders() []Info {
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
			Source: []string{
				"https://support.google.com/mail/answer/7126229",
				"https://support.google.com/accounts/answer/185833",
				"https://developers.google.com/gmail/imap/xoauth2-protocol",
				"https://autoconfig.thunderbird.net/v1.1/googlemail.com",
			},
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
			Source: []string{
				"https://support.google.com/a/answer/14114704",
				"https://support.google.com/accounts/answer/185833",
				"https://support.google.com/mail/answer/7126229",
			},
		},
		{
			ID:   Microsoft365,
			Name: "Microsoft 365",
			// No implicit-TLS port for client submission.
			SMTP:       []Server{starttlsAt("smtp.office365.com", 587)},
			IMAP:       []Server{tlsAt("outlook.office365.com", 993)},
			Mechanisms: []string{"LOGIN", "XOAUTH2"},
			// Microsoft documents no app-password route for SMTP AUTH: with MFA
			// the password path cannot work and the fix is OAuth, or an admin
			// enabling Authenticated SMTP. Basic auth for SMTP AUTH is default-off
			// for existing tenants from the end of December 2026 (Exchange Team
			// blog, 27 January 2026, in Source).
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
			Source: []string{
				"https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission",
				"https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth",
				"https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835",
				"https://autoconfig.thunderbird.net/v1.1/office365.com",
			},
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
			MX: []string{"olc.protection.outlook.com"},
			Source: []string{
				"https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040",
				"https://autoconfig.thunderbird.net/v1.1/hotmail.com",
			},
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
			MX: []string{"yahoodns.net"},
			Source: []string{
				"https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html",
				"https://help.yahoo.com/kb/SLN15241.html",
				"https://autoconfig.thunderbird.net/v1.1/yahoo.com",
			},
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
			MX: []string{"gm0.yahoodns.net"},
			Source: []string{
				"https://help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail",
				"https://login.aol.com/account/security",
				"https://autoconfig.thunderbird.net/v1.1/aol.com",
			},
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
			Source: []string{
				"https://support.apple.com/102525",
				"https://support.apple.com/102654",
				"https://autoconfig.thunderbird.net/v1.1/me.com",
			},
		},
	}
}
