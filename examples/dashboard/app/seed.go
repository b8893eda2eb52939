package app

import "github.com/emersion/go-smtp"

// seedMailbox is one mailbox of the demo workspace. Failure, when set, is what
// happened to it before the app started: the provider's server changed
// (a password reset, a revoked app password, an administrator's switch) and the
// send pipeline met the reply.
type seedMailbox struct {
	ID, Email, SMTPHost, IMAPHost string
	Method                        string // password, app_password or oauth
	Server                        string // which local server answers for its SMTP host
	Password                      string // what the app stored when the mailbox was connected
	Failure                       string // "", "password_changed", "web_login", "tenant_off", "grant_revoked"
	Cursor                        int    // inbox sync position (last UID seen)
}

// seedWorkspace is the demo workspace "Acme Outreach": thirteen mailboxes over
// eight providers, eight of them flagged with the replies their providers send.
// Addresses on gmail.com, outlook.com and yahoo.com are the providers' own
// domains; the rest use reserved example domains (RFC 2606).
func seedWorkspace() []seedMailbox {
	return []seedMailbox{
		{ID: "mb01", Email: "ana.lopez@gmail.com", SMTPHost: "smtp.gmail.com", IMAPHost: "imap.gmail.com", Method: "app_password", Server: "gmail", Password: "ftqa kzvb mnpe lrsu", Failure: "password_changed", Cursor: 4182},
		{ID: "mb02", Email: "ben.okafor@gmail.com", SMTPHost: "smtp.gmail.com", IMAPHost: "imap.gmail.com", Method: "app_password", Server: "gmail", Password: "wpro xnae gtyb qcdh", Cursor: 977},
		{ID: "mb03", Email: "carla@northwind.example", SMTPHost: "smtp.gmail.com", IMAPHost: "imap.gmail.com", Method: "app_password", Server: "gmail", Password: "jkha pqwe zmxc rtyu", Failure: "web_login", Cursor: 15320},
		{ID: "mb04", Email: "dev@contoso.example", SMTPHost: "smtp.office365.com", IMAPHost: "outlook.office365.com", Method: "password", Server: "microsoft", Password: "Spring-Lantern-42", Failure: "tenant_off", Cursor: 2210},
		{ID: "mb05", Email: "sales@contoso.example", SMTPHost: "smtp.office365.com", IMAPHost: "outlook.office365.com", Method: "password", Server: "microsoft", Password: "Quiet-Harbor-17", Failure: "tenant_off", Cursor: 640},
		{ID: "mb06", Email: "ops@fabrikam.example", SMTPHost: "smtp.office365.com", IMAPHost: "outlook.office365.com", Method: "oauth", Server: "microsoft", Failure: "grant_revoked", Cursor: 8891},
		{ID: "mb07", Email: "erin.walsh@outlook.com", SMTPHost: "smtp-mail.outlook.com", IMAPHost: "outlook.office365.com", Method: "oauth", Server: "microsoft", Cursor: 301},
		{ID: "mb08", Email: "hello@bluebird-studio.example", SMTPHost: "smtp.hostinger.com", IMAPHost: "imap.hostinger.com", Method: "password", Server: "hostinger", Password: "Bluebird#2024", Failure: "password_changed", Cursor: 55},
		{ID: "mb09", Email: "support@tidepool.example", SMTPHost: "smtp.zoho.com", IMAPHost: "imap.zoho.com", Method: "password", Server: "zoho", Password: "Tidepool-Desk-9", Failure: "password_changed", Cursor: 1204},
		{ID: "mb10", Email: "yuki.tanaka@yahoo.com", SMTPHost: "smtp.mail.yahoo.com", IMAPHost: "imap.mail.yahoo.com", Method: "app_password", Server: "yahoo", Password: "qwmnbvcxzlkjhgfd", Cursor: 7777},
		{ID: "mb11", Email: "team@fabrikam.example", SMTPHost: "smtp.office365.com", IMAPHost: "outlook.office365.com", Method: "password", Server: "microsoft", Password: "Maple-Comet-63", Cursor: 403},
		{ID: "mb12", Email: "founder@quietlabs.example", SMTPHost: "mail.quietlabs.example", IMAPHost: "mail.quietlabs.example", Method: "password", Server: "custom", Password: "Quiet-Labs-Root-1", Cursor: 90},
		{ID: "mb13", Email: "grace@northwind.example", SMTPHost: "smtp.gmail.com", IMAPHost: "imap.gmail.com", Method: "oauth", Server: "gmail", Failure: "grant_revoked", Cursor: 3120},
	}
}

// seedCampaigns are the workspace's campaigns and their sender rotation.
func seedCampaigns() []campaign {
	return []campaign{
		{Name: "Q3 partner outreach", Senders: []string{"mb01", "mb02", "mb10"}},
		{Name: "Webinar follow-up", Senders: []string{"mb04", "mb05", "mb11"}},
		{Name: "Studio launch", Senders: []string{"mb08"}},
		{Name: "Support survey", Senders: []string{"mb09", "mb12"}},
		{Name: "Northwind renewals", Senders: []string{"mb03", "mb13", "mb06"}},
	}
}

// The replies each local server refuses a wrong password with, as the provider
// sends them (sources in the comments).
var serverReplies = map[string]*smtp.SMTPError{
	// Gmail, revoked or wrong app password:
	// https://support.google.com/mail/?p=BadCredentials
	"gmail": {Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
		Message: "Username and Password not accepted. For more information, go to\nhttps://support.google.com/mail/?p=BadCredentials - gsmtp"},
	// Exchange Online, wrong password:
	// https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365
	"microsoft": {Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 3}, Message: "Authentication unsuccessful"},
	// Hostinger (Postfix/Dovecot wording): hostinger/api#19.
	"hostinger": {Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Error: authentication failed"},
	// Zoho Mail: nodemailer/nodemailer#456.
	"zoho": {Code: 535, EnhancedCode: smtp.NoEnhancedCode, Message: "Authentication Failed"},
	// Yahoo: PHPMailer/PHPMailer#1287.
	"yahoo": {Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "(#MBR1212) Incorrect username or password."},
	// A self-hosted Postfix with Dovecot SASL.
	"custom": {Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Error: authentication failed: authentication failure"},
}

// webLoginReply is Gmail's sign-in challenge: the account must sign in on the
// web first (https://support.google.com/mail/answer/78754).
var webLoginReply = &smtp.SMTPError{Code: 534, EnhancedCode: smtp.EnhancedCode{5, 7, 14},
	Message: "<https://accounts.google.com/signin/continue?sarp=1&scc=1>\nPlease log in via your web browser and\nthen try again.\nLearn more at\nhttps://support.google.com/mail/answer/78754 - gsmtp"}

// otherAccounts are accounts at the sign-in provider that are no mailbox of
// the workspace: an owner's personal Google account, for signing in as the
// wrong one.
var otherAccounts = []string{"grace.kim@gmail.com"}

// grantRevoked is what the token job logged when the provider refused the
// stored refresh token, per provider, in golang.org/x/oauth2's wording of a
// token endpoint error (oauth2.RetrieveError).
var grantRevoked = map[string]string{
	// Microsoft: AADSTS700082, refresh token expired
	// (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
	"microsoft": grantRevokedMicrosoft,
	// Google: invalid_grant "Token has been expired or revoked." (the owner
	// revoked access, changed the password, or the token went unused for six
	// months: https://developers.google.com/identity/protocols/oauth2#expiration).
	"gmail": `oauth2: "invalid_grant" "Token has been expired or revoked."`,
}

const grantRevokedMicrosoft = `oauth2: "invalid_grant" "AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2025-01-09T08:12:44Z and was inactive for 90.00:00:00."`
