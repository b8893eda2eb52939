package oauthcheck_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/oauthcheck"
)

func TestErrorClasses(t *testing.T) {
	cases := []struct {
		name  string
		reply http.HandlerFunc
		class classify.Class
	}{
		{"invalid_grant", jsonReply(400, map[string]string{"error": "invalid_grant", "error_description": "Token has been expired or revoked."}), classify.ClassRevoked},
		{"AADSTS700082 inactivity", jsonReply(400, map[string]any{"error": "invalid_grant", "error_description": "AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2025-01-02T10:00:00Z and was inactive for 90.00:00:00. Trace ID: 1f3c Correlation ID: 9a2b Timestamp: 2025-04-02 10:00:00Z", "error_codes": []int{700082}}), classify.ClassRevoked},
		{"AADSTS50173 password changed", jsonReply(400, map[string]any{"error": "invalid_grant", "error_description": "AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.", "error_codes": []int{50173}}), classify.ClassRevoked},
		{"AADSTS7000222 expired client secret", jsonReply(401, map[string]any{"error": "invalid_client", "error_description": "AADSTS7000222: The provided client secret keys for app '00000000-app' are expired. Visit the Azure portal to create new keys for your app.", "error_codes": []int{7000222}}), classify.ClassPlatform},
		{"invalid_client", jsonReply(401, map[string]string{"error": "invalid_client", "error_description": "The OAuth client was not found."}), classify.ClassPlatform},
		{"502 HTML", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=UTF-8")
			w.WriteHeader(502)
			fmt.Fprint(w, "<!DOCTYPE html>\n<html lang=en><title>Error 502 (Server Error)!!1</title><p><b>502.</b> <ins>That’s an error.</ins><p>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.  <ins>That’s all we know.</ins>"+strings.Repeat(" ", 5000)+"</html>")
		}, classify.ClassTransient},
		{"503 JSON", jsonReply(503, map[string]string{"error": "temporarily_unavailable"}), classify.ClassTransient},
		{"429", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Retry-After", "30")
			jsonReply(429, map[string]string{"error": "rate_limit_exceeded", "error_description": "Rate limit exceeded"})(w, nil)
		}, classify.ClassRateLimited},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEndpoint(t, tc.reply)
			got, err := refresher(e).Refresh(context.Background(), gmailBox, creds())
			require.Error(t, err)
			assert.Equal(t, reconnect.Credentials{}, got)
			var re *oauth2.RetrieveError
			require.ErrorAs(t, err, &re, "%v", err)
			assert.True(t, strings.HasPrefix(err.Error(), "oauthcheck: "), err.Error())
			v := classify.Error(err)
			assert.Equal(t, tc.class, v.Class, "%v", err)
			assert.Equal(t, tc.class.Reconnect(), v.NeedsReconnect)
			if tc.class == classify.ClassTransient || tc.class == classify.ClassRateLimited {
				assert.False(t, v.NeedsReconnect, "a provider hiccup never asks for a reconnect")
			}
			assert.LessOrEqual(t, len(re.Body), 2048)
			assertClean(t, err)
		})
	}
}

// An endpoint that echoes the request (some proxies and debugging endpoints
// do) must not carry the refresh token or the client secret into the error.
func TestEchoedSecretsAreScrubbed(t *testing.T) {
	e := newEndpoint(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(400)
		_ = json.NewEncoder(w).Encode(map[string]string{
			"error":             "invalid_request",
			"error_description": "bad request: " + r.PostForm.Encode(),
		})
	})
	_, err := refresher(e).Refresh(context.Background(), gmailBox, creds())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "[redacted]")
	assertClean(t, err, url.QueryEscape(refreshToken), url.QueryEscape(clientSecret))
	assert.Equal(t, classify.ClassPlatform, classify.Error(err).Class)
}

func TestConfigurationErrors(t *testing.T) {
	r := &oauthcheck.Refresher{ClientID: "app"}
	_, err := r.Refresh(context.Background(), gmailBox, reconnect.Credentials{Method: provider.MethodOAuth})
	assert.ErrorIs(t, err, oauthcheck.ErrNoRefreshToken)

	custom := reconnect.Mailbox{ID: "mb_c", Email: "ana@example.org", IMAPHost: "mail.example.org"}
	_, err = r.Refresh(context.Background(), custom, creds())
	assert.ErrorIs(t, err, oauthcheck.ErrNoTokenURL)
	assert.False(t, classify.Error(err).NeedsReconnect)

	_, err = (&oauthcheck.Refresher{}).Refresh(context.Background(), gmailBox, creds())
	assert.ErrorIs(t, err, oauthcheck.ErrNoClient)

	apps := &oauthcheck.Refresher{Apps: func(p provider.ID) (oauthcheck.App, error) {
		return oauthcheck.App{}, fmt.Errorf("no app registered for %s", p)
	}}
	_, err = apps.Refresh(context.Background(), gmailBox, creds())
	assert.ErrorContains(t, err, "no app registered for gmail")
}
