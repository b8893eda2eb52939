package reconnect_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// Marshalling never writes a secret, and reading the placeholder back is an
// error, not a password "[redacted]".
func TestRedactedPlaceholderDoesNotUnmarshal(t *testing.T) {
	c := reconnect.Credentials{Method: provider.MethodPassword, Username: "ana@example.com", Password: reconnect.NewSecret(`p"w\é`)}
	js, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"method":"password","username":"ana@example.com","password":"[redacted]","access_token":"[redacted]","refresh_token":"[redacted]"}`, string(js))
	var back reconnect.Credentials
	err = json.Unmarshal(js, &back)
	require.Error(t, err)
	assert.True(t, errors.Is(err, reconnect.ErrRedactedSecret), "%v", err)
}

// A Vault persists credentials through Reveal, and they come back whole.
func TestRevealedCredentialsRoundTrip(t *testing.T) {
	exp := time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)
	c := reconnect.Credentials{Method: provider.MethodOAuth, Username: "ana@example.com",
		AccessToken: reconnect.NewSecret("ya29.a"), RefreshToken: reconnect.NewSecret(`1//r"\`), AccessTokenExpiry: exp}
	js, err := json.Marshal(c.Reveal())
	require.NoError(t, err)
	assert.Contains(t, string(js), `"access_token_expiry":"2026-12-03T08:00:00Z"`)
	var r reconnect.RevealedCredentials
	require.NoError(t, json.Unmarshal(js, &r))
	back := r.Credentials()
	assert.Equal(t, `1//r"\`, back.RefreshToken.Reveal())
	assert.Equal(t, "ya29.a", back.AccessToken.Reveal())
	assert.True(t, back.Password.IsZero())
	assert.True(t, exp.Equal(back.AccessTokenExpiry))
}

func TestUsesOAuth(t *testing.T) {
	tok, pw := reconnect.NewSecret("tok-1234"), reconnect.NewSecret("pw-1234")
	assert.True(t, reconnect.Credentials{Method: provider.MethodOAuth}.UsesOAuth())
	assert.True(t, reconnect.Credentials{AccessToken: tok}.UsesOAuth())
	assert.False(t, reconnect.Credentials{AccessToken: tok, Password: pw}.UsesOAuth())
	assert.False(t, reconnect.Credentials{Method: provider.MethodAppPassword, AccessToken: tok}.UsesOAuth())
}
