package smtpcheck

import (
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestChooseMechanism(t *testing.T) {
	cases := []struct {
		name       string
		oauth      bool
		advertised string
		want       string
	}{
		{"GmailPassword", false, "LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH", "PLAIN"},
		{"GmailToken", true, "LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH", "XOAUTH2"},
		{"Microsoft365Password", false, "LOGIN XOAUTH2", "LOGIN"},
		{"Microsoft365Token", true, "LOGIN XOAUTH2", "XOAUTH2"},
		{"OnlyOAUTHBEARER", true, "PLAIN OAUTHBEARER", "OAUTHBEARER"},
		{"LowerCase", false, "login plain", "PLAIN"},
		{"PasswordNoFit", false, "CRAM-MD5 XOAUTH2", ""},
		{"TokenNoFit", true, "PLAIN LOGIN", ""},
		{"Empty", false, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := chooseMechanism(tc.oauth, strings.Fields(tc.advertised))
			if tc.want == "" {
				assert.ErrorIs(t, err, ErrNoMechanism)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestLoginClient(t *testing.T) {
	c := newLoginClient("ana@contoso.com", "pw-1234")
	mech, ir, err := c.Start()
	require.NoError(t, err)
	assert.Equal(t, "LOGIN", mech)
	assert.Nil(t, ir, "no initial response: Microsoft 365 prompts for the user name")
	for _, step := range []struct{ challenge, want string }{
		{"Username:", "ana@contoso.com"},
		{"Password:", "pw-1234"},
	} {
		got, err := c.Next([]byte(step.challenge))
		require.NoError(t, err)
		assert.Equal(t, step.want, string(got))
	}
	_, err = c.Next([]byte("Again:"))
	assert.ErrorIs(t, err, sasl.ErrUnexpectedServerChallenge)

	// Unusual prompts are answered by position.
	c = newLoginClient("u", "p")
	a, _ := c.Next([]byte("VXNlcg"))
	b, _ := c.Next(nil)
	assert.Equal(t, []string{"u", "p"}, []string{string(a), string(b)})
}

func TestOAuthBearerClient(t *testing.T) {
	c := newOAuthBearerClient(&sasl.OAuthBearerOptions{Username: "ana@example.com", Token: "tok", Host: "smtp.example.com", Port: 465})
	mech, ir, err := c.Start()
	require.NoError(t, err)
	assert.Equal(t, "OAUTHBEARER", mech)
	assert.Equal(t, "n,a=ana@example.com,\x01host=smtp.example.com\x01port=465\x01auth=Bearer tok\x01\x01", string(ir))
	resp, err := c.Next([]byte(`{"status":"invalid_token","schemes":"bearer"}`))
	require.NoError(t, err)
	assert.Equal(t, []byte{0x01}, resp, "RFC 7628 dummy response")
	got, ok := c.(challenger).Challenge()
	assert.True(t, ok)
	assert.Contains(t, got, "invalid_token")

	_, err = newOAuthBearerClient(&sasl.OAuthBearerOptions{Token: "t"}).Next([]byte("not json"))
	assert.Error(t, err)
}

func TestTestMessage(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
	msg := testMessage("ana@example.com", "abc123", at)
	assert.True(t, strings.HasSuffix(msg, "\r\n"))
	assert.NotContains(t, strings.ReplaceAll(msg, "\r\n", ""), "\n", "every line ends in CRLF")
	for _, h := range []string{
		"From: <ana@example.com>\r\n",
		"To: <ana@example.com>\r\n",
		"X-Mailreconnect-Test: abc123\r\n",
		"Message-ID: <abc123@example.com>\r\n",
		"Date: Mon, 02 Mar 2026 09:30:00 +0000\r\n",
	} {
		assert.Contains(t, msg, h)
	}
}

func TestTestAddress(t *testing.T) {
	got, err := testAddress(reconnect.Mailbox{Email: "ana@example.com"}, "other@example.com")
	require.NoError(t, err)
	assert.Equal(t, "ana@example.com", got)
	got, err = testAddress(reconnect.Mailbox{}, "ana@example.com")
	require.NoError(t, err)
	assert.Equal(t, "ana@example.com", got)
	for _, bad := range []string{"", "ana", "ana@example.com\r\nBcc: x@y.z", "Ana <ana@example.com>"} {
		_, err := testAddress(reconnect.Mailbox{Email: bad}, "")
		assert.ErrorIs(t, err, ErrNoAddress, bad)
	}
}
