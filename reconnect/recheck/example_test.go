package recheck_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/recheck"
)

// Microsoft 365's reply when the tenant's admin has turned SMTP AUTH off
// (learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission).
const smtpAuthDisabled = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."

// The Scheduler on a clock of its own: two mailboxes of one tenant are probed
// through one of them; the owner's nudge is answered at once, and when the
// probe passes the other mailbox is tested straight away.
func ExampleScheduler() {
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	s := recheck.New(&recheck.Options{Seed: 1})
	for _, email := range []string{"ana@contoso.example", "ben@contoso.example"} {
		s.Track(reconnect.Record{Mailbox: reconnect.Mailbox{ID: email, Email: email, Status: reconnect.StatusNeedsReauth,
			PauseReason: classify.ReasonTenantSMTPDisabled}, Provider: provider.Microsoft365,
			Flag: reconnect.Flag{Reason: classify.ReasonTenantSMTPDisabled, At: at}}, at)
	}
	next, _ := s.Next()
	checks := s.Due(next, 10)
	fmt.Println(next.Sub(at), "probe", checks[0].ID, "for", checks[0].Group)
	s.Done(checks[0], recheck.Outcome{Verdict: classify.Text(smtpAuthDisabled)}, next.Add(time.Second))

	// Ben's owner says the admin fixed it: the tenant is probed at once.
	fixed := next.Add(10 * time.Second)
	s.Nudge("ben@contoso.example", fixed)
	checks = s.Due(fixed, 10)
	fmt.Println(fixed.Sub(at), "probe", checks[0].ID)
	s.Done(checks[0], recheck.Outcome{Passed: true}, fixed.Add(time.Second))

	checks = s.Due(fixed.Add(time.Second), 10)
	fmt.Println(fixed.Add(time.Second).Sub(at), "test", checks[0].ID)
	s.Done(checks[0], recheck.Outcome{Passed: true}, fixed.Add(2*time.Second))
	fmt.Println("still flagged:", s.Len())
	// Output:
	// 45s probe ana@contoso.example for microsoft365/contoso.example
	// 55s probe ana@contoso.example
	// 56s test ben@contoso.example
	// still flagged: 0
}

// A Runner checks due mailboxes against a Machine, here once with RunOnce on
// a fixed clock: the tenant's admin turned SMTP AUTH back on, so the health
// check passes and the Machine clears the flag.
func ExampleRunner_RunOnce() {
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	smtpAuthOn := false
	store := memstore.New()
	runner := &recheck.Runner{Scheduler: recheck.New(nil), Store: store, Now: clock,
		Credentials: recheck.CredentialsFunc(func(context.Context, string) (reconnect.Credentials, error) {
			return reconnect.Credentials{Method: provider.MethodPassword, Username: "ana@contoso.example", Password: reconnect.NewSecret("app-password")}, nil
		})}
	m := reconnect.New(store, &reconnect.Options{Now: clock, OnEvent: runner.Observe, IncidentMin: -1,
		Tester: reconnect.TesterFunc(func(context.Context, reconnect.Mailbox, reconnect.Credentials) error {
			if !smtpAuthOn {
				return errors.New(smtpAuthDisabled)
			}
			return nil
		})})
	runner.Machine = m
	if _, err := m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: "ana", Email: "ana@contoso.example",
		SMTPHost: "smtp.office365.com", AuthMethod: provider.MethodPassword, Status: reconnect.StatusActive}}); err != nil {
		fmt.Println(err)
		return
	}
	out, _ := m.ReportFailureText(ctx, "ana", reconnect.SourceSend, smtpAuthDisabled)
	fmt.Println("flagged:", out.Record.Flag.Reason)

	smtpAuthOn = true
	now = now.Add(45 * time.Second) // the tenant's first probe is due
	n, _ := runner.RunOnce(ctx)
	rec, _ := store.Get(ctx, "ana")
	fmt.Println("checks:", n, "flagged:", rec.Flagged())
	// Output:
	// flagged: tenant_smtp_disabled
	// checks: 1 flagged: false
}
