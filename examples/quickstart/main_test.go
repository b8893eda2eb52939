package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestQuickstart(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{
		"verdict: class auth, reason auth_failure, rule google_bad_credentials",
		"flagged: true",
		"hold: warmup paused for ana@gmail.com",
		"hold: inbox sync suspended for ana@gmail.com at uid 1042",
		`campaign "spring" rotates to bo@gmail.com`,
		"update_app_password by the owner",
		"https://myaccount.google.com/apppasswords",
		"test fails (google_bad_credentials), mailbox still needs_reauth",
		"inbox sync resumes for ana@gmail.com from uid 1042 (3 new messages picked up)",
		"release: warmup resumed for ana@gmail.com",
		"status active, warmup active, needs reconnect: false",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	for _, secret := range []string{"abcd efgh ijkl mnop", "wxyz wxyz wxyz wxyz"} {
		if strings.Contains(s, secret) {
			t.Errorf("output shows a secret")
		}
	}
}
