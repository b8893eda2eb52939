package provider_test

import (
	"encoding/json"
	"testing"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlanJSON(t *testing.T) {
	p, ok := provider.PlanForReason(provider.Gmail, provider.MethodAppPassword, classify.ReasonAuthFailure)
	require.True(t, ok)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var keys map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &keys))
	want := []string{"provider", "reason", "action", "actor", "steps", "links",
		"app_password_required", "prerequisites", "will_not_work", "clear_within"}
	assert.Len(t, keys, len(want))
	for _, k := range want {
		assert.Contains(t, keys, k)
	}
	var back provider.Plan
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p, back)
}

// TestPlanJSONHasNoNulls checks that every plan writes its lists as arrays.
func TestPlanJSONHasNoNulls(t *testing.T) {
	for _, in := range provider.All() {
		for _, r := range provider.Reasons(in.ID) {
			for _, m := range []provider.AuthMethod{provider.MethodPassword, provider.MethodAppPassword, provider.MethodOAuth} {
				p, ok := provider.PlanForReason(in.ID, m, r)
				require.True(t, ok)
				b, err := json.Marshal(p)
				require.NoError(t, err)
				assert.NotContains(t, string(b), "null", "%s/%s/%s", in.ID, r, m)
			}
		}
		for _, text := range []string{"421 4.7.0 Try again later", "450 4.2.1 rate limit exceeded",
			"dial tcp: lookup smtp.example.invalid: no such host", "oauth2: \"invalid_client\""} {
			p, ok := provider.PlanFor(in.ID, "", classify.Text(text))
			require.True(t, ok, text)
			b, err := json.Marshal(p)
			require.NoError(t, err)
			assert.NotContains(t, string(b), "null", "%s: %s", in.ID, text)
		}
	}
}

func TestInfoJSON(t *testing.T) {
	in, ok := provider.Lookup(provider.Microsoft365)
	require.True(t, ok)
	b, err := json.Marshal(in)
	require.NoError(t, err)
	var keys map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &keys))
	for _, k := range []string{"id", "name", "smtp", "imap", "mechanisms", "app_passwords",
		"app_password_prereqs", "app_password_url", "oauth", "help_url", "hosts", "domains", "mx", "source"} {
		assert.Contains(t, keys, k)
	}
	assert.Contains(t, string(keys["oauth"]), `"token_url"`)
	assert.Contains(t, string(keys["smtp"]), `"security":"starttls"`)
	var back provider.Info
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, in, back)
}
