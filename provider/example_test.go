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
