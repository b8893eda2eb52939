package regrant

import (
	"context"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
)

// seqReader yields 0, 1, 2, ... so that generated values are reproducible.
type seqReader struct{ n byte }

func (r *seqReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.n
		r.n++
	}
	return len(p), nil
}

var testKey = []byte("0123456789abcdef0123456789abcdef")

const testRedirect = "https://app.example.com/oauth/callback"

// fixture is a Flow over an in-memory store and vault with a fixed clock.
type fixture struct {
	flow  *Flow
	store *memstore.Store
	vault *memVault
	now   time.Time
}

// memVault is the Machine's Vault: it records every Put, in order.
type memVault struct {
	mu   sync.Mutex
	puts []reconnect.Credentials
}

func (v *memVault) Put(_ context.Context, _ string, c reconnect.Credentials) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.puts = append(v.puts, c)
	return nil
}

// Puts returns the credentials stored so far.
func (v *memVault) Puts() []reconnect.Credentials {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]reconnect.Credentials(nil), v.puts...)
}

func (fx *fixture) clock() time.Time { return fx.now }

func newFixture(t testing.TB, mod func(*Options)) *fixture {
	t.Helper()
	return newFixtureWith(t, nil, mod)
}

// newFixtureWith is newFixture whose Machine tests grants with tester; nil
// passes every grant.
func newFixtureWith(t testing.TB, tester reconnect.Tester, mod func(*Options)) *fixture {
	t.Helper()
	fx := &fixture{store: memstore.New(), vault: &memVault{}, now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	if tester == nil {
		tester = reconnect.TesterFunc(func(context.Context, reconnect.Mailbox, reconnect.Credentials) error { return nil })
	}
	m := reconnect.New(fx.store, &reconnect.Options{Now: fx.clock, Tester: tester, Vault: fx.vault})
	o := &Options{
		Key: testKey, RedirectURL: testRedirect, Now: fx.clock, Rand: &seqReader{},
		Apps: func(p provider.ID) (App, error) {
			return App{ClientID: "client-" + string(p), ClientSecret: reconnect.NewSecret("client-secret-value")}, nil
		},
	}
	if mod != nil {
		mod(o)
	}
	f, err := New(m, fx.store, o)
	require.NoError(t, err)
	fx.flow = f
	return fx
}

// add registers a mailbox.
func (fx *fixture) add(t *testing.T, rec reconnect.Record) reconnect.Record {
	t.Helper()
	rec, err := fx.store.Put(context.Background(), rec)
	require.NoError(t, err)
	return rec
}

// start begins a sign-in and returns the state and the browser value.
func (fx *fixture) start(t *testing.T, rec reconnect.Record) (Start, url.Values) {
	t.Helper()
	s, err := fx.flow.Start(context.Background(), rec, "")
	require.NoError(t, err)
	u, err := url.Parse(s.URL)
	require.NoError(t, err)
	return s, u.Query()
}

var (
	m365Box    = reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb1", Email: "ana@contoso.com", SMTPHost: "smtp.office365.com", IMAPHost: "outlook.office365.com"}, Workspace: "ws1", Provider: provider.Microsoft365}
	outlookBox = reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb2", Email: "ana@outlook.com", SMTPHost: "smtp-mail.outlook.com"}, Workspace: "ws1", Provider: provider.OutlookPersonal}
	gmailBox   = reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb3", Email: "ana@gmail.com", SMTPHost: "smtp.gmail.com", IMAPHost: "imap.gmail.com"}, Workspace: "ws1", Provider: provider.Gmail}
)
