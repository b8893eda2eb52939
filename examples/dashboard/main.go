// Command dashboard is an example application over the mailreconnect library:
// a workspace's mailboxes with the Reconnect required banner and badges, each
// mailbox's plan, holds and history, and the actions that reconnect it. It
// runs entirely on this machine, with local provider-like mail servers, and
// listens on 127.0.0.1.
//
//	cd examples/dashboard && go run .
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/mailreconnect/sdk/examples/dashboard/app"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "listen address (keep it on loopback)")
	dir := flag.String("dir", "", "database directory (default: a new temporary directory, removed on exit)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	a, err := app.Start(ctx, app.Config{Addr: *addr, Dir: *dir})
	if err != nil {
		fmt.Fprintln(os.Stderr, "dashboard:", err)
		os.Exit(1)
	}
	fmt.Println("Dashboard:", a.URL)
	fmt.Println("Press Ctrl+C to stop.")
	<-ctx.Done()
	if err := a.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "dashboard:", err)
		os.Exit(1)
	}
}
