package reconnect

import (
	"strings"
	"unicode/utf8"
)

// MaxErrorLen is the most bytes of error text the Machine stores: in a
// mailbox's last_error, in an event's detail, and in a hold's last error.
// Longer text is cut on a rune boundary and ends with "…"; any text is made
// valid UTF-8 (each invalid byte becomes U+FFFD) before it reaches a store.
// Provider replies are far shorter: Gmail's 535 5.7.8 is about 150 bytes,
// Microsoft's 5.7.139 about 170.
const MaxErrorLen = 512

// ellipsis marks text cut at MaxErrorLen.
const ellipsis = "…"

// cleanText returns s as the Machine stores it: valid UTF-8, at most
// MaxErrorLen bytes, cut on a rune boundary. Secrets must be scrubbed before:
// a cut could leave only part of one.
func cleanText(s string) string {
	if len(s) <= MaxErrorLen && utf8.ValidString(s) {
		return s
	}
	long := len(s) > MaxErrorLen
	if long {
		s = s[:MaxErrorLen] // before ToValidUTF8, which would copy all of a huge s
	}
	s = strings.ToValidUTF8(s, string(utf8.RuneError))
	if !long && len(s) <= MaxErrorLen {
		return s
	}
	cut := MaxErrorLen - len(ellipsis)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + ellipsis
}
