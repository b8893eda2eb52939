package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// snippet returns the lines of main.go between the readme:begin and
// readme:end markers.
func snippet(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("main.go")
	require.NoError(t, err)
	_, rest, ok := strings.Cut(string(src), "// readme:begin\n")
	require.True(t, ok, "main.go lacks the readme:begin marker")
	body, _, ok := strings.Cut(rest, "// readme:end\n")
	require.True(t, ok, "main.go lacks the readme:end marker")
	return strings.TrimSpace(body)
}

func TestREADMEShowsTheSnippetVerbatim(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	s := snippet(t)
	require.Contains(t, s, "m.Register(", "the snippet registers the mailbox")
	require.Contains(t, string(readme), "```go\n"+s+"\n```",
		"README.md must show reconnectMailbox from examples/readme/main.go verbatim, in a go block")
}

func TestSnippetReconnects(t *testing.T) {
	var out bytes.Buffer
	h := newHost(&out, "abcd efgh ijkl mnop")
	require.NoError(t, reconnectMailbox(context.Background(), &out, h, badCredentials, "abcd efgh ijkl mnop"))
	s := out.String()
	// Gmail's 535 5.7.8 "Username and Password not accepted" is a credential
	// rejection (https://support.google.com/mail/?p=BadCredentials): the
	// mailbox needs its owner.
	for _, want := range []string{
		"flagged: true reason: auth_failure",
		"hold: warmup paused for mb_42",
		"hold: inbox sync suspended for mb_42 at uid 1042",
		"vault: new app_password stored for mb_42",
		"release: inbox sync resumes for mb_42 from uid 1042",
		"release: warmup resumed for mb_42",
		"event: cleared",
	} {
		require.Contains(t, s, want)
	}
	require.NotContains(t, s, "abcd efgh ijkl mnop", "a secret reached the output")
}

func TestSnippetShowsThePlanWhenTheNewPasswordFails(t *testing.T) {
	var out bytes.Buffer
	h := newHost(&out, "abcd efgh ijkl mnop")
	require.NoError(t, reconnectMailbox(context.Background(), &out, h, badCredentials, "wxyz wxyz wxyz wxyz"))
	s := out.String()
	require.Contains(t, s, "event: test_failed")
	// Google's app password page: https://support.google.com/accounts/answer/185833
	require.Contains(t, s, "show the owner:")
	require.Contains(t, s, "apppasswords")
	require.NotContains(t, s, "event: cleared")
	require.NotContains(t, s, "vault:")
	require.NotContains(t, s, "wxyz wxyz wxyz wxyz", "a secret reached the output")
}
