// Command capture makes the fixtures of testdata/errors/network.jsonl: the
// exact err.Error() texts that real Go network, TLS, x509, context, SMTP-client
// (net/smtp and go-smtp) and OAuth (x/oauth2) code returns, so that the
// classifier is tested on what a client really logs rather than on texts
// written by hand. Rerun it when Go, go-smtp or x/oauth2 is upgraded, and
// review the diff: a changed text is a classifier test to look at.
//
//	go run ./internal/tools/capture > testdata/errors/network.jsonl 2> /tmp/capture-types.txt
//
// A run takes about 25s. Its test checks, without running the cases, that
// every case has a fixture line and every go- fixture line a case.
//
// Each case starts its own server on the loopback interface (127.0.0.1, and
// [::1] for refused connections, where nothing listens) and states its id,
// class, reason, note and lookalike flag next to its code; text, code and
// enhanced come from the Go value (*smtp.SMTPError, *textproto.Error, the
// status of *oauth2.RetrieveError's response). Standard output gets one
// fixture line per case; standard error gets, per id, the chain of Go types
// behind the text. It exits 1 if a case returns no error or hangs.
//
// Nothing leaves the machine:
//   - every server (SMTP, TLS, HTTP token endpoint, DNS) listens on 127.0.0.1;
//   - every client dials an IP literal on loopback, except the DNS cases,
//     whose net.Resolver (PreferGo) always dials the fake DNS server on
//     127.0.0.1; the "on <server>" part of a DNS error still names the first
//     nameserver of /etc/resolv.conf, because that is what the resolver reports;
//   - looked-up names are under .invalid and .test;
//   - SSL_CERT_FILE points at a throw-away CA written by this program, so the
//     "system" roots trust only that CA (go-smtp SendMail needs it).
//
// Ports, addresses and times inside the texts change from run to run.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/textproto"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
	"golang.org/x/oauth2"
)

// ---------------------------------------------------------------------------
// Fixture output

type fixture struct {
	ID        string `json:"id"`
	Provider  string `json:"provider"`
	Protocol  string `json:"protocol"`
	Host      string `json:"host"`
	Code      int    `json:"code"`
	Enhanced  string `json:"enhanced"`
	Text      string `json:"text"`
	Class     string `json:"class"`
	Reason    string `json:"reason"`
	Source    string `json:"source"`
	Note      string `json:"note,omitempty"`
	Lookalike bool   `json:"lookalike,omitempty"`
}

// Package names used in `source`.
const (
	pkgNet     = "net"
	pkgTLS     = "crypto/tls"
	pkgCtx     = "context"
	pkgNetSMTP = "net/smtp"
	pkgGoSMTP  = "github.com/emersion/go-smtp"
	pkgSASL    = "github.com/emersion/go-sasl"
	pkgOAuth2  = "golang.org/x/oauth2"
	pkgHTTP    = "net/http"
)

type caseDef struct {
	name      string // case name; the fixture id is "go-" + name
	protocol  string // network, smtp, oauth
	pkg       string // package whose call returned the error
	class     string
	reason    string
	note      string
	lookalike bool
	run       func() error
}

var modVersions = map[string]string{}

func pkgWithVersion(p string) string {
	for mod, v := range modVersions {
		if p == mod || strings.HasPrefix(p, mod+"/") {
			return p + " " + v
		}
	}
	return p
}

func goVersion() string {
	return "Go " + strings.TrimPrefix(runtime.Version(), "go")
}

// codes derives `code` and `enhanced` from the Go value.
func codes(err error) (int, string) {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		enh := ""
		if se.EnhancedCode != smtp.NoEnhancedCode && se.EnhancedCode != (smtp.EnhancedCode{}) {
			enh = fmt.Sprintf("%d.%d.%d", se.EnhancedCode[0], se.EnhancedCode[1], se.EnhancedCode[2])
		}
		return se.Code, enh
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		enh := ""
		if f := strings.Fields(te.Msg); len(f) > 0 && len(strings.Split(f[0], ".")) == 3 {
			enh = f[0]
		}
		return te.Code, enh
	}
	var re *oauth2.RetrieveError
	if errors.As(err, &re) && re.Response != nil {
		return re.Response.StatusCode, ""
	}
	return 0, ""
}

func quietLog() *log.Logger { return log.New(io.Discard, "", 0) }

func main() {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			v := d.Version
			if d.Replace != nil {
				v = d.Replace.Version
			}
			modVersions[d.Path] = v
		}
	}
	dir, err := os.MkdirTemp("", "capture-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	ct := makeCerts(dir)
	// The "system" roots are read lazily, on first use: from now on they are
	// only the capture CA.
	os.Setenv("SSL_CERT_FILE", ct.caPEMPath)
	os.Setenv("SSL_CERT_DIR", dir)
	dnsAddr := startDNS()

	seen := map[string]bool{}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, c := range cases(ct, dnsAddr) {
		id := "go-" + c.name
		if seen[id] {
			fmt.Fprintf(os.Stderr, "DUPLICATE id %s\n", id)
			failed++
			continue
		}
		seen[id] = true
		done := make(chan error, 1)
		go func() { done <- c.run() }()
		var err error
		select {
		case err = <-done:
		case <-time.After(30 * time.Second):
			fmt.Fprintf(os.Stderr, "TIMEOUT case %s\n", c.name)
			failed++
			continue
		}
		if err == nil {
			fmt.Fprintf(os.Stderr, "NO ERROR case %s\n", c.name)
			failed++
			continue
		}
		code, enh := codes(err)
		note := c.note
		var se *smtp.SMTPError
		if errors.As(err, &se) && enh != "" && !strings.Contains(err.Error(), enh) {
			note += "; enhanced is SMTPError.EnhancedCode, which SMTPError.Error() does not print"
		}
		var te *textproto.Error
		if errors.As(err, &te) {
			note += "; textproto.Error.Error() prints the code, then the message quoted with %q"
		}
		var de *net.DNSError
		if errors.As(err, &de) && de.Server != "" {
			note += "; the server after 'on' is the first nameserver of /etc/resolv.conf, which the resolver names, but the query went to the fake DNS server on 127.0.0.1"
		}
		f := fixture{
			ID: id, Provider: "", Protocol: c.protocol, Host: "", Code: code, Enhanced: enh,
			Text: err.Error(), Class: c.class, Reason: c.reason,
			Source:    fmt.Sprintf("captured: %s %s, internal/tools/capture case %s", goVersion(), pkgWithVersion(c.pkg), c.name),
			Note:      note,
			Lookalike: c.lookalike,
		}
		if err := enc.Encode(f); err != nil {
			panic(err)
		}
		fmt.Fprintf(os.Stderr, "%s\t%s\n", id, typeChain(err))
	}
	cleanupMu.Lock()
	for i := len(cleanups) - 1; i >= 0; i-- {
		cleanups[i]()
	}
	cleanupMu.Unlock()
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "%d case(s) failed\n", failed)
		os.Exit(1)
	}
}

// cases lists every case, in the order of testdata/errors/network.jsonl.
func cases(ct *certs, dnsAddr string) []caseDef {
	var all []caseDef
	all = append(all, networkCases(ct, dnsAddr)...)
	all = append(all, tlsCases(ct)...)
	all = append(all, smtpCases(ct)...)
	return append(all, oauthCases(dnsAddr)...)
}
