package smtpcheck

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"net"
	"net/textproto"
	"os"
	"strconv"
	"strings"

	"github.com/emersion/go-smtp"
)

// maxLine bounds a reply line read before TLS (RFC 5321 section 4.5.3.1.5
// allows 512 octets; servers send more in EHLO lists).
const maxLine = 8 << 10

// replayedGreeting is what go-smtp reads first after a STARTTLS done here: the
// server sends no second greeting (RFC 3207 section 4.2), but go-smtp's Client
// waits for one before its EHLO.
const replayedGreeting = "220 TLS established\r\n"

// startTLS speaks the plain-text part of a STARTTLS session itself: greeting,
// EHLO with name, STARTTLS (RFC 3207), then the TLS handshake. go-smtp's
// NewClientStartTLS says "EHLO localhost" whatever name is wanted (its
// Client.Hello cannot be called before it, and v0.26.0 exports no StartTLS on
// an existing client), and a server with a policy on HELO names (Postfix's
// reject_non_fqdn_helo_hostname) then refuses the session. The returned
// connection replays a greeting, so a go-smtp Client can say EHLO again over
// TLS, as RFC 3207 section 4.2 requires.
//
// Bytes the server sent after its 220 in plain text are refused: they would
// otherwise be read as if they came over TLS (a command injection).
func (r *run) startTLS(ctx context.Context, conn net.Conn, name string, cfg *tls.Config) (*clientConn, Step, error) {
	br := bufio.NewReaderSize(conn, maxLine)
	tp := textproto.NewReader(br)
	if _, _, err := tp.ReadResponse(220); err != nil {
		return nil, StepStartTLS, replyError(err)
	}
	if _, err := conn.Write([]byte("EHLO " + name + "\r\n")); err != nil {
		return nil, StepStartTLS, err
	}
	_, msg, err := tp.ReadResponse(250)
	if err != nil {
		var te *textproto.Error
		if errors.As(err, &te) && (te.Code == 500 || te.Code == 502) {
			// No ESMTP, so no STARTTLS (RFC 3207 section 4).
			return nil, StepStartTLS, ErrStartTLSUnsupported
		}
		return nil, StepStartTLS, replyError(err)
	}
	if !hasExtension(msg, "STARTTLS") {
		return nil, StepStartTLS, ErrStartTLSUnsupported
	}
	if _, err := conn.Write([]byte("STARTTLS\r\n")); err != nil {
		return nil, StepStartTLS, err
	}
	if _, _, err := tp.ReadResponse(220); err != nil {
		return nil, StepStartTLS, replyError(err)
	}
	if br.Buffered() > 0 {
		return nil, StepStartTLS, errors.New("smtpcheck: the server sent data after its STARTTLS reply in plain text")
	}
	tc := tls.Client(conn, cfg)
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, StepTLS, err
	}
	return &clientConn{Conn: tc, prefix: []byte(replayedGreeting)}, "", nil
}

// hasExtension reports whether an EHLO reply (its lines joined by "\n", the
// first being the greeting) lists ext.
func hasExtension(msg, ext string) bool {
	lines := strings.Split(msg, "\n")
	for _, l := range lines[1:] {
		if f := strings.Fields(l); len(f) > 0 && strings.EqualFold(f[0], ext) {
			return true
		}
	}
	return false
}

// replyError turns a *textproto.Error into the *smtp.SMTPError go-smtp would
// return for it, enhanced code parsed, so every reply reaches classify the
// same way. Other errors are returned as they are.
func replyError(err error) error {
	var te *textproto.Error
	if !errors.As(err, &te) {
		return err
	}
	se := &smtp.SMTPError{Code: te.Code, Message: te.Msg}
	if code, rest, ok := strings.Cut(te.Msg, " "); ok {
		if parts := strings.Split(code, "."); len(parts) == 3 {
			var ec smtp.EnhancedCode
			valid := true
			for i, p := range parts {
				n, err := strconv.Atoi(p)
				if err != nil {
					valid = false
					break
				}
				ec[i] = n
			}
			if valid {
				se.EnhancedCode, se.Message = ec, rest
			}
		}
	}
	return se
}

// oneWord reports whether s can stand as an EHLO argument: no space, no
// control character.
func oneWord(s string) bool {
	return !strings.ContainsFunc(s, func(c rune) bool { return c <= ' ' || c == 0x7f })
}

// localName is the name given in every EHLO and HELO: Options.LocalName
// (checked by test before dialing), or [DefaultLocalName] for the machine's
// name and the connection's local address.
func (r *run) localName(local net.Addr) string {
	if n := r.t.o.LocalName; n != "" {
		return n
	}
	host, _ := os.Hostname()
	return DefaultLocalName(host, local)
}

// DefaultLocalName is the EHLO name a Tester gives when [Options.LocalName]
// is empty: hostname (the machine's, from os.Hostname) when it is a domain
// name with a dot, else the address literal of the connection's local end,
// "[192.0.2.7]" or "[IPv6:2001:db8::7]", as RFC 5321 section 4.1.4 asks of a
// client with no meaningful name ("[127.0.0.1]" when local is not a TCP
// address, as through a custom Options.Dial). Never "localhost", which servers with a
// policy on HELO names refuse (Postfix's reject_non_fqdn_helo_hostname).
func DefaultLocalName(hostname string, local net.Addr) string {
	hostname = strings.TrimSuffix(hostname, ".")
	if strings.Contains(hostname, ".") && oneWord(hostname) {
		return hostname
	}
	var ip net.IP
	if a, ok := local.(*net.TCPAddr); ok {
		ip = a.IP
	}
	switch {
	case ip == nil:
		return "[127.0.0.1]"
	case ip.To4() != nil:
		return "[" + ip.To4().String() + "]"
	default:
		return "[IPv6:" + ip.String() + "]"
	}
}
