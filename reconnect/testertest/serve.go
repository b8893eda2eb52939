package testertest

import (
	"net"
	"sync"
	"testing"
)

// Serve listens on 127.0.0.1, hands each connection to handle in its own
// goroutine until the test ends, and returns the listener's address. At the
// end of the test the listener and every connection still open are closed,
// and Serve's cleanup waits for the handlers to return. It is the raw server
// a Harness (or any tester test) builds scripted or silent servers on.
func Serve(t testing.TB, handle func(net.Conn)) *net.TCPAddr {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("testertest: listening on 127.0.0.1: %v", err)
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		conns []net.Conn
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				handle(c)
			}()
		}
	}()
	t.Cleanup(func() {
		_ = ln.Close()
		mu.Lock()
		for _, c := range conns {
			_ = c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	return ln.Addr().(*net.TCPAddr)
}
