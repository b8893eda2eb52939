// Package devop is an in-process OpenID Connect provider for developing and
// testing the re-grant flow without any outside service: the OP of
// github.com/zitadel/oidc/v3 (pkg/op) over its example in-memory storage,
// served on 127.0.0.1, with a login step that signs in without a form and
// switches to play the failures a real provider can answer with.
package devop

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"

	"github.com/zitadel/oidc/v3/example/server/storage"
	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
	"golang.org/x/text/language"
)

// Behaviour is how the next sign-ins go. The zero Behaviour signs in the
// account named by login_hint and grants everything asked.
type Behaviour struct {
	SignInAs       string // sign in as this address instead of the login hint
	Error          string // answer the authorization request with this error code
	Description    string // and this error_description
	DropScope      string // leave this scope out of the grant (an unticked box)
	NoRefreshToken bool   // answer the code exchange without a refresh token
	FailToken      int    // answer the code exchange with this HTTP status
	// Consent shows a sign-in page instead of signing in at once: the person
	// chooses one of the provider's accounts (the login hint preselected)
	// and allows or cancels, as Google's account chooser and consent screen
	// do. Cancel answers access_denied. SignInAs and DropScope still apply.
	Consent bool
}

// Server is a running provider. Its methods are safe for concurrent use.
type Server struct {
	Issuer       string // http://127.0.0.1:port
	AuthURL      string
	TokenURL     string
	KeysURL      string
	UserinfoURL  string
	ClientID     string
	ClientSecret string

	srv     *httptest.Server
	storage *storage.Storage
	users   []string
	mu      sync.Mutex
	b       Behaviour
}

// Set replaces the behaviour of the next sign-ins.
func (s *Server) Set(b Behaviour) { s.mu.Lock(); s.b = b; s.mu.Unlock() }

func (s *Server) behaviour() Behaviour { s.mu.Lock(); defer s.mu.Unlock(); return s.b }

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// Start runs a provider on 127.0.0.1 with one confidential client allowed to
// redirect to redirectURI, and one user per address in users (password
// "dev").
func Start(redirectURI string, users ...string) (*Server, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Server{ClientID: "regrant-dev-client", ClientSecret: "dev-client-secret-4c1f", users: users}
	s.Issuer = "http://" + l.Addr().String()
	clients := map[string]*storage.Client{s.ClientID: storage.WebClient(s.ClientID, s.ClientSecret, redirectURI)}
	us := userStore{}
	for i, u := range users {
		id := fmt.Sprint("u", i+1)
		us[id] = &storage.User{ID: id, Username: u, Password: "dev", Email: u, EmailVerified: true,
			FirstName: "Dev", LastName: u, PreferredLanguage: language.English}
	}
	s.storage = storage.NewStorageWithClients(us, clients)
	provider, err := op.NewOpenIDProvider(s.Issuer, &op.Config{
		CryptoKey:             sha256.Sum256([]byte("devop token encryption")),
		CodeMethodS256:        true,
		AuthMethodPost:        true,
		GrantTypeRefreshToken: true,
	}, &wrapped{Storage: s.storage}, op.WithAllowInsecure())
	if err != nil {
		l.Close()
		return nil, err
	}
	mux := http.NewServeMux()
	callback := op.AuthCallbackURL(provider)
	mux.Handle("/login", op.NewIssuerInterceptor(provider.IssuerFromRequest).HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.login(w, r, callback)
	}))
	mux.Handle("/", offlineAccess(s.tokenFilter(provider)))
	s.srv = &httptest.Server{Listener: l, Config: &http.Server{Handler: mux}}
	s.srv.Start()

	var meta struct {
		Auth     string `json:"authorization_endpoint"`
		Token    string `json:"token_endpoint"`
		Keys     string `json:"jwks_uri"`
		Userinfo string `json:"userinfo_endpoint"`
	}
	resp, err := http.Get(s.Issuer + "/.well-known/openid-configuration")
	if err != nil {
		s.Close()
		return nil, err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&meta); err != nil {
		s.Close()
		return nil, err
	}
	s.AuthURL, s.TokenURL, s.KeysURL, s.UserinfoURL = meta.Auth, meta.Token, meta.Keys, meta.Userinfo
	return s, nil
}

// login is the provider's sign-in page, without a page: it signs in the
// account the behaviour names (the login hint by default) or answers with
// the behaviour's error, as a real provider redirects back.
func (s *Server) login(w http.ResponseWriter, r *http.Request, callback func(context.Context, string) string) {
	id := r.URL.Query().Get("authRequestID")
	ar, err := s.storage.AuthRequestByID(r.Context(), id)
	if err != nil {
		http.Error(w, "unknown auth request", http.StatusBadRequest)
		return
	}
	req := ar.(*storage.AuthRequest)
	b := s.behaviour()
	if b.Consent {
		if r.Method != http.MethodPost {
			s.consentPage(w, req, id)
			return
		}
		if r.PostFormValue("action") != "allow" {
			b.Error, b.Description = "access_denied", ""
		} else if b.SignInAs == "" {
			b.SignInAs = r.PostFormValue("account")
		}
	}
	if b.Error != "" {
		q := url.Values{"error": {b.Error}, "state": {req.TransferState}}
		if b.Description != "" {
			q.Set("error_description", b.Description)
		}
		http.Redirect(w, r, req.CallbackURI+"?"+q.Encode(), http.StatusFound)
		return
	}
	if b.DropScope != "" {
		// Before CheckUsernamePassword, whose lock publishes the change to
		// the token request.
		req.Scopes = slices.DeleteFunc(req.Scopes, func(sc string) bool { return sc == b.DropScope })
	}
	who := req.LoginHint
	if b.SignInAs != "" {
		who = b.SignInAs
	}
	if err := s.storage.CheckUsernamePassword(who, "dev", id); err != nil {
		http.Error(w, "no such account", http.StatusForbidden)
		return
	}
	http.Redirect(w, r, callback(r.Context(), id), http.StatusFound)
}

// tokenFilter plays the token endpoint's failures.
func (s *Server) tokenFilter(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := s.behaviour()
		if r.Method != http.MethodPost || r.URL.Path != "/oauth/token" || (b.FailToken == 0 && !b.NoRefreshToken) {
			next.ServeHTTP(w, r)
			return
		}
		if b.FailToken != 0 {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(b.FailToken)
			fmt.Fprint(w, `{"error":"server_error","error_description":"devop: token endpoint failing on purpose"}`)
			return
		}
		rec := httptest.NewRecorder()
		next.ServeHTTP(rec, r)
		var body map[string]any
		if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &body) != nil {
			copyResponse(w, rec)
			return
		}
		delete(body, "refresh_token")
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(body)
	})
}

// offlineAccess makes an authorization request with Google's access_type=offline
// ask for a refresh token as OpenID Connect's offline_access scope does
// (Google: developers.google.com/identity/protocols/oauth2/web-server#offline;
// OpenID Connect Core 1.0 section 11), so Google-style sign-ins get one here too.
func offlineAccess(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if r.URL.Path == "/authorize" && q.Get("access_type") == "offline" && !slices.Contains(strings.Fields(q.Get("scope")), "offline_access") {
			q.Set("scope", q.Get("scope")+" offline_access")
			r = r.Clone(r.Context())
			r.URL.RawQuery = q.Encode()
		}
		next.ServeHTTP(w, r)
	})
}

func copyResponse(w http.ResponseWriter, rec *httptest.ResponseRecorder) {
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	w.Write(rec.Body.Bytes())
}

// wrapped adapts the example storage's client: every scope is allowed (mail
// scopes are custom scopes to the OP), the secret is taken from the form
// (client_secret_post, as Google and Microsoft accept it), the login is this
// package's, and the ID token carries the email claim.
type wrapped struct{ *storage.Storage }

func (w *wrapped) GetClientByClientID(ctx context.Context, id string) (op.Client, error) {
	c, err := w.Storage.GetClientByClientID(ctx, id)
	if err != nil {
		return nil, err
	}
	return client{c}, nil
}

type client struct{ op.Client }

func (client) IsScopeAllowed(string) bool           { return true }
func (client) AuthMethod() oidc.AuthMethod          { return oidc.AuthMethodPost }
func (client) IDTokenUserinfoClaimsAssertion() bool { return true }
func (client) LoginURL(id string) string            { return "/login?authRequestID=" + url.QueryEscape(id) }
func (client) RestrictAdditionalIdTokenScopes() func([]string) []string {
	return func(s []string) []string { return s }
}

// userStore is the example storage's UserStore over a map.
type userStore map[string]*storage.User

func (u userStore) GetUserByID(id string) *storage.User { return u[id] }
func (u userStore) GetUserByUsername(name string) *storage.User {
	for _, x := range u {
		if x.Username == name {
			return x
		}
	}
	return nil
}
func (u userStore) ExampleClientID() string { return "service" }
