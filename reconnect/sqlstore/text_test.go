package sqlstore

import (
	"reflect"
	"strings"
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

// TestScanRecordTurnsBackEveryMarkedColumn stores a record with one untrusted
// string in each kind of column (plain text, the flag's verdict, the suspect
// verdict, a hold's cursor) and reads it back from the encoded columns, once
// as encoding/json wrote them and once with the escapes in upper case (valid
// JSON a hand-written or other-tool row may hold).
func TestScanRecordTurnsBackEveryMarkedColumn(t *testing.T) {
	want := flaggedRecord()
	want.LastError = "550 M\xfcller"
	want.Flag.Verdict.Enhanced = "5.7.1\x00"
	want.Suspect = want.Flag.Verdict
	want.Suspect.Rule = "r\xff"
	want.Holds.InboxSync = reconnect.Hold{Cursor: "\x1bcursor\x80"}
	row, err := encodeRecord(want)
	if err != nil {
		t.Fatal(err)
	}
	for _, upper := range []bool{false, true} {
		stored := scannedColumns(row)
		if upper {
			for i, v := range stored {
				if s, ok := v.(string); ok && strings.HasPrefix(s, "{") {
					stored[i] = strings.ReplaceAll(s, `\u001b`, `\u001B`)
				}
			}
		}
		got, err := scanRecord(stored)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("upper=%v: read back\n%#v\nwant\n%#v", upper, got, want)
		}
	}
	plain, err := encodeRecord(flaggedRecord())
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range plain.args {
		if s, ok := v.(string); ok && (strings.Contains(s, textMark) || jsonHoldsMark(s)) {
			t.Errorf("an ordinary record's column %q holds the mark", s)
		}
	}
}
