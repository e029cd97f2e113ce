-- Who changed a convention's status, named once (issue #16): a workspace has a
-- handful of actors (its accounts, its name, an organisation whose file was
-- imported) and every status change repeated its actor's name, 4.5 changes a
-- convention: 72 bytes a convention of the 306 its changes took, measured on
-- the 50,000-convention demo. A change now points at its actor's row; the
-- name is read back by a join (conventions/read.ts). Same changes, same order.
CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
) STRICT;

INSERT INTO actors (name) SELECT DISTINCT actor FROM status_changes ORDER BY actor;

CREATE TABLE status_changes_by_actor (
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  from_status TEXT,
  to_status TEXT NOT NULL,
  on_date TEXT NOT NULL CHECK (on_date IS date(on_date)),
  actor_id INTEGER NOT NULL REFERENCES actors (id),
  reason TEXT,
  created_ms INTEGER NOT NULL DEFAULT 0 CHECK (created_ms >= 0),
  created_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', created_ms / 1000, 'unixepoch') || printf('.%03dZ', created_ms % 1000)) VIRTUAL,
  PRIMARY KEY (convention_id, seq)
) STRICT, WITHOUT ROWID;

INSERT INTO status_changes_by_actor (convention_id, seq, from_status, to_status, on_date, actor_id, reason, created_ms)
SELECT s.convention_id, s.seq, s.from_status, s.to_status, s.on_date, a.id, s.reason, s.created_ms
FROM status_changes s JOIN actors a ON a.name = s.actor
ORDER BY s.convention_id, s.seq;

DROP TABLE status_changes;
ALTER TABLE status_changes_by_actor RENAME TO status_changes;
