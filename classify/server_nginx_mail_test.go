package classify

import (
	"testing"
)

// TestNginxMailReplies checks the replies nginx's mail proxy (nginx/nginx
// commit 3f6f7824, src/mail) sends to a mail client, labelled from the code
// that sends each (testdata/catalogs/server_nginx_mail.jsonl), not from the
// rules. IMAP replies are composed as src/mail/ngx_mail_imap_handler.c sends
// them: the client's tag, then imap_invalid_command; the others are the
// static strings of ngx_mail_{smtp,imap,pop3}_module.c and
// ngx_mail_smtp_handler.c as sent.
func TestNginxMailReplies(t *testing.T) {
	assertTextRules(t, []textCase{
		// ngx_mail_imap_login() under starttls only before STARTTLS:
		// NGX_MAIL_PARSE_INVALID_COMMAND, sent as the tag "A001 " plus
		// "BAD invalid command".
		{"A001 BAD invalid command", ClassConfig, "retired_host"},
		// ngx_mail_pop3_user() under starttls only before STLS.
		{"-ERR invalid command", ClassConfig, "retired_host"},
		// ngx_mail_session_internal_server_error(): the auth_http lookup failed.
		{"* BAD internal server error", ClassTransient, "server_internal_error"},
		{"-ERR internal server error", ClassTransient, "server_internal_error"},
		// ngx_mail_verify_cert(): ssl_verify_client refused the client certificate.
		{"* BYE SSL certificate error", ClassConfig, "tls_certificate"},
		{"421 4.7.1 No required SSL certificate", ClassConfig, "tls_certificate"},
		// ngx_mail_smtp_invalid_pipelining(): commands before the greeting.
		{"503 5.5.0 Improper use of SMTP command pipelining", ClassConfig, "enhanced_5.5.x_protocol"},
	})
	// Look-alikes: replies sent at the login step that concern the
	// client's security setting, certificate or command, not the password.
	assertNotClasses(t, []string{
		"a1 BAD invalid command",
		"-ERR invalid command",
		"-ERR No required SSL certificate",
		"* BYE No required SSL certificate",
		"501 5.5.4 Invalid argument",
	}, ClassAuth, ClassRevoked, ClassBlocked, ClassAdmin)
}
