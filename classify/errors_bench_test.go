package classify

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	netsmtp "net/smtp"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"golang.org/x/oauth2"
)

// realErrors returns error values as the libraries produce them on loopback
// (or, for DNS, as package net builds them), by the name of their type, with
// the class each must get.
func realErrors(tb testing.TB) []struct {
	name string
	err  error
	want Class
} {
	tb.Helper()
	// go-smtp and net/smtp against a go-smtp server that refuses the login
	// (Microsoft's 5.7.139 wording, learn.microsoft.com authenticated-client-smtp-submission).
	reply := &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 139},
		Message: "Authentication unsuccessful, the user credentials were incorrect."}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	s := smtp.NewServer(rejectingBackend{reply})
	s.Domain, s.AllowInsecureAuth = "localhost", true
	go s.Serve(l)
	tb.Cleanup(func() { s.Close() })
	c, err := smtp.Dial(l.Addr().String())
	if err != nil {
		tb.Fatal(err)
	}
	defer c.Close()
	smtpErr := c.Auth(sasl.NewPlainClient("", "owner@example.com", "not-the-secret"))
	nc, err := netsmtp.Dial(l.Addr().String())
	if err != nil {
		tb.Fatal(err)
	}
	defer nc.Close()
	textprotoErr := nc.Auth(netsmtp.PlainAuth("", "owner@example.com", "not-the-secret", "127.0.0.1"))

	// x/oauth2 against a token endpoint that answers invalid_grant (RFC 6749 5.2).
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(400)
		io.WriteString(w, `{"error":"invalid_grant","error_description":"Token has been expired or revoked."}`)
	}))
	defer srv.Close()
	conf := &oauth2.Config{ClientID: "app", ClientSecret: "s", Endpoint: oauth2.Endpoint{TokenURL: srv.URL + "/token"}}
	_, oauthErr := conf.TokenSource(context.Background(), &oauth2.Token{RefreshToken: "r"}).Token()
	var re *oauth2.RetrieveError
	if !errors.As(oauthErr, &re) {
		tb.Fatalf("%T %v", oauthErr, oauthErr)
	}

	// A dial to a port just closed: *net.OpError holding *os.SyscallError.
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	closed.Close()
	_, refused := net.Dial("tcp", closed.Addr().String())
	var op *net.OpError
	if !errors.As(refused, &op) {
		tb.Fatalf("%T %v", refused, refused)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()

	return []struct {
		name string
		err  error
		want Class
	}{
		{"smtp.SMTPError", smtpErr, ClassAuth},
		{"textproto.Error", textprotoErr, ClassAuth},
		{"oauth2.RetrieveError", oauthErr, ClassRevoked},
		{"net.OpError", refused, ClassTransient},
		{"net.DNSError", &net.DNSError{Err: "no such host", Name: "smtp.example.invalid", IsNotFound: true}, ClassConfig},
		{"context.DeadlineExceeded", ctx.Err(), ClassTransient},
		{"wrapped.net.OpError", fmt.Errorf("health check mb_1: %w", refused), ClassTransient},
	}
}

// BenchmarkError classifies real error values of each type the package reads
// structurally or by type.
func BenchmarkError(b *testing.B) {
	for _, tc := range realErrors(b) {
		if v := Error(tc.err); v.Class != tc.want {
			b.Fatalf("%s: %v gave %+v", tc.name, tc.err, v)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				_ = Error(tc.err)
			}
		})
	}
}

// Error allocates at most once for the error types it knows.
func TestErrorAllocations(t *testing.T) {
	for _, tc := range realErrors(t) {
		v := Error(tc.err)
		if v.Class != tc.want {
			t.Errorf("%s: %v gave %+v", tc.name, tc.err, v)
		}
		if n := testing.AllocsPerRun(100, func() { _ = Error(tc.err) }); n > 1 {
			t.Errorf("%s: %v allocations", tc.name, n)
		}
	}
}

// appendMessage writes exactly what the errors' own Error methods build.
func TestAppendMessage(t *testing.T) {
	refused := &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}
	v4 := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 587}
	errs := []error{
		&net.OpError{Op: "dial", Net: "tcp", Addr: v4, Err: refused},
		&net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{IP: net.IP{10, 0, 0, 2}, Port: 25}, Err: refused},
		&net.OpError{Op: "read", Net: "tcp", Source: v4, Addr: &net.TCPAddr{IP: net.ParseIP("2001:db8::1"), Port: 993}, Err: os.ErrDeadlineExceeded},
		&net.OpError{Op: "dial", Net: "tcp6", Addr: &net.TCPAddr{IP: net.ParseIP("fe80::1"), Port: 465, Zone: "eth0"}, Err: refused},
		&net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{Port: 25}, Err: refused},
		&net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{IP: net.IP{1, 2, 3}, Port: 25}, Err: refused},
		&net.OpError{Op: "read", Net: "udp", Addr: &net.UDPAddr{IP: net.IPv4(192, 0, 2, 53), Port: 53}, Err: syscall.ECONNRESET},
		&net.OpError{Op: "dial", Net: "unix", Addr: &net.UnixAddr{Name: "/run/mail.sock", Net: "unix"}, Err: refused},
		&net.OpError{Op: "dial", Err: &net.DNSError{Err: "no such host", Name: "smtp.example.invalid", Server: "127.0.0.53:53", IsNotFound: true}},
		&net.OpError{Op: "write", Net: "tcp", Addr: (*net.TCPAddr)(nil), Err: syscall.EPIPE},
		&net.DNSError{Err: "no such host", Name: "smtp.example.invalid", IsNotFound: true},
		(*net.OpError)(nil),
		refused,
	}
	for _, tc := range realErrors(t) {
		errs = append(errs, tc.err)
	}
	for _, err := range errs {
		assert.Equal(t, err.Error(), string(appendMessage(nil, err)), "%#v", err)
	}
}
