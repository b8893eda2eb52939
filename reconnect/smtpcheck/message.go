package smtpcheck

import (
	"crypto/rand"
	"net/mail"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/reconnect"
)

// TestHeader is the header field that marks the test message sent when
// Options.SendTest is set. Its value is a random ID, different for every test,
// so the host application (or a mail filter) can recognise the message.
const TestHeader = "X-Mailreconnect-Test"

// testAddress returns the address the test message goes from and to: the
// mailbox's address, else the user name when it is an address.
func testAddress(m reconnect.Mailbox, user string) (string, error) {
	for _, s := range []string{m.Email, user} {
		s = strings.TrimSpace(s)
		if s == "" || strings.ContainsAny(s, "\r\n<>") {
			continue
		}
		if a, err := mail.ParseAddress(s); err == nil && a.Address == s {
			return s, nil
		}
	}
	return "", ErrNoAddress
}

// testMessage returns a short plain-text message from addr to itself, with
// CRLF line ends.
func testMessage(addr, id string, now time.Time) string {
	domain := addr[strings.LastIndexByte(addr, '@')+1:]
	lines := []string{
		"From: <" + addr + ">",
		"To: <" + addr + ">",
		"Subject: Mailbox connection test",
		"Date: " + now.Format(time.RFC1123Z),
		"Message-ID: <" + id + "@" + domain + ">",
		TestHeader + ": " + id,
		"Auto-Submitted: auto-generated",
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=utf-8",
		"",
		"This message was sent to check that this mailbox can send mail.",
		"You can delete it.",
	}
	return strings.Join(lines, "\r\n") + "\r\n"
}

// sendTest sends the test message over an authenticated client.
func sendTest(c *smtp.Client, addr string, now time.Time) error {
	id := strings.ToLower(rand.Text())
	if err := c.Mail(addr, nil); err != nil {
		return err
	}
	if err := c.Rcpt(addr, nil); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write([]byte(testMessage(addr, id, now))); err != nil {
		_ = w.Close()
		return err
	}
	return w.Close()
}
