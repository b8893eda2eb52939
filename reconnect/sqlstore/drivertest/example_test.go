package drivertest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/recheck"
	"github.com/mailreconnect/sdk/reconnect/sqlstore"
	_ "modernc.org/sqlite" // the program's choice of SQLite driver
)

func Example_openSQLite() {
	dir, _ := os.MkdirTemp("", "sqlstore-example")
	defer os.RemoveAll(dir)
	ctx := context.Background()

	store, err := sqlstore.OpenSQLite(ctx, filepath.Join(dir, "reconnect.db"), nil)
	if err != nil {
		panic(err)
	}
	defer store.Close()

	m := reconnect.New(store, nil)
	_, err = m.Register(ctx, reconnect.Record{Workspace: "acme", Provider: provider.Gmail,
		Mailbox: reconnect.Mailbox{ID: "mb_1", Email: "ana@gmail.com", SMTPHost: "smtp.gmail.com", Status: reconnect.StatusActive}})
	if err != nil {
		panic(err)
	}
	out, err := m.ReportFailureText(ctx, "mb_1", reconnect.SourceSend,
		"535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8 https://support.google.com/mail/?p=BadCredentials")
	if err != nil {
		panic(err)
	}
	fmt.Println(out.Flagged, out.Record.Flag.Reason)

	n, _ := store.Count(ctx, reconnect.Filter{Workspace: "acme", NeedsReconnect: true})
	fmt.Println(n, "mailbox needs reconnecting in acme")
	history, _ := store.History(ctx, "mb_1")
	fmt.Println(history[0].Kind)
	// Output:
	// true auth_failure
	// 1 mailbox needs reconnecting in acme
	// flagged
}

// A Runner of each application instance shares the health checks through the
// store: give each Runner a Holder unique per instance, and it leases its
// share of the flagged mailboxes through the store (a reconnect.Leaser).
func Example_claim() {
	dir, _ := os.MkdirTemp("", "sqlstore-example")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	store, err := sqlstore.OpenSQLite(ctx, filepath.Join(dir, "reconnect.db"), nil)
	if err != nil {
		panic(err)
	}
	defer store.Close()

	hostname, _ := os.Hostname()
	runner := &recheck.Runner{
		Scheduler: recheck.New(nil),
		Store:     store,
		Holder:    fmt.Sprintf("%s/%d", hostname, os.Getpid()),
		LeaseTTL:  30 * time.Second,
		// Machine and Credentials as in package recheck.
	}
	_ = runner // go runner.Run(ctx)

	leased, _ := store.Claim(ctx, runner.Holder, time.Now(), runner.LeaseTTL, 1000)
	fmt.Println(len(leased), "mailboxes leased")
	// Output: 0 mailboxes leased
}
