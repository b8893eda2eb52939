package regrant

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

var update = flag.Bool("update", false, "rewrite the golden authorization URLs")

// TestStartParams checks each parameter against the providers' documentation:
// Microsoft learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow
// and how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth; Google
// developers.google.com/identity/protocols/oauth2/web-server and
// developers.google.com/gmail/imap/xoauth2-protocol.
func TestStartParams(t *testing.T) {
	tests := []struct {
		name     string
		rec      reconnect.Record
		tenant   string
		endpoint string
		scope    string
		extra    map[string]string
	}{
		{"microsoft work, tenant unknown", m365Box, "",
			"https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize",
			"openid email profile offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send", nil},
		{"microsoft work, tenant known", m365Box, "contoso.onmicrosoft.com",
			"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize",
			"openid email profile offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send", nil},
		{"microsoft work, SMTP only", reconnect.Record{Mailbox: reconnect.Mailbox{ID: "x", Email: "ana@contoso.com", SMTPHost: "smtp.office365.com"}, Provider: provider.Microsoft365}, "",
			"https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize",
			"openid email profile offline_access https://outlook.office.com/SMTP.Send", nil},
		{"microsoft work, IMAP only", reconnect.Record{Mailbox: reconnect.Mailbox{ID: "x", Email: "ana@contoso.com", IMAPHost: "outlook.office365.com"}, Provider: provider.Microsoft365}, "",
			"https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize",
			"openid email profile offline_access https://outlook.office.com/IMAP.AccessAsUser.All", nil},
		{"microsoft personal", outlookBox, "ignored-for-personal",
			"https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize",
			"openid email profile offline_access https://outlook.office.com/SMTP.Send", nil},
		{"google", gmailBox, "",
			"https://accounts.google.com/o/oauth2/v2/auth",
			"openid email profile https://mail.google.com/",
			map[string]string{"access_type": "offline", "prompt": "consent"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fx := newFixture(t, func(o *Options) { o.Tenant = func(reconnect.Record) string { return tc.tenant } })
			s, q := fx.start(t, tc.rec)
			assert.True(t, strings.HasPrefix(s.URL, tc.endpoint+"?"), s.URL)
			assert.Equal(t, tc.scope, q.Get("scope"))
			assert.Equal(t, "code", q.Get("response_type"))
			assert.Equal(t, "S256", q.Get("code_challenge_method"))
			assert.Equal(t, tc.rec.Email, q.Get("login_hint"))
			assert.Equal(t, testRedirect, q.Get("redirect_uri"))
			assert.Equal(t, "client-"+string(tc.rec.Provider), q.Get("client_id"))
			assert.NotEmpty(t, q.Get("nonce"))
			assert.Empty(t, q.Get("include_granted_scopes"))
			for k, v := range tc.extra {
				assert.Equal(t, v, q.Get(k), k)
			}
			if tc.extra == nil {
				assert.Empty(t, q.Get("prompt"))
				assert.Empty(t, q.Get("access_type"))
			}
			// The challenge is S256 of the verifier the callback will send.
			c, err := open(testKey, q.Get("state"), s.Browser, fx.now)
			require.NoError(t, err)
			sum := sha256.Sum256([]byte(verifier(testKey, c, s.Browser)))
			assert.Equal(t, base64.RawURLEncoding.EncodeToString(sum[:]), q.Get("code_challenge"))
			assert.Equal(t, tc.rec.ID, c.Mailbox)
			assert.Equal(t, tc.rec.Workspace, c.Workspace)
			assert.NotContains(t, s.URL, s.Browser, "the browser value must not travel in the URL")
			assert.Equal(t, fx.now.Add(DefaultStateTTL), s.Expires)
		})
	}
}

// TestStartGolden pins the exact authorization URLs (refresh with -update,
// then review the diff against TestStartParams' expectations).
func TestStartGolden(t *testing.T) {
	for _, tc := range []struct {
		file, tenant string
		rec          reconnect.Record
	}{
		{"google.url", "", gmailBox},
		{"microsoft_work_tenant.url", "0b6a1b8c-8f1d-4c47-9f0e-2d1d8a3c1e55", m365Box},
		{"microsoft_work_organizations.url", "", m365Box},
		{"microsoft_personal.url", "", outlookBox},
		{"microsoft_work_imap_only.url", "", reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb4", Email: "bo@contoso.com", IMAPHost: "outlook.office365.com"}, Workspace: "ws2", Provider: provider.Microsoft365}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			fx := newFixture(t, func(o *Options) { o.Tenant = func(reconnect.Record) string { return tc.tenant } })
			s, _ := fx.start(t, tc.rec)
			path := filepath.Join("testdata", tc.file)
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(s.URL+"\n"), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, strings.TrimSpace(string(want)), s.URL)
		})
	}
}

func TestStartRefusesMailboxesWithoutOAuth(t *testing.T) {
	fx := newFixture(t, nil)
	_, err := fx.flow.Start(context.Background(), reconnect.Record{Mailbox: reconnect.Mailbox{ID: "h", Email: "a@example.org", SMTPHost: "smtp.hostinger.com"}}, "")
	assert.ErrorIs(t, err, ErrNoOAuth)
	_, err = fx.flow.Start(context.Background(), reconnect.Record{Mailbox: reconnect.Mailbox{Email: "a@gmail.com"}}, "")
	assert.ErrorIs(t, err, ErrNotAMailbox)
}

func TestStartKeepsTheBrowserValue(t *testing.T) {
	fx := newFixture(t, nil)
	s, err := fx.flow.Start(context.Background(), gmailBox, "existing-browser-value")
	require.NoError(t, err)
	assert.Equal(t, "existing-browser-value", s.Browser)
}

func TestNewValidatesOptions(t *testing.T) {
	fx := newFixture(t, nil)
	_, err := New(fx.flow.machine, fx.store, &Options{Key: []byte("short"), RedirectURL: testRedirect, Apps: fx.flow.o.Apps})
	assert.ErrorIs(t, err, ErrShortKey)
	_, err = New(fx.flow.machine, fx.store, &Options{Key: testKey, Apps: fx.flow.o.Apps})
	assert.ErrorIs(t, err, ErrNoRedirect)
	_, err = New(fx.flow.machine, fx.store, &Options{Key: testKey, RedirectURL: testRedirect})
	assert.ErrorIs(t, err, ErrNoApps)
	_, err = New(nil, fx.store, nil)
	assert.ErrorIs(t, err, ErrNoMachine)
}
