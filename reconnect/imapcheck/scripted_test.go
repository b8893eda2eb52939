package imapcheck_test

import (
	"bufio"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// script is a tiny IMAP server over TLS that speaks just enough for one
// scenario: greeting, CAPABILITY, LOGIN, AUTHENTICATE XOAUTH2, ID, SELECT,
// EXAMINE, NOOP and LOGOUT.
type script struct {
	user, pass string
	token      string // valid XOAUTH2 token; a bad one gets the error challenge and a strict check of the empty reply
	silent     bool   // never greet (the connection stays open)
	requireID  bool   // NetEase: SELECT fails with "Unsafe Login" until ID was sent
	loginNo    string // if set, LOGIN answers "NO <loginNo>" (the text may echo the password)

	accepted atomic.Int32  // connections accepted
	ids      atomic.Int32  // ID commands received
	mu       sync.Mutex    // guards lastCmds
	lastCmds []string      // command names of the last session
	hold     chan struct{} // closed at cleanup, releases silent sessions
}

// start serves the script over TLS on 127.0.0.1 and returns its endpoint.
func (s *script) start(t *testing.T, p pki) reconnect.Endpoint {
	t.Helper()
	ln := listen(t)
	s.hold = make(chan struct{})
	var wg sync.WaitGroup
	t.Cleanup(func() {
		close(s.hold)
		ln.Close()
		wg.Wait()
	})
	tl := tls.NewListener(ln, p.serverConfig())
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := tl.Accept()
			if err != nil {
				return
			}
			s.accepted.Add(1)
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				s.serve(c)
			}()
		}
	}()
	return reconnect.Endpoint{Host: "127.0.0.1", Port: port(ln), Security: provider.ImplicitTLS}
}

func (s *script) serve(c net.Conn) {
	if s.silent {
		// Finish the TLS handshake, then say nothing.
		_ = c.(*tls.Conn).Handshake()
		<-s.hold
		return
	}
	r := bufio.NewReader(c)
	w := func(format string, args ...any) { fmt.Fprintf(c, format+"\r\n", args...) }
	w("* OK Coremail System IMap Server Ready")
	var cmds []string
	idSent, loggedIn := false, false
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		tag, rest, _ := strings.Cut(strings.TrimRight(line, "\r\n"), " ")
		name, args, _ := strings.Cut(rest, " ")
		name = strings.ToUpper(name)
		cmds = append(cmds, name)
		// Saved before the reply is written: a client that has the reply
		// (LOGOUT's, at the end of a test) finds its command saved.
		s.mu.Lock()
		s.lastCmds = slices.Clone(cmds)
		s.mu.Unlock()
		switch name {
		case "CAPABILITY":
			w("* CAPABILITY IMAP4rev1 ID AUTH=XOAUTH2 SASL-IR")
			w("%s OK CAPABILITY completed", tag)
		case "NOOP":
			w("%s OK NOOP completed", tag)
		case "LOGIN":
			f := fields(args)
			switch {
			case s.loginNo != "":
				w("%s NO %s", tag, s.loginNo)
			case len(f) == 2 && f[0] == s.user && f[1] == s.pass:
				loggedIn = true
				w("%s OK LOGIN completed", tag)
			default:
				w("%s NO [AUTHENTICATIONFAILED] LOGIN Login error password error", tag)
			}
		case "AUTHENTICATE":
			mech, ir, _ := strings.Cut(args, " ")
			if !strings.EqualFold(mech, "XOAUTH2") {
				w("%s NO unsupported mechanism", tag)
				continue
			}
			if ir == "" {
				w("+ ")
				if ir, err = r.ReadString('\n'); err != nil {
					return
				}
				ir = strings.TrimRight(ir, "\r\n")
			}
			b, _ := base64.StdEncoding.DecodeString(ir)
			if want := "user=" + s.user + "\x01auth=Bearer " + s.token + "\x01\x01"; string(b) == want {
				loggedIn = true
				w("%s OK AUTHENTICATE completed", tag)
				continue
			}
			w("+ %s", base64.StdEncoding.EncodeToString([]byte(`{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}`)))
			reply, err := r.ReadString('\n')
			if err != nil {
				return
			}
			if reply != "\r\n" { // strict, as Dovecot: "=" is not valid here
				w("%s BAD Invalid base64 data in continued response", tag)
				continue
			}
			w("%s NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", tag)
		case "ID":
			idSent = true
			s.ids.Add(1)
			w(`* ID ("name" "Coremail Imap" "vendor" "Mailtech")`)
			w("%s OK ID completed", tag)
		case "SELECT", "EXAMINE":
			switch {
			case !loggedIn:
				w("%s BAD not logged in", tag)
			case s.requireID && !idSent:
				w("%s NO SELECT Unsafe Login. Please contact kefu@188.com for help", tag)
			default:
				w("* 0 EXISTS")
				w(`* FLAGS (\Answered \Seen \Deleted \Draft \Flagged)`)
				w("%s OK [READ-WRITE] %s completed", tag, name)
			}
		case "LOGOUT":
			w("* BYE IMAP4rev1 Server logging out")
			w("%s OK LOGOUT completed", tag)
			return
		default:
			w("%s BAD command not supported", tag)
		}
	}
}

// commands returns the command names of the latest session, as far as the
// server has answered them.
func (s *script) commands() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.lastCmds...)
}

// fields splits IMAP arguments: atoms and quoted strings with \" and \\.
func fields(s string) []string {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '"' {
			f, rest, _ := strings.Cut(s, " ")
			out, s = append(out, f), rest
			continue
		}
		var b strings.Builder
		i := 1
		for ; i < len(s) && s[i] != '"'; i++ {
			if s[i] == '\\' && i+1 < len(s) {
				i++
			}
			b.WriteByte(s[i])
		}
		out, s = append(out, b.String()), s[min(i+1, len(s)):]
	}
	return out
}
