package wire

import (
	"errors"
	"strings"
	"unicode"

	"github.com/emersion/go-sasl"
)

// XOAuth2Mechanism is the SASL name of XOAUTH2.
const XOAuth2Mechanism = "XOAUTH2"

// XOAuth2Response returns XOAUTH2's initial response for user and an access
// token: "user=" + user + "\x01auth=Bearer " + token + "\x01\x01"
// (https://developers.google.com/gmail/imap/xoauth2-protocol).
func XOAuth2Response(user, token string) []byte {
	return []byte("user=" + user + "\x01auth=Bearer " + token + "\x01\x01")
}

// XOAuth2 is a client for Google's and Microsoft's XOAUTH2 SASL mechanism,
// which go-sasl no longer ships. A rejected token gets a base64 JSON error
// challenge, such as
// {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}, to
// which the client must send an empty response; the server then sends its
// final reply (SMTP 535 or 454, IMAP NO). The challenge is kept for the error.
type XOAuth2 struct {
	User, Token string
	// OnEmptyReply, if set, is called just before the empty response is
	// returned, for transports that must write it specially.
	OnEmptyReply func()

	challenge string
	got       bool
}

var _ sasl.Client = (*XOAuth2)(nil)

// Start returns the mechanism and the initial response.
func (x *XOAuth2) Start() (string, []byte, error) {
	return XOAuth2Mechanism, XOAuth2Response(x.User, x.Token), nil
}

// Next records the error challenge and answers it with an empty response. A
// second challenge is an error.
func (x *XOAuth2) Next(challenge []byte) ([]byte, error) {
	if x.got {
		return nil, errors.New("unexpected second XOAUTH2 challenge")
	}
	x.got = true
	x.challenge = Printable(string(challenge))
	if x.challenge == "" {
		x.challenge = "(empty)"
	}
	if x.OnEmptyReply != nil {
		x.OnEmptyReply()
	}
	return []byte{}, nil
}

// Challenge returns the error challenge the server sent, printable, if any.
func (x *XOAuth2) Challenge() (string, bool) { return x.challenge, x.got }

// maxQuoted bounds server text quoted in an error.
const maxQuoted = 200

// Printable keeps the printable ASCII of a server's text, at most 200 bytes.
func Printable(s string) string {
	s = strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII || !unicode.IsPrint(r) {
			return -1
		}
		return r
	}, s)
	return Truncate(s)
}

// Truncate shortens server text quoted in an error to 200 bytes.
func Truncate(s string) string {
	if len(s) > maxQuoted {
		return s[:maxQuoted] + "..."
	}
	return s
}

// Recorder is a SASL client that registers everything it sends with a
// Scrubber, so a server that echoes a response cannot leak it into an error.
type Recorder struct {
	sasl.Client
	S *Scrubber
}

// Start starts the wrapped client and records its initial response.
func (r Recorder) Start() (string, []byte, error) {
	mech, ir, err := r.Client.Start()
	r.S.AddSent(ir)
	return mech, ir, err
}

// Next answers a challenge with the wrapped client and records the response.
func (r Recorder) Next(challenge []byte) ([]byte, error) {
	resp, err := r.Client.Next(challenge)
	r.S.AddSent(resp)
	return resp, err
}
