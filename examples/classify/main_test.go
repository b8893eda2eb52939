package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	in := strings.Join([]string{
		`535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x - gsmtp`,
		`{"text": "535 5.7.8 Error: authentication failed", "host": "smtp.hostinger.com"}`,
		`{"text": "<html>502 Bad Gateway</html>", "code": 502, "protocol": "oauth"}`,
		`{"text": broken json`,
		``,
		`{"code": 535}`,
	}, "\n")
	var out bytes.Buffer
	if err := run(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	var got []output
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var o output
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("bad output line %q", l)
		}
		got = append(got, o)
	}
	if len(got) != 6 {
		t.Fatalf("%d lines out for 6 in", len(got))
	}
	want := []struct {
		class, reason, provider string
		code                    int
	}{
		{"auth", "auth_failure", "gmail", 535},
		{"auth", "hostinger_reauth_required", "hostinger", 535},
		{"transient", "", "", 502},
		{"unknown", "", "", 0}, // not JSON: classified as plain text
		{"", "", "", 0},        // empty line: no error
		// JSON without text is plain text; its code still says 535.
		{"auth", "auth_failure", "", 535},
	}
	for i, w := range want {
		g := got[i]
		if string(g.Class) != w.class || string(g.Reason) != w.reason || g.Provider != w.provider || g.Code != w.code {
			t.Errorf("line %d = %+v, want %+v", i+1, g, w)
		}
	}
}

func FuzzClassifyLine(f *testing.F) {
	f.Add(`{"text": "535 5.7.8 x", "code": 535, "host": "smtp.gmail.com"}`)
	f.Add(`535-5.7.8 a\n535 5.7.8 b`)
	f.Fuzz(func(t *testing.T, line string) {
		a, b := classifyLine(line), classifyLine(line)
		if a != b || !a.Class.Valid() || !a.Reason.Valid() {
			t.Fatalf("classifyLine(%q) = %+v / %+v", line, a, b)
		}
	})
}
