package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"time"

	"golang.org/x/oauth2"
)

// ---------------------------------------------------------------------------
// OAuth helpers

func tokenSourceErr(ctx context.Context, tokenURL string) error {
	conf := &oauth2.Config{
		ClientID:     "client-id.apps.example.test",
		ClientSecret: "client-secret",
		Endpoint:     oauth2.Endpoint{TokenURL: tokenURL, AuthStyle: oauth2.AuthStyleInParams},
		Scopes:       []string{"https://mail.example.test/"},
	}
	_, err := conf.TokenSource(ctx, &oauth2.Token{RefreshToken: "1//refresh-token"}).Token()
	return err
}

func tokenEndpoint(status int, contentType, body string) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		}
		w.WriteHeader(status)
		io.WriteString(w, body)
	}))
	atExit(srv.Close)
	return srv.URL + "/token"
}

func hijackServer(f func(net.Conn, *bufio.ReadWriter)) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		c, rw, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		f(c, rw)
	}))
	atExit(srv.Close)
	return srv.URL + "/token"
}

func slowServer(d time.Duration) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"access_token":"late","token_type":"Bearer","expires_in":3599}`)
	}))
	atExit(srv.Close)
	return srv.URL + "/token"
}

// ---------------------------------------------------------------------------
// Cases

const (
	revokedReason = "mailbox_disconnected"
	authReason    = "auth_failure"
)

func bg() context.Context { return context.Background() }

func ctxTimeout(d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	atExit(cancel)
	return ctx
}
