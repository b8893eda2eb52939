package sqlstore

import (
	"testing"
	"unicode/utf8"

	"github.com/mailreconnect/sdk/reconnect"
)

func TestStoredTextIsValidUTF8WithoutNULAndRoundTrips(t *testing.T) {
	for _, s := range []string{
		"", "535 5.7.8 Error: authentication failed",
		"550 Benutzer unbekannt: M\xfcller", // Latin-1 ü
		"421 bye\x00trailing", "\x1b", "\x1b\"quoted\"", "\xff\xfe", "ünïcödé ✓",
	} {
		st := storeText(s)
		if !utf8.ValidString(st) {
			t.Errorf("storeText(%q) = %q is not valid UTF-8", s, st)
		}
		for i := 0; i < len(st); i++ {
			if st[i] == 0 {
				t.Errorf("storeText(%q) = %q holds NUL", s, st)
			}
		}
		if got := loadText(st); got != s {
			t.Errorf("loadText(storeText(%q)) = %q", s, got)
		}
	}
	if got := storeText("plain text"); got != "plain text" {
		t.Errorf("ordinary text is stored as %q", got)
	}
}

func TestStoreStringsLeavesTheCallersValueAlone(t *testing.T) {
	e := reconnect.Event{Detail: "caf\xe9"}
	in := []reconnect.Record{{Mailbox: reconnect.Mailbox{ID: "a", LastError: "x\x00y"}}}
	got := storeStrings(in)
	if in[0].LastError != "x\x00y" || e.Detail != "caf\xe9" {
		t.Fatal("storeStrings changed its argument")
	}
	if got[0].LastError == in[0].LastError {
		t.Fatal("storeStrings did not encode the slice's strings")
	}
	loadStrings(&got)
	if got[0].LastError != "x\x00y" {
		t.Fatalf("round trip: %q", got[0].LastError)
	}
}
