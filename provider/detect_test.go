package provider

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeResolver answers MX look-ups from a map; it never touches the network.
type fakeResolver map[string][]string

func (f fakeResolver) LookupMX(_ context.Context, name string) ([]*net.MX, error) {
	hosts, ok := f[name]
	if !ok {
		return nil, &net.DNSError{Err: "no such host", Name: name, IsNotFound: true}
	}
	if hosts == nil {
		return nil, &net.DNSError{Err: "i/o timeout", Name: name, IsTimeout: true}
	}
	var out []*net.MX
	for i, h := range hosts {
		out = append(out, &net.MX{Host: h, Pref: uint16(10 * (i + 1))})
	}
	return out, nil
}

func TestDetectByHost(t *testing.T) {
	// Hosts from each provider's own settings pages (see the Source of each entry in table_*.go).
	tests := map[string]ID{
		"smtp.gmail.com":                     Gmail,
		"imap.gmail.com":                     Gmail,
		"smtp-relay.gmail.com":               GoogleWorkspace,
		"smtp.office365.com":                 Microsoft365,
		"outlook.office365.com":              Microsoft365,
		"smtp-mail.outlook.com":              OutlookPersonal,
		"smtp.mail.yahoo.com":                Yahoo,
		"imap.mail.yahoo.com":                Yahoo,
		"smtp.aol.com":                       AOL,
		"smtp.mail.me.com":                   ICloud,
		"imap.mail.me.com":                   ICloud,
		"smtp.zoho.com":                      Zoho,
		"smtppro.zoho.eu":                    Zoho,
		"imap.zoho.in":                       Zoho,
		"smtp.hostinger.com":                 Hostinger,
		"imap.hostinger.com":                 Hostinger,
		"smtp.titan.email":                   Titan,
		"smtp.fastmail.com":                  Fastmail,
		"smtpout.secureserver.net":           GoDaddy,
		"smtp.yandex.com":                    Yandex,
		"smtp.mail.ru":                       MailRu,
		"smtp.qq.com":                        QQ,
		"smtp.163.com":                       NetEase,
		"imap.126.com":                       NetEase,
		"mail.gmx.net":                       GMX,
		"smtp.web.de":                        WebDE,
		"smtp.ionos.com":                     IONOS,
		"secure.emailsrvr.com":               Rackspace,
		"mail.privateemail.com":              Namecheap,
		"smtp.protonmail.ch":                 ProtonMail,
		"smtp.mail.us-east-1.awsapps.com":    AmazonWorkMail,
		"email-smtp.eu-west-1.amazonaws.com": AmazonSES,
		"smtp.sendgrid.net":                  SendGrid,
		"smtp.eu.mailgun.org":                Mailgun,
		"smtp.postmarkapp.com":               Postmark,
		"smtp-relay.brevo.com":               Brevo,
		"SMTP.GMAIL.COM.":                    Gmail,
		"mail.example.com":                   Custom,
		"":                                   Custom,
		"gmail.com.evil.example":             Custom,
		"notgmail.com":                       Custom,
	}
	for host, want := range tests {
		assert.Equal(t, want, DetectHost(host), host)
	}
}

func TestDetect(t *testing.T) {
	r := fakeResolver{
		"acme.example":     {"smtp.google.com."},
		"legacy.example":   {"aspmx.l.google.com.", "alt1.aspmx.l.google.com."},
		"contoso.example":  {"contoso-example.mail.protection.outlook.com."},
		"fabrikam.example": {"fabrikam-example.a1b2c3.mx.microsoft."},
		"zoho.example":     {"mx.zoho.eu.", "mx2.zoho.eu."},
		"hostgr.example":   {"mx1.hostinger.com.", "mx2.hostinger.com."},
		"ymail.example":    {"mx-biz.mail.am0.yahoodns.net."},
		"fm.example":       {"in1-smtp.messagingengine.com."},
		"pe.example":       {"mx1.privateemail.com."},
		"gw.example":       {"mx1.example-gateway.example."},
		"slow.example":     nil,
	}
	tests := []struct {
		name string
		m    Mailbox
		want ID
		by   string
		err  bool
	}{
		{"gmail address on google host", Mailbox{SMTPHost: "smtp.gmail.com", Email: "ana@gmail.com"}, Gmail, "smtp_host", false},
		{"custom domain on google host is workspace", Mailbox{SMTPHost: "smtp.gmail.com", Email: "ana@acme.example"}, GoogleWorkspace, "smtp_host", false},
		{"google host without address", Mailbox{IMAPHost: "imap.gmail.com"}, Gmail, "imap_host", false},
		{"hotmail on office365 host is personal", Mailbox{IMAPHost: "outlook.office365.com", Email: "ana@hotmail.com"}, OutlookPersonal, "imap_host", false},
		{"work address on office365 host", Mailbox{SMTPHost: "smtp.office365.com", Email: "ana@contoso.example"}, Microsoft365, "smtp_host", false},
		{"consumer domain", Mailbox{Email: "ana@yahoo.com"}, Yahoo, "domain", false},
		{"consumer domain upper case", Mailbox{Email: "Ana@ICLOUD.COM"}, ICloud, "domain", false},
		{"outlook.com domain", Mailbox{Email: "ana@outlook.com"}, OutlookPersonal, "domain", false},
		{"MX smtp.google.com", Mailbox{Email: "ana@acme.example"}, GoogleWorkspace, "mx", false},
		{"MX legacy aspmx", Mailbox{Email: "ana@legacy.example"}, GoogleWorkspace, "mx", false},
		{"MX protection.outlook.com", Mailbox{Email: "ana@contoso.example"}, Microsoft365, "mx", false},
		{"MX mx.microsoft", Mailbox{Email: "ana@fabrikam.example"}, Microsoft365, "mx", false},
		{"MX zoho eu", Mailbox{Email: "ana@zoho.example"}, Zoho, "mx", false},
		{"MX hostinger", Mailbox{Email: "ana@hostgr.example"}, Hostinger, "mx", false},
		{"MX yahoo business", Mailbox{Email: "ana@ymail.example"}, Yahoo, "mx", false},
		{"MX fastmail", Mailbox{Email: "ana@fm.example"}, Fastmail, "mx", false},
		{"MX namecheap", Mailbox{Email: "ana@pe.example"}, Namecheap, "mx", false},
		{"unknown gateway MX is custom", Mailbox{Email: "ana@gw.example"}, Custom, "none", false},
		{"no MX records is custom", Mailbox{Email: "ana@nothing.example"}, Custom, "none", false},
		{"MX lookup failure is custom with error", Mailbox{Email: "ana@slow.example"}, Custom, "none", true},
		{"no resolver", Mailbox{Email: "ana@acme.example"}, Custom, "none", false},
		{"empty", Mailbox{}, Custom, "none", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var res Resolver = r
			if tc.name == "no resolver" {
				res = nil
			}
			d, err := Detect(context.Background(), tc.m, res)
			if tc.err {
				require.Error(t, err)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tc.want, d.ID)
			assert.Equal(t, tc.by, d.By)
		})
	}
}

// Every provider but custom is detected from each of its own hosts, domains and
// MX suffixes, and none of them is claimed by two providers.
func TestRegistryDetectsEveryProvider(t *testing.T) {
	seen := map[string]ID{}
	for _, in := range All() {
		if in.ID == Custom {
			assert.Empty(t, in.Hosts)
			continue
		}
		assert.True(t, len(in.Hosts) > 0 || len(in.SMTP) > 0, "%s has no hosts", in.ID)
		for _, s := range append(append([]Server{}, in.SMTP...), in.IMAP...) {
			if strings.ContainsAny(s.Host, "{}") || s.Host == "127.0.0.1" {
				continue
			}
			want := in.ID
			if in.ID == GoogleWorkspace && (s.Host == "smtp.gmail.com" || s.Host == "imap.gmail.com") {
				want = Gmail // shared with consumer Gmail; Detect splits them by address
			}
			if in.ID == OutlookPersonal && s.Host == "outlook.office365.com" {
				want = Microsoft365
			}
			assert.Equal(t, want, DetectHost(s.Host), "%s server %s", in.ID, s.Host)
		}
		for _, d := range in.Domains {
			det, err := Detect(context.Background(), Mailbox{Email: "x@" + d}, nil)
			require.NoError(t, err)
			assert.Equal(t, in.ID, det.ID, "%s domain %s", in.ID, d)
			assert.NotContains(t, seen, "domain:"+d)
			seen["domain:"+d] = in.ID
		}
		for _, mx := range in.MX {
			res := fakeResolver{"custom.example": {"mx1." + mx + "."}}
			if strings.Count(mx, ".") >= 2 && !strings.HasPrefix(mx, "mail.") {
				res = fakeResolver{"custom.example": {mx + "."}}
			}
			det, err := Detect(context.Background(), Mailbox{Email: "x@custom.example"}, res)
			require.NoError(t, err)
			assert.Equal(t, in.ID, det.ID, "%s MX %s", in.ID, mx)
			assert.NotContains(t, seen, "mx:"+mx)
			seen["mx:"+mx] = in.ID
		}
	}
}

func TestLookupReturnsCopies(t *testing.T) {
	a, ok := Lookup(Gmail)
	require.True(t, ok)
	a.SMTP[0].Host = "changed.example"
	a.Domains = nil
	b, _ := Lookup(Gmail)
	assert.Equal(t, "smtp.gmail.com", b.SMTP[0].Host)
	assert.NotEmpty(t, b.Domains)
	_, ok = Lookup("nope")
	assert.False(t, ok)
	assert.Len(t, All(), 29)
	assert.Equal(t, Custom, All()[len(All())-1].ID)
}

func TestDetectErrorIsWrapped(t *testing.T) {
	_, err := Detect(context.Background(), Mailbox{Email: "a@slow.example"}, fakeResolver{"slow.example": nil})
	var dnsErr *net.DNSError
	assert.True(t, errors.As(err, &dnsErr))
}

func TestParseHostAndKnownServer(t *testing.T) {
	for _, tc := range []struct {
		in   string
		host string
		port int
		err  bool
	}{
		{"smtp.gmail.com", "smtp.gmail.com", 0, false},
		{" smtp.gmail.com:587 ", "smtp.gmail.com", 587, false},
		{"SMTP.Example.COM.", "SMTP.Example.COM", 0, false},
		{"[::1]:1025", "::1", 1025, false},
		{"host:0", "", 0, true},
		{"host:http", "", 0, true},
		{"", "", 0, false},
	} {
		h, p, err := ParseHost(tc.in)
		if tc.err {
			assert.Error(t, err, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.host, h, tc.in)
		assert.Equal(t, tc.port, p, tc.in)
	}
	s, ok := KnownServer(SMTP, "smtp.gmail.com", 0)
	require.True(t, ok)
	assert.Equal(t, Server{Host: "smtp.gmail.com", Port: 465, Security: ImplicitTLS}, s)
	s, ok = KnownServer(SMTP, "smtp.gmail.com", 587)
	require.True(t, ok)
	assert.Equal(t, StartTLS, s.Security)
	s, ok = KnownServer(IMAP, "outlook.office365.com", 0)
	require.True(t, ok)
	assert.Equal(t, 993, s.Port)
	_, ok = KnownServer(SMTP, "smtp.gmail.com", 2525)
	assert.False(t, ok)
	_, ok = KnownServer(SMTP, "mail.example.com", 0)
	assert.False(t, ok)
}
