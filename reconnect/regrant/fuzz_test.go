package regrant

import (
	"context"
	"net/url"
	"strings"
	"testing"
)

// FuzzCallbackQuery feeds raw callback queries to ParseQuery and Callback:
// neither panics, ParseQuery is deterministic, an accepted query has a code
// or an error, and no refusal quotes the code.
func FuzzCallbackQuery(f *testing.F) {
	f.Add("code=abc&state=x.y")
	f.Add("error=access_denied&error_description=AADSTS90094%3A+x&state=a.b")
	f.Add("code=a&code=b&state=s")
	f.Add("state=%00&error=x%0a")
	f.Add("code=" + strings.Repeat("z", 9000))
	fx := newFixture(f, nil)
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q1, err1 := ParseQuery(v)
		q2, err2 := ParseQuery(v)
		if q1 != q2 || (err1 == nil) != (err2 == nil) {
			t.Fatalf("ParseQuery is not deterministic on %q", raw)
		}
		if err1 == nil && q1.Code == "" && q1.Error == "" {
			t.Fatalf("accepted a query without code or error: %q", raw)
		}
		_, err = fx.flow.Callback(context.Background(), v, "browser")
		if err == nil {
			t.Fatalf("Callback accepted a query with no valid state: %q", raw)
		}
		// The code may occur in the error's own words ("stat" in "state"):
		// it is quoted when it occurs more often than with another code of
		// the same length in its place.
		if c := v.Get("code"); len(c) >= 4 && strings.Contains(err.Error(), c) {
			other := strings.Repeat("#", len(c))
			if other == c {
				other = strings.Repeat("%", len(c))
			}
			alt := url.Values{}
			for k, vs := range v {
				for _, x := range vs {
					if k == "code" && x == c {
						x = other
					}
					alt.Add(k, x)
				}
			}
			_, altErr := fx.flow.Callback(context.Background(), alt, "browser")
			if altErr == nil || strings.Count(err.Error(), c) > strings.Count(altErr.Error(), c) {
				t.Fatalf("error quotes the code: %v", err)
			}
		}
	})
}
