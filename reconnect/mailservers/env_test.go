package mailservers

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"net"
	"os"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
)

// envPrefix starts every variable .ci/mailservers sets.
const envPrefix = "MAILRECONNECT_"

// servers is what .ci/mailservers started, read from the environment.
type servers struct {
	user, password         string
	ca, untrustedCA        *x509.CertPool
	postfixLog, dovecotLog string
}

// need returns the servers, or skips the test when the environment does not
// name them.
func need(t *testing.T) *servers {
	t.Helper()
	caFile := os.Getenv(envPrefix + "CA_FILE")
	if caFile == "" {
		t.Skip("mailservers: " + envPrefix + "CA_FILE is not set; run the real-server tests with " +
			"sudo .ci/mailservers -- go test ./reconnect/mailservers/")
	}
	s := &servers{
		user:        mustEnv(t, "TEST_USER"),
		password:    mustEnv(t, "TEST_PASSWORD"),
		ca:          pool(t, caFile),
		untrustedCA: pool(t, mustEnv(t, "UNTRUSTED_CA_FILE")),
		postfixLog:  mustEnv(t, "POSTFIX_LOG"),
		dovecotLog:  mustEnv(t, "DOVECOT_LOG"),
	}
	return s
}

func mustEnv(t *testing.T, name string) string {
	t.Helper()
	v := os.Getenv(envPrefix + name)
	require.NotEmpty(t, v, "%s%s is not set (it is set by .ci/mailservers)", envPrefix, name)
	return v
}

func pool(t *testing.T, file string) *x509.CertPool {
	t.Helper()
	pem, err := os.ReadFile(file)
	require.NoError(t, err)
	p := x509.NewCertPool()
	require.True(t, p.AppendCertsFromPEM(pem), "no certificate in %s", file)
	return p
}

// splitAddr returns the host and port of address.
func splitAddr(t *testing.T, address string) (string, int) {
	t.Helper()
	host, p, err := net.SplitHostPort(address)
	require.NoError(t, err)
	port, err := strconv.Atoi(p)
	require.NoError(t, err)
	return host, port
}

// tlsConfig trusts only the throwaway CA.
func (s *servers) tlsConfig() *tls.Config { return &tls.Config{RootCAs: s.ca} }

// tap is a dialer that keeps every byte the tester writes to the network,
// before any TLS is added on top: what a packet capture on the loopback
// interface would see from the client.
type tap struct {
	mu   sync.Mutex
	sent bytes.Buffer
	// from, if set, is the local address dialled from.
	from *net.TCPAddr
}

func (tp *tap) dial(ctx context.Context, network, address string) (net.Conn, error) {
	d := net.Dialer{}
	if tp.from != nil {
		d.LocalAddr = tp.from
	}
	c, err := d.DialContext(ctx, network, address)
	if err != nil {
		return nil, err
	}
	return &tappedConn{Conn: c, tp: tp}, nil
}

// bytes returns a copy of what was written so far.
func (tp *tap) bytes() []byte {
	tp.mu.Lock()
	defer tp.mu.Unlock()
	return bytes.Clone(tp.sent.Bytes())
}

type tappedConn struct {
	net.Conn
	tp *tap
}

func (c *tappedConn) Write(p []byte) (int, error) {
	c.tp.mu.Lock()
	c.tp.sent.Write(p)
	c.tp.mu.Unlock()
	return c.Conn.Write(p)
}

// clearForms are the forms in which a password crosses the wire in clear
// text: as it is (IMAP LOGIN, RFC 9051 6.2.3), base64 of itself (SASL LOGIN)
// and base64 of the SASL PLAIN message with and without an authorization
// identity (RFC 4616 section 2; SMTP AUTH, RFC 4954 section 4, sends SASL
// data in base64).
func clearForms(user, password string) []string {
	forms := []string{password}
	for _, msg := range []string{password, "\x00" + user + "\x00" + password, user + "\x00" + user + "\x00" + password} {
		forms = append(forms, base64.StdEncoding.EncodeToString([]byte(msg)),
			base64.RawStdEncoding.EncodeToString([]byte(msg)))
	}
	return forms
}

// assertNoPassword checks that data holds no form of password.
func assertNoPassword(t *testing.T, what string, data []byte, user, password string) {
	t.Helper()
	for _, f := range clearForms(user, password) {
		assert.False(t, bytes.Contains(data, []byte(f)), "%s holds the password in clear (form %q...)", what, f[:4])
	}
}

// assertClass checks that err is a failure of one of the classes want, and
// never one that asks the owner to reconnect unless want says so.
func assertClass(t *testing.T, err error, want ...classify.Class) classify.Verdict {
	t.Helper()
	require.Error(t, err)
	v := classify.Error(err)
	assert.Contains(t, want, v.Class, "error %q", err)
	return v
}

// containsString reports whether data holds s.
func containsString(data []byte, s string) bool { return bytes.Contains(data, []byte(s)) }
