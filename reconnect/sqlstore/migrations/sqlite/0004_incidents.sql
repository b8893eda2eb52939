-- The provider incident guard's counts, shared by every instance
-- (reconnect.IncidentStore). A fleet is a provider, and for custom mailboxes
-- their SMTP host ('' otherwise). incident_fleets has one row per fleet, which
-- an observation writes first: on SQLite that takes the database's write lock,
-- so observations run one after the other and each counts every one committed
-- before it. incident_seen holds each workspace's last report in the fleet,
-- incident_fails each workspace's last failure per classifier rule, incidents
-- the open incidents (since: when it opened; last: the rule's last failure
-- while open). Rows older than the caller's window are deleted when the fleet
-- next reports. Times are the fixed-width text of the other tables.
CREATE TABLE {t}incident_fleets (
	provider TEXT NOT NULL,
	host     TEXT NOT NULL,
	reported TEXT NOT NULL,
	PRIMARY KEY (provider, host)
);

CREATE TABLE {t}incident_seen (
	provider  TEXT NOT NULL,
	host      TEXT NOT NULL,
	workspace TEXT NOT NULL,
	at        TEXT NOT NULL,
	PRIMARY KEY (provider, host, workspace)
);
CREATE INDEX {i}incident_seen_at ON {t}incident_seen (provider, host, at);

CREATE TABLE {t}incident_fails (
	provider  TEXT NOT NULL,
	host      TEXT NOT NULL,
	rule      TEXT NOT NULL,
	workspace TEXT NOT NULL,
	at        TEXT NOT NULL,
	PRIMARY KEY (provider, host, rule, workspace)
);
CREATE INDEX {i}incident_fails_at ON {t}incident_fails (provider, host, at);

CREATE TABLE {t}incidents (
	provider TEXT NOT NULL,
	host     TEXT NOT NULL,
	rule     TEXT NOT NULL,
	since    TEXT NOT NULL,
	last     TEXT NOT NULL,
	PRIMARY KEY (provider, host, rule)
);
