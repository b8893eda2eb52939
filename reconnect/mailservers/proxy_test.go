package mailservers

import (
	"bufio"
	"bytes"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/reconnect/testertest"
	"github.com/stretchr/testify/require"
)

// proto tells a STARTTLS-stripping proxy how to read one protocol.
type proto struct {
	// filter returns a server line (without CRLF) with STARTTLS removed,
	// and whether to pass it on at all.
	filter func(line string) (string, bool)
	// refuse returns the proxy's own reply to a client line that asks for
	// STARTTLS, or "" to pass the line on.
	refuse func(line string) string
}

// smtpProto drops "250-STARTTLS" from EHLO replies and answers STARTTLS with
// 502 (RFC 5321 section 4.2.4: command not implemented).
var smtpProto = proto{
	filter: func(l string) (string, bool) {
		return l, !(len(l) > 4 && strings.HasPrefix(l, "250") && strings.EqualFold(strings.TrimSpace(l[4:]), "STARTTLS"))
	},
	refuse: func(l string) string {
		if strings.EqualFold(strings.TrimSpace(l), "STARTTLS") {
			return "502 5.5.1 Command not implemented"
		}
		return ""
	},
}

// imapProto removes the STARTTLS capability from greetings and CAPABILITY
// replies and answers STARTTLS with BAD, as Dovecot does with ssl = no.
var imapProto = proto{
	filter: func(l string) (string, bool) { return strings.ReplaceAll(l, " STARTTLS", ""), true },
	refuse: func(l string) string {
		if f := strings.Fields(l); len(f) == 2 && strings.EqualFold(f[1], "STARTTLS") {
			return f[0] + " BAD TLS support isn't enabled."
		}
		return ""
	},
}

// recorder keeps the bytes a fake server or a proxy received from clients.
type recorder struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (r *recorder) add(p []byte) {
	r.mu.Lock()
	r.buf.Write(p)
	r.mu.Unlock()
}

func (r *recorder) seen() []byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	return bytes.Clone(r.buf.Bytes())
}

// stripper is a man in the middle that removes STARTTLS.
type stripper struct {
	recorder
	addr string
}

// stripStartTLS starts a proxy on 127.0.0.1 to upstream that strips
// STARTTLS as p says. It stops when the test ends.
func stripStartTLS(t *testing.T, upstream string, p proto) *stripper {
	t.Helper()
	sp := &stripper{}
	sp.addr = serve(t, func(c net.Conn) { sp.relay(c, upstream, p) })
	return sp
}

func (sp *stripper) relay(client net.Conn, upstream string, p proto) {
	server, err := net.DialTimeout("tcp", upstream, 5*time.Second)
	if err != nil {
		return
	}
	defer server.Close()
	var wmu sync.Mutex // writes to client
	write := func(s string) {
		wmu.Lock()
		defer wmu.Unlock()
		_, _ = client.Write([]byte(s + "\r\n"))
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer client.Close()
		r := bufio.NewReader(server)
		for {
			line, err := r.ReadString('\n')
			if line != "" {
				if out, keep := p.filter(strings.TrimRight(line, "\r\n")); keep {
					write(out)
				}
			}
			if err != nil {
				return
			}
		}
	}()
	r := bufio.NewReader(client)
	for {
		line, err := r.ReadString('\n')
		sp.add([]byte(line))
		if err != nil {
			break
		}
		if reply := p.refuse(strings.TrimRight(line, "\r\n")); reply != "" {
			write(reply)
			continue
		}
		if _, err := server.Write([]byte(line)); err != nil {
			break
		}
	}
	_ = server.Close()
	<-done
}

// silentServer starts a listener on 127.0.0.1 that accepts connections and
// never writes a byte. It returns its address and what clients sent.
func silentServer(t *testing.T) (string, *recorder) {
	t.Helper()
	rec := &recorder{}
	addr := serve(t, func(c net.Conn) {
		buf := make([]byte, 4096)
		for {
			n, err := c.Read(buf)
			rec.add(buf[:n])
			if err != nil {
				return
			}
		}
	})
	return addr, rec
}

// stoppedServer returns an address on 127.0.0.1 where nothing listens: a
// port that was just listened on and closed.
func stoppedServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	return addr
}

// serve accepts connections on 127.0.0.1 and hands each to handle, until the
// test ends; connections still open then are closed.
func serve(t *testing.T, handle func(net.Conn)) string {
	t.Helper()
	return testertest.Serve(t, handle).String()
}

// waitForLog waits up to 10 seconds for needle to appear in the log file (the
// servers write it from their own processes) and returns the log.
func waitForLog(t *testing.T, file, needle string) []byte {
	t.Helper()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	timeout := time.After(10 * time.Second)
	for {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		if bytes.Contains(data, []byte(needle)) {
			return data
		}
		select {
		case <-tick.C:
		case <-timeout:
			require.FailNow(t, "the server log never showed the canary", "log %s", file)
		}
	}
}
