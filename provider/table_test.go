package provider_test

import (
	"net/url"
	"testing"

	"github.com/mailreconnect/sdk/provider"
	"github.com/stretchr/testify/assert"
)

// TestTableSources checks that every provider but Custom cites public https
// pages, and that its help pages are among them.
func TestTableSources(t *testing.T) {
	for _, in := range provider.All() {
		if in.ID == provider.Custom {
			assert.Empty(t, in.Source)
			continue
		}
		assert.NotEmpty(t, in.Source, in.ID)
		for _, s := range in.Source {
			u, err := url.Parse(s)
			if assert.NoError(t, err, "%s: %q", in.ID, s) {
				assert.Equal(t, "https", u.Scheme, "%s: %q", in.ID, s)
				assert.NotEmpty(t, u.Host, "%s: %q", in.ID, s)
			}
		}
		assert.Contains(t, in.Source, in.HelpURL, "%s: help page not among the sources", in.ID)
	}
}

// TestTableOrder checks that All lists the providers in the order of the ID
// constants, Custom last.
func TestTableOrder(t *testing.T) {
	want := []provider.ID{provider.Gmail, provider.GoogleWorkspace, provider.Microsoft365,
		provider.OutlookPersonal, provider.Yahoo, provider.AOL, provider.ICloud, provider.Zoho,
		provider.Hostinger, provider.Titan, provider.Fastmail, provider.GoDaddy, provider.Yandex,
		provider.MailRu, provider.QQ, provider.NetEase, provider.GMX, provider.WebDE, provider.IONOS,
		provider.Rackspace, provider.Namecheap, provider.ProtonMail, provider.AmazonWorkMail,
		provider.AmazonSES, provider.SendGrid, provider.Mailgun, provider.Postmark, provider.Brevo,
		provider.Custom}
	var got []provider.ID
	for _, in := range provider.All() {
		got = append(got, in.ID)
	}
	assert.Equal(t, want, got)
}
