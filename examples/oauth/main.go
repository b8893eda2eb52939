// Command oauth runs the OAuth re-grant ("Reconnect with Microsoft") round
// trip locally: an in-process OpenID provider (zitadel/oidc), a mail server
// taking XOAUTH2 logins, and an application using package regrant, all on
// 127.0.0.1, printing each step.
//
//	go run .                      # the round trip
//	go run . -url ana@outlook.com                        # Start's authorization URL parameters
//	go run . -url ana@contoso.com -provider microsoft365 # a custom domain
//	go run . -url ana@contoso.com -provider microsoft365 -tenant 0b6a1b8c-8f1d-4c47-9f0e-2d1d8a3c1e55
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mailreconnect/sdk/examples/oauth/devop"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/regrant"
)

func main() {
	addr := flag.String("url", "", "print the authorization URL parameters Start builds for this address, and exit")
	prov := flag.String("provider", "", "with -url: the provider ID (microsoft365, gmail, ...) when the address alone does not tell (a custom domain)")
	tenant := flag.String("tenant", "", "with -url: the Microsoft 365 mailbox's tenant (ID or verified domain), when known")
	flag.Parse()
	var err error
	if *addr != "" {
		err = printURL(os.Stdout, urlRequest{Email: *addr, Provider: provider.ID(*prov), Tenant: *tenant})
	} else {
		err = demo(context.Background(), os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "oauth:", err)
		os.Exit(1)
	}
}

// urlRequest is what -url prints the authorization URL for. Rand and Now
// default to crypto/rand and time.Now; tests fix them for golden output.
type urlRequest struct {
	Email    string
	Provider provider.ID // "" to detect it from the address
	Tenant   string      // Microsoft 365 tenant, "" when unknown
	Rand     io.Reader
	Now      func() time.Time
}

// printURL prints, one per line, the parameters of the authorization URL
// for a mailbox at req.Email, its provider detected from the address alone
// (no DNS) unless req.Provider names it.
func printURL(w io.Writer, req urlRequest) error {
	addr := req.Email
	d, _ := provider.Detect(context.Background(), provider.Mailbox{Email: addr}, nil)
	if req.Provider != "" {
		d.ID = req.Provider
	}
	store := memstore.New()
	flow, err := regrant.New(reconnect.New(store, nil), store, &regrant.Options{
		Key:         []byte("example key: 32 bytes or longer!"),
		RedirectURL: "https://app.example.com/oauth/callback",
		Apps: func(provider.ID) (regrant.App, error) {
			return regrant.App{ClientID: "example-client-id"}, nil
		},
		Tenant: func(reconnect.Record) string { return req.Tenant },
		Rand:   req.Rand,
		Now:    req.Now,
	})
	if err != nil {
		return err
	}
	s, err := flow.Start(context.Background(), reconnect.Record{
		Mailbox: reconnect.Mailbox{ID: "example", Email: addr}, Provider: d.ID}, "")
	if err != nil {
		return fmt.Errorf("provider %s (set -provider for a custom domain): %w", d.ID, err)
	}
	fmt.Fprintln(w, "provider="+string(d.ID))
	fmt.Fprintln(w, regrant.AuthParams(s.URL))
	return nil
}

// demo runs the round trip for a flagged Microsoft 365 mailbox.
func demo(ctx context.Context, w io.Writer) error {
	const owner = "ana@contoso.com"
	r, err := newRig(owner, "bob@contoso.com")
	if err != nil {
		return err
	}
	defer r.Close()
	fmt.Fprintf(w, "1. provider (zitadel/oidc OP) at %s, XOAUTH2 mail server at %s\n", r.op.Issuer, r.mail.Addr)
	rec := reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb_42", Email: owner, SMTPHost: "smtp.office365.com"},
		Workspace: "ws_1", Provider: provider.Microsoft365}
	if err := r.addFlagged(ctx, rec); err != nil {
		return err
	}
	got, _ := r.store.Get(ctx, rec.ID)
	fmt.Fprintf(w, "2. mailbox %s flagged: status %s, reason %s\n", rec.ID, got.Status, got.Flag.Reason)

	r.op.Set(devop.Behaviour{SignInAs: "bob@contoso.com"})
	res, err := r.reconnect(rec.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "3. signed in with the wrong account: %s\n   %s\n", res.Outcome, res.Message)

	r.op.Set(devop.Behaviour{})
	res, err = r.reconnect(rec.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "4. signed in as %s: %s\n   %s\n", res.Account, res.Outcome, res.Message)
	fmt.Fprintf(w, "5. the mail server accepted an XOAUTH2 login for %s\n", <-r.mail.Logins())
	got, _ = r.store.Get(ctx, rec.ID)
	fmt.Fprintf(w, "6. mailbox %s: status %q, flagged %v, method %s, refresh token stored %v\n",
		rec.ID, got.Status, got.Flagged(), got.AuthMethod, !r.vault.Get(rec.ID).RefreshToken.IsZero())
	return nil
}
