package classify

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVerdictJSON(t *testing.T) {
	v := Verdict{Class: ClassRateLimited, Code: 421, Enhanced: "4.7.0", Provider: "gmail",
		Rule: "rate_wording", RetryAfter: 90 * time.Minute}
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"class":"rate_limited","reason":"","needs_reconnect":false,"code":421,
		"enhanced":"4.7.0","provider":"gmail","rule":"rate_wording","retry_after_seconds":5400}`, string(b))

	var back Verdict
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back == v, "round trip changed %+v into %+v", v, back)

	// A fraction of a second rounds up: the wait never shortens.
	b, err = json.Marshal(Verdict{Class: ClassTransient, RetryAfter: 1500 * time.Millisecond})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"retry_after_seconds":2`)

	// A Verdict inside another value, by pointer too.
	wrapped := struct {
		V *Verdict `json:"verdict"`
	}{&v}
	b, err = json.Marshal(wrapped)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"retry_after_seconds":5400`)

	// The zero Verdict.
	b, err = json.Marshal(Verdict{})
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back == Verdict{})

	assert.Error(t, json.Unmarshal([]byte(`{"retry_after_seconds":-1}`), &back))
	assert.Error(t, json.Unmarshal([]byte(`{"retry_after_seconds":1e30}`), &back))
	assert.Error(t, json.Unmarshal([]byte(`{"class":7}`), &back))
}

// TestVerdictJSONRoundTripFixtures round-trips the verdict of every fixture.
func TestVerdictJSONRoundTripFixtures(t *testing.T) {
	for _, fx := range loadFixtures(t, "errors/*.jsonl") {
		v := classifyFixture(fx)
		b, err := json.Marshal(v)
		require.NoError(t, err)
		var back Verdict
		require.NoError(t, json.Unmarshal(b, &back))
		assert.True(t, back == v, "%s: %s", fx.ID, b)
	}
}
