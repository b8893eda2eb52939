package testertest

import (
	"context"
	"errors"
	"net"
	"testing"
)

// ErrDialled is what a dial function from [FailDial] returns.
var ErrDialled = errors.New("testertest: the tester dialled, and this test forbids it")

// FailDial returns a dial function (the shape of smtpcheck's and imapcheck's
// Options.Dial) that fails t if it is ever called, for tests that prove a
// tester refuses before connecting.
func FailDial(t testing.TB) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(_ context.Context, network, addr string) (net.Conn, error) {
		t.Errorf("the tester dialled %s %s", network, addr)
		return nil, ErrDialled
	}
}
