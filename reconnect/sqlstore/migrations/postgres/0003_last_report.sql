-- Who reported the mailbox's last error, and when (Record.LastSource and
-- Record.LastAt: a report with the same source and text soon after counts
-- once). last_at is '' for the zero time, else the fixed-width form above.
ALTER TABLE {t}mailboxes ADD COLUMN last_source TEXT NOT NULL DEFAULT '';
ALTER TABLE {t}mailboxes ADD COLUMN last_at TEXT NOT NULL DEFAULT '';
