package sqlstore

import (
	"database/sql"
	"fmt"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// flaggedRecord is a mailbox flagged for a provider block, as the drivertest
// benchmark's fleet stores it.
func flaggedRecord() reconnect.Record {
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	v := provider.Refine(classify.Text("554 5.7.1 [BL21] account has been suspended"), "smtp.gmail.com")
	r := reconnect.Record{
		Mailbox: reconnect.Mailbox{ID: "mb0000042", Email: "mb0000042@gmail.example", SMTPHost: "smtp.gmail.com",
			Status: reconnect.StatusNeedsReauth, WarmupStatus: reconnect.WarmupActive, AuthMethod: provider.MethodPassword,
			PauseReason: v.Reason, LastError: "554 5.7.1 [BL21] account has been suspended"},
		Workspace: "ws0042", Provider: provider.Gmail, Version: 1, UpdatedAt: at,
	}
	r.Flag = reconnect.Flag{Reason: v.Reason, Verdict: v, Source: reconnect.SourceSend, At: at,
		Before: reconnect.Snapshot{Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive}}
	r.Holds.Warmup = reconnect.Hold{Applied: true, Ours: true}
	return r
}

// storedRow is a scanner that returns the columns encodeRecord wrote, as a
// driver returns them (NULL JSON columns as invalid sql.NullString).
type storedRow []any

func (s storedRow) Scan(dest ...any) error {
	for i, d := range dest {
		switch d := d.(type) {
		case *string:
			*d = s[i].(string)
		case *int64:
			*d = s[i].(int64)
		case *sql.NullString:
			str, ok := s[i].(string)
			*d = sql.NullString{String: str, Valid: ok}
		default:
			return fmt.Errorf("unexpected destination %T", d)
		}
	}
	return nil
}

// scannedColumns returns the values of recordColumns from an encoded row.
func scannedColumns(r row) storedRow {
	return append(append(storedRow{}, r.args[:17]...), r.args[19:22]...)
}

// BenchmarkScanRecord times decoding one flagged record from its columns: the
// Go side of List, per row.
func BenchmarkScanRecord(b *testing.B) {
	row, err := encodeRecord(flaggedRecord())
	if err != nil {
		b.Fatal(err)
	}
	stored := scannedColumns(row)
	for b.Loop() {
		if _, err := scanRecord(stored); err != nil {
			b.Fatal(err)
		}
	}
}
