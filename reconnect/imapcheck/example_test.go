package imapcheck_test

import (
	"context"
	"fmt"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/imapcheck"
)

func Example() {
	// An IMAP server on 127.0.0.1 with a throwaway certificate authority,
	// standing in for imap.example.org. In production, imapcheck.New(nil):
	// the endpoint comes from the provider registry and certificates are
	// verified against the system roots.
	ca, err := makePKI("127.0.0.1")
	if err != nil {
		panic(err)
	}
	ep, stop, err := serveMem(memConfig{security: provider.ImplicitTLS, pki: ca}, "app-password-1234", "")
	if err != nil {
		panic(err)
	}
	defer stop()

	t := imapcheck.New(&imapcheck.Options{
		Server:    func(reconnect.Mailbox) (reconnect.Endpoint, error) { return ep, nil },
		TLSConfig: ca.clientConfig(),
	})
	m := reconnect.Mailbox{ID: "mb_42", Email: "ana@example.org", IMAPHost: "imap.example.org"}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	for _, pw := range []string{"app-password-1234", "an old password"} {
		err := t.Test(ctx, m, reconnect.Credentials{
			Method:   provider.MethodAppPassword,
			Username: "ana@example.org",
			Password: reconnect.NewSecret(pw),
		})
		v := classify.Error(err)
		fmt.Printf("class=%q reconnect=%v err=%v\n", v.Class, v.NeedsReconnect, err)
	}
	// Output:
	// class="" reconnect=false err=<nil>
	// class="auth" reconnect=true err=imapcheck: login: imap: NO [AUTHENTICATIONFAILED] Authentication failed
}

func ExampleDefaultServer() {
	for _, host := range []string{"imap.gmail.com", "imap.mail.ru:143", "mail.example.org"} {
		ep, _ := imapcheck.DefaultServer(reconnect.Mailbox{IMAPHost: host})
		fmt.Println(ep, ep.Security)
	}
	// Output:
	// imap.gmail.com:993 tls
	// imap.mail.ru:143 starttls
	// mail.example.org:993 tls
}
