package sqlstore

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// timeLayout is how times are stored: fixed-width UTC with nanoseconds, so
// text order is time order and nothing is rounded.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// formatOptionalTime stores the zero time as the empty string.
func formatOptionalTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatTime(t)
}

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("sqlstore: bad stored time %q: %w", s, err)
	}
	return t, nil
}

// recordColumns are the columns a record is read from, in scan order.
const recordColumns = `id, workspace, provider, version, email, smtp_host, imap_host, auth_method,
	status, last_error, pause_reason, warmup_status, flag, suspect, temp_auth, holds, updated_at,
	last_source, last_at, last_verdict`

// row is a record as stored.
type row struct {
	args     []any // insertColumns' values: id .. updated_at, needs_reconnect, flag_reason, last_source, last_at, last_verdict
	leasable bool  // reconnect.Record.Leasable: health checks may lease it
}

// encodeRecord turns rec into column values. JSON columns are NULL when their
// value is zero, which keeps healthy rows small.
func encodeRecord(rec reconnect.Record) (row, error) {
	needs, leasable := reconnect.NeedsReconnect(rec.Mailbox).Needs, rec.Leasable()
	id, workspace := rec.ID, rec.Workspace // valid as they are (reconnect.ValidateRecord)
	rec = storeStrings(rec)
	rec.ID, rec.Workspace = id, workspace
	flag, err := jsonOrNull(rec.Flag, rec.Flag == reconnect.Flag{})
	if err != nil {
		return row{}, err
	}
	suspect, err := jsonOrNull(rec.Suspect, rec.Suspect == classify.Verdict{})
	if err != nil {
		return row{}, err
	}
	tempAuth, err := jsonOrNull(rec.TempAuth, len(rec.TempAuth) == 0)
	if err != nil {
		return row{}, err
	}
	holds, err := jsonOrNull(rec.Holds, rec.Holds == reconnect.Holds{})
	if err != nil {
		return row{}, err
	}
	lastVerdict, err := jsonOrNull(rec.LastVerdict, rec.LastVerdict == classify.Verdict{})
	if err != nil {
		return row{}, err
	}
	m := rec.Mailbox
	return row{
		args: []any{m.ID, rec.Workspace, string(rec.Provider), rec.Version, m.Email, m.SMTPHost, m.IMAPHost,
			string(m.AuthMethod), string(m.Status), m.LastError, string(m.PauseReason), string(m.WarmupStatus),
			flag, suspect, tempAuth, holds, formatTime(rec.UpdatedAt), needs, string(rec.Flag.Reason),
			string(rec.LastSource), formatOptionalTime(rec.LastAt), lastVerdict},
		leasable: leasable,
	}, nil
}

// jsonOrNull marshals v, or returns NULL when zero is true.
func jsonOrNull(v any, zero bool) (any, error) {
	if zero {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: encoding record: %w", err)
	}
	return string(b), nil
}

// scanner is *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanRecord reads a record from the columns of recordColumns and turns its
// strings back from their stored form (see storeText). Only a column that
// holds textMark has a string to turn back: a text column that begins with it,
// or a JSON column whose text escapes it (encoding/json and PostgreSQL's jsonb
// both write U+001B as \u001b), so the common row is decoded without walking
// its values by reflection.
func scanRecord(sc scanner) (reconnect.Record, error) {
	var (
		r                              reconnect.Record
		prov, method, status, pause    string
		warmup, updated, lastSource    string
		lastAt                         string
		flag, suspect, tempAuth, holds sql.NullString
		lastVerdict                    sql.NullString
	)
	m := &r.Mailbox
	err := sc.Scan(&m.ID, &r.Workspace, &prov, &r.Version, &m.Email, &m.SMTPHost, &m.IMAPHost, &method,
		&status, &m.LastError, &pause, &warmup, &flag, &suspect, &tempAuth, &holds, &updated, &lastSource, &lastAt, &lastVerdict)
	if err != nil {
		return r, err
	}
	// ID and workspace are stored as they are (reconnect.ValidateRecord).
	m.Email, m.SMTPHost, m.IMAPHost, m.LastError = loadText(m.Email), loadText(m.SMTPHost), loadText(m.IMAPHost), loadText(m.LastError)
	r.Provider, m.AuthMethod = provider.ID(loadText(prov)), provider.AuthMethod(loadText(method))
	m.Status, m.PauseReason = reconnect.Status(loadText(status)), classify.Reason(loadText(pause))
	m.WarmupStatus = reconnect.WarmupStatus(loadText(warmup))
	r.LastSource = reconnect.Source(loadText(lastSource))
	if r.UpdatedAt, err = parseTime(updated); err != nil {
		return r, err
	}
	if lastAt != "" {
		if r.LastAt, err = parseTime(lastAt); err != nil {
			return r, err
		}
	}
	for _, c := range []struct {
		col  sql.NullString
		dst  any
		load func()
	}{
		{flag, &r.Flag, func() { loadStrings(&r.Flag) }},
		{suspect, &r.Suspect, func() { loadStrings(&r.Suspect) }},
		{tempAuth, &r.TempAuth, func() {}}, // times only
		{holds, &r.Holds, func() { loadStrings(&r.Holds) }},
		{lastVerdict, &m.LastVerdict, func() { loadStrings(&m.LastVerdict) }},
	} {
		if !c.col.Valid {
			continue
		}
		if err := json.Unmarshal([]byte(c.col.String), c.dst); err != nil {
			return r, fmt.Errorf("sqlstore: decoding mailbox %s: %w", m.ID, err)
		}
		if jsonHoldsMark(c.col.String) {
			c.load()
		}
	}
	return r, nil
}

// eventPayload is the part of an event kept as JSON.
type eventPayload struct {
	Source  reconnect.Source   `json:"source,omitempty"`
	Reason  classify.Reason    `json:"reason,omitempty"`
	Verdict *classify.Verdict  `json:"verdict,omitempty"`
	Hold    reconnect.HoldKind `json:"hold,omitempty"`
	Detail  string             `json:"detail,omitempty"`
	// References to the plan the event names; Event.Plan renders it.
	Provider   provider.ID         `json:"provider,omitempty"`
	AuthMethod provider.AuthMethod `json:"auth_method,omitempty"`
	Action     provider.Action     `json:"action,omitempty"`
	Actor      provider.Actor      `json:"actor,omitempty"`
}

func encodeEvent(e reconnect.Event) (string, error) {
	e = storeStrings(e) // MailboxID is not in the payload
	p := eventPayload{Source: e.Source, Reason: e.Reason, Hold: e.Hold, Detail: e.Detail,
		Provider: e.Provider, AuthMethod: e.AuthMethod, Action: e.Action, Actor: e.Actor}
	if e.Verdict != (classify.Verdict{}) {
		p.Verdict = &e.Verdict
	}
	b, err := json.Marshal(p)
	if err != nil {
		return "", fmt.Errorf("sqlstore: encoding event: %w", err)
	}
	return string(b), nil
}

func scanEvent(sc scanner) (reconnect.Event, error) {
	var (
		e             reconnect.Event
		at, kind, raw string
		p             eventPayload
	)
	if err := sc.Scan(&e.MailboxID, &e.Seq, &at, &kind, &raw); err != nil {
		return e, err
	}
	var err error
	if e.At, err = parseTime(at); err != nil {
		return e, err
	}
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		return e, fmt.Errorf("sqlstore: decoding event %s/%d: %w", e.MailboxID, e.Seq, err)
	}
	e.Kind, e.Source, e.Reason, e.Hold, e.Detail = reconnect.EventKind(kind), p.Source, p.Reason, p.Hold, p.Detail
	e.Provider, e.AuthMethod, e.Action, e.Actor = p.Provider, p.AuthMethod, p.Action, p.Actor
	if p.Verdict != nil {
		e.Verdict = *p.Verdict
	}
	id := e.MailboxID
	loadStrings(&e)
	e.MailboxID = id
	return e, nil
}
