-- Mailboxes and their append-only event history.
--
-- Times are TEXT in the fixed-width form 2006-01-02T15:04:05.000000000Z (UTC,
-- nanoseconds): they keep every digit Go has, compare in time order as text,
-- and cast with ::timestamptz. Identifiers use the "C" collation so ORDER BY id
-- and id > $1 follow Go's byte order whatever the database's locale.
-- needs_reconnect is reconnect.NeedsReconnect computed in Go at write time;
-- flag_reason is the Machine's flag ('' when not flagged). A free lease has
-- lease_holder = '' and lease_until = '' (which sorts before every time).
CREATE TABLE {t}mailboxes (
	id              TEXT COLLATE "C" PRIMARY KEY,
	workspace       TEXT COLLATE "C" NOT NULL,
	provider        TEXT NOT NULL,
	version         BIGINT NOT NULL,
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
	flag            JSONB,
	suspect         JSONB,
	temp_auth       JSONB,
	holds           JSONB,
	updated_at      TEXT NOT NULL,
	lease_holder    TEXT COLLATE "C" NOT NULL DEFAULT '',
	lease_until     TEXT COLLATE "C" NOT NULL DEFAULT ''
);

CREATE TABLE {t}events (
	mailbox_id TEXT COLLATE "C" NOT NULL,
	seq        BIGINT NOT NULL,
	at         TEXT NOT NULL,
	kind       TEXT NOT NULL,
	payload    JSONB NOT NULL,
	PRIMARY KEY (mailbox_id, seq)
);
