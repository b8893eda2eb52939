-- Listing and counting one workspace's mailboxes, all of them or only those
-- needing reconnection (the partial index holds only those, about 10% of rows).
CREATE INDEX {i}mailboxes_workspace ON {t}mailboxes (workspace, id);
CREATE INDEX {i}mailboxes_needs_reconnect ON {t}mailboxes (workspace, id) WHERE needs_reconnect;
-- Paging through every workspace's mailboxes needing reconnection (Runner.Load).
CREATE INDEX {i}mailboxes_needs_reconnect_all ON {t}mailboxes (id) WHERE needs_reconnect;
-- Leases: free or expired leases of flagged mailboxes, oldest first, and the
-- leases of one holder.
CREATE INDEX {i}mailboxes_lease_free ON {t}mailboxes (lease_until) WHERE needs_reconnect AND flag_reason <> '';
CREATE INDEX {i}mailboxes_lease_holder ON {t}mailboxes (lease_holder) WHERE lease_holder <> '';
