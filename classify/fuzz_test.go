package classify

import (
	"strings"
	"testing"
	"time"
)

// checkVerdict asserts the invariants every verdict keeps.
func checkVerdict(t *testing.T, v Verdict) {
	t.Helper()
	if !v.Class.Valid() || !v.Reason.Valid() {
		t.Fatalf("invalid verdict %+v", v)
	}
	if v.Class != "" && v.Rule == "" {
		t.Fatalf("verdict without rule %+v", v)
	}
	if v.Reason != v.Class.Reason() || v.NeedsReconnect != v.Class.Reconnect() {
		t.Fatalf("inconsistent verdict %+v", v)
	}
	if v.Reason == ReasonAuthErrors {
		t.Fatalf("one error gave auth_errors: %+v", v)
	}
	if (v.RetryAfter != 0) != v.Class.Temporary() {
		t.Fatalf("retry hint %v for class %s", v.RetryAfter, v.Class)
	}
}

func seedFuzz(f *testing.F) {
	for _, fx := range loadFixtures(f, "errors/*.jsonl") {
		f.Add(fx.Code, fx.Enhanced, fx.Text)
	}
	f.Add(0, "", "")
	f.Add(535, "5.7.8", "535-5.7.8 a\n535 5.7.8 b")
	f.Add(0, "", "5.")
	f.Add(0, "", "999 9.9.9")
}

func FuzzText(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, _ int, _ string, s string) {
		v := Text(s)
		checkVerdict(t, v)
		if v != Text(s) {
			t.Fatal("Text is not deterministic")
		}
		if s == "" && v != (Verdict{}) {
			t.Fatal("empty text gave a verdict")
		}
	})
}

func FuzzReply(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, code int, enhanced, s string) {
		v := Reply(code, enhanced, s)
		checkVerdict(t, v)
		if v != Reply(code, enhanced, s) {
			t.Fatal("Reply is not deterministic")
		}
	})
}

func FuzzOAuth(f *testing.F) {
	f.Add(uint8(1), 400, "invalid_grant", "AADSTS700082: The refresh token has expired")
	f.Add(uint8(2), 400, "invalid_grant", "AADSTS54005: OAuth2 Authorization code was already redeemed")
	f.Add(uint8(0), 502, "", "<html>Bad Gateway</html>")
	f.Add(uint8(0), 0, "", "")
	grants := []Grant{GrantUnknown, GrantRefresh, GrantAuthorizationCode, GrantClientCredentials, GrantJWTBearer}
	f.Fuzz(func(t *testing.T, g uint8, status int, code, desc string) {
		grant := grants[int(g)%len(grants)]
		v := OAuth(grant, status, code, desc)
		checkVerdict(t, v)
		if grant != GrantRefresh && grant != GrantUnknown && (v.Class == ClassAuth || v.Class == ClassRevoked) {
			t.Fatalf("grant %s gave %s", grant, v.Class)
		}
		if v != OAuth(grant, status, code, desc) {
			t.Fatal("OAuth is not deterministic")
		}
	})
}

// A megabyte of text is classified quickly: the matcher is linear.
func TestLargeInput(t *testing.T) {
	big := strings.Repeat("535-5.7.8 Username and Password not accepted \n", 1<<20/46)
	start := time.Now()
	v := Text(big)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("1 MB took %v", d)
	}
	if v.Class != ClassAuth {
		t.Errorf("class %s", v.Class)
	}
}
