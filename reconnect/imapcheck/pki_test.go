package imapcheck_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// pki is a throwaway certificate authority and one leaf certificate it signed.
type pki struct {
	roots *x509.CertPool  // trusts only the throwaway CA
	leaf  tls.Certificate // the server's certificate and key
}

// clientConfig trusts only the throwaway CA.
func (p pki) clientConfig() *tls.Config { return &tls.Config{RootCAs: p.roots} }

// serverConfig serves the leaf certificate.
func (p pki) serverConfig() *tls.Config {
	return &tls.Config{Certificates: []tls.Certificate{p.leaf}, MinVersion: tls.VersionTLS12}
}

// newPKI makes a CA and a leaf certificate for names (IP addresses or DNS
// names).
func newPKI(t *testing.T, names ...string) pki {
	t.Helper()
	p, err := makePKI(names...)
	require.NoError(t, err)
	return p
}

// makePKI is newPKI without a test.
func makePKI(names ...string) (pki, error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return pki{}, err
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "imapcheck test CA"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return pki{}, err
	}
	caCert, err := x509.ParseCertificate(caDER)
	if err != nil {
		return pki{}, err
	}

	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return pki{}, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: names[0]},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	for _, n := range names {
		if ip := net.ParseIP(n); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, n)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, &key.PublicKey, caKey)
	if err != nil {
		return pki{}, err
	}

	roots := x509.NewCertPool()
	roots.AddCert(caCert)
	return pki{roots: roots, leaf: tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}}, nil
}

// listen opens a TCP listener on loopback, closed when the test ends.
func listen(t *testing.T) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	return ln
}

// port returns the listener's port.
func port(ln net.Listener) int { return ln.Addr().(*net.TCPAddr).Port }
