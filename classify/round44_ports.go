package classify

import (
	"slices"
	"strconv"
)

// Round 44's provider mail hosts named with a port the provider does not
// serve (testdata/heldout/round44.jsonl, rows
// h44a-blastula-java-o365-465-sending-failed and
// h44b-imapfilter-gmail-port-143-login-request-failed): a wrapper that names
// only the host and port it tried ("Sending the email to the following server
// failed : smtp.office365.com:465", "error while initiating connection to
// imap.gmail.com at port 143 ... login request ... failed") failed because
// the setting is wrong, whatever words the wrapper puts after it. The class
// is config (testdata/README.md: "wrong port or host").
//
// The table below (portTable44) holds each provider's hosts, the ports its
// own page gives them, and the ports that page rules out. A port is called
// not served only where the provider's page says so or requires implicit TLS
// on the one port it gives for the protocol; a port a page merely leaves out
// is not claimed (Exchange Online's outlook.office365.com on 143 and 110,
// Apple's smtp.mail.me.com on 465, port 25 anywhere: ISPs block it and
// several submission hosts take it). Sources:
//   - Google: developers.google.com/workspace/gmail/imap/imap-smtp (read
//     2026-12-05 in its Chinese copy on developers.google.cn; the same
//     sentence in the French copy of developers.google.com/gmail/
//     oauth_overview): "Incoming connections to the IMAP server at
//     imap.gmail.com:993 and the POP server at pop.gmail.com:995 require
//     SSL"; smtp.gmail.com takes 465 (SSL) and 587 (STARTTLS). So
//     imap.gmail.com:143 and pop.gmail.com:110 are not served.
//   - Microsoft: MicrosoftDocs/OfficeDocs-Exchange 52e8b70f (read 2026-12-05),
//     Exchange/ExchangeOnline/clients-and-mobile-in-exchange-online/
//     pop3-and-imap4/pop3-and-imap4.md (POP3 outlook.office365.com 995, IMAP4
//     outlook.office365.com 993, SMTP smtp.office365.com 587 STARTTLS) and
//     Exchange/ExchangeOnline/mail-flow-best-practices/how-to-set-up-a-
//     multifunction-device-or-application-to-send-email-using-microsoft-365-
//     or-office-365.md ("Port 587 (recommended) or port 25"; "If your device
//     recommends or defaults to port 465, it does not support SMTP AUTH
//     client submission"). So smtp.office365.com:465 is not served.
//   - Zoho: www.zoho.com/mail/help/pop-access.html (read 2026-12-05):
//     "Incoming Server Name: pop.zoho.com, Port: 995, Require SSL: Yes";
//     smtp.zoho.com 465 (SSL) or 587 (TLS). So pop.zoho.com:110 is not
//     served.
//
// Yahoo, AOL, Apple iCloud, Yandex, Mail.ru, GMX/Web.de and Fastmail are not
// in the table: their own help pages could not be read for this change, and
// some of them serve a STARTTLS port beside the implicit-TLS one (GMX, Web.de)
// or have in the past (Yandex, Mail.ru), so no port of theirs is called
// unserved. Proton Mail Bridge listens on the owner's own machine.
//
// Where the port is clearly the connection's: the host written right before
// it, in the spellings clients log (portSpellings44): Java's and Go's
// "host:port" (Commons Email, "dial tcp host:port", PHP's
// "ssl://host:port", .NET's "(host:port)", MailKit's "smtps://host:port/"),
// curl's "host port N", imapfilter's "host at port N", "host on port N",
// JavaMail's "host, port: N" and "host, N;", Python's "('host', N)" (smtplib's
// "connect: to"), c-client's "host,N:" (PHP imap_open), Ruby's
// `for "host" port N`, key=value and JSON logs. A text that also names the
// host with a port the provider serves (a second attempt) or carries the
// server's own answer (a session took place, so some port answered) is left
// to the other rules. A port number elsewhere in the text ("after 465 ms")
// is not read.
//
// Not covered: a provider's host with a suffix appended
// ("outlook.office365.com.office.example.net port 465",
// h44a-blastula-o365-wrong-host-timeout). A phrase cannot tell a host name
// continued by more labels from one that ends a sentence ("... to
// outlook.office365.com."), and a resolver that appends its search domain
// prints the same name when DNS fails, which is the network's; the timeout
// keeps its transient reading.

// portHost44 is one provider host: the ports the provider's page gives it and
// the ports the page rules out.
type portHost44 struct {
	host      string
	served    []int
	notServed []int
}

// portTable44 lists the providers' mail hosts (see the sources above).
var portTable44 = []struct {
	provider string
	hosts    []portHost44
}{
	{"gmail", []portHost44{
		{"imap.gmail.com", []int{993}, []int{143}},
		{"pop.gmail.com", []int{995}, []int{110}},
		{"smtp.gmail.com", []int{465, 587}, nil},
	}},
	{"microsoft365", []portHost44{
		{"smtp.office365.com", []int{587, 25}, []int{465}},
		{"outlook.office365.com", []int{993, 995}, nil},
	}},
	{"zoho", []portHost44{
		{"pop.zoho.com", []int{995}, []int{110}},
		{"smtp.zoho.com", []int{465, 587}, nil},
	}},
}

// portSpellings44 are the ways a log writes a host and the port it connects
// to: the host, then one of these, then the port.
var portSpellings44 = []string{
	":", " port ", " at port ", " on port ", ", port ", ", port: ", " port: ", " port=", ", port=",
	`" port=`, `" port `, `', `, `","port":`, `", "port": `, ", ", ",",
}

// portAfter44 is what must follow the port in a spelling whose port could
// otherwise be any number that follows a comma: JavaMail's "host, 465;",
// Python's "('host', 465)" and c-client's "host,143:".
var portAfter44 = map[string]string{`', `: ")", ", ": ";", ",": ":"}

// hostPortPhrases44 returns the phrases that name host with port.
func hostPortPhrases44(host string, port int) []string {
	out := make([]string, 0, len(portSpellings44))
	for _, s := range portSpellings44 {
		out = append(out, host+s+strconv.Itoa(port)+portAfter44[s])
	}
	return out
}

// portRules44 makes the family's rule from portTable44: one rule for all the
// providers, so that every host of the table is held by the round's rows (the
// provider shows in the verdict where a marker names it).
func portRules44() []rule {
	var wrong, right []string
	for _, pr := range portTable44 {
		for _, h := range pr.hosts {
			for _, port := range h.notServed {
				wrong = append(wrong, hostPortPhrases44(h.host, port)...)
			}
			for _, port := range h.served {
				right = append(right, hostPortPhrases44(h.host, port)...)
			}
		}
	}
	return []rule{{id: "ports_port_not_served", class: ClassConfig,
		anyOf:   wrong,
		alsoAny: portFailed44,
		noneOf:  slices.Concat(right, portServerAnswered44),
		doc:     "a client names a provider's mail host (Gmail, Microsoft 365, Zoho) with a port the provider does not serve on it, and the connection failed: the port setting is wrong"}}
}

// portFailed44 says the connection failed, in any client's words.
var portFailed44 = p("fail", "error", "exception", "refused", "timed out", "timeout", "unable", "could not", "couldn't", "can't", "cannot",
	"unreachable", "reset", "closed", "no route", "i/o", "eof", "errno", "econn", "etimedout", "aborted", "expired")

// portServerAnswered44 are the server's own answers to a login: a session
// took place on some port, so the answer decides.
var portServerAnswered44 = p("authenticationfailed", "authentication unsuccessful", "username and password not accepted",
	"535 5.7", "535-5.7", "534 5.7", "534-5.7", "[auth]")

// round44PortsEarlyRules come before languageRules and the generic wrappers
// (textRules' "login request ... failed", the network's timeouts and
// refusals), which would read the wrapper's words and not the port.
var round44PortsEarlyRules = portRules44()
