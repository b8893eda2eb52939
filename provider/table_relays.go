package provider

// relayProviders are the transactional sending services, then Custom, which must stay
// last.
func relayProviders() []Info {
	return []Info{
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
			// Credentials are SES SMTP credentials made per region in IAM, not app passwords.
			Source: []string{
				"https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html",
				"https://docs.aws.amazon.com/ses/latest/dg/send-email-smtp.html",
			},
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
			// Credentials: the username "apikey" and an API key with Mail Send permission as password.
			Source: []string{
				"https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api",
			},
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
			// Credentials are per sending domain (postmaster@<domain> or custom); the password is shown once, on reset.
			Source: []string{
				"https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/send-smtp",
			},
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
			// Credentials: a Server API Token as both username and password (or an SMTP token and a stream header).
			Source: []string{
				"https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using",
			},
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
			// Credentials: the SMTP login from Settings › SMTP & API, and an SMTP key (not an API key) as password.
			Source: []string{
				"https://developers.brevo.com/docs/smtp-integration",
			},
		},
		{
			ID:   Custom,
			Name: "Other IMAP/SMTP server",
			// Nothing is known about the server; an app password may be needed
			// where its operator has 2-step verification.
			AppPasswords: AppPasswordPossible,
		},
	}
}
