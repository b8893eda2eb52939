package main

import (
	"bufio"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"golang.org/x/oauth2"
)

// oauthCases are the oauth cases.
func oauthCases(dnsAddr string) []caseDef {
	resolver := fakeResolver(dnsAddr)
	return []caseDef{
		// ---------------- OAuth token endpoint ----------------
		{name: "oauth-invalid-grant-400", protocol: "oauth", pkg: pkgOAuth2, class: "revoked", reason: revokedReason,
			note: "refresh against an httptest token endpoint answering 400 {\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"} (composed body)",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(400, "application/json", `{"error":"invalid_grant","error_description":"Token has been expired or revoked."}`))
			}},
		{name: "oauth-invalid-grant-form-encoded", protocol: "oauth", pkg: pkgOAuth2, class: "revoked", reason: revokedReason,
			note: "token endpoint answering 400 with Content-Type application/x-www-form-urlencoded: error=invalid_grant&error_description=The+refresh+token+is+invalid. (composed body)",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(400, "application/x-www-form-urlencoded", `error=invalid_grant&error_description=The+refresh+token+is+invalid.`))
			}},
		{name: "oauth-invalid-grant-status-200", protocol: "oauth", pkg: pkgOAuth2, class: "revoked", reason: revokedReason,
			note: "an unorthodox token endpoint answering 200 with {\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"} (composed body); x/oauth2 still returns *oauth2.RetrieveError",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(200, "application/json", `{"error":"invalid_grant","error_description":"Bad Request"}`))
			}},
		{name: "oauth-invalid-client-401", protocol: "oauth", pkg: pkgOAuth2, class: "platform", lookalike: true,
			note: "401 {\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed.\"} (composed body): the integrator's client credentials, not the owner's password",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(401, "application/json", `{"error":"invalid_client","error_description":"Client authentication failed."}`))
			}},
		{name: "oauth-invalid-client-secret-expired-401", protocol: "oauth", pkg: pkgOAuth2, class: "platform", lookalike: true,
			note: "401 invalid_client whose description says the client secret expired, with an error_uri (composed body); 'expired' is the app's secret, not the owner's grant",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(401, "application/json", `{"error":"invalid_client","error_description":"The provided client secret has expired.","error_uri":"https://login.example.test/error?code=7000222"}`))
			}},
		{name: "oauth-unauthorized-client-400", protocol: "oauth", pkg: pkgOAuth2, class: "platform", lookalike: true,
			note: "400 {\"error\":\"unauthorized_client\",...} (composed body): the OAuth client is not allowed this grant; 'unauthorized' is about the app, not the owner",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(400, "application/json", `{"error":"unauthorized_client","error_description":"The client is not authorized to use this grant type."}`))
			}},
		{name: "oauth-502-html", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "502 with an HTML page in the form of nginx's default error page (composed); RetrieveError.Error() prints the status line and the raw body",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(502, "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"))
			}},
		{name: "oauth-502-html-invalid-unauthorized", protocol: "oauth", pkg: pkgOAuth2, class: "transient", lookalike: true,
			note: "502 HTML proxy page (composed) whose text contains 'invalid' and 'Unauthorized': still a gateway failure",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(502, "text/html; charset=iso-8859-1", "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>502 Proxy Error</title>\n</head><body>\n<h1>Proxy Error</h1>\n<p>The proxy server received an invalid\nresponse from an upstream server.<br />\nThe proxy server could not handle the request <em><a href=\"/token\">POST&nbsp;/token</a></em>.</p>\n<p>Unauthorized access to this gateway is logged.</p>\n</body></html>\n"))
			}},
		{name: "oauth-503-temporarily-unavailable", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "503 {\"error\":\"temporarily_unavailable\",...} (composed body)",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(503, "application/json", `{"error":"temporarily_unavailable","error_description":"The service is temporarily unavailable. Please try again later."}`))
			}},
		{name: "oauth-500-server-error", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "500 {\"error\":\"server_error\",...} (composed body)",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(500, "application/json", `{"error":"server_error","error_description":"An internal error occurred."}`))
			}},
		{name: "oauth-504-empty-body", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "504 with an empty body",
			run:  func() error { return tokenSourceErr(bg(), tokenEndpoint(504, "", "")) }},
		{name: "oauth-408-request-timeout", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "408 with a text/plain body",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(408, "text/plain; charset=utf-8", "Request Timeout"))
			}},
		{name: "oauth-429-plain", protocol: "oauth", pkg: pkgOAuth2, class: "rate_limited",
			note: "429 with a text/plain body (x/oauth2 parses text/plain as a query string; no error code is found)",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(429, "text/plain; charset=utf-8", "Too Many Requests"))
			}},
		{name: "oauth-429-empty-body", protocol: "oauth", pkg: pkgOAuth2, class: "rate_limited",
			note: "429 with an empty body",
			run:  func() error { return tokenSourceErr(bg(), tokenEndpoint(429, "", "")) }},
		{name: "oauth-missing-access-token", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "200 {\"access_token\":\"\",\"token_type\":\"Bearer\",\"expires_in\":3599}",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(200, "application/json", `{"access_token":"","token_type":"Bearer","expires_in":3599}`))
			}},
		{name: "oauth-400-non-json", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "400 with Content-Type application/json but body \"Bad Request\" (not JSON): no error code to judge by; not a 5xx, not HTML. Relabelled transient on review: a 4xx without an RFC 6749 error code comes from infrastructure in front of the token endpoint (stacklok/toolhive PR #5170), so it is retried, never a reconnect.",
			run:  func() error { return tokenSourceErr(bg(), tokenEndpoint(400, "application/json", "Bad Request")) }},
		{name: "oauth-400-html", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "400 with an HTML page (composed) from a front end; README: a token endpoint answering an HTML page is transient",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(400, "text/html; charset=UTF-8", "<!DOCTYPE html>\n<html lang=en>\n<title>Error 400 (Bad Request)!!1</title>\n<p><b>400.</b> <ins>That’s an error.</ins>\n<p>Your client has issued a malformed or illegal request.  <ins>That’s all we know.</ins>\n"))
			}},
		{name: "oauth-200-html-cannot-parse-json", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "200 with an HTML page (a captive portal or proxy login page); x/oauth2 fails to parse it as JSON",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(200, "text/html", "<html><head><title>Sign in to the network</title></head><body>Please sign in.</body></html>"))
			}},
		{name: "oauth-truncated-body", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "200 with Content-Length 200 but only part of the JSON body sent before the connection closes",
			run: func() error {
				return tokenSourceErr(bg(), hijackServer(func(c net.Conn, rw *bufio.ReadWriter) {
					rw.WriteString("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"access_token\":\"ya29.a0")
					rw.Flush()
					c.Close()
				}))
			}},
		{name: "oauth-context-deadline", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "token endpoint that answers after 3s; TokenSource context with a 300ms deadline; *url.Error wrapping context.DeadlineExceeded",
			run:  func() error { return tokenSourceErr(ctxTimeout(300*time.Millisecond), slowServer(3*time.Second)) }},
		{name: "oauth-client-timeout", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "http.Client{Timeout: 300ms} passed with oauth2.HTTPClient; the endpoint answers after 3s",
			run: func() error {
				ctx := context.WithValue(bg(), oauth2.HTTPClient, &http.Client{Timeout: 300 * time.Millisecond})
				return tokenSourceErr(ctx, slowServer(3*time.Second))
			}},
		{name: "oauth-context-canceled", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "the TokenSource context is canceled while the request waits",
			run: func() error {
				ctx, cancel := context.WithCancel(bg())
				time.AfterFunc(300*time.Millisecond, cancel)
				return tokenSourceErr(ctx, slowServer(3*time.Second))
			}},
		{name: "oauth-connection-refused", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "TokenURL http://127.0.0.1:1/token, nothing listens",
			run:  func() error { return tokenSourceErr(bg(), "http://127.0.0.1:1/token") }},
		{name: "oauth-eof", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "the token endpoint reads the request and closes the connection without a response",
			run: func() error {
				return tokenSourceErr(bg(), hijackServer(func(c net.Conn, rw *bufio.ReadWriter) { c.Close() }))
			}},
		{name: "oauth-connection-reset", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "the token endpoint reads the request and resets the connection (SO_LINGER 0)",
			run: func() error {
				return tokenSourceErr(bg(), hijackServer(func(c net.Conn, rw *bufio.ReadWriter) { resetConn(c) }))
			}},
		{name: "oauth-https-to-http-server", protocol: "oauth", pkg: pkgOAuth2, class: "config",
			note: "TokenURL with https:// pointing at a plain HTTP endpoint",
			run: func() error {
				u := tokenEndpoint(200, "application/json", `{"access_token":"x","token_type":"Bearer"}`)
				return tokenSourceErr(bg(), strings.Replace(u, "http://", "https://", 1))
			}},
		{name: "oauth-tls-unknown-authority", protocol: "oauth", pkg: pkgOAuth2, class: "config",
			note: "httptest.NewTLSServer token endpoint whose certificate is not trusted by the client",
			run: func() error {
				srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
				srv.Config.ErrorLog = nil
				srv.Config.ErrorLog = quietLog()
				atExit(srv.Close)
				return tokenSourceErr(bg(), srv.URL+"/token")
			}},
		{name: "oauth-dns-no-such-host", protocol: "oauth", pkg: pkgOAuth2, class: "config",
			note: "TokenURL https://login.example.test/oauth2/token; the http.Transport dials through net.Dialer{Resolver} with the fake DNS server (NXDOMAIN)",
			run: func() error {
				d := &net.Dialer{Resolver: resolver, Timeout: 5 * time.Second}
				hc := &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
				ctx := context.WithValue(bg(), oauth2.HTTPClient, hc)
				return tokenSourceErr(ctx, "https://login.example.test/oauth2/token")
			}},
	}
}
