// Command readme runs the Machine snippet of the repository's README.md, which
// shows the function reconnectMailbox below verbatim (the test in this package
// checks that it still does). The host application around it is a stand-in:
// hooks that print what they are asked to hold and release, an in-memory vault,
// and a tester that accepts one app password and otherwise answers with Gmail's
// reply to rejected credentials.
//
//	go run ./examples/readme
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
)

// badCredentials is Gmail's reply to a rejected password, as a client logged
// it in github.com/dawidd6/action-send-mail issue 205.
var badCredentials = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
	Message: "Username and Password not accepted. For more information, go to\nhttps://support.google.com/mail/?p=BadCredentials - gsmtp"}

func main() {
	h := newHost(os.Stdout, "abcd efgh ijkl mnop")
	err := reconnectMailbox(context.Background(), os.Stdout, h, badCredentials, "abcd efgh ijkl mnop")
	if err != nil {
		fmt.Fprintln(os.Stderr, "readme:", err)
		os.Exit(1)
	}
}

// readme:begin

// reconnectMailbox registers a mailbox, reports the failure the send pipeline
// saw, and saves the owner's new app password.
func reconnectMailbox(ctx context.Context, w io.Writer, h *host, sendErr error, newPassword string) error {
	m := reconnect.New(memstore.New(), &reconnect.Options{
		Warmup: h.Warmup, PeerPool: h.PeerPool, Campaigns: h.Campaigns, InboxSync: h.InboxSync, // your hooks
		Tester: h.Tester, Vault: h.Vault,
		OnEvent: func(e reconnect.Event) { fmt.Fprintln(w, "event:", e.Kind) }, // update your UI
	})
	// A mailbox must be registered before anything is reported about it;
	// reports about an unknown ID return reconnect.ErrNotFound.
	if _, err := m.Register(ctx, reconnect.Record{Workspace: "acme", Mailbox: reconnect.Mailbox{
		ID: "mb_42", Email: "ana@gmail.com", SMTPHost: "smtp.gmail.com",
		AuthMethod: provider.MethodAppPassword, Status: reconnect.StatusActive,
	}}); err != nil {
		return err
	}
	out, err := m.ReportFailure(ctx, "mb_42", reconnect.SourceSend, sendErr) // flags on a reconnect class
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "flagged:", out.Flagged, "reason:", out.Verdict.Reason)
	if _, err := m.ReportSuccess(ctx, "mb_42", reconnect.SourceWarmup); err != nil { // never clears a flag
		return err
	}
	err = m.UpdateCredentials(ctx, "mb_42", reconnect.Credentials{
		Method: provider.MethodAppPassword, Username: "ana@gmail.com",
		Password: reconnect.NewSecret(newPassword),
	}) // tested first; on success the flag clears at once and every hold is released
	var te *reconnect.TestError
	if errors.As(err, &te) { // the test failed; nothing stored changed
		if plan, ok := te.Plan(); ok {
			fmt.Fprintln(w, "show the owner:", strings.Join(plan.Steps, " "))
		}
		return nil
	}
	return err
}

// readme:end

// host stands in for the host application: its warmup, peer pool, campaigns
// and inbox sync hooks, a tester and a credential vault.
type host struct {
	Warmup    reconnect.Warmup
	PeerPool  reconnect.PeerPool
	Campaigns reconnect.Campaigns
	InboxSync reconnect.InboxSync
	Tester    reconnect.Tester
	Vault     reconnect.Vault
}

// newHost returns hooks that print to w and a tester that accepts only the
// app password valid.
func newHost(w io.Writer, valid string) *host {
	hk := hooks{w}
	return &host{
		Warmup: hk, PeerPool: hk, Campaigns: hk, InboxSync: inbox{w},
		Tester: reconnect.TesterFunc(func(_ context.Context, _ reconnect.Mailbox, c reconnect.Credentials) error {
			if c.Password.Reveal() != valid {
				return badCredentials
			}
			return nil
		}),
		Vault: vault{w},
	}
}

// hooks prints what the Machine holds and releases.
type hooks struct{ w io.Writer }

func (h hooks) Pause(_ context.Context, id string) (bool, error) {
	_, err := fmt.Fprintln(h.w, "hold: warmup paused for", id)
	return true, err
}

func (h hooks) Resume(_ context.Context, id string) error {
	_, err := fmt.Fprintln(h.w, "release: warmup resumed for", id)
	return err
}

func (h hooks) Leave(_ context.Context, id string) (bool, error) {
	_, err := fmt.Fprintln(h.w, "hold:", id, "left the warmup peer pool")
	return true, err
}

func (h hooks) Join(_ context.Context, id string) error {
	_, err := fmt.Fprintln(h.w, "release:", id, "back in the warmup peer pool")
	return err
}

func (h hooks) Exclude(_ context.Context, id string) (bool, error) {
	_, err := fmt.Fprintln(h.w, "hold: campaigns skip", id)
	return true, err
}

func (h hooks) Include(_ context.Context, id string) error {
	_, err := fmt.Fprintln(h.w, "release: campaigns send from", id, "again")
	return err
}

// inbox is the inbox sync hook: it stops at a position and resumes from it.
type inbox struct{ w io.Writer }

func (i inbox) Suspend(_ context.Context, id string) (string, bool, error) {
	_, err := fmt.Fprintln(i.w, "hold: inbox sync suspended for", id, "at uid 1042")
	return "1042", true, err
}

func (i inbox) Resume(_ context.Context, id, cursor string) error {
	_, err := fmt.Fprintln(i.w, "release: inbox sync resumes for", id, "from uid", cursor)
	return err
}

// vault stands in for the host's secret store; it keeps nothing.
type vault struct{ w io.Writer }

func (v vault) Put(_ context.Context, id string, c reconnect.Credentials) error {
	_, err := fmt.Fprintln(v.w, "vault: new", c.Method, "stored for", id)
	return err
}
