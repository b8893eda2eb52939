package registry

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
	Host     string   // host name; "{region}" or "{dc}" marks a per-account part
	Port     int      // TCP port
	Security Security // how the connection is protected
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
	AuthURL  string   // authorization endpoint
	TokenURL string   // token endpoint; "{tenant}" marks a per-tenant part
	Scopes   []string // scopes needed for IMAP and SMTP
}

// Info is what the registry knows about one provider. Values returned by
// [Lookup] are copies: changing them changes nothing in the registry.
type Info struct {
	ID                 ID
	Name               string       // display name
	SMTP               []Server     // submission endpoints, preferred first
	IMAP               []Server     // IMAP endpoints, preferred first
	Mechanisms         []string     // SASL mechanisms offered for SMTP: PLAIN, LOGIN, XOAUTH2, OAUTHBEARER
	AppPasswords       AppPasswords // app-password policy for mail clients
	AppPasswordPrereqs []string     // what must be true before an app password can be made
	AppPasswordURL     string       // official page where app passwords are created, if any
	OAuth              *OAuth       // nil when the provider offers no OAuth for mail
	HelpURL            string       // official help page with the mail client settings
	Hosts              []string     // host suffixes of its IMAP/SMTP servers (lower case)
	Domains            []string     // consumer address domains (lower case)
	MX                 []string     // MX host suffixes for custom domains (lower case)
	Source             string       // where these facts come from
}
