-- The verdict of the mailbox's last error (Mailbox.LastVerdict), as JSON;
-- NULL when there is none. Kept so NeedsReconnect answers from it instead of
-- classifying last_error again on every read.
ALTER TABLE {t}mailboxes ADD COLUMN last_verdict TEXT;
