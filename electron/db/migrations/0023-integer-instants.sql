-- The instants a row was written (created_at, updated_at) of the tables that
-- grow with the conventions are stored as integers, milliseconds since
-- 1970-01-01 UTC (issue #16): the ISO 8601 text `2009-01-09T09:00:00.000Z`
-- took 24 bytes, the integer takes 6; about ten of them a convention (its
-- row, its versions, its status changes, its employee), ~190 bytes a
-- convention. Each is read as before, as the same ISO text in UTC, computed
-- from the integer (a virtual column of the same name): no reader changes.
-- Writers give the ISO text to `instantMs` (electron/db/instants.ts).
--
-- SQLite adds a NOT NULL column only with a default, and cannot add it
-- with a CHECK that its rows fail: the default 0 is never used (every
-- INSERT names the column; tested), and an instant that is no date is
-- refused (NOT NULL: the conversion gives NULL), here and in every write.

-- conventions
ALTER TABLE conventions ADD COLUMN created_ms INTEGER NOT NULL DEFAULT 0 CHECK (created_ms >= 0);
ALTER TABLE conventions ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0 CHECK (updated_ms >= 0);
UPDATE conventions SET created_ms = CAST(round(unixepoch(created_at, 'subsec') * 1000) AS INTEGER), updated_ms = CAST(round(unixepoch(updated_at, 'subsec') * 1000) AS INTEGER);
ALTER TABLE conventions DROP COLUMN created_at;
ALTER TABLE conventions DROP COLUMN updated_at;
ALTER TABLE conventions ADD COLUMN created_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', created_ms / 1000, 'unixepoch') || printf('.%03dZ', created_ms % 1000)) VIRTUAL;
ALTER TABLE conventions ADD COLUMN updated_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', updated_ms / 1000, 'unixepoch') || printf('.%03dZ', updated_ms % 1000)) VIRTUAL;

-- convention_versions
ALTER TABLE convention_versions ADD COLUMN created_ms INTEGER NOT NULL DEFAULT 0 CHECK (created_ms >= 0);
UPDATE convention_versions SET created_ms = CAST(round(unixepoch(created_at, 'subsec') * 1000) AS INTEGER);
ALTER TABLE convention_versions DROP COLUMN created_at;
ALTER TABLE convention_versions ADD COLUMN created_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', created_ms / 1000, 'unixepoch') || printf('.%03dZ', created_ms % 1000)) VIRTUAL;

-- status_changes
ALTER TABLE status_changes ADD COLUMN created_ms INTEGER NOT NULL DEFAULT 0 CHECK (created_ms >= 0);
UPDATE status_changes SET created_ms = CAST(round(unixepoch(created_at, 'subsec') * 1000) AS INTEGER);
ALTER TABLE status_changes DROP COLUMN created_at;
ALTER TABLE status_changes ADD COLUMN created_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', created_ms / 1000, 'unixepoch') || printf('.%03dZ', created_ms % 1000)) VIRTUAL;

-- contract_events
ALTER TABLE contract_events ADD COLUMN created_ms INTEGER NOT NULL DEFAULT 0 CHECK (created_ms >= 0);
UPDATE contract_events SET created_ms = CAST(round(unixepoch(created_at, 'subsec') * 1000) AS INTEGER);
ALTER TABLE contract_events DROP COLUMN created_at;
ALTER TABLE contract_events ADD COLUMN created_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', created_ms / 1000, 'unixepoch') || printf('.%03dZ', created_ms % 1000)) VIRTUAL;

-- employees
ALTER TABLE employees ADD COLUMN created_ms INTEGER NOT NULL DEFAULT 0 CHECK (created_ms >= 0);
ALTER TABLE employees ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0 CHECK (updated_ms >= 0);
UPDATE employees SET created_ms = CAST(round(unixepoch(created_at, 'subsec') * 1000) AS INTEGER), updated_ms = CAST(round(unixepoch(updated_at, 'subsec') * 1000) AS INTEGER);
ALTER TABLE employees DROP COLUMN created_at;
ALTER TABLE employees DROP COLUMN updated_at;
ALTER TABLE employees ADD COLUMN created_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', created_ms / 1000, 'unixepoch') || printf('.%03dZ', created_ms % 1000)) VIRTUAL;
ALTER TABLE employees ADD COLUMN updated_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', updated_ms / 1000, 'unixepoch') || printf('.%03dZ', updated_ms % 1000)) VIRTUAL;

-- employers
ALTER TABLE employers ADD COLUMN created_ms INTEGER NOT NULL DEFAULT 0 CHECK (created_ms >= 0);
ALTER TABLE employers ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0 CHECK (updated_ms >= 0);
UPDATE employers SET created_ms = CAST(round(unixepoch(created_at, 'subsec') * 1000) AS INTEGER), updated_ms = CAST(round(unixepoch(updated_at, 'subsec') * 1000) AS INTEGER);
ALTER TABLE employers DROP COLUMN created_at;
ALTER TABLE employers DROP COLUMN updated_at;
ALTER TABLE employers ADD COLUMN created_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', created_ms / 1000, 'unixepoch') || printf('.%03dZ', created_ms % 1000)) VIRTUAL;
ALTER TABLE employers ADD COLUMN updated_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', updated_ms / 1000, 'unixepoch') || printf('.%03dZ', updated_ms % 1000)) VIRTUAL;

-- received_payments
ALTER TABLE received_payments ADD COLUMN created_ms INTEGER NOT NULL DEFAULT 0 CHECK (created_ms >= 0);
UPDATE received_payments SET created_ms = CAST(round(unixepoch(created_at, 'subsec') * 1000) AS INTEGER);
ALTER TABLE received_payments DROP COLUMN created_at;
ALTER TABLE received_payments ADD COLUMN created_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', created_ms / 1000, 'unixepoch') || printf('.%03dZ', created_ms % 1000)) VIRTUAL;
