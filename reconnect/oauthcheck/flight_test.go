package oauthcheck_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/oauthcheck"
)

// An owner signs in again (a NEW refresh token) while the token job still
// refreshes the OLD, revoked one. The new grant is tested on its own: it must
// not get the old refresh's invalid_grant.
func TestNewTokenDuringOldRefresh(t *testing.T) {
	const oldToken, newToken = "1//old-revoked-token", "1//new-fresh-token"
	oldArrived := make(chan struct{})
	releaseOld := make(chan struct{})
	e := newEndpoint(t, func(w http.ResponseWriter, r *http.Request) {
		if r.PostForm.Get("refresh_token") == oldToken {
			close(oldArrived)
			<-releaseOld
			// Google's reply to a revoked grant (RFC 6749 section 5.2).
			jsonReply(400, map[string]any{"error": "invalid_grant", "error_description": "Token has been expired or revoked."})(w, r)
			return
		}
		jsonReply(200, map[string]any{"access_token": "ya29.new-access", "token_type": "Bearer", "expires_in": 3599})(w, r)
	})
	r := refresher(e)
	joined := make(chan struct{}, 2)
	oauthcheck.OnJoin(r, func() { joined <- struct{}{} })

	withToken := func(tok string) reconnect.Credentials {
		c := creds()
		c.RefreshToken = reconnect.NewSecret(tok)
		return c
	}
	oldErr := make(chan error, 1)
	go func() {
		_, err := r.Refresh(context.Background(), gmailBox, withToken(oldToken))
		oldErr <- err
	}()
	<-joined
	<-oldArrived // the old refresh is in flight at the token endpoint

	type result struct {
		c   reconnect.Credentials
		err error
	}
	newRes := make(chan result, 1)
	go func() {
		c, err := r.Refresh(context.Background(), gmailBox, withToken(newToken))
		newRes <- result{c, err}
	}()
	<-joined // the new caller has its flight, whichever it is
	close(releaseOld)

	got := <-newRes
	require.NoError(t, got.err, "the new grant got the old refresh's result")
	assert.Equal(t, "ya29.new-access", got.c.AccessToken.Reveal())
	assert.Equal(t, newToken, got.c.RefreshToken.Reveal())
	assert.Equal(t, classify.ClassRevoked, classify.Error(<-oldErr).Class)
	assert.Equal(t, int32(2), e.hits.Load())
}
