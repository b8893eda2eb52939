package provider_test

import (
	"context"
	"fmt"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

func ExampleDetect() {
	// A mailbox on Google's servers with an address outside gmail.com is
	// Google Workspace. With a nil Resolver, Detect does no DNS look-up.
	d, err := provider.Detect(context.Background(), provider.Mailbox{
		SMTPHost: "smtp.gmail.com",
		Email:    "ana@example.org",
	}, nil)
	fmt.Println(d.ID, d.By, err)

	// No host, a consumer address: the domain decides.
	d, err = provider.Detect(context.Background(), provider.Mailbox{Email: "bo@outlook.com"}, nil)
	fmt.Println(d.ID, d.By, err)
	// Output:
	// google_workspace smtp_host <nil>
	// outlook_personal domain <nil>
}

func ExampleLookup() {
	in, ok := provider.Lookup(provider.Fastmail)
	fmt.Println(ok, in.Name, in.AppPasswords)
	for _, s := range in.SMTP {
		fmt.Println(s.Host, s.Port, s.Security)
	}
	// Output:
	// true Fastmail required
	// smtp.fastmail.com 465 tls
	// smtp.fastmail.com 587 starttls
}

func ExampleRefine() {
	v := classify.Text("535 5.7.8 Error: authentication failed")
	fmt.Println(v.Provider == "", v.Reason)

	v = provider.Refine(v, "smtp.hostinger.com")
	fmt.Println(v.Provider, v.Reason)
	// Output:
	// true auth_failure
	// hostinger hostinger_reauth_required
}

func ExamplePlanFor() {
	// Microsoft 365 refuses a mailbox because SMTP AUTH is off for the tenant.
	v := classify.Reply(535, "5.7.139", "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.")
	p, ok := provider.PlanFor(provider.Microsoft365, provider.MethodOAuth, v)
	fmt.Println(ok, p.Reason, p.Action, p.Actor)
	for i, s := range p.Steps[:3] {
		fmt.Printf("%d. %s\n", i+1, s)
	}
	// Output:
	// true tenant_smtp_disabled admin_enable_smtp_auth admin
	// 1. Share these steps with your Microsoft 365 administrator.
	// 2. In the Microsoft 365 admin center, open Users › Active users and select this mailbox's user.
	// 3. On the Mail tab, choose Manage email apps, tick Authenticated SMTP, and save the changes.
}

func ExamplePlanForReason() {
	p, _ := provider.PlanForReason(provider.OutlookPersonal, provider.MethodAppPassword, classify.ReasonAuthFailure)
	fmt.Println(p.Action, p.AppPasswordRequired)
	fmt.Println(p.WillNotWork[0])
	// Output:
	// reconnect_oauth false
	// An app password: Outlook.com stopped accepting them from mail apps on 16 September 2024.
}
