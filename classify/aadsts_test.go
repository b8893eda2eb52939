package classify

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAADSTSTable checks the table against the catalog it follows: sorted
// without repeats, and every code of Microsoft's reference (as kept in
// testdata/catalogs/entra_aadsts.jsonl) present with the catalog's class.
func TestAADSTSTable(t *testing.T) {
	for i := 1; i < len(aadstsTable); i++ {
		require.Less(t, aadstsTable[i-1].code, aadstsTable[i].code, "table not sorted or repeats a code")
	}
	inTable := map[uint32]Class{}
	for _, e := range aadstsTable {
		inTable[e.code] = e.class
		assert.NotEmpty(t, aadstsRuleIDs[e.class], "no rule for class %s", e.class)
	}
	// The page as first read, and the codes its revision of 2025-02-03 adds.
	catalogs := loadCatalogs(t)
	require.NotEmpty(t, catalogs["entra_aadsts"])
	require.NotEmpty(t, catalogs["entra_aadsts_2025"])
	catalog := slices.Concat(catalogs["entra_aadsts"], catalogs["entra_aadsts_2025"])
	listed := 0
	for _, e := range catalog {
		n, err := strconv.ParseUint(strings.TrimPrefix(e.ID, "entra-aadsts"), 10, 32)
		require.NoError(t, err, e.ID)
		c, ok := inTable[uint32(n)]
		listed++
		assert.True(t, ok, "%s missing from aadstsTable", e.ID)
		assert.Equal(t, e.WantClass, c, e.ID)
	}
	// The rows marked "not on the page" in aadsts_table.go, and AADSTS90112
	// (on the page of 2025-02-03, no catalog row: its text is a held-out row's).
	assert.Equal(t, listed+24, len(aadstsTable))
}

// Microsoft's wording that changes a code's meaning, the code deciding over
// the error field, and the last of several codes deciding.
func TestAADSTSWording(t *testing.T) {
	for _, tc := range []struct {
		name  string
		grant Grant
		code  string
		desc  string
		class Class
	}{
		// learn.microsoft.com reference: AADSTS70000 InvalidGrant; the service
		// abuse wording is a block (AzureAD MSAL ObjC #2094).
		{"70000 invalid grant", GrantRefresh, "invalid_grant", "AADSTS70000: The provided access grant is invalid or malformed.", ClassRevoked},
		{"70000 service abuse", GrantRefresh, "invalid_grant", "AADSTS70000: User account is found to be in service abuse mode.", ClassBlocked},
		// AADSTS7000112: the reference's own text is the app's; the runtime
		// message naming the application is the tenant's switch.
		{"7000112 reference", GrantRefresh, "unauthorized_client", "AADSTS7000112: UnauthorizedClientApplicationDisabled - The application is disabled.", ClassPlatform},
		{"7000112 named", GrantRefresh, "unauthorized_client", "AADSTS7000112: Application '0000'(Mail sync) is disabled.", ClassAdmin},
		{"16000 password change", GrantRefresh, "interaction_required", "AADSTS16000: Session is invalid due to expiration or recent password change.", ClassRevoked},
		// The code decides over the error field.
		{"secret under invalid_grant", GrantRefresh, "invalid_grant", "AADSTS7000215: Invalid client secret provided.", ClassPlatform},
		{"lower case", GrantRefresh, "invalid_grant", "aadsts700082: the refresh token has expired due to inactivity", ClassRevoked},
		{"last code decides", GrantRefresh, "invalid_grant", "AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password.", ClassAuth},
		// A code the table does not know leaves the error field to decide.
		{"unknown code", GrantRefresh, "invalid_grant", "AADSTS999999999: something new", ClassRevoked},
		// A dead grant during a code exchange is the product's request.
		{"code exchange", GrantAuthorizationCode, "invalid_grant", "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.", ClassPlatform},
		{"admin survives the exchange", GrantAuthorizationCode, "access_denied", "AADSTS90094: Admin consent is required.", ClassAdmin},
	} {
		v := OAuth(tc.grant, 400, tc.code, tc.desc)
		assert.Equal(t, tc.class, v.Class, "%s (rule %s)", tc.name, v.Rule)
		assert.Equal(t, "microsoft365", v.Provider, tc.name)
	}
}

// Grants: the same invalid_grant means a dead grant in a refresh and the
// product's request in the other grants (RFC 6749 4.1.3, 4.4, RFC 7523).
func TestOAuthGrants(t *testing.T) {
	for _, g := range []Grant{GrantUnknown, GrantRefresh} {
		assert.Equal(t, ClassRevoked, OAuth(g, 400, "invalid_grant", "Token has been expired or revoked.").Class, g)
	}
	for _, g := range []Grant{GrantAuthorizationCode, GrantClientCredentials, GrantJWTBearer} {
		v := OAuth(g, 400, "invalid_grant", "Token has been expired or revoked.")
		assert.Equal(t, ClassPlatform, v.Class, g)
		assert.Equal(t, "oauth_code_exchange", v.Rule, g)
		assert.False(t, v.NeedsReconnect)
		// Temporary trouble stays temporary.
		assert.Equal(t, ClassTransient, OAuth(g, 503, "", "Service Unavailable").Class, g)
		assert.True(t, g.Valid())
	}
	assert.False(t, Grant("password").Valid())
	// Text alone recognises code-exchange wording.
	for _, s := range []string{
		`oauth2: "invalid_grant" "Malformed auth code."`,
		`{"error":"invalid_grant","error_description":"Invalid grant: account not found"}`,
		`{"error":"INVALID_AUTHORIZATION_CODE","error_description":"invalid authorization code"}`,
		`{"error":"invalid_grant","error_description":"code_verifier does not match"}`,
	} {
		assert.Equal(t, ClassPlatform, Text(s).Class, s)
	}
	assert.Equal(t, ClassRevoked, Text(`{"error":{"errorId":"INVALID_REFRESH_TOKEN","message":"invalid refresh token"}}`).Class)
	// QQ's "authorization code" is its app password: not a code exchange.
	assert.Equal(t, ClassAuth, Text("535 Error: Please use authorization code to login.").Class)
}
