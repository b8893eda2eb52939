package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"time"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

var _ reconnect.IncidentStore = (*Store)(nil)

// incidentQueries are the statements of the incident guard's tables
// (migration 4). $1 is the provider and $2 the host of a fleet.
type incidentQueries struct {
	lockFleet             string // $3: the report's time
	closeFails, closeOpen string // $3: the cutoff
	pruneSeen, pruneFails string // $3: the cutoff
	seen                  string // $3: workspace, $4: time
	fail                  string // $3: rule, $4: workspace, $5: time
	touch                 string // $3: rule, $4: time
	counts                string // $3: rule, $4: the cutoff
	open                  string // $3: rule, $4: since
	list                  string // $1: the cutoff
}

// step is one statement of a transaction, with its arguments.
type step struct {
	query string
	args  []any
}

func buildIncidentQueries(q queries) incidentQueries {
	fleet := `provider = $1 AND host = $2`
	// An upsert takes the fleet's row lock (PostgreSQL locks the conflicting
	// row whatever DO UPDATE sets) and, on SQLite, the write lock; both last
	// until the transaction ends.
	return incidentQueries{
		lockFleet: q.fill(`INSERT INTO {t}incident_fleets AS f (provider, host, reported) VALUES ($1, $2, $3)
ON CONFLICT (provider, host) DO UPDATE
SET reported = CASE WHEN excluded.reported > f.reported THEN excluded.reported ELSE f.reported END`),
		// An open incident whose rule had no failure for a whole window
		// closes, and its rule's count starts over.
		closeFails: q.fill(`DELETE FROM {t}incident_fails WHERE ` + fleet + ` AND rule IN
	(SELECT rule FROM {t}incidents WHERE ` + fleet + ` AND last <= $3)`),
		closeOpen:  q.fill(`DELETE FROM {t}incidents WHERE ` + fleet + ` AND last <= $3`),
		pruneSeen:  q.fill(`DELETE FROM {t}incident_seen WHERE ` + fleet + ` AND at <= $3`),
		pruneFails: q.fill(`DELETE FROM {t}incident_fails WHERE ` + fleet + ` AND at <= $3`),
		seen: q.fill(`INSERT INTO {t}incident_seen AS s (provider, host, workspace, at) VALUES ($1, $2, $3, $4)
ON CONFLICT (provider, host, workspace) DO UPDATE SET at = excluded.at WHERE excluded.at > s.at`),
		fail: q.fill(`INSERT INTO {t}incident_fails AS f (provider, host, rule, workspace, at) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (provider, host, rule, workspace) DO UPDATE SET at = excluded.at WHERE excluded.at > f.at`),
		touch: q.fill(`UPDATE {t}incidents SET last = $4 WHERE ` + fleet + ` AND rule = $3 AND last < $4`),
		counts: q.fill(`SELECT
	(SELECT COUNT(*) FROM {t}incident_fails WHERE ` + fleet + ` AND rule = $3 AND at > $4),
	(SELECT COUNT(*) FROM {t}incident_seen WHERE ` + fleet + ` AND at > $4),
	COALESCE((SELECT since FROM {t}incidents WHERE ` + fleet + ` AND rule = $3), '')`),
		open: q.fill(`INSERT INTO {t}incidents (provider, host, rule, since, last) VALUES ($1, $2, $3, $4, $4)
ON CONFLICT (provider, host, rule) DO NOTHING`),
		list: q.fill(`SELECT i.provider, i.host, i.rule, i.since,
	(SELECT COUNT(*) FROM {t}incident_fails f
		WHERE f.provider = i.provider AND f.host = i.host AND f.rule = i.rule AND f.at > $1),
	(SELECT COUNT(*) FROM {t}incident_seen s WHERE s.provider = i.provider AND s.host = i.host AND s.at > $1)
FROM {t}incidents i WHERE i.last > $1`),
	}
}

// ObserveIncident implements reconnect.IncidentStore, in one transaction:
// it locks the fleet's row (so observations of one fleet, from every
// instance, run one after the other), closes the fleet's incidents whose rule
// had no failure within window before o.At, deletes its reports and failures
// older than that, records o, and counts. The window's cutoff and every time
// stored come from o.At: the store reads no clock.
func (s *Store) ObserveIncident(ctx context.Context, o reconnect.Observation, window time.Duration) (reconnect.Incident, error) {
	if err := ctx.Err(); err != nil {
		return reconnect.Incident{}, err
	}
	if window <= 0 {
		return reconnect.Incident{}, errors.New("sqlstore: observe incident: window must be positive")
	}
	p, h, ws, rule := storeText(string(o.Provider)), storeText(o.Host), storeText(o.Workspace), storeText(o.Rule)
	at, cutoff := formatTime(o.At), formatTime(o.At.Add(-window))
	tx, err := s.beginIncidentTx(ctx)
	if err != nil {
		return reconnect.Incident{}, wrap("observe incident", err)
	}
	defer tx.Rollback()
	steps := []step{
		{s.iq.lockFleet, []any{p, h, at}},
		{s.iq.closeFails, []any{p, h, cutoff}},
		{s.iq.closeOpen, []any{p, h, cutoff}},
		{s.iq.pruneSeen, []any{p, h, cutoff}},
		{s.iq.pruneFails, []any{p, h, cutoff}},
		{s.iq.seen, []any{p, h, ws, at}},
	}
	if o.Rule != "" {
		steps = append(steps, step{s.iq.fail, []any{p, h, rule, ws, at}}, step{s.iq.touch, []any{p, h, rule, at}})
	}
	for _, st := range steps {
		if _, err := tx.ExecContext(ctx, st.query, st.args...); err != nil {
			return reconnect.Incident{}, wrap("observe incident", err)
		}
	}
	inc := reconnect.Incident{Provider: o.Provider, Host: o.Host, Rule: o.Rule}
	var since string
	if err := tx.QueryRowContext(ctx, s.iq.counts, p, h, rule, cutoff).Scan(&inc.Failing, &inc.Seen, &since); err != nil {
		return reconnect.Incident{}, wrap("observe incident: count", err)
	}
	if o.Rule == "" {
		inc.Failing, since = 0, ""
	}
	if since != "" {
		if inc.Since, err = parseTime(since); err != nil {
			return reconnect.Incident{}, err
		}
	}
	return inc, wrap("observe incident: commit", tx.Commit())
}

// beginIncidentTx begins an observation's transaction. On PostgreSQL it asks
// for READ COMMITTED whatever the server's default: each statement then sees
// what committed before it, so an observation that waited for the fleet's row
// lock counts the observation it waited for (REPEATABLE READ would fail it
// with a serialization error instead).
func (s *Store) beginIncidentTx(ctx context.Context) (*sql.Tx, error) {
	if s.dialect == Postgres {
		return s.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelReadCommitted})
	}
	return s.db.BeginTx(ctx, nil)
}

// OpenIncident implements reconnect.IncidentStore with one INSERT that does
// nothing when the fleet's rule has an incident open, so concurrent callers
// on every instance open it once. An incident that closed is deleted by the
// fleet's next ObserveIncident, which the reconnect.Machine always calls
// first.
func (s *Store) OpenIncident(ctx context.Context, inc reconnect.Incident) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	res, err := s.db.ExecContext(ctx, s.iq.open, storeText(string(inc.Provider)), storeText(inc.Host),
		storeText(inc.Rule), formatTime(inc.Since))
	if err != nil {
		return false, wrap("open incident", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, wrap("open incident", err)
	}
	return n == 1, nil
}

// OpenIncidents implements reconnect.IncidentStore. It only reads: an
// incident whose rule had no failure within window before now is left out
// (ObserveIncident deletes it), and the counts cover reports after
// now-window.
func (s *Store) OpenIncidents(ctx context.Context, now time.Time, window time.Duration) ([]reconnect.Incident, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, s.iq.list, formatTime(now.Add(-window)))
	if err != nil {
		return nil, wrap("open incidents", err)
	}
	defer rows.Close()
	var out []reconnect.Incident
	for rows.Next() {
		var (
			inc               reconnect.Incident
			p, h, rule, since string
		)
		if err := rows.Scan(&p, &h, &rule, &since, &inc.Failing, &inc.Seen); err != nil {
			return nil, wrap("open incidents", err)
		}
		if inc.Since, err = parseTime(since); err != nil {
			return nil, err
		}
		inc.Provider, inc.Host, inc.Rule = provider.ID(loadText(p)), loadText(h), loadText(rule)
		out = append(out, inc)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap("open incidents", err)
	}
	// Sorted here, by Go's string order, whatever the stored form.
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Provider != b.Provider {
			return a.Provider < b.Provider
		}
		if a.Host != b.Host {
			return a.Host < b.Host
		}
		return a.Rule < b.Rule
	})
	return out, nil
}
