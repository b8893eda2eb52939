package reconnect_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
)

func ExampleNeedsReconnect() {
	m := reconnect.Mailbox{
		ID:           "mb_42",
		Status:       reconnect.StatusActive,
		WarmupStatus: reconnect.WarmupError,
		LastError:    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
	}
	d := reconnect.NeedsReconnect(m)
	fmt.Println(d.Needs, d.Condition, d.Reason)
	// Output: true warmup_auth tenant_smtp_disabled
}

// exampleHooks is a host application's warmup, peer pool, campaigns and inbox
// sync, reduced to printing what the Machine asks.
type exampleHooks struct{}

func (exampleHooks) Pause(_ context.Context, id string) (bool, error) {
	fmt.Println("warmup paused:", id)
	return true, nil
}
func (exampleHooks) Resume(_ context.Context, id string) error {
	fmt.Println("warmup resumed:", id)
	return nil
}
func (exampleHooks) Leave(context.Context, string) (bool, error)   { return true, nil }
func (exampleHooks) Join(context.Context, string) error            { return nil }
func (exampleHooks) Exclude(context.Context, string) (bool, error) { return true, nil }
func (exampleHooks) Include(context.Context, string) error         { return nil }

func exampleMachine() *reconnect.Machine {
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	return reconnect.New(memstore.New(), &reconnect.Options{
		Now:    func() time.Time { return at },
		Warmup: exampleHooks{}, PeerPool: exampleHooks{}, Campaigns: exampleHooks{},
		Tester: reconnect.TesterFunc(func(_ context.Context, _ reconnect.Mailbox, c reconnect.Credentials) error {
			if c.Password.Reveal() == "abcd efgh ijkl mnop" {
				return nil
			}
			return errors.New("535 5.7.8 Username and Password not accepted.")
		}),
	})
}

var exampleMailbox = reconnect.Record{Workspace: "acme", Mailbox: reconnect.Mailbox{
	ID: "mb_42", Email: "ana@gmail.com", SMTPHost: "smtp.gmail.com",
	AuthMethod: provider.MethodAppPassword, Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive,
}}

func ExampleMachine_Register() {
	m := exampleMachine()
	r, err := m.Register(context.Background(), exampleMailbox)
	if err != nil {
		panic(err)
	}
	fmt.Println(r.ID, r.Provider, r.Flagged())

	// A mailbox the host's warmup engine already paused for a rejected login
	// is flagged at once, so the flag and NeedsReconnect agree.
	paused := exampleMailbox
	paused.ID, paused.PauseReason = "mb_43", classify.ReasonAuthFailure
	r, _ = m.Register(context.Background(), paused)
	fmt.Println(r.ID, r.Flagged(), r.Flag.Source, r.NeedsReconnect())
	// Output:
	// mb_42 gmail false
	// warmup paused: mb_43
	// mb_43 true register true
}

func ExampleMachine_ReportFailure() {
	m := exampleMachine()
	ctx := context.Background()
	if _, err := m.Register(ctx, exampleMailbox); err != nil {
		panic(err)
	}
	sendErr := &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
		Message: "Username and Password not accepted. For more information, go to\nhttps://support.google.com/mail/?p=BadCredentials - gsmtp"}
	out, err := m.ReportFailure(ctx, "mb_42", reconnect.SourceSend, sendErr)
	if err != nil {
		panic(err)
	}
	fmt.Println(out.Flagged, out.Record.PauseReason, out.Record.Holds.Warmup.Applied)
	plan, _ := out.Record.Plan()
	fmt.Println(plan.Action, plan.Actor)
	// Output:
	// warmup paused: mb_42
	// true auth_failure true
	// update_app_password owner
}

func ExampleMachine_UpdateCredentials() {
	m := exampleMachine()
	ctx := context.Background()
	if _, err := m.Register(ctx, exampleMailbox); err != nil {
		panic(err)
	}
	if _, err := m.ReportFailureText(ctx, "mb_42", reconnect.SourceWarmup, "535 5.7.8 Username and Password not accepted."); err != nil {
		panic(err)
	}
	c := reconnect.Credentials{Method: provider.MethodAppPassword, Username: "ana@gmail.com"}

	c.Password = reconnect.NewSecret("my old password")
	err := m.UpdateCredentials(ctx, "mb_42", c)
	var te *reconnect.TestError
	fmt.Println(errors.As(err, &te), te.Verdict.Reason) // nothing stored changed

	c.Password = reconnect.NewSecret("abcd efgh ijkl mnop")
	err = m.UpdateCredentials(ctx, "mb_42", c) // tested, then the flag clears and the holds are released
	fmt.Println(err)
	// Output:
	// warmup paused: mb_42
	// true auth_failure
	// warmup resumed: mb_42
	// <nil>
}
