package imapcheck

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync/atomic"

	"github.com/emersion/go-imap/v2"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
)

// clientConn is what imapclient talks through, above TLS. It serves a replayed
// greeting first (after STARTTLS, which we perform ourselves), and it sends an
// empty SASL response as an empty line. imapclient v2.0.0-beta.8 writes an
// empty continuation response as "=", which is valid only for an initial
// response (RFC 4959) and which strict servers reject
// (github.com/emersion/go-imap/issues/760).
type clientConn struct {
	net.Conn
	prefix     []byte      // read before the connection; only the reading goroutine touches it
	emptyReply atomic.Bool // the next write of "=\r\n" is an empty SASL response
}

func (c *clientConn) Read(p []byte) (int, error) {
	if len(c.prefix) > 0 {
		n := copy(p, c.prefix)
		c.prefix = c.prefix[n:]
		return n, nil
	}
	return c.Conn.Read(p)
}

func (c *clientConn) Write(p []byte) (int, error) {
	if c.emptyReply.CompareAndSwap(true, false) && string(p) == "=\r\n" {
		if _, err := c.Conn.Write([]byte("\r\n")); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return c.Conn.Write(p)
}

// connect dials ep and secures the connection as ep.Security says. The
// returned connection is ready for imapclient.New: with STARTTLS the command
// has been sent and the handshake done, and a neutral greeting is replayed.
// Closing the returned wire.Conn ends everything.
func (t *Tester) connect(ctx context.Context, a *attempt) (*clientConn, *wire.Conn, *Error) {
	ep := a.ep
	dc, err := wire.Dial(ctx, t.o.Dial, ep.String())
	if err != nil {
		return nil, nil, a.fail(ctx, StepDial, err)
	}
	var conn net.Conn = dc
	var prefix []byte
	switch ep.Security {
	case provider.ImplicitTLS:
		tc := tls.Client(dc, t.tlsConfig(ep.Host))
		if err := tc.HandshakeContext(ctx); err != nil {
			dc.Close()
			return nil, nil, a.fail(ctx, StepTLS, err)
		}
		conn = tc
	case provider.StartTLS:
		tc, step, err := t.startTLS(ctx, dc, ep.Host)
		if err != nil {
			dc.Close()
			return nil, nil, a.fail(ctx, step, err)
		}
		conn, prefix = tc, []byte("* OK TLS established\r\n")
	}
	return &clientConn{Conn: conn, prefix: prefix}, dc, nil
}

// tlsConfig returns a copy of Options.TLSConfig for host.
func (t *Tester) tlsConfig(host string) *tls.Config {
	return wire.TLSConfig(t.o.TLSConfig, host, "imap") // ALPN "imap", as imapclient.DialTLS sends
}

// maxLine bounds a server line read before TLS.
const maxLine = 8 << 10

// startTLS reads the greeting, sends STARTTLS (RFC 9051 6.2.1) and performs the
// handshake. It refuses PREAUTH on a connection that is not yet encrypted,
// and refuses bytes the server sent after its OK in plain text, which would
// otherwise be read as if they came over TLS (a command injection).
func (t *Tester) startTLS(ctx context.Context, conn net.Conn, host string) (*tls.Conn, Step, error) {
	br := bufio.NewReaderSize(conn, maxLine)
	line, err := readLine(br)
	if err != nil {
		return nil, StepGreeting, err
	}
	typ, code, text := parseStatus(strings.TrimPrefix(line, "* "))
	switch {
	case !strings.HasPrefix(line, "* "):
		return nil, StepGreeting, fmt.Errorf("imapcheck: malformed greeting %q", wire.Truncate(line))
	case typ == "PREAUTH":
		return nil, StepGreeting, errors.New("imapcheck: the server sent PREAUTH on an unencrypted connection")
	case typ != "OK":
		return nil, StepGreeting, &imap.Error{Type: imap.StatusResponseType(typ), Code: imap.ResponseCode(code), Text: text}
	}
	if _, err := conn.Write([]byte("S1 STARTTLS\r\n")); err != nil {
		return nil, StepStartTLS, err
	}
	for {
		line, err := readLine(br)
		if err != nil {
			return nil, StepStartTLS, err
		}
		if strings.HasPrefix(line, "* ") {
			continue // untagged data, such as CAPABILITY
		}
		rest, ok := strings.CutPrefix(line, "S1 ")
		if !ok {
			return nil, StepStartTLS, fmt.Errorf("imapcheck: unexpected response to STARTTLS %q", wire.Truncate(line))
		}
		typ, code, text := parseStatus(rest)
		switch typ {
		case "OK":
		case "BAD": // "STARTTLS unknown" (RFC 9051 section 6.2.1); Dovecot: "TLS support isn't enabled."
			return nil, StepStartTLS, fmt.Errorf("%w (the server answered %w)", ErrStartTLSUnsupported,
				&imap.Error{Type: imap.StatusResponseTypeBad, Code: imap.ResponseCode(code), Text: text})
		default:
			return nil, StepStartTLS, &imap.Error{Type: imap.StatusResponseType(typ), Code: imap.ResponseCode(code), Text: text}
		}
		break
	}
	if br.Buffered() > 0 {
		return nil, StepStartTLS, errors.New("imapcheck: the server sent data after its STARTTLS reply in plain text")
	}
	tc := tls.Client(conn, t.tlsConfig(host))
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, StepTLS, err
	}
	return tc, "", nil
}

// readLine reads one CRLF-terminated line without its line ending.
func readLine(br *bufio.Reader) (string, error) {
	b, err := br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		return "", errors.New("imapcheck: server line too long")
	}
	if err != nil {
		return "", err
	}
	return string(bytes.TrimRight(b, "\r\n")), nil
}

// parseStatus splits `OK [CODE args] text` into its type, code and text.
func parseStatus(s string) (typ, code, text string) {
	typ, text, _ = strings.Cut(s, " ")
	typ = strings.ToUpper(typ)
	if strings.HasPrefix(text, "[") {
		if i := strings.IndexByte(text, ']'); i > 0 {
			code, _, _ = strings.Cut(text[1:i], " ")
			text = strings.TrimSpace(text[i+1:])
		}
	}
	return typ, strings.ToUpper(code), text
}
