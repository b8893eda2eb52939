package provider_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostingerAuth is smtp.hostinger.com's reply to a rejected mailbox password, as
// reported in https://github.com/hostinger/api/issues/19.
const hostingerAuth = "535 5.7.8 Error: authentication failed"

func TestRefine(t *testing.T) {
	auth := classify.Text(hostingerAuth)
	require.Equal(t, classify.ClassAuth, auth.Class)
	require.Equal(t, classify.ReasonAuthFailure, auth.Reason)

	for _, tc := range []struct {
		name     string
		v        classify.Verdict
		host     string
		provider string
		reason   classify.Reason
	}{
		{"hostinger auth", auth, "smtp.hostinger.com", "hostinger", classify.ReasonHostingerReauth},
		{"host case and trailing dot", auth, "SMTP.Hostinger.com.", "hostinger", classify.ReasonHostingerReauth},
		{"hostinger imap", auth, "imap.hostinger.com", "hostinger", classify.ReasonHostingerReauth},
		{"unknown host", auth, "mail.example.com", "", classify.ReasonAuthFailure},
		{"no host", auth, "", "", classify.ReasonAuthFailure},
		{"gmail host", classify.Text("454 4.7.0 Too many login attempts, please try again later."), "smtp.gmail.com", "gmail", ""},
		// Only rejected credentials get Hostinger's reason.
		{"hostinger temporary", classify.Text("421 4.7.0 Try again later"), "smtp.hostinger.com", "hostinger", ""},
		{"hostinger block", classify.Text("550 5.1.8 Access denied, bad outbound sender"), "smtp.hostinger.com", "hostinger", classify.ReasonProviderBlock},
		// A verdict whose text named Hostinger, with no host.
		{"hostinger text", classify.Text(hostingerAuth + " (hostinger)"), "", "hostinger", classify.ReasonHostingerReauth},
		// A Hostinger verdict refined again by another provider's host.
		{"moved to gmail", provider.Refine(auth, "smtp.hostinger.com"), "smtp.gmail.com", "gmail", classify.ReasonAuthFailure},
		// A reason the caller set (reconnect's escalation) is kept.
		{"escalated", classify.Verdict{Class: classify.ClassAuthTemporary, Reason: classify.ReasonAuthErrors, Rule: "x"}, "smtp.gmail.com", "gmail", classify.ReasonAuthErrors},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := provider.Refine(tc.v, tc.host)
			assert.Equal(t, tc.provider, got.Provider)
			assert.Equal(t, tc.reason, got.Reason)
			// Everything else is kept.
			want := tc.v
			want.Provider, want.Reason = got.Provider, got.Reason
			assert.Equal(t, want, got)
		})
	}
	assert.Equal(t, classify.Verdict{}, provider.Refine(classify.Verdict{}, "smtp.gmail.com"))
}

// TestClassifyProvidersKnown checks that every provider ID package classify can
// name from a reply's text is in the provider table.
func TestClassifyProvidersKnown(t *testing.T) {
	ids := classify.Providers()
	require.NotEmpty(t, ids)
	for _, id := range ids {
		assert.True(t, provider.Known(provider.ID(id)), "classify names unknown provider %q", id)
	}
}

// TestRefineFixtures runs the error corpus (testdata/errors, schema in
// testdata/README.md) through classify and Refine with each fixture's host.
// Refine changes a reason only to give Hostinger's to rejected credentials, and
// every Hostinger fixture (hostinger.jsonl, labelled from Hostinger's help
// pages and public reports) gets its labelled reason.
func TestRefineFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "errors", "*.jsonl"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	hostinger := 0
	for _, name := range files {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if len(sc.Bytes()) == 0 {
				continue
			}
			var fx struct {
				ID       string          `json:"id"`
				Protocol string          `json:"protocol"`
				Host     string          `json:"host"`
				Code     int             `json:"code"`
				Enhanced string          `json:"enhanced"`
				Text     string          `json:"text"`
				Reason   classify.Reason `json:"reason"`
			}
			require.NoError(t, json.Unmarshal(sc.Bytes(), &fx), name)
			v := classify.Text(fx.Text)
			if fx.Protocol == "smtp" && (fx.Code != 0 || fx.Enhanced != "") {
				v = classify.Reply(fx.Code, fx.Enhanced, fx.Text)
			}
			r := provider.Refine(v, fx.Host)
			if v.Class == classify.ClassAuth && r.Provider == string(provider.Hostinger) {
				assert.Equal(t, classify.ReasonHostingerReauth, r.Reason, fx.ID)
			} else {
				assert.Equal(t, v.Reason, r.Reason, fx.ID)
			}
			if filepath.Base(name) == "hostinger.jsonl" {
				assert.Equal(t, fx.Reason, r.Reason, "%s (rule %s)", fx.ID, v.Rule)
				if fx.Reason == classify.ReasonHostingerReauth {
					hostinger++
				}
			}
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	assert.Positive(t, hostinger, "no Hostinger fixture with hostinger_reauth_required")
}
