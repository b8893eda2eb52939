package app

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/mailreconnect/sdk/examples/oauth/devop"
)

// The in-process OpenID provider stands in for Microsoft's and Google's
// sign-in (the examples/oauth module's devop, over zitadel/oidc). Its accounts
// are the workspace's OAuth mailboxes and otherAccounts; its sign-in page lets
// the owner choose one and allow or cancel.

// startProvider starts the OpenID provider, redirecting back to callback.
func startProvider(callback string, seed []seedMailbox) (*devop.Server, error) {
	var users []string
	for _, m := range seed {
		if m.Method == "oauth" {
			users = append(users, m.Email)
		}
	}
	users = append(users, otherAccounts...)
	return devop.Start(callback, users...)
}

// userinfoVerifier accepts an access token when the provider's userinfo
// endpoint names user as its owner, as Exchange Online checks a token against
// the account it logs in.
func userinfoVerifier(userinfoURL string) func(user, token string) bool {
	client := &http.Client{Timeout: 5 * time.Second}
	return func(user, token string) bool {
		req, err := http.NewRequest(http.MethodGet, userinfoURL, nil)
		if err != nil {
			return false
		}
		req.Header.Set("Authorization", "Bearer "+token)
		res, err := client.Do(req)
		if err != nil {
			return false
		}
		defer res.Body.Close()
		var info struct {
			Email string `json:"email"`
		}
		if res.StatusCode != http.StatusOK || json.NewDecoder(res.Body).Decode(&info) != nil {
			return false
		}
		return strings.EqualFold(info.Email, user)
	}
}
