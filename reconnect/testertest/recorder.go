package testertest

import (
	"bytes"
	"net"
	"sync"
)

// Recorder is a net.Listener that keeps every byte its connections receive
// (the raw bytes: ciphertext under TLS), so a harness can hand them to
// [Setup.Received]. Set Listener before serving on it. A Recorder is safe for
// concurrent use.
type Recorder struct {
	net.Listener
	mu  sync.Mutex
	buf bytes.Buffer
}

// Accept accepts a connection whose reads are recorded.
func (r *Recorder) Accept() (net.Conn, error) {
	c, err := r.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &recordedConn{Conn: c, r: r}, nil
}

// Bytes returns a copy of everything recorded so far.
func (r *Recorder) Bytes() []byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	return bytes.Clone(r.buf.Bytes())
}

// Keep records b followed by a line break, for what a server decodes itself
// (a command it parsed, a token it was sent). A nil Recorder keeps nothing.
func (r *Recorder) Keep(b []byte) {
	if r == nil {
		return
	}
	r.mu.Lock()
	r.buf.Write(b)
	r.buf.WriteByte('\n')
	r.mu.Unlock()
}

type recordedConn struct {
	net.Conn
	r *Recorder
}

func (c *recordedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.r.mu.Lock()
	c.r.buf.Write(p[:n])
	c.r.mu.Unlock()
	return n, err
}
