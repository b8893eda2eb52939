package oauthcheck_test

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
	"github.com/mailreconnect/sdk/reconnect/oauthcheck"
)

// A token endpoint that quotes the refresh token, the access token and the
// client secret in every form leaves none of them in the error, for awkward
// values (quotes, backslashes, non-ASCII, short ones).
func TestNoSecretFormInAnyError(t *testing.T) {
	const user = "ana@gmail.com"
	for _, secret := range leaktest.Passwords {
		t.Run(secret, func(t *testing.T) {
			e := newEndpoint(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(400)
				_ = json.NewEncoder(w).Encode(map[string]string{
					"error":             "invalid_grant",
					"error_description": leaktest.Echo(user, secret) + " form: " + r.PostForm.Encode(),
				})
			})
			r := refresher(e)
			r.ClientSecret = reconnect.NewSecret(secret + "-client")
			c := creds()
			c.RefreshToken, c.AccessToken = reconnect.NewSecret(secret), reconnect.NewSecret(secret+"-access")
			_, err := r.Refresh(context.Background(), gmailBox, c)
			require.Error(t, err)
			leaktest.CheckError(t, err, user, secret, secret+"-client", secret+"-access")
		})
	}
}

// A token rotated by the refresh is scrubbed from the error of a Persist that
// echoes it.
func TestRotatedTokenScrubbedFromPersistError(t *testing.T) {
	const rotated = `1//rotated"\tok`
	e := newEndpoint(t, jsonReply(200, map[string]any{"access_token": "ya29.new", "refresh_token": rotated, "token_type": "Bearer"}))
	r := refresher(e)
	r.Persist = func(_ context.Context, _ string, c reconnect.Credentials) error {
		return &vaultError{msg: "vault refused " + leaktest.Echo(c.Username, c.RefreshToken.Reveal())}
	}
	_, err := r.Refresh(context.Background(), gmailBox, creds())
	require.Error(t, err)
	leaktest.CheckError(t, err, "ana@gmail.com", rotated, "ya29.new")
}

type vaultError struct{ msg string }

func (e *vaultError) Error() string { return e.msg }

// The zero Refresher fails with a clear error and does not panic.
func TestZeroRefresher(t *testing.T) {
	var r oauthcheck.Refresher
	_, err := r.Refresh(context.Background(), gmailBox, creds())
	require.ErrorIs(t, err, oauthcheck.ErrNoClient)
	require.ErrorIs(t, r.Test(context.Background(), gmailBox, reconnect.Credentials{}), oauthcheck.ErrNoRefreshToken)
}
