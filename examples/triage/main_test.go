package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"strings"
	"testing"

	"github.com/mailreconnect/sdk/examples/internal/jsonl"
)

func TestRun(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"m365","email":"ana@contoso.example","smtp_host":"smtp.office365.com","auth_method":"oauth","status":"error","last_error":"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.","warmup_status":"active"}`,
		`{"id":"healthy","email":"bo@gmail.com","smtp_host":"smtp.gmail.com","status":"active","warmup_status":"active","last_error":"535 5.7.8 Username and Password not accepted"}`,
		`{"id": "broken"`,
		`{"id":"hst","email":"cy@shop.example","smtp_host":"smtp.hostinger.com","status":"needs_reauth","pause_reason":"hostinger_reauth_required"}`,
		`{"id":"outlook","email":"dee@hotmail.com","imap_host":"outlook.office365.com","auth_method":"password","status":"error","last_error":"535 5.7.139 Authentication unsuccessful, basic authentication is disabled."}`,
	}, "\n")
	var out bytes.Buffer
	if err := run(strings.NewReader(in), &out, nil); !errors.Is(err, jsonl.ErrRefused) {
		t.Fatalf("run = %v, want jsonl.ErrRefused for the broken line", err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d output lines for 5 input lines:\n%s", len(lines), out.String())
	}
	var got []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("output is not JSON: %s", l)
		}
		got = append(got, m)
	}
	check := func(i int, key string, want any) {
		t.Helper()
		if got[i][key] != want {
			t.Errorf("line %d %s = %v, want %v", i+1, key, got[i][key], want)
		}
	}
	plan := func(i int) map[string]any {
		p, _ := got[i]["plan"].(map[string]any)
		return p
	}
	check(0, "id", "m365")
	check(0, "needs_reconnect", true)
	check(0, "condition", "status_error_auth")
	check(0, "reason", "tenant_smtp_disabled")
	check(0, "provider", "microsoft365")
	if p := plan(0); p == nil || p["action"] != "admin_enable_smtp_auth" || p["actor"] != "admin" {
		t.Errorf("m365 plan = %v", p)
	}
	check(1, "needs_reconnect", false)
	if got[1]["plan"] != nil {
		t.Errorf("healthy mailbox has a plan: %v", got[1]["plan"])
	}
	if _, ok := got[2]["error"]; !ok {
		t.Errorf("malformed line gave %v", got[2])
	}
	check(3, "reason", "hostinger_reauth_required")
	check(3, "provider", "hostinger")
	if p := plan(3); p == nil || p["action"] != "update_password" {
		t.Errorf("hostinger plan = %v", p)
	}
	check(4, "provider", "outlook_personal")
	if p := plan(4); p == nil || p["action"] != "reconnect_oauth" || p["app_password_required"] != false {
		t.Errorf("outlook plan = %v", p)
	}
}

// A misspelled or mistyped key is refused, not read as a healthy mailbox.
func TestRunStrict(t *testing.T) {
	bad := []string{
		`{"id":"a","statu":"needs_reauth"}`,             // misspelled key
		`{"id":"a","status":"error","last_error":535}`,  // wrong type
		`{"id":"a","status":"needs_reauth"} {"id":"b"}`, // two objects
		`["id","a"]`, // not an object
		`{"id":"a","status":"needs_reauth","pause_reason":"x"`, // truncated
	}
	var out bytes.Buffer
	err := run(strings.NewReader(strings.Join(bad, "\n")+"\n\n"+`{"id":"ok","status":"needs_reauth"}`), &out, nil)
	if !errors.Is(err, jsonl.ErrRefused) {
		t.Fatalf("run = %v, want jsonl.ErrRefused", err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(bad)+1 {
		t.Fatalf("%d answers, want %d:\n%s", len(lines), len(bad)+1, out.String())
	}
	for i := range bad {
		var e jsonl.LineError
		if err := json.Unmarshal([]byte(lines[i]), &e); err != nil || e.Error == "" || e.Line != i+1 {
			t.Errorf("line %d %q answered %s", i+1, bad[i], lines[i])
		}
	}
	var last result
	if err := json.Unmarshal([]byte(lines[len(bad)]), &last); err != nil || last.ID != "ok" || !last.NeedsReconnect {
		t.Errorf("valid line after the broken ones answered %s", lines[len(bad)])
	}
}

// failingResolver fails every MX lookup, as a resolver with no network does.
type failingResolver struct{}

func (failingResolver) LookupMX(context.Context, string) ([]*net.MX, error) {
	return nil, &net.DNSError{Err: "server misbehaving", Name: "shop.example", IsTemporary: true}
}

// A failed MX lookup is reported with the answer, not hidden behind "custom".
func TestRunReportsDetectError(t *testing.T) {
	var out bytes.Buffer
	in := `{"id":"c","email":"cy@shop.example","status":"needs_reauth"}`
	if err := run(strings.NewReader(in), &out, failingResolver{}); err != nil {
		t.Fatal(err)
	}
	var got result
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.DetectError, "server misbehaving") {
		t.Errorf("detect_error = %q, want the lookup's error", got.DetectError)
	}
}

func FuzzTriageLine(f *testing.F) {
	f.Add(`{"id":"m","smtp_host":"smtp.gmail.com","status":"error","last_error":"535 5.7.8 bad"}`)
	f.Add(`{"id": "broken"`)
	f.Add(`{"id":"a","statu":"x"}`)
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsAny(line, "\r\n") {
			return
		}
		var a, b bytes.Buffer
		errA := run(strings.NewReader(line), &a, nil)
		errB := run(strings.NewReader(line), &b, nil)
		if a.String() != b.String() || (errA == nil) != (errB == nil) {
			t.Fatalf("two runs differ on %q: %s / %s", line, a.String(), b.String())
		}
		if errA != nil && !errors.Is(errA, jsonl.ErrRefused) {
			t.Fatalf("run(%q) = %v", line, errA)
		}
		if strings.TrimSpace(line) != "" && strings.Count(a.String(), "\n") != 1 {
			t.Fatalf("run(%q) wrote %q, want one answer", line, a.String())
		}
	})
}
