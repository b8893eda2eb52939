package sqlstore

import (
	"strconv"
	"strings"
)

// queries are the statements of one dialect, written with PostgreSQL's $n
// placeholders and rebound once for SQLite (?n).
type queries struct {
	dialect                     Dialect
	tables                      string // schema and prefix: what {t} stands for
	indexes                     string // prefix: what {i} stands for
	get, insert, update, exists string
	maxSeq, history             string
	renew, take, held, release  string
	recomputeScan, recomputeSet string
	deleteRecord, deleteHistory string
}

// leasable is reconnect.Record.Leasable in SQL: flagged and needing
// reconnection, or suspect. It is the predicate of the partial index
// mailboxes_lease_free (migration lease_suspects), written the same way so the
// planners match it.
const leasable = `((needs_reconnect AND flag_reason <> '') OR suspect IS NOT NULL)`

// insertColumns are the columns Put writes, in encodeRecord's order.
const insertColumns = `id, workspace, provider, version, email, smtp_host, imap_host, auth_method,
	status, last_error, pause_reason, warmup_status, flag, suspect, temp_auth, holds, updated_at,
	needs_reconnect, flag_reason, last_source, last_at, last_verdict`

func buildQueries(d Dialect, o Options) queries {
	q := queries{dialect: d, tables: o.Prefix, indexes: o.Prefix}
	if d == Postgres && o.Schema != "" {
		q.tables = o.Schema + "." + o.Prefix
	}
	skipLocked := ""
	if d == Postgres {
		skipLocked = " FOR UPDATE SKIP LOCKED"
	}
	q.get = q.fill(`SELECT ` + recordColumns + ` FROM {t}mailboxes WHERE id = $1`)
	q.insert = q.fill(`INSERT INTO {t}mailboxes (` + insertColumns + `)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
ON CONFLICT (id) DO NOTHING`)
	// $4 is the version read; $23 says whether the record may keep its lease
	// (a mailbox that no longer needs reconnecting loses it).
	q.update = q.fill(`UPDATE {t}mailboxes SET workspace = $2, provider = $3, version = version + 1,
	email = $5, smtp_host = $6, imap_host = $7, auth_method = $8, status = $9, last_error = $10,
	pause_reason = $11, warmup_status = $12, flag = $13, suspect = $14, temp_auth = $15, holds = $16,
	updated_at = $17, needs_reconnect = $18, flag_reason = $19, last_source = $20, last_at = $21,
	last_verdict = $22,
	lease_holder = CASE WHEN $23 THEN lease_holder ELSE '' END,
	lease_until = CASE WHEN $23 THEN lease_until ELSE '' END
WHERE id = $1 AND version = $4`)
	q.deleteRecord = q.fill(`DELETE FROM {t}mailboxes WHERE id = $1`)
	q.deleteHistory = q.fill(`DELETE FROM {t}events WHERE mailbox_id = $1`)
	q.exists = q.fill(`SELECT 1 FROM {t}mailboxes WHERE id = $1`)
	q.maxSeq = q.fill(`SELECT COALESCE(MAX(seq), 0) FROM {t}events WHERE mailbox_id = $1`)
	q.history = q.fill(`SELECT mailbox_id, seq, at, kind, payload FROM {t}events WHERE mailbox_id = $1 ORDER BY seq`)
	q.renew = q.fill(`UPDATE {t}mailboxes SET lease_until = $2 WHERE lease_holder = $1 AND lease_holder <> ''`)
	q.take = q.fill(`UPDATE {t}mailboxes SET lease_holder = $1, lease_until = $2
WHERE id IN (SELECT id FROM {t}mailboxes
	WHERE ` + leasable + ` AND lease_until < $3
	ORDER BY lease_until LIMIT $4` + skipLocked + `)`)
	q.held = q.fill(`SELECT ` + recordColumns + ` FROM {t}mailboxes WHERE lease_holder = $1 AND lease_holder <> '' ORDER BY id`)
	q.release = q.fill(`UPDATE {t}mailboxes SET lease_holder = '', lease_until = ''
WHERE id = $1 AND lease_holder = $2 AND lease_holder <> ''`)
	q.recomputeScan = q.fill(`SELECT ` + recordColumns + `, needs_reconnect FROM {t}mailboxes WHERE id > $1 ORDER BY id LIMIT $2`)
	q.recomputeSet = q.fill(`UPDATE {t}mailboxes SET needs_reconnect = $3,
	lease_holder = CASE WHEN ($3 AND flag_reason <> '') OR suspect IS NOT NULL THEN lease_holder ELSE '' END,
	lease_until = CASE WHEN ($3 AND flag_reason <> '') OR suspect IS NOT NULL THEN lease_until ELSE '' END
WHERE id = $1 AND version = $2`)
	return q
}

// fill names the tables and indexes ({t}name, {i}name) and rebinds the
// placeholders.
func (q queries) fill(query string) string {
	query = strings.ReplaceAll(query, "{t}", q.tables)
	return q.rebind(strings.ReplaceAll(query, "{i}", q.indexes))
}

// table returns the full name of table name ("mailboxes", "events",
// "migrations").
func (q queries) table(name string) string { return q.tables + name }

// rebind turns $n placeholders into SQLite's ?n. (SQLite reads $1 as a named
// parameter, numbered by first appearance, not by n.)
func (q queries) rebind(query string) string {
	if q.dialect != SQLite {
		return query
	}
	var b strings.Builder
	for i := 0; i < len(query); i++ {
		c := query[i]
		if c == '$' && i+1 < len(query) && query[i+1] >= '0' && query[i+1] <= '9' {
			c = '?'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// placeholder returns the nth placeholder of the dialect, from 1, for
// statements that use each argument once, in order. SQLite gets a plain "?":
// finding the name of a numbered ?n costs SQLite a scan of the statement's
// numbered parameters, so binding a long multi-row INSERT written with ?n
// takes time quadratic in its length.
func (q queries) placeholder(n int) string {
	if q.dialect == SQLite {
		return "?"
	}
	return "$" + strconv.Itoa(n)
}
