package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 44's provider mail hosts named with a port the provider does not
// serve (round44_ports.go): the round's two texts, the same failure in each
// client's spelling of host and port, and look-alikes that must keep their
// reading (a served port, a host not in the table, a port number that is not
// the connection's, a server's own answer). Texts other than the round's are
// composed from each client's message format (its source or a pasted log):
// Apache Commons Email's EmailException, curl's "Failed to connect to %s port
// %d", Python smtplib's "connect: to (host, port)" debug line, Go's
// "dial tcp", .NET's SocketException and HttpRequestException, MailKit's
// protocol log, Swift Mailer's and Symfony Mailer's "Connection could not be
// established with host", PHP imap_open's mailbox and c-client's "Can't
// connect to %s,%lu", JavaMail's MailConnectException and "Could not connect
// to SMTP host", Ruby's Errno::ECONNREFUSED and Net::OpenTimeout.
func TestRound44PortsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// The round's rows.
		{"Error: EmailException (Java): Sending the email to the following server failed : smtp.office365.com:465", ClassConfig, "ports_port_not_served"},
		{"imapfilter: error while initiating connection to imap.gmail.com at port 143\nimapfilter: login request to MYMAIL@gmail.com@imap.gmail.com failed", ClassConfig, ""},
		// Java: Commons Email, JavaMail (SMTP and IMAP).
		{"org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp.office365.com:465", ClassConfig, "ports_port_not_served"},
		{"com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.office365.com, 465; timeout -1;\n  nested exception is:\n\tjava.net.ConnectException: Connection timed out: connect", ClassConfig, "ports_port_not_served"},
		{"javax.mail.MessagingException: Could not connect to SMTP host: smtp.office365.com, port: 465;\n  nested exception is:\n\tjava.net.SocketTimeoutException: connect timed out", ClassConfig, "ports_port_not_served"},
		{"javax.mail.MessagingException: Couldn't connect to host, port: imap.gmail.com, 143; timeout -1", ClassConfig, "ports_port_not_served"},
		// curl: timed out, refused, couldn't connect.
		{"curl: (28) Failed to connect to smtp.office365.com port 465 after 21041 ms: Timed out", ClassConfig, "ports_port_not_served"},
		{"curl: (7) Failed to connect to smtp.office365.com port 465: Connection refused", ClassConfig, "ports_port_not_served"},
		{"curl: (28) Failed to connect to imap.gmail.com port 143 after 130001 ms: Couldn't connect to server", ClassConfig, "ports_port_not_served"},
		{"Failed to connect to pop.gmail.com port 110 after 21000 ms: Timed out", ClassConfig, "ports_port_not_served"},
		// Python: the (host, port) tuple.
		{"send: connect: to ('smtp.office365.com', 465) None\nTimeoutError: [Errno 110] Connection timed out", ClassConfig, "ports_port_not_served"},
		{"imaplib: could not connect to ('imap.gmail.com', 143): [Errno 111] Connection refused", ClassConfig, "ports_port_not_served"},
		{"poplib error: connecting to ('pop.zoho.com', 110): timed out", ClassConfig, "ports_port_not_served"},
		// Go: dial tcp, a wrapper naming the address, key=value logs.
		{"failed to connect to smtp.office365.com:465: dial tcp 52.96.1.2:465: i/o timeout", ClassConfig, "ports_port_not_served"},
		{"dial tcp smtp.office365.com:465: connect: connection refused", ClassConfig, "ports_port_not_served"},
		{`level=error msg="send failed" host=smtp.office365.com port=465 err="i/o timeout"`, ClassConfig, "ports_port_not_served"},
		{`{"level":"error","host":"smtp.office365.com","port":465,"error":"connection refused"}`, ClassConfig, "ports_port_not_served"},
		// .NET: MailKit's protocol log, an HttpRequestException's (host:port).
		{"Connecting to smtps://smtp.office365.com:465/\nSystem.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time", ClassConfig, "ports_port_not_served"},
		{"System.Net.Http.HttpRequestException: A connection attempt failed because the connected party did not properly respond after a period of time. (smtp.office365.com:465)", ClassConfig, "ports_port_not_served"},
		// PHP: Swift Mailer, Symfony Mailer, imap_open and c-client.
		{"Connection could not be established with host smtp.office365.com :stream_socket_client(): unable to connect to ssl://smtp.office365.com:465 (Connection timed out)", ClassConfig, "ports_port_not_served"},
		{`Connection could not be established with host "ssl://smtp.office365.com:465": stream_socket_client(): Unable to connect to ssl://smtp.office365.com:465 (Connection refused)`, ClassConfig, "ports_port_not_served"},
		{"imap_open(): Couldn't open stream {imap.gmail.com:143/imap}INBOX", ClassConfig, "ports_port_not_served"},
		{"Can't connect to imap.gmail.com,143: Connection timed out", ClassConfig, "ports_port_not_served"},
		// Ruby: Net::SMTP and Net::IMAP's socket errors.
		{`Errno::ECONNREFUSED: Failed to open TCP connection to smtp.office365.com:465 (Connection refused - connect(2) for "smtp.office365.com" port 465)`, ClassConfig, "ports_port_not_served"},
		{`Net::OpenTimeout: execution expired (connect(2) for "imap.gmail.com" port 143)`, ClassConfig, "ports_port_not_served"},
		// "on port N", and a wrapper's login words after the wrong port.
		{"Could not connect to pop.zoho.com on port 110: Connection refused", ClassConfig, "ports_port_not_served"},
		{"Login to imap.gmail.com on port 143 failed", ClassConfig, "ports_port_not_served"},
		{"Authentication failed for imap.gmail.com:143", ClassConfig, "ports_port_not_served"},
		{"LOGIN failed: could not log in to imap.gmail.com at port 143", ClassConfig, "ports_port_not_served"},

		// Look-alikes. A port the provider serves keeps its reading.
		{"Failed to connect to smtp.office365.com port 587: Timed out", ClassTransient, "network_timeout"},
		{"Failed to connect to smtp.office365.com port 25: Timed out", ClassTransient, "network_timeout"},
		{"Sending the email to the following server failed : smtp.gmail.com:465", ClassUnknown, ""},
		{"Sending the email to the following server failed : smtp.office365.com:587", ClassUnknown, ""},
		{"dial tcp smtp.gmail.com:587: i/o timeout", ClassTransient, "network_timeout"},
		{"Failed to connect to imap.gmail.com port 993: Connection refused", ClassTransient, ""},
		{"Can't connect to imap.gmail.com,993: Connection timed out", ClassTransient, "network_timeout"},
		{"Failed to connect to smtp.zoho.com port 465: Timed out", ClassTransient, "network_timeout"},
		// Hosts not in the table, or a port the table does not claim.
		{"Failed to connect to mail.example.com port 465: Timed out", ClassTransient, "network_timeout"},
		{"Failed to connect to smtp.mail.me.com port 465: Timed out", ClassTransient, "network_timeout"},
		{"Failed to connect to outlook.office365.com port 143: Timed out", ClassTransient, "network_timeout"},
		{"Failed to connect to imap.gmail.com port 1993: Timed out", ClassTransient, "network_timeout"},
		// A provider's host with a suffix appended (the round's
		// h44a-blastula-o365-wrong-host-timeout, left missed).
		{"Error in curl_fetch_memory(smtp_server, handle = h) : \n  Failed to connect to outlook.office365.com.office.johndeere.myshn.net port 465: Timed out", ClassTransient, "network_timeout"},
		// A number that is not the connection's port.
		{"curl: (28) Failed to connect to smtp.office365.com port 587 after 465 ms: Timed out", ClassTransient, "network_timeout"},
		{"imap.gmail.com:993: read 143 bytes then connection reset by peer", ClassTransient, ""},
		// A second attempt on a served port, and no failure at all.
		{"Connection to smtp.office365.com:465 failed; retrying smtp.office365.com:587: connection timed out", ClassTransient, "network_timeout"},
		{"Connecting to smtp.office365.com:465", ClassUnknown, ""},
		// The server's own answer decides.
		{"smtp.office365.com:465 535 5.7.3 Authentication unsuccessful", ClassAuth, "ms_auth_unsuccessful"},
		{"* NO [AUTHENTICATIONFAILED] Invalid credentials (Failure) imap.gmail.com:143", ClassAuth, ""},
	})
}

// The table names providers the package knows, and no port is both served
// and ruled out.
func TestRound44PortTable(t *testing.T) {
	for _, pr := range portTable44 {
		assert.Contains(t, Providers(), pr.provider)
		for _, h := range pr.hosts {
			for _, port := range h.notServed {
				assert.NotContains(t, h.served, port, h.host)
			}
		}
	}
}
