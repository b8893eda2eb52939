package smtpcheck

import (
	"bytes"

	"github.com/emersion/go-sasl"
)

// loginClient is the LOGIN mechanism (draft-murchison-sasl-login), which
// Microsoft 365 offers instead of PLAIN. It sends no initial response: the
// server asks "Username:" then "Password:" (base64-encoded, decoded by go-smtp).
// It answers by the prompt when the server words it the usual way, else by
// position, as servers that send other prompts (or none) expect.
type loginClient struct {
	user, pass string
	step       int
}

func newLoginClient(user, pass string) sasl.Client { return &loginClient{user: user, pass: pass} }

func (a *loginClient) Start() (string, []byte, error) { return MechLogin, nil, nil }

func (a *loginClient) Next(challenge []byte) ([]byte, error) {
	prompt := bytes.ToLower(challenge)
	step := a.step
	switch {
	case bytes.Contains(prompt, []byte("pass")):
		step = 1
	case bytes.Contains(prompt, []byte("user")):
		step = 0
	}
	a.step++
	if a.step > 2 {
		return nil, sasl.ErrUnexpectedServerChallenge
	}
	if step == 0 {
		return []byte(a.user), nil
	}
	return []byte(a.pass), nil
}
