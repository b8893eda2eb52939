package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/mailreconnect/sdk/examples/internal/jsonl"
)

// answers runs the command over in and decodes every answer line.
func answers(t *testing.T, in string) ([]map[string]any, error) {
	t.Helper()
	var out bytes.Buffer
	err := run(strings.NewReader(in), &out)
	var got []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var o map[string]any
		if e := json.Unmarshal([]byte(l), &o); e != nil {
			t.Fatalf("answer is not JSON: %q", l)
		}
		got = append(got, o)
	}
	return got, err
}

func TestRun(t *testing.T) {
	in := strings.Join([]string{
		// Gmail's reply to a wrong password (support.google.com/mail/?p=BadCredentials).
		`535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x - gsmtp`,
		`{"text": "535 5.7.8 Error: authentication failed", "host": "smtp.hostinger.com"}`,
		`{"text": "<html>502 Bad Gateway</html>", "code": 502, "protocol": "oauth"}`,
		``,
		`{"code": 535}`,
		`{"protocol": "oauth", "error": "invalid_grant", "text": "Token has been expired or revoked."}`,
		// The same answer while exchanging an authorization code is the
		// integrating application's problem (RFC 6749 section 5.2).
		`{"protocol": "oauth", "grant": "authorization_code", "error": "invalid_grant", "text": "Malformed auth code."}`,
	}, "\n")
	got, err := answers(t, in)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		class, reason, provider string
		code                    float64
	}{
		{"auth", "auth_failure", "gmail", 535},
		{"auth", "hostinger_reauth_required", "hostinger", 535},
		{"transient", "", "", 502},
		{"", "", "", 0}, // empty line: no error
		{"auth", "auth_failure", "", 535},
		{"revoked", "mailbox_disconnected", "", 0},
		{"platform", "", "", 0},
	}
	if len(got) != len(want) {
		t.Fatalf("%d answers for %d lines", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g["class"] != w.class || g["reason"] != w.reason || g["provider"] != w.provider || g["code"] != w.code {
			t.Errorf("line %d = %v, want %+v", i+1, g, w)
		}
	}
}

// A line meant as a JSON object but not a valid one is answered with an error
// naming the line, never classified as if it were log text.
func TestRunRefusesBrokenObjects(t *testing.T) {
	bad := []string{
		`{"code":"535"}`,                      // wrong type
		`{"text": "535 5.7.8 x", "cod": 535}`, // misspelled key
		`{"text": "535 5.7.8 x"`,              // truncated
		`{"text": "535"} {"text": "x"}`,       // two objects
		`{}`,                                  // nothing set
		`{"text": "x", "protocol": "pop3"}`,
		`{"text": "x", "error": "invalid_grant"}`, // error without oauth
		`{"text": "x", "protocol": "oauth", "grant": "password"}`,
	}
	got, err := answers(t, strings.Join(append(bad, "535 5.7.8 Authentication failed"), "\n"))
	if !errors.Is(err, jsonl.ErrRefused) {
		t.Fatalf("run = %v, want jsonl.ErrRefused", err)
	}
	for i := range bad {
		if got[i]["error"] == nil || got[i]["line"] != float64(i+1) || got[i]["class"] != nil {
			t.Errorf("line %d %q answered %v, want an error for line %d", i+1, bad[i], got[i], i+1)
		}
	}
	if last := got[len(bad)]; last["class"] != "auth" {
		t.Errorf("line after the broken ones answered %v", last)
	}
}

// A line longer than MaxLine gets an error answer; the lines around it get
// their verdicts.
func TestRunLongLine(t *testing.T) {
	long := strings.Repeat("x", jsonl.MaxLine+10)
	got, err := answers(t, "535 5.7.8 bad\n"+long+"\n454 4.7.0 Too many login attempts\n")
	if !errors.Is(err, jsonl.ErrRefused) {
		t.Fatalf("run = %v, want jsonl.ErrRefused", err)
	}
	if len(got) != 3 || got[0]["class"] != "auth" || got[1]["line"] != float64(2) || got[2]["class"] != "auth_temporary" {
		t.Fatalf("answers = %v", got)
	}
}

// failingReader gives its text, then a read error.
type failingReader struct{ r io.Reader }

func (f failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("disk gone")
	}
	return n, err
}

// Answers already computed are written before a read error ends the run.
func TestRunKeepsAnswersOnReadError(t *testing.T) {
	var out bytes.Buffer
	err := run(failingReader{strings.NewReader("535 5.7.8 a\n535 5.7.8 b\n")}, &out)
	if err == nil || errors.Is(err, jsonl.ErrRefused) {
		t.Fatalf("run = %v, want the read error", err)
	}
	if n := strings.Count(out.String(), "\n"); n != 2 {
		t.Fatalf("%d answers written before the error, want 2:\n%s", n, out.String())
	}
}

func FuzzClassifyLine(f *testing.F) {
	f.Add(`{"text": "535 5.7.8 x", "code": 535, "host": "smtp.gmail.com"}`)
	f.Add(`535-5.7.8 a\n535 5.7.8 b`)
	f.Add(`{"code":"535"}`)
	f.Fuzz(func(t *testing.T, line string) {
		a, errA := classifyLine(line)
		b, errB := classifyLine(line)
		if a != b || (errA == nil) != (errB == nil) || !a.Class.Valid() || !a.Reason.Valid() {
			t.Fatalf("classifyLine(%q) = %+v, %v / %+v, %v", line, a, errA, b, errB)
		}
		if errA != nil && !jsonl.LooksLikeObject([]byte(line)) {
			t.Fatalf("plain text %q refused: %v", line, errA)
		}
	})
}
