package wire

import (
	"errors"
	"fmt"
	"testing"

	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
)

func TestScrubRemovesEveryForm(t *testing.T) {
	const user = "ana@example.com"
	for _, pw := range leaktest.Passwords {
		var s Scrubber
		s.AddLogin(user, pw)
		got := s.Scrub(leaktest.Echo(user, pw))
		leaktest.Check(t, got, user, pw)
		assert.Contains(t, got, Redacted)
	}
}

// A short password is removed where it stands as a word, never from inside
// other words: the message stays readable.
func TestShortSecretOnlyAsWord(t *testing.T) {
	var s Scrubber
	s.Add("ab")
	assert.Equal(t, "about the cab: [redacted], \"[redacted]\" and ab1",
		s.Scrub(`about the cab: ab, "ab" and ab1`))
}

func TestScrubberError(t *testing.T) {
	var s Scrubber
	s.Add("hunter22")
	clean := errors.New("535 no")
	assert.Same(t, clean, s.Error(clean), "a clean error is kept as it is")

	se := &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "bad hunter22"}
	err := s.Error(fmt.Errorf("wrapped: %w", se))
	assert.Equal(t, "wrapped: SMTP error 535: bad [redacted]", err.Error())
	var got *smtp.SMTPError
	require.ErrorAs(t, err, &got, "the typed reply is kept, scrubbed")
	assert.Equal(t, "bad [redacted]", got.Message)
	assert.Equal(t, "bad hunter22", se.Message, "the original is not changed")
	assert.Nil(t, (*Scrubber)(nil).Error(nil))
}
