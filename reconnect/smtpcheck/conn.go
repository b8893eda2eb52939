package smtpcheck

import (
	"net"
)

// clientConn is what go-smtp's Client talks through, above TLS. It serves a
// replayed greeting first (after a STARTTLS this package performed itself,
// see [run.startTLS]), and it keeps go-smtp from cancelling an AUTH exchange
// the server has already ended.
//
// go-smtp's Client.Auth (github.com/emersion/go-smtp v0.25.1 client.go line
// 404, line 421 in v0.26.0) sends "*" whenever the exchange ends in an
// error, the server's own final reply included: after "535 5.7.8" it writes
// "*", which the server reads as a new command (Postfix logs "non-SMTP
// command"). RFC 4954 section 4 has the client send "*" only in answer to a
// 334 challenge it cannot answer; after a final reply there is nothing to
// cancel (reported upstream as github.com/emersion/go-smtp/issues/316).
// clientConn therefore watches the replies go-smtp reads: a "*" written when
// the last reply was final (any code but 334) is not sent, and go-smtp,
// which waits for an answer to it and then discards it, gets a local 501.
// A "*" in answer to a 334 challenge goes to the server as it should.
//
// Read and Write are called by go-smtp's one goroutine; Close may be called
// at any time.
type clientConn struct {
	net.Conn
	prefix []byte // served before the connection's bytes
	line   []byte // the first bytes of the reply line being read, at most 4
	final  bool   // the last line read ended a reply other than 334
}

// answered is the reply served in place of the server's to a "*" not sent.
const answered = "501 5.5.0 cancel not sent: the server had ended the exchange\r\n"

func (c *clientConn) Read(p []byte) (int, error) {
	var n int
	var err error
	if len(c.prefix) > 0 {
		n = copy(p, c.prefix)
		c.prefix = c.prefix[n:]
	} else {
		n, err = c.Conn.Read(p)
	}
	c.watch(p[:n])
	return n, err
}

// watch follows the reply lines in b: "334 ..." asks for an answer; a line
// whose fourth byte is a space (or that has only a code) ends a reply.
func (c *clientConn) watch(b []byte) {
	for _, ch := range b {
		if ch != '\n' {
			c.final = false
			if len(c.line) < 4 {
				c.line = append(c.line, ch)
			}
			continue
		}
		l := c.line
		c.final = len(l) >= 3 && string(l[:3]) != "334" && (len(l) == 3 || l[3] == ' ' || l[3] == '\r')
		c.line = c.line[:0]
	}
}

func (c *clientConn) Write(p []byte) (int, error) {
	if c.final && string(p) == "*\r\n" {
		c.final = false
		c.prefix = append(c.prefix, answered...)
		return len(p), nil
	}
	return c.Conn.Write(p)
}
