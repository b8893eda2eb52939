package classify

import (
	"slices"
	"strings"
)

// Microsoft Entra (AADSTS) codes decide by a data table rather than by
// phrases: every code of Microsoft's reference
// (https://learn.microsoft.com/entra/identity-platform/reference-error-codes)
// has a class in aadstsTable. The code decides over the OAuth "error" field
// (Entra sends invalid_grant, invalid_client or unauthorized_client with codes
// of every kind), and over the words around it, except where Microsoft's own
// wording changes what a code means (aadstsWording).

// aadstsEntry is one row of aadstsTable.
type aadstsEntry struct {
	code  uint32
	class Class
}

// aadstsClientSecret are the platform codes about the application's own
// credential (client secret, certificate or assertion), which the product
// team fixes by deploying a new one.
var aadstsClientSecret = [...]uint32{70002, 700025, 700027, 7000215, 7000218, 7000222}

// aadstsWording lists words that change the meaning of one code. Each is
// Microsoft's own wording for a case the code's name in the reference does not
// cover.
var aadstsWording = [...]struct {
	code  uint32
	words []string // any of these, lower case
	class Class
}{
	// AADSTS70000 is InvalidGrant, but "User account is found to be in service
	// abuse mode" is Microsoft blocking the account, which no new sign-in
	// lifts.
	{70000, []string{"service abuse"}, ClassBlocked},
	// The reference's AADSTS7000112 reads "The application is disabled"; at
	// sign-in Entra names the application ("Application '<id>'(<name>) is
	// disabled."), which is the tenant's service principal switched off
	// (Enterprise applications, "Enabled for users to sign in"), an
	// administrator's setting.
	// The words are phrases, read from the text as the matcher writes it, so
	// a page's typographic quote or "&#39;" reads as the quote.
	{7000112, []string{"application '"}, ClassAdmin},
	// AADSTS16000 with "Session is invalid due to expiration or recent password
	// change" is the SsoArtifactRevoked case (AADSTS50133): the grant is gone.
	{16000, []string{"recent password change", "due to expiration"}, ClassRevoked},
	// AADSTS70008 (ExpiredOrRevokedGrant) is a refresh token gone, but when
	// its words name only the authorization code (not "authorization code or
	// refresh token") the failed request was the product's own code
	// exchange, which a new redirect repeats: no grant of the mailbox is
	// involved.
	{70008, []string{"authorization code has expired", "authorization code is expired", "authorization code is invalid"}, ClassPlatform},
}

// aadstsRuleIDs names the rule reported for each class of the table. The IDs
// predate the table and are stored with pause reasons, so they stay.
var aadstsRuleIDs = map[Class]string{
	ClassAuth:          "aadsts_bad_password",
	ClassRevoked:       "aadsts_grant_gone",
	ClassAdmin:         "aadsts_admin_policy",
	ClassBlocked:       "aadsts_blocked",
	ClassAuthTemporary: "aadsts_locked",
	ClassRateLimited:   "aadsts_throttled",
	ClassTransient:     "aadsts_temporary",
	ClassPlatform:      "aadsts_app_misconfigured",
	ClassUnknown:       "aadsts_runtime",
	ClassConfig:        "aadsts_client_setup",
}

// aadstsRule returns the rule that decides for the last AADSTS code in s (the
// last is the cause: Entra puts a general code such as AADSTS70002 "Error
// validating credentials" before the specific one), or nil when s holds no
// code the table knows.
func aadstsRule(s string, found *phraseSet) *rule {
	code, ok := lastAADSTS(s)
	if !ok {
		return nil
	}
	i, listed := slices.BinarySearchFunc(aadstsTable[:], code, func(e aadstsEntry, c uint32) int {
		return int(int64(e.code) - int64(c))
	})
	var class Class
	switch {
	case listed:
		class = aadstsTable[i].class
	case conditionalAccess(code):
		class = ClassAdmin
	default:
		return nil
	}
	for k, w := range aadstsWording {
		if w.code == code && found.any(table.aadstsWording[k]) {
			class = w.class
		}
	}
	id := aadstsRuleIDs[class]
	if class == ClassPlatform && slices.Contains(aadstsClientSecret[:], code) {
		id = "aadsts_client_secret"
	}
	return ruleByID(id)
}

// conditionalAccess reports whether code lies in the ranges of Entra's
// Conditional Access and security-policy codes (AADSTS53000 to 53011,
// 530032 to 530035 in the reference): a code of these ranges the reference
// does not list, such as AADSTS530004 "AcceptCompliantDevice setting isn't
// configured for this organization", is the tenant administrator's policy
// too. AADSTS53004 (multifactor registration blocked by risk), the one listed
// code of the ranges that is not the administrator's, is in the table.
func conditionalAccess(code uint32) bool {
	return code >= 53000 && code <= 53999 || code >= 530000 && code <= 539999
}

// lastAADSTS returns the number after the last "AADSTS" (any case) in s.
func lastAADSTS(s string) (uint32, bool) {
	for end := len(s); end > 0; {
		i := lastIndexFold(s[:end], "aadsts")
		if i < 0 {
			return 0, false
		}
		end = i
		j := i + len("aadsts")
		var n uint32
		k := j
		for k < len(s) && k-j < 9 && isDigit(s[k]) {
			n = n*10 + uint32(s[k]-'0')
			k++
		}
		if k > j && (k == len(s) || !isDigit(s[k])) {
			return n, true
		}
	}
	return 0, false
}

// lastIndexFold is strings.LastIndex for an ASCII lower-case sub, ignoring
// the ASCII case of s (a window of len(sub) bytes of s that holds a
// non-ASCII byte never folds to ASCII: it is fewer characters than sub).
func lastIndexFold(s, sub string) int {
	c0, u0 := sub[0], sub[0]
	if c0 >= 'a' && c0 <= 'z' {
		u0 = c0 - 'a' + 'A'
	}
	for i := len(s) - len(sub); i >= 0; i-- {
		if c := s[i]; c == c0 || c == u0 {
			if equalFoldASCII(s[i+1:i+len(sub)], sub[1:]) {
				return i
			}
		}
	}
	return -1
}

// equalFoldASCII reports whether s is lower, an ASCII lower-case string of
// the same length, ignoring the ASCII case of s.
func equalFoldASCII(s, lower string) bool {
	for k := 0; k < len(lower); k++ {
		if c := s[k]; c != lower[k] && (c < 'A' || c > 'Z' || c+'a'-'A' != lower[k]) {
			return false
		}
	}
	return true
}

// containsAnyFold reports whether s holds one of the lower-case words,
// ignoring ASCII case.
func containsAnyFold(s string, words []string) bool {
	for _, w := range words {
		for i := 0; i+len(w) <= len(s); i++ {
			if lower(s[i]) == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// ruleByID returns the rule with the given ID; it panics for an unknown ID,
// which the package tests catch.
func ruleByID(id string) *rule {
	if r := table.byID[id]; r != nil {
		return r
	}
	panic("classify: no rule " + id)
}
