package oauthcheck_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/imapcheck"
	"github.com/mailreconnect/sdk/reconnect/oauthcheck"
)

func ExampleRefresher_Refresh() {
	// A token endpoint on 127.0.0.1 that rotates refresh tokens, standing in
	// for https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token. In
	// production leave TokenURL and HTTPClient nil.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.PostFormValue("refresh_token") != "0.old-refresh" {
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity."}`)
			return
		}
		fmt.Fprint(w, `{"access_token":"eyJ0.new-access","refresh_token":"0.new-refresh","token_type":"Bearer","expires_in":3600}`)
	}))
	defer srv.Close()

	r := &oauthcheck.Refresher{
		ClientID:     "00000000-0000-0000-0000-000000000000",
		ClientSecret: reconnect.NewSecret("app-secret"),
		Tenant:       func(reconnect.Mailbox) string { return "contoso.onmicrosoft.com" },
		TokenURL:     func(reconnect.Mailbox) (string, error) { return srv.URL + "/token", nil },
		HTTPClient:   srv.Client(),
		Persist: func(_ context.Context, id string, c reconnect.Credentials) error {
			fmt.Println("persist", id, c.RefreshToken) // a Secret prints as [redacted]
			// Store c in your vault here.
			return nil
		},
	}
	m := reconnect.Mailbox{ID: "mb_42", Email: "ana@contoso.com", IMAPHost: "outlook.office365.com"}

	c, err := r.Refresh(context.Background(), m, reconnect.Credentials{
		Method: provider.MethodOAuth, Username: "ana@contoso.com",
		RefreshToken: reconnect.NewSecret("0.old-refresh"),
	})
	fmt.Println(err, c.AccessToken.Reveal() != "")

	err = r.Test(context.Background(), m, reconnect.Credentials{RefreshToken: reconnect.NewSecret("0.stale-refresh")})
	v := classify.Error(err)
	fmt.Println(v.Class, v.Reason, v.NeedsReconnect)
	// Output:
	// persist mb_42 [redacted]
	// <nil> true
	// revoked mailbox_disconnected true
}

// A Tester for OAuth mailboxes that proves IMAP access: it refreshes the
// access token when it is due (missing, of unknown expiry, or expiring within
// five minutes), then logs in with it. No rotated refresh token is dropped:
// Persist stores it the moment it arrives (even when the IMAP login then
// fails), and the Machine stores what TestRenew returns.
func ExampleRefresher_imap() {
	var vault reconnect.Vault // the host's credential store
	refresher := &oauthcheck.Refresher{
		ClientID:     "app-id",
		ClientSecret: reconnect.NewSecret("app-secret"),
		Persist: func(ctx context.Context, mailboxID string, c reconnect.Credentials) error {
			return vault.Put(ctx, mailboxID, c)
		},
	}
	tester := &oauthcheck.Tester{Refresher: refresher, Login: imapcheck.New(nil)}
	var _ reconnect.RenewingTester = tester
	_ = reconnect.Options{Tester: tester, Vault: vault}
}
