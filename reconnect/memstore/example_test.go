package memstore_test

import (
	"context"
	"fmt"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
)

func ExampleStore() {
	ctx := context.Background()
	var s memstore.Store // the zero Store is ready to use
	r, _ := s.Put(ctx, reconnect.Record{Workspace: "acme", Mailbox: reconnect.Mailbox{ID: "mb_42", Status: reconnect.StatusActive}})
	fmt.Println(r.ID, r.Version)

	r.Status = reconnect.StatusNeedsReauth
	r, _ = s.Put(ctx, r, reconnect.Event{Kind: reconnect.EventFlagged})
	_, err := s.Put(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb_42"}, Version: 1}) // a stale write
	fmt.Println(r.Version, err)

	n, _ := s.Count(ctx, reconnect.Filter{Workspace: "acme", NeedsReconnect: true})
	h, _ := s.History(ctx, "mb_42")
	fmt.Println(n, len(h), h[0].Seq, h[0].Kind)
	// Output:
	// mb_42 1
	// 2 reconnect: record changed concurrently
	// 1 1 1 flagged
}
