package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
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
	if err := run(strings.NewReader(in), &out, nil); err != nil {
		t.Fatal(err)
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
	check(0, "rule", "status_error_auth")
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
