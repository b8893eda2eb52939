package imapcheck

import (
	"errors"
	"strings"
	"unicode"

	"github.com/emersion/go-sasl"
)

// xoauth2 is a client for Google's and Microsoft's XOAUTH2 SASL mechanism
// (developers.google.com/gmail/imap/xoauth2-protocol), which go-sasl no longer
// ships. The initial response is "user=U\x01auth=Bearer T\x01\x01". A failed
// login gets a base64 JSON challenge such as
// {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}, to
// which the client must send an empty response; the server then completes
// the command with NO. The challenge is kept for the error message.
type xoauth2 struct {
	user, token string
	conn        *clientConn // sends the empty response as an empty line
	challenge   string      // the error challenge, printable, for the error
}

var _ sasl.Client = (*xoauth2)(nil)

// ir returns the initial response.
func (x *xoauth2) ir() []byte {
	return []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01")
}

func (x *xoauth2) Start() (string, []byte, error) {
	return "XOAUTH2", x.ir(), nil
}

func (x *xoauth2) Next(challenge []byte) ([]byte, error) {
	if x.challenge != "" {
		return nil, errors.New("imapcheck: unexpected second XOAUTH2 challenge")
	}
	x.challenge = printable(string(challenge))
	if x.challenge == "" {
		x.challenge = "(empty)"
	}
	if x.conn != nil {
		x.conn.emptyReply.Store(true)
	}
	return []byte{}, nil
}

// printable keeps the printable ASCII of a server's text, at most 200 bytes.
func printable(s string) string {
	s = strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII || !unicode.IsPrint(r) {
			return -1
		}
		return r
	}, s)
	return truncate(s)
}
