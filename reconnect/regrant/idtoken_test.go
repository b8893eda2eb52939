package regrant

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
)

// assertRefused checks a sign-in the flow refused as the platform's problem:
// class platform (which never flags), the mailbox as registered, nothing in
// the vault, and no secret of the exchange in the error or the Result.
func assertRefused(t *testing.T, fx *fixture, op *testOP, before reconnect.Record, res Result, err error, want error) {
	t.Helper()
	require.Error(t, err)
	assert.ErrorIs(t, err, want)
	assert.Equal(t, OutcomePlatform, res.Outcome, res.Message)
	assert.Equal(t, classify.ClassPlatform, res.Verdict.Class)
	assert.False(t, res.Verdict.NeedsReconnect)
	assertUntouched(t, fx, before)
	assert.Empty(t, fx.vault.Puts(), "nothing stored")
	leaktest.CheckError(t, err, before.Email, op.secrets()...)
	leaktest.Check(t, res.Message+res.Account+res.ProviderDescription, before.Email, op.secrets()...)
}

// TestIDTokenChecks: each check of OpenID Connect Core 1.0 section 3.1.3.7
// (issuer, audience, signature from the provider's keys, expiry, nonce) and
// at_hash (section 3.1.3.8), one claim wrong at a time; the valid token
// first, so each refusal is that claim's.
func TestIDTokenChecks(t *testing.T) {
	other := atHash("another access token")
	tests := []struct {
		name   string
		edit   map[string]any
		signer bool // sign with a key the provider does not publish
		unsign bool
		want   error
	}{
		{"nonce of another sign-in", map[string]any{"nonce": "n-0123456789abcdef"}, false, false, ErrNonce},
		{"no nonce", map[string]any{"nonce": nil}, false, false, ErrNonce},
		{"expired", map[string]any{"iat": -2 * time.Hour, "exp": -time.Minute}, false, false, ErrIDToken},
		{"signed by another key", nil, true, false, ErrIDToken},
		{"unsigned (alg none)", nil, false, true, ErrIDToken},
		{"another client's", map[string]any{"aud": "another-client-id"}, false, false, ErrIDToken},
		{"another issuer", map[string]any{"iss": "https://accounts.example.net"}, false, false, ErrIDToken},
		{"at_hash of another access token", map[string]any{"at_hash": other}, false, false, ErrIDToken},
	}
	t.Run("valid token reconnects", func(t *testing.T) {
		op := newTestOP(t)
		fx := opFixture(t, op, nil, nil)
		fx.add(t, gmailBox)
		res, err := fx.signIn(t, op, gmailBox, op.srv.URL, nil)
		require.NoError(t, err)
		assert.Equal(t, OutcomeReconnected, res.Outcome)
		require.Len(t, fx.vault.Puts(), 1)
		assert.Equal(t, op.refresh, fx.vault.Puts()[0].RefreshToken.Reveal())
	})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			op := newTestOP(t)
			fx := opFixture(t, op, nil, nil)
			before := fx.add(t, gmailBox)
			if tc.signer {
				op.signer = newECKey(t)
			}
			op.unsign = tc.unsign
			edit := map[string]any{}
			for k, v := range tc.edit {
				if d, ok := v.(time.Duration); ok {
					v = fx.now.Add(d).Unix()
				}
				edit[k] = v
			}
			res, err := fx.signIn(t, op, gmailBox, op.srv.URL, edit)
			assertRefused(t, fx, op, before, res, err, tc.want)
		})
	}
}

// Tenant IDs for the Microsoft tests.
const (
	tenantA = "0b6a1b8c-8f1d-4c47-9f0e-2d1d8a3c1e55"
	tenantB = "72f988bf-86f1-41af-91ab-2d7cd011db47"
)

// TestMicrosoftIssuerIsTheTokensTenant: Microsoft's multi-tenant endpoints
// issue ID tokens under the signing-in user's tenant, so the issuer is
// checked against the token's "tid" (a GUID) as Microsoft documents
// (learn.microsoft.com/en-us/entra/identity-platform/access-tokens,
// "Validate the issuer"); a sign-in at one tenant must come back from that
// tenant; personal accounts come from the consumer tenant
// 9188040d-6c67-4c5b-b112-36a304b66dad (id-token-claims-reference, "iss").
func TestMicrosoftIssuerIsTheTokensTenant(t *testing.T) {
	tests := []struct {
		name     string
		rec      reconnect.Record
		tenant   string // Options.Tenant
		tid, iss string // the token's; iss is a tenant ID, made into the OP's issuer
		ok       bool
	}{
		{"organizations, iss is tid's", m365Box, "", tenantA, tenantA, true},
		{"organizations, iss is another tenant's", m365Box, "", tenantA, tenantB, false},
		{"organizations, tid is not a GUID", m365Box, "", "contoso", "contoso", false},
		{"organizations, no tid", m365Box, "", "", tenantA, false},
		{"tenant ID, from it", m365Box, tenantA, tenantA, tenantA, true},
		{"tenant ID, from another tenant", m365Box, tenantA, tenantB, tenantB, false},
		{"tenant domain, from it", m365Box, "contoso.com", tenantA, tenantA, true},
		{"tenant domain, from another tenant", m365Box, "contoso.com", tenantB, tenantB, false},
		{"tenant domain without configuration", m365Box, "fabrikam.com", tenantA, tenantA, false},
		{"personal, consumer tenant", outlookBox, "", ConsumerTenantID, ConsumerTenantID, true},
		{"personal, a work tenant", outlookBox, "", tenantA, tenantA, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			op := newTestOP(t)
			op.tenants["contoso.com"] = tenantA
			fx := opFixture(t, op, nil, func(o *Options) { o.Tenant = func(reconnect.Record) string { return tc.tenant } })
			before := fx.add(t, tc.rec)
			edit := map[string]any{"tid": tc.tid, "email": nil, "preferred_username": tc.rec.Email}
			if tc.tid == "" {
				edit["tid"] = nil
			}
			res, err := fx.signIn(t, op, tc.rec, op.msIssuer(tc.iss), edit)
			if tc.ok {
				require.NoError(t, err)
				assert.Equal(t, OutcomeReconnected, res.Outcome)
				assert.Equal(t, tc.rec.Email, res.Account)
				return
			}
			assertRefused(t, fx, op, before, res, err, ErrIDToken)
		})
	}
}
