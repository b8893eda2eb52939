package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
)

// ---------------------------------------------------------------------------
// Certificates

type certs struct {
	caPool     *x509.CertPool
	caPEMPath  string
	authPool   *x509.CertPool // trusts "SMTP Authentication CA"
	leafA      tls.Certificate
	leafMulti  tls.Certificate
	leafName   tls.Certificate // smtp.example.test only, no IP SAN
	leafOK     tls.Certificate // smtp.example.test + 127.0.0.1
	selfSigned tls.Certificate
	expired    tls.Certificate
	notYet     tls.Certificate
	legacyCN   tls.Certificate
	clientEKU  tls.Certificate
	forgedAuth tls.Certificate
	clientSelf tls.Certificate
}

var serial int64 = 100

func newKey() *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	return k
}

func makeCert(tmpl *x509.Certificate, parent *x509.Certificate, parentKey *ecdsa.PrivateKey, key *ecdsa.PrivateKey) (tls.Certificate, *x509.Certificate) {
	serial++
	tmpl.SerialNumber = big.NewInt(serial)
	if tmpl.NotBefore.IsZero() {
		tmpl.NotBefore = time.Now().Add(-time.Hour)
	}
	if tmpl.NotAfter.IsZero() {
		tmpl.NotAfter = time.Now().Add(24 * time.Hour)
	}
	if parent == nil {
		parent, parentKey = tmpl, key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, parentKey)
	if err != nil {
		panic(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		panic(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: c}, c
}

func caTemplate(cn string) *x509.Certificate {
	return &x509.Certificate{
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"Capture Test"}},
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
		NotBefore:             time.Now().Add(-365 * 24 * time.Hour),
		NotAfter:              time.Now().Add(365 * 24 * time.Hour),
	}
}

func leafTemplate(cn string, dns []string, ips []net.IP) *x509.Certificate {
	return &x509.Certificate{
		Subject:     pkix.Name{CommonName: cn},
		DNSNames:    dns,
		IPAddresses: ips,
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
}

func makeCerts(dir string) *certs {
	c := &certs{}
	caKey := newKey()
	_, ca := makeCert(caTemplate("Capture Test Root CA"), nil, nil, caKey)
	c.caPool = x509.NewCertPool()
	c.caPool.AddCert(ca)
	c.caPEMPath = filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(c.caPEMPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.Raw}), 0o600); err != nil {
		panic(err)
	}
	loop := []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("::1")}

	c.leafA, _ = makeCert(leafTemplate("a.example", []string{"a.example"}, nil), ca, caKey, newKey())
	c.leafMulti, _ = makeCert(leafTemplate("mail.a.example", []string{"mail.a.example", "*.a.example"}, nil), ca, caKey, newKey())
	c.leafName, _ = makeCert(leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil), ca, caKey, newKey())
	c.leafOK, _ = makeCert(leafTemplate("smtp.example.test", []string{"smtp.example.test"}, loop), ca, caKey, newKey())
	c.selfSigned, _ = makeCert(leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil), nil, nil, newKey())

	exp := leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil)
	exp.NotBefore = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	exp.NotAfter = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	c.expired, _ = makeCert(exp, ca, caKey, newKey())

	ny := leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil)
	ny.NotBefore = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	ny.NotAfter = time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	c.notYet, _ = makeCert(ny, ca, caKey, newKey())

	c.legacyCN, _ = makeCert(leafTemplate("smtp.example.test", nil, nil), ca, caKey, newKey())

	eku := leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil)
	eku.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
	c.clientEKU, _ = makeCert(eku, ca, caKey, newKey())

	// A trusted CA called "SMTP Authentication CA", and a leaf whose issuer
	// name is that CA but which was signed by another key.
	authKey := newKey()
	authTmpl := caTemplate("SMTP Authentication CA")
	authTmpl.SubjectKeyId = []byte{1, 2, 3, 4, 5, 6, 7, 8}
	_, authCA := makeCert(authTmpl, nil, nil, authKey)
	c.authPool = x509.NewCertPool()
	c.authPool.AddCert(authCA)
	forgerKey := newKey()
	forgerTmpl := caTemplate("SMTP Authentication CA")
	forgerTmpl.SubjectKeyId = []byte{1, 2, 3, 4, 5, 6, 7, 8}
	_, forger := makeCert(forgerTmpl, nil, nil, forgerKey)
	c.forgedAuth, _ = makeCert(leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil), forger, forgerKey, newKey())

	cl := leafTemplate("client.example.test", []string{"client.example.test"}, nil)
	cl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
	c.clientSelf, _ = makeCert(cl, nil, nil, newKey())
	return c
}
