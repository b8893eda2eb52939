// Package mailservers holds tests, and nothing else, that run the SMTP and
// IMAP testers (packages smtpcheck and imapcheck) against real mail server
// software: Postfix for submission, with SASL through Dovecot, and Dovecot
// IMAP, each with implicit TLS and STARTTLS, good and bad certificates, a
// failing password backend and a missing authentication socket.
//
// The servers are started by the repository's .ci/mailservers script, which
// passes their addresses in MAILRECONNECT_* environment variables:
//
//	sudo .ci/mailservers -- go test -race ./reconnect/mailservers/
//
// Without those variables (MAILRECONNECT_CA_FILE first of all) every test is
// skipped, so "go test ./..." passes on a machine without the servers.
package mailservers
