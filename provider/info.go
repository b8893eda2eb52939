package provider

// ID names a mail provider. The values are stored by host applications, so they
// never change once published.
type ID string

// Provider IDs. Detection reports [Custom] for any host it does not know.
const (
	Gmail           ID = "gmail"            // consumer Google accounts (@gmail.com, @googlemail.com)
	GoogleWorkspace ID = "google_workspace" // custom domains hosted by Google
	Microsoft365    ID = "microsoft365"     // Exchange Online work or school accounts
	OutlookPersonal ID = "outlook_personal" // Outlook.com, Hotmail, Live, MSN
	Yahoo           ID = "yahoo"
	AOL             ID = "aol"
	ICloud          ID = "icloud"
	Zoho            ID = "zoho"
	Hostinger       ID = "hostinger"
	Titan           ID = "titan"
	Fastmail        ID = "fastmail"
	GoDaddy         ID = "godaddy"
	Yandex          ID = "yandex"
	MailRu          ID = "mailru"
	QQ              ID = "qq"
	NetEase         ID = "netease"
	GMX             ID = "gmx"
	WebDE           ID = "webde"
	IONOS           ID = "ionos"
	Rackspace       ID = "rackspace"
	Namecheap       ID = "namecheap"
	ProtonMail      ID = "protonmail"
	AmazonWorkMail  ID = "amazon_workmail"
	AmazonSES       ID = "amazon_ses"
	SendGrid        ID = "sendgrid"
	Mailgun         ID = "mailgun"
	Postmark        ID = "postmark"
	Brevo           ID = "brevo"
	Custom          ID = "custom" // any other IMAP/SMTP server
)

// Security is how a connection to a server is protected.
type Security string

// Security values.
const (
	ImplicitTLS Security = "tls"      // TLS from the first byte (ports 465, 993)
	StartTLS    Security = "starttls" // plain connect, then STARTTLS before login
	Plain       Security = "plain"    // no encryption (only for local bridges)
)

// Server is one endpoint a client connects to.
type Server struct {
	// Host is the host name; "{region}" or "{dc}" marks a part that depends on
	// the account.
	Host string `json:"host"`
	// Port is the TCP port.
	Port int `json:"port"`
	// Security is how the connection is protected.
	Security Security `json:"security"`
}

// AppPasswords says what a provider's app passwords mean for a mail client.
type AppPasswords string

// AppPasswords values.
const (
	AppPasswordRequired  AppPasswords = "required"  // the normal password never works for IMAP/SMTP
	AppPasswordPossible  AppPasswords = "possible"  // needed only in some setups (for example with 2-step verification on)
	AppPasswordForbidden AppPasswords = "forbidden" // app passwords exist but mail clients cannot use them
	AppPasswordNone      AppPasswords = "none"      // the provider has no app passwords
)

// OAuth describes a provider's OAuth 2.0 endpoints for mail access.
type OAuth struct {
	// AuthURL is the authorization endpoint.
	AuthURL string `json:"auth_url"`
	// TokenURL is the token endpoint; "{tenant}" marks a part that depends on
	// the account's tenant.
	TokenURL string `json:"token_url"`
	// Scopes lists the scopes needed for IMAP and SMTP.
	Scopes []string `json:"scopes"`
}

// Info is what this package knows about one provider. Values returned by
// [Lookup] and [All] are copies: changing them changes nothing in the table.
// In JSON its keys are snake_case, as the field tags say.
type Info struct {
	// ID is the provider's stored identifier, such as "gmail".
	ID ID `json:"id"`
	// Name is the display name, such as "Gmail".
	Name string `json:"name"`
	// SMTP lists the submission endpoints, preferred first.
	SMTP []Server `json:"smtp"`
	// IMAP lists the IMAP endpoints, preferred first.
	IMAP []Server `json:"imap"`
	// Mechanisms lists the SASL mechanisms a mail client can use for SMTP:
	// PLAIN, LOGIN, XOAUTH2, OAUTHBEARER.
	Mechanisms []string `json:"mechanisms"`
	// AppPasswords is the provider's app-password policy for mail clients.
	AppPasswords AppPasswords `json:"app_passwords"`
	// AppPasswordPrereqs lists what must be true before an app password can be
	// made, such as "2-Step Verification on".
	AppPasswordPrereqs []string `json:"app_password_prereqs"`
	// AppPasswordURL is the provider's page where app passwords are created,
	// "" if there is none.
	AppPasswordURL string `json:"app_password_url"`
	// OAuth holds the provider's OAuth 2.0 endpoints for mail, nil when it
	// offers no OAuth for IMAP and SMTP.
	OAuth *OAuth `json:"oauth,omitempty"`
	// HelpURL is the provider's help page with the mail client settings.
	HelpURL string `json:"help_url"`
	// Hosts lists the host names or suffixes of its IMAP and SMTP servers, in
	// lower case; [DetectHost] matches them.
	Hosts []string `json:"hosts"`
	// Domains lists the provider's consumer address domains, in lower case,
	// such as "gmail.com".
	Domains []string `json:"domains"`
	// MX lists suffixes of the MX hosts of custom domains the provider hosts,
	// in lower case; [Detect] matches them.
	MX []string `json:"mx"`
	// Source lists the public pages the facts above come from: the provider's
	// own help pages, and Mozilla Thunderbird's ISPDB entries
	// (https://autoconfig.thunderbird.net/v1.1/<domain>) where they agree. It is
	// nil for Custom.
	Source []string `json:"source"`
}
