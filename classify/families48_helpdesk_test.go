package classify

import "testing"

// Round 48's help desks that fetch a mailbox (ITFlow, Helpdesken, GestSup,
// Trudesk, esup-helpdesk, ZapDesk): every mail-failure message of the files
// the round's rows cite, in every locale the product ships, labelled from
// the code around it (see round48_helpdesk.go), and look-alikes whose class
// must not move.
func TestRound48HelpdeskFamilies(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		// ITFlow 0262707e admin/post/settings_mail.php.
		"Please set the SMTP or IMAP Provider to Microsoft 365 (OAuth) and save it before connecting.":    ClassConfig,
		"Missing Microsoft OAuth settings. Please provide Client ID, Client Secret, and Tenant ID first.": ClassConfig,
		"<strong>IMAP connection failed:</strong> Missing host, port, or username.":                       ClassConfig,
		"<strong>IMAP OAuth failed:</strong> Missing OAuth client credentials or refresh token.":          ClassConfig,
		"<strong>IMAP OAuth failed:</strong> Microsoft tenant ID is required.":                            ClassConfig,
		"<strong>IMAP OAuth failed:</strong> Could not refresh access token.":                             ClassUnknown,
		"<strong>IMAP OAuth failed:</strong> Token response did not include an access token.":             ClassUnknown,
		"<strong>IMAP connection failed.</strong> Check the host, port, encryption, and credentials.":     ClassUnknown,
		"OAuth token test failed: unsupported provider.":                                                  ClassConfig,
		"OAuth token test failed: missing client ID, client secret, or refresh token.":                    ClassConfig,
		"OAuth token test failed: Microsoft tenant ID is required.":                                       ClassConfig,
		"OAuth token test failed: $err_msg":                                                               ClassUnknown,
		"OAuth token test failed: access token missing in provider response.":                             ClassUnknown,
		// ITFlow admin/oauth_microsoft_mail_callback.php.
		"Microsoft OAuth authorization failed: $error":                                                  ClassUnknown,
		"Microsoft OAuth callback validation failed. Please try connecting again.":                      ClassUnknown,
		"Microsoft OAuth settings are incomplete. Please fill Client ID, Client Secret, and Tenant ID.": ClassConfig,
		"Microsoft OAuth token exchange failed: $reason":                                                ClassUnknown,
		"Microsoft OAuth token exchange failed: refresh token or access token missing.":                 ClassUnknown,
		// ITFlow cron/ticket_email_parser.php and cron/mail_queue.php.
		"IMAP polling skipped: provider not configured.":                                                              ClassConfig,
		"Google OAuth: no usable access token (check refresh token/client credentials).":                              ClassUnknown,
		"Microsoft OAuth: no usable access token (check refresh token/client credentials/tenant).":                    ClassUnknown,
		"Standard IMAP: missing host/port/username.":                                                                  ClassConfig,
		"SMTP sending skipped: provider not configured.":                                                              ClassConfig,
		"Missing OAuth access token for XOAUTH2 SMTP.":                                                                ClassUnknown,
		"Failed to send email #12 due to invalid sender address: help@example.com - check configuration in settings.": ClassConfig,
		// Helpdesken 1857ca74 DH.Helpdesk.Mail2Ticket/DH_Helpdesk_Mail.vb and
		// DH.Helpdesk.EmailEngine.Library/EmailProcessor.cs.
		"Missing UserName Or Password":                                         ClassConfig,
		"Pop3 Is Not supported. Mailserver protocol 0":                         ClassConfig,
		"EmailFolder '{objCustomer.EMailFolder}' doesn't exist.":               ClassConfig,
		"EmailFolderArchive '{objCustomer.EMailFolderArchive}' doesn't exist.": ClassConfig,
		"EmailFolder 'Inkorg/Ärenden' doesn't exist.":                          ClassConfig,
		"EmailFolderArchive 'Arkiv' doesn't exist.":                            ClassConfig,
		"No token acquired":                                                    ClassUnknown,
		// GestSup ad1d28f9 mail2ticket.php (fr msgid) and locale/{en_US,de_DE,es_ES}.
		"Impossible de se connecter au serveur de Messagerie: ": ClassUnknown,
		"Unable to connect to Messaging server ":                ClassUnknown,
		"Können Mail-Server zu verbinden: ":                     ClassUnknown,
		"No se puede conectar al servidor de Correo ":           ClassUnknown,
		// Trudesk (ernstbe/trudesk-thw 32c661c2) src/client/locales/{en,de}/translation.json
		// settings.connectionFailed, src/mailer/index.js.
		"Connection Failed. Did you apply settings?":                      ClassUnknown,
		"Verbindung fehlgeschlagen. Wurden die Einstellungen angewendet?": ClassUnknown,
		"No From Address Set.":                                            ClassConfig,
		// esup-helpdesk fe90929c TicketAccountReaderImpl.java, SimpleSmtpServiceImpl.java.
		"folder does not exist. Available folders are: INBOX, Sent, Trash.":                                        ClassConfig,
		"can not test the SMTP connection when property testAddress is not set, edit configuration file smtp.xml.": ClassConfig,
		"no testAddress attribute set, target ldap-smtp will not work.":                                            ClassConfig,
		"could not connect to [imaps://helpdesk:xxxxxxxx@imap.example.org]: ":                                      ClassUnknown,
		// ZapDesk 429f0867 src/lib/email.ts, src/lib/email-poll.ts, src/app/api/email/poll/route.ts.
		"Failed to get mail Graph token: ${JSON.stringify(data)}":  ClassUnknown,
		"Graph list-messages failed (${res.status}): ${text}":      ClassUnknown,
		"Graph list-attachments failed (${res.status}): ":          ClassUnknown,
		"Graph sendMail failed (${response.status}): ${errorBody}": ClassUnknown,
		"MAIL_POLL_MAILBOX not configured":                         ClassConfig,

		// Look-alikes: other products' generic words keep their class.
		"Could not refresh access token.": ClassRevoked,
		"Failed to refresh access token":  ClassRevoked,
		"Connection failed":               ClassTransient,
		"Mailbox doesn't exist":           ClassRecipient,
		"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown": ClassRecipient,
		"Impossible de se connecter au serveur":                                 ClassTransient,
		"Unable to connect to server":                                           ClassUnknown,
		"AUTHENTICATIONFAILED Invalid credentials (Failure)":                    ClassAuth,
		// A filled placeholder that names the cause decides.
		"OAuth token test failed: Could not resolve host: oauth2.googleapis.com":                                    ClassConfig,
		"Impossible de se connecter au serveur de Messagerie: [AUTHENTICATIONFAILED] Invalid credentials (Failure)": ClassAuth,
		"Impossible de se connecter au serveur de messagerie sortant":                                               ClassTransient,
		"No se puede conectar al servidor de correo saliente":                                                       ClassTransient,
		"EmailFolder doesn't exist": ClassConfig,
	})
}
