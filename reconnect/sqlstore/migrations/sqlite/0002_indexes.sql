-- Listing and counting one workspace's mailboxes, all of them or only those
-- needing reconnection (the partial index holds only those, about 10% of rows).
CREATE INDEX mailboxes_workspace ON mailboxes (workspace, id);
CREATE INDEX mailboxes_needs_reconnect ON mailboxes (workspace, id) WHERE needs_reconnect;
-- Paging through every workspace's mailboxes needing reconnection (Runner.Load).
CREATE INDEX mailboxes_needs_reconnect_all ON mailboxes (id) WHERE needs_reconnect;
-- Leases: free or expired leases of flagged mailboxes, oldest first, and the
-- leases of one holder.
CREATE INDEX mailboxes_lease_free ON mailboxes (lease_until) WHERE needs_reconnect AND flag_reason <> '';
CREATE INDEX mailboxes_lease_holder ON mailboxes (lease_holder) WHERE lease_holder <> '';
