-- Mailboxes and their append-only event history.
--
-- Times are TEXT in the fixed-width form 2006-01-02T15:04:05.000000000Z (UTC,
-- nanoseconds): they keep every digit Go has and compare in time order as
-- text. Text compares as bytes (BINARY), Go's order. needs_reconnect is
-- reconnect.NeedsReconnect computed in Go at write time; flag_reason is the
-- Machine's flag ('' when not flagged). A free lease has lease_holder = '' and
-- lease_until = '' (which sorts before every time).
CREATE TABLE {t}mailboxes (
	id              TEXT PRIMARY KEY,
	workspace       TEXT NOT NULL,
	provider        TEXT NOT NULL,
	version         INTEGER NOT NULL,
	email           TEXT NOT NULL,
	smtp_host       TEXT NOT NULL,
	imap_host       TEXT NOT NULL,
	auth_method     TEXT NOT NULL,
	status          TEXT NOT NULL,
	last_error      TEXT NOT NULL,
	pause_reason    TEXT NOT NULL,
	warmup_status   TEXT NOT NULL,
	needs_reconnect BOOLEAN NOT NULL,
	flag_reason     TEXT NOT NULL,
	flag            TEXT,
	suspect         TEXT,
	temp_auth       TEXT,
	holds           TEXT,
	updated_at      TEXT NOT NULL,
	lease_holder    TEXT NOT NULL DEFAULT '',
	lease_until     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE {t}events (
	mailbox_id TEXT NOT NULL,
	seq        INTEGER NOT NULL,
	at         TEXT NOT NULL,
	kind       TEXT NOT NULL,
	payload    TEXT NOT NULL,
	PRIMARY KEY (mailbox_id, seq)
);
