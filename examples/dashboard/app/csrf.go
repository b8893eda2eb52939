package app

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
)

const csrfCookie = "dashboard_session"

// csrf issues and checks the token every form carries: an HMAC of a random
// per-browser cookie under a per-process key (the "signed double-submit
// cookie" of the OWASP CSRF prevention cheat sheet).
type csrf struct{ key []byte }

func newCSRF() *csrf {
	k := make([]byte, 32)
	rand.Read(k)
	return &csrf{key: k}
}

// token returns the token for the request's browser, setting its cookie first
// when it has none.
func (c *csrf) token(w http.ResponseWriter, r *http.Request) string {
	sess := ""
	if ck, err := r.Cookie(csrfCookie); err == nil && len(ck.Value) >= 32 {
		sess = ck.Value
	} else {
		b := make([]byte, 32)
		rand.Read(b)
		sess = base64.RawURLEncoding.EncodeToString(b)
		http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: sess, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	}
	return c.sign(sess)
}

func (c *csrf) sign(sess string) string {
	m := hmac.New(sha256.New, c.key)
	m.Write([]byte(sess))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// valid reports whether a POST carries its browser's token.
func (c *csrf) valid(r *http.Request) bool {
	ck, err := r.Cookie(csrfCookie)
	if err != nil {
		return false
	}
	got := r.PostFormValue("csrf")
	return got != "" && hmac.Equal([]byte(got), []byte(c.sign(ck.Value)))
}
