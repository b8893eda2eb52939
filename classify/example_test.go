package classify_test

import (
	"fmt"

	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/classify"
)

func ExampleError() {
	// An SMTP reply as go-smtp returns it, wrapped by the caller.
	reply := &smtp.SMTPError{
		Code:         535,
		EnhancedCode: smtp.EnhancedCode{5, 7, 139},
		Message:      "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
	}
	err := fmt.Errorf("send campaign step: %w", reply)

	v := classify.Error(err)
	fmt.Println(v.Class, v.Reason, v.NeedsReconnect, v.Rule)
	// Output: admin tenant_smtp_disabled true ms_smtp_auth_disabled_tenant
}

func ExampleText() {
	// A receiving server's DMARC rejection mentions authentication, but the
	// mailbox's credentials are fine.
	v := classify.Text("550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.")
	fmt.Println(v.Class, v.NeedsReconnect)
	// Output: rejected false
}

func ExampleOAuth() {
	// A refresh: the grant is gone, the owner signs in again.
	v := classify.OAuth(classify.GrantRefresh, 400, "invalid_grant", "Token has been expired or revoked.")
	fmt.Println(v.Class, v.NeedsReconnect)
	// The same error code while exchanging an authorization code is the
	// product's own request: no mailbox to reconnect.
	v = classify.OAuth(classify.GrantAuthorizationCode, 400, "invalid_grant", "Malformed auth code.")
	fmt.Println(v.Class, v.NeedsReconnect)
	// Entra's code decides over the error field.
	v = classify.OAuth(classify.GrantRefresh, 401, "invalid_client", "AADSTS7000222: The provided client secret keys for app '00000000-0000-0000-0000-000000000000' are expired.")
	fmt.Println(v.Class, v.Rule)
	// Output:
	// revoked true
	// platform false
	// platform aadsts_client_secret
}

func ExampleExplain() {
	r, _ := classify.Explain("ms_smtp_auth_disabled_tenant")
	fmt.Println(r.Class, "-", r.Doc)
	// Output: admin - Microsoft 365: SMTP AUTH is turned off for the whole tenant (5.7.139)
}

func ExampleReply() {
	// Microsoft 365 with SMTP AUTH turned off for the mailbox.
	v := classify.Reply(535, "5.7.139", "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.")
	fmt.Println(v.Class, v.Reason, v.Provider)
	// Output: admin tenant_smtp_disabled microsoft365
}

func ExampleClass_Reason() {
	fmt.Println(classify.ClassRevoked.Reason())
	fmt.Printf("%q\n", classify.ClassTransient.Reason())
	// Output:
	// mailbox_disconnected
	// ""
}
