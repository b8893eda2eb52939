package classify

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixture is one real provider error from testdata/errors (schema in
// testdata/README.md).
type fixture struct {
	ID        string `json:"id"`
	Provider  string `json:"provider"`
	Protocol  string `json:"protocol"`
	Host      string `json:"host"`
	Code      int    `json:"code"`
	Enhanced  string `json:"enhanced"`
	Text      string `json:"text"`
	Class     Class  `json:"class"`
	Reason    Reason `json:"reason"`
	Source    string `json:"source"`
	Note      string `json:"note"`
	Lookalike bool   `json:"lookalike"`
	// Grant is the OAuth grant type of the failing token request
	// (refresh_token, authorization_code, client_credentials, jwt_bearer), or "".
	Grant string `json:"grant"`
	file  string
}

// loadFixtures reads every fixture file matching glob under testdata.
func loadFixtures(t testing.TB, glob string) []fixture {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", glob))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no fixture files match %s", glob)
	var out []fixture
	ids := map[string]string{}
	for _, name := range files {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for line := 1; sc.Scan(); line++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var fx fixture
			dec := json.NewDecoder(strings.NewReader(sc.Text()))
			dec.DisallowUnknownFields()
			require.NoError(t, dec.Decode(&fx), "%s:%d", name, line)
			require.NotEmpty(t, fx.ID, "%s:%d: id", name, line)
			if prev, dup := ids[fx.ID]; dup { // a map lookup, not require.NotContains's walk over the keys
				t.Fatalf("%s:%d: duplicate id %s (also in %s)", name, line, fx.ID, prev)
			}
			ids[fx.ID] = name
			fx.file = filepath.Base(name)
			out = append(out, fx)
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	return out
}

// classifyFixture runs a fixture through the entry point that matches how it
// would reach the library.
func classifyFixture(fx fixture) Verdict {
	if fx.Grant != "" {
		return OAuth(fixtureGrant(fx.Grant), fx.Code, "", fx.Text)
	}
	if fx.Protocol == "smtp" && (fx.Code != 0 || fx.Enhanced != "") {
		return Reply(fx.Code, fx.Enhanced, fx.Text)
	}
	return Text(fx.Text)
}

// fixtureGrant maps a fixture's grant name to the grant_type it stands for.
func fixtureGrant(name string) Grant {
	if name == "jwt_bearer" {
		return GrantJWTBearer
	}
	return Grant(name)
}

// classReason is the reason this package gives a fixture: the fixture's own,
// except hostinger_reauth_required, which only package provider's Refine gives
// (its tests check those fixtures with the host).
func classReason(fx fixture) Reason {
	if fx.Reason == ReasonHostingerReauth {
		return ReasonAuthFailure
	}
	return fx.Reason
}

// fixtureReason is the reason a fixture of class c seen on provider p must
// record: the class's reason, except Hostinger's own for rejected credentials
// (which package provider's Refine gives).
func fixtureReason(c Class, p string) Reason {
	if c == ClassAuth && p == "hostinger" {
		return ReasonHostingerReauth
	}
	return c.Reason()
}

func TestFixtures(t *testing.T) {
	fixtures := loadFixtures(t, "errors/*.jsonl")
	for _, fx := range fixtures {
		t.Run(fx.ID, func(t *testing.T) {
			require.True(t, fx.Class.Valid() && fx.Class != "", "fixture class %q", fx.Class)
			require.True(t, fx.Reason.Valid(), "fixture reason %q", fx.Reason)
			require.NotEmpty(t, fx.Source, "fixture source")
			require.Contains(t, []string{"smtp", "imap", "oauth", "network", "api"}, fx.Protocol)
			require.Contains(t, []string{"", "refresh_token", "authorization_code", "client_credentials", "jwt_bearer"}, fx.Grant)
			if fx.Grant != "" {
				require.Equal(t, "oauth", fx.Protocol, "grant only on oauth rows")
			}

			v := classifyFixture(fx)
			assert.Equal(t, fx.Class, v.Class, "class (rule %s) for %q", v.Rule, fx.Text)
			assert.Equal(t, classReason(fx), v.Reason, "reason (rule %s)", v.Rule)
			assert.Equal(t, fx.Class.Reconnect(), v.NeedsReconnect)

			// The logged text alone must give the same decision, when it holds
			// the code (some clients log the message without it).
			// A grant other than a refresh is input the text does not carry,
			// so only refresh rows must agree with the text alone.
			if (fx.Grant == "" || fx.Grant == string(GrantRefresh)) && (fx.Code == 0 || strings.Contains(fx.Text, strconv.Itoa(fx.Code))) {
				tv := Text(fx.Text)
				assert.Equal(t, v.Class, tv.Class, "Text and Reply disagree (rules %s, %s)", v.Rule, tv.Rule)
			}
		})
	}
}

// TestFixtureCoverage checks the corpus itself: enough fixtures, providers,
// look-alikes, and every class and reason but auth_errors present.
func TestFixtureCoverage(t *testing.T) {
	fixtures := loadFixtures(t, "errors/*.jsonl")
	classes := map[Class]int{}
	reasons := map[Reason]int{}
	providers := map[string]int{}
	lookalikes := 0
	for _, fx := range fixtures {
		classes[fx.Class]++
		reasons[fx.Reason]++
		if fx.Provider != "" {
			providers[fx.Provider]++
		}
		if fx.Lookalike {
			lookalikes++
		}
		assert.Equal(t, fixtureReason(fx.Class, fx.Provider), fx.Reason, "%s: reason does not follow from class", fx.ID)
	}
	assert.GreaterOrEqual(t, len(fixtures), 300)
	assert.GreaterOrEqual(t, len(providers), 20)
	assert.GreaterOrEqual(t, lookalikes, 80)
	for _, c := range []Class{ClassAuth, ClassAdmin, ClassBlocked, ClassRevoked, ClassAuthTemporary,
		ClassRateLimited, ClassTransient, ClassRecipient, ClassRejected, ClassConfig, ClassPlatform, ClassUnknown} {
		assert.Positive(t, classes[c], "no fixture of class %s", c)
	}
	for _, r := range Reasons() {
		if r != ReasonAuthErrors {
			assert.Positive(t, reasons[r], "no fixture with reason %s", r)
		}
	}
}
