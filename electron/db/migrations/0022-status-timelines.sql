-- A convention's status changes kept together, in its order (issue #16):
-- the table is keyed by the convention and the change's rank in its timeline
-- (WITHOUT ROWID), so the timeline is read from one place of the table; the
-- id every change had and the index by convention (115 bytes a convention,
-- 800,000 changes at 200,000 conventions) go. Nothing pointed at a change by
-- its id; a timeline was read by its day, then by id: by its day, then by rank.

CREATE TABLE status_timelines (
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  from_status TEXT,
  to_status TEXT NOT NULL,
  on_date TEXT NOT NULL CHECK (on_date IS date(on_date)),
  actor TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (convention_id, seq)
) STRICT, WITHOUT ROWID;

INSERT INTO status_timelines (convention_id, seq, from_status, to_status, on_date, actor, reason, created_at)
SELECT convention_id, row_number() OVER (PARTITION BY convention_id ORDER BY id), from_status, to_status, on_date, actor, reason, created_at
FROM status_changes ORDER BY convention_id, id;

DROP TABLE status_changes;
ALTER TABLE status_timelines RENAME TO status_changes;
