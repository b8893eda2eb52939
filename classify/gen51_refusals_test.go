package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGen51RefusalsFamilies asserts the shared ways mail clients say that the
// server refused the login, or that the configured host does not exist, in
// client_refusal_sentences.jsonl, plus look-alikes that must keep their class.
func TestGen51RefusalsFamilies(t *testing.T) {
	assertCatalogClasses(t, "client_refusal_sentences")
	for text, want := range map[string]Class{
		// credential_words, extended: a refusal said as "did not accept" or
		// "couldn't log in".
		"SMTP server did not accept the username.":        ClassAuth,
		"The mail server did not accept your credentials": ClassAuth,
		"We couldn't log in to your mailbox":              ClassAuth,
		"Could not login to pop.example.org.":             ClassAuth,
		// Look-alikes: the connection, not the login.
		"SMTP server did not accept the connection.":                                  ClassUnknown,
		"Could not login: connection timed out":                                       ClassTransient,
		"We couldn't log in to your mailbox, try again later":                         ClassTransient,
		"Host lookup “imap.example.org” failed: Temporary failure in name resolution": ClassTransient,
		"Check your receiving server details: connection timed out":                   ClassTransient,
	} {
		assert.Equal(t, want, Text(text).Class, text)
	}
}
