package reconnect_test

import (
	"fmt"

	"github.com/mailreconnect/sdk/reconnect"
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
