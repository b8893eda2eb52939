package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/stretchr/testify/require"
)

// identifier matches a snake_case token such as update_app_password.
var identifier = regexp.MustCompile(`\b[a-z0-9]+(?:_[a-z0-9]+)+\b`)

func TestQuickstart(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	s := out.String()

	// Gmail's 535 5.7.8 "Username and Password not accepted" reply
	// (https://support.google.com/mail/?p=BadCredentials) is a rejected
	// credential: the owner must act, and a new app password fixes it
	// (https://support.google.com/accounts/answer/185833).
	for _, want := range []string{
		// Both lines of Gmail's reply, not only the first.
		"Username and Password not accepted. For more information, go to\n",
		"https://support.google.com/mail/?p=BadCredentials",
		"logs in to Gmail as ana@gmail.com",
		"technical: class=auth reason=auth_failure rule=google_bad_credentials",
		"hold: warmup paused for ana@gmail.com",
		"hold: inbox sync suspended for ana@gmail.com at uid 1042",
		`campaign "spring" keeps running from bo@gmail.com`,
		"Reconnect required: ana@gmail.com (Gmail)",
		"What you need to do:",
		"Help: https://myaccount.google.com/apppasswords",
		"Help: https://support.google.com/accounts/answer/185833",
		"technical: provider=gmail action=update_app_password actor=owner",
		"technical: rule=google_bad_credentials status=needs_reauth",
		"inbox sync resumes for ana@gmail.com from uid 1042 (3 new messages picked up)",
		"release: warmup resumed for ana@gmail.com",
		"technical: status=active warmup=active needs_reconnect=false",
	} {
		require.Contains(t, s, want)
	}
	require.NotContains(t, s, "Sending", "the quickstart tests a login, it sends nothing")

	// Every step of the owner's plan is printed whole, on its own line.
	plan, ok := provider.PlanFor(provider.Gmail, provider.MethodAppPassword,
		classify.Verdict{Class: classify.ClassAuth, Reason: classify.ReasonAuthFailure})
	require.True(t, ok)
	require.NotEmpty(t, plan.Steps)
	for i, step := range plan.Steps {
		require.Contains(t, s, "\n   "+string(rune('1'+i))+") "+step+"\n")
	}

	// Identifiers only on technical lines, at most one per numbered step.
	technical := map[string]int{}
	step := ""
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if len(line) > 1 && line[0] >= '1' && line[0] <= '9' && line[1] == '.' {
			step = line[:1]
		}
		if strings.HasPrefix(strings.TrimSpace(line), "technical: ") {
			technical[step]++
			continue
		}
		require.Empty(t, identifier.FindAllString(line, -1), "raw identifier in a line meant for a person: %q", line)
	}
	for step, n := range technical {
		require.Equal(t, 1, n, "step %s has %d technical lines", step, n)
	}
	require.Len(t, technical, 4, "steps 3 to 6 each have one technical line")

	for _, secret := range []string{"abcd efgh ijkl mnop", "wxyz wxyz wxyz wxyz"} {
		require.NotContains(t, s, secret, "output shows a secret")
	}
}
