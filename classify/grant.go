package classify

// Grant is the OAuth 2.0 grant type of the token request that failed, as sent
// in its grant_type parameter (RFC 6749 section 4, RFC 7523 section 2.1). The
// same error means different things in different grants: invalid_grant while
// refreshing says the owner's grant is gone, while exchanging an authorization
// code it says the integrating product sent a bad code, verifier or redirect
// URI. The empty Grant means unknown.
type Grant string

// Grant types.
const (
	// GrantUnknown: the grant type is not known. Errors are read as in a
	// refresh, except that code-exchange wording ("code_verifier", "redirect
	// URI", "Malformed auth code", Zoho's "grant token") and service-account
	// wording ("Invalid JWT") mark the request as the product's.
	GrantUnknown Grant = ""
	// GrantRefresh: a refresh_token grant, the renewal of a stored grant.
	GrantRefresh Grant = "refresh_token"
	// GrantAuthorizationCode: an authorization_code grant, the exchange of a
	// code after the owner signed in.
	GrantAuthorizationCode Grant = "authorization_code"
	// GrantClientCredentials: a client_credentials grant (the application acts
	// as itself, with no user).
	GrantClientCredentials Grant = "client_credentials"
	// GrantJWTBearer: a JWT bearer assertion (RFC 7523), such as a Google
	// service account acting for a user through domain-wide delegation.
	GrantJWTBearer Grant = "urn:ietf:params:oauth:grant-type:jwt-bearer"
)

// Valid reports whether g is one of the grant types above.
func (g Grant) Valid() bool {
	switch g {
	case GrantUnknown, GrantRefresh, GrantAuthorizationCode, GrantClientCredentials, GrantJWTBearer:
		return true
	}
	return false
}

// forGrant adjusts a token endpoint verdict to the grant that failed. In
// every grant but a refresh (or an unknown grant whose text shows a code
// exchange or a service-account assertion), a failure the owner would fix by
// signing in again (auth, revoked) is the integrating product's request
// instead: the owner has just signed in, or there is no owner in the request.
// An administrator's block (admin), a provider's block (blocked) and temporary
// classes keep their class.
func forGrant(g Grant, v *Verdict, found *phraseSet) {
	if g == GrantUnknown || g == GrantRefresh {
		if g == GrantRefresh || !found.any(table.codeExchange) {
			return
		}
	}
	if v.Class == ClassAuth || v.Class == ClassRevoked {
		decided(v, table.codeExchangeRule)
	}
}
