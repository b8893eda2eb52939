package regrant

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/reconnect"
)

// testOP is an OpenID provider's token side on 127.0.0.1: a token endpoint
// answering the code exchange with ID tokens signed by go-jose (ES256), the
// JSON Web Key Set that go-oidc verifies them with, and per-tenant OpenID
// configurations for Microsoft-style tenant domains. Tests change one claim
// (or the signer) at a time to see that the flow refuses the token.
type testOP struct {
	srv *httptest.Server
	key *ecdsa.PrivateKey // published in the key set

	mu      sync.Mutex
	signer  *ecdsa.PrivateKey // signs ID tokens; key unless a test swaps it
	claims  map[string]any    // the next ID token's claims; nil values are left out
	access  string            // access_token answered
	refresh string            // refresh_token answered; "" for none
	unsign  bool              // answer an unsigned ("alg":"none") token
	tenants map[string]string // tenant domain -> tenant ID, for the OpenID configurations
	hook    http.HandlerFunc  // replaces the token endpoint when set
	issued  []string          // ID tokens and codes seen, for leak checks
}

const testKID = "test-key-1"

func newTestOP(t *testing.T) *testOP {
	t.Helper()
	op := &testOP{key: newECKey(t), access: "ya29.access-token-from-the-op", refresh: "1//refresh-token-from-the-op",
		tenants: map[string]string{}}
	op.signer = op.key
	mux := http.NewServeMux()
	mux.HandleFunc("POST /token", op.token)
	mux.HandleFunc("GET /keys", func(w http.ResponseWriter, _ *http.Request) {
		set := jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &op.key.PublicKey, KeyID: testKID, Algorithm: "ES256", Use: "sig"}}}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(set)
	})
	// https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration
	mux.HandleFunc("GET /{tenant}/v2.0/.well-known/openid-configuration", func(w http.ResponseWriter, r *http.Request) {
		op.mu.Lock()
		id, ok := op.tenants[r.PathValue("tenant")]
		op.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"issuer": op.srv.URL + "/" + id + "/v2.0", "jwks_uri": op.srv.URL + "/keys"})
	})
	op.srv = httptest.NewServer(mux)
	t.Cleanup(op.srv.Close)
	return op
}

func newECKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	return k
}

// set replaces claims of the next ID token (a nil value removes one).
func (op *testOP) set(claims map[string]any) {
	op.mu.Lock()
	defer op.mu.Unlock()
	maps.Copy(op.claims, claims)
}

func (op *testOP) token(w http.ResponseWriter, r *http.Request) {
	op.mu.Lock()
	hook := op.hook
	op.mu.Unlock()
	if hook != nil {
		hook(w, r)
		return
	}
	if err := r.ParseForm(); err != nil || r.PostForm.Get("code_verifier") == "" || r.PostForm.Get("client_id") == "" {
		http.Error(w, `{"error":"invalid_request"}`, http.StatusBadRequest)
		return
	}
	op.mu.Lock()
	defer op.mu.Unlock()
	claims := map[string]any{"aud": r.PostForm.Get("client_id"), "at_hash": atHash(op.access)}
	for k, v := range op.claims {
		if v == nil {
			delete(claims, k)
		} else {
			claims[k] = v
		}
	}
	raw := op.sign(claims)
	op.issued = append(op.issued, raw, r.PostForm.Get("code"), r.PostForm.Get("code_verifier"))
	resp := map[string]any{"access_token": op.access, "token_type": "Bearer", "expires_in": 3599, "id_token": raw}
	if op.refresh != "" {
		resp["refresh_token"] = op.refresh
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(resp)
}

// sign serialises claims as a compact JWS (RFC 7515) with go-jose.
func (op *testOP) sign(claims map[string]any) string {
	payload, _ := json.Marshal(claims)
	if op.unsign {
		h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`))
		return h + "." + base64.RawURLEncoding.EncodeToString(payload) + "."
	}
	s, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.ES256, Key: jose.JSONWebKey{Key: op.signer, KeyID: testKID}},
		(&jose.SignerOptions{}).WithType("JWT"))
	if err != nil {
		panic(err)
	}
	jws, err := s.Sign(payload)
	if err != nil {
		panic(err)
	}
	raw, err := jws.CompactSerialize()
	if err != nil {
		panic(err)
	}
	return raw
}

// atHash is OpenID Connect Core 1.0 section 3.1.3.6's at_hash for ES256:
// the left half of SHA-256 of the access token, base64url.
func atHash(accessToken string) string {
	sum := sha256.Sum256([]byte(accessToken))
	return base64.RawURLEncoding.EncodeToString(sum[:len(sum)/2])
}

// endpoint is DefaultEndpoint for rec at this OP's URLs; the issuer keeps
// Microsoft's per-tenant form, under the OP's URL.
func (op *testOP) endpoint(rec reconnect.Record, tenant string) (Endpoint, error) {
	e, err := DefaultEndpoint(rec, tenant)
	e.TokenURL, e.KeysURL = op.srv.URL+"/token", op.srv.URL+"/keys"
	if strings.Contains(e.Issuer, "{tenantid}") {
		e.Issuer = op.srv.URL + "/{tenantid}/v2.0"
	} else {
		e.Issuer = op.srv.URL
	}
	return e, err
}

// msIssuer is the OP's per-tenant issuer of tenant id.
func (op *testOP) msIssuer(id string) string { return op.srv.URL + "/" + id + "/v2.0" }

// opFixture is a fixture whose flow exchanges codes at op.
func opFixture(t *testing.T, op *testOP, tester reconnect.Tester, mod func(*Options)) *fixture {
	t.Helper()
	return newFixtureWith(t, tester, func(o *Options) {
		o.Endpoint = op.endpoint
		o.Timeout = 5 * time.Second
		if mod != nil {
			mod(o)
		}
	})
}

// signIn starts a sign-in for rec, sets the OP's next ID token to a valid
// one for it (issuer iss, the sign-in's nonce, email, an hour of life)
// with edit applied, and runs the callback and Complete through Finish, as
// a net/http handler would.
func (fx *fixture) signIn(t *testing.T, op *testOP, rec reconnect.Record, iss string, edit map[string]any) (Result, error) {
	t.Helper()
	s, auth := fx.start(t, rec)
	op.mu.Lock()
	op.claims = map[string]any{"iss": iss, "sub": "user-1", "email": rec.Email, "nonce": auth.Get("nonce"),
		"iat": fx.now.Unix(), "exp": fx.now.Add(time.Hour).Unix()}
	op.mu.Unlock()
	op.set(edit)
	q := url.Values{"code": {"authorization-code-" + rec.ID}, "state": {auth.Get("state")}}
	r := httptest.NewRequest(http.MethodGet, "/callback?"+q.Encode(), nil)
	r.AddCookie(&http.Cookie{Name: DefaultCookieName, Value: s.Browser})
	return fx.flow.Finish(t.Context(), r)
}

// secrets returns every secret the OP handed out or saw.
func (op *testOP) secrets() []string {
	op.mu.Lock()
	defer op.mu.Unlock()
	var out []string
	for _, s := range append([]string{op.access, op.refresh, "client-secret-value"}, op.issued...) {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
