-- A status change names the statuses it goes from and to by id (issue #16):
-- every change repeated their names (« brouillon », « a_signer »… 6 to 9
-- letters each, 4.5 changes a convention), 64 bytes a convention of the 234
-- its changes took, measured on the 50,000-convention demo. The seven
-- statuses of a convention (shared/domain/enums.ts, the CHECK of
-- conventions.status) are rows of `convention_statuses`, in the order of its
-- life; the names are read back by a join (conventions/read.ts). Same
-- changes, same order.
CREATE TABLE convention_statuses (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
) STRICT;

INSERT INTO convention_statuses (id, name) VALUES
  (1, 'brouillon'), (2, 'a_signer'), (3, 'signee'), (4, 'en_cours'), (5, 'terminee'), (6, 'resiliee'), (7, 'denoncee');

CREATE TABLE status_changes_by_code (
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  from_status_id INTEGER REFERENCES convention_statuses (id),
  to_status_id INTEGER NOT NULL REFERENCES convention_statuses (id),
  on_date TEXT NOT NULL CHECK (on_date IS date(on_date)),
  actor_id INTEGER NOT NULL REFERENCES actors (id),
  reason TEXT,
  created_ms INTEGER NOT NULL DEFAULT 0 CHECK (created_ms >= 0),
  created_at TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%S', created_ms / 1000, 'unixepoch') || printf('.%03dZ', created_ms % 1000)) VIRTUAL,
  PRIMARY KEY (convention_id, seq)
) STRICT, WITHOUT ROWID;

-- A name that is not one of the seven (no write gives one) stops the migration in
-- its transaction, nothing changed: a NULL `to` fails its NOT NULL, an unknown
-- `from` is kept as its text, which this STRICT table refuses in an INTEGER column.
INSERT INTO status_changes_by_code (convention_id, seq, from_status_id, to_status_id, on_date, actor_id, reason, created_ms)
SELECT s.convention_id, s.seq, coalesce(f.id, s.from_status), t.id, s.on_date, s.actor_id, s.reason, s.created_ms
FROM status_changes s
LEFT JOIN convention_statuses f ON f.name = s.from_status
LEFT JOIN convention_statuses t ON t.name = s.to_status
ORDER BY s.convention_id, s.seq;

DROP TABLE status_changes;
ALTER TABLE status_changes_by_code RENAME TO status_changes;
