-- Suspects are leasable too (reconnect.Record.Leasable): a health check
-- confirms a failure the incident guard held back, or clears it. The index of
-- free leases now holds them beside the flagged mailboxes.
DROP INDEX {t}mailboxes_lease_free;
CREATE INDEX {i}mailboxes_lease_free ON {t}mailboxes (lease_until)
	WHERE (needs_reconnect AND flag_reason <> '') OR suspect IS NOT NULL;
