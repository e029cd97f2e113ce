-- The conventions list filtered by status at 200,000 conventions (issue #16:
-- every window under 10 ms, it took 11–14 ms). Two costs: counting the
-- matches walked the status index (120,000 entries for « terminée », ~11 ms),
-- and a list of running conventions sorted by start walked the start index
-- through every older convention before meeting them (they are all recent).

-- The conventions by status, measure and department (a few hundred rows at
-- most), kept in the same transaction as every change of conventions: the
-- list's total for any of these filters is a sum over this table. A
-- combination without conventions has no row.
CREATE TABLE convention_counts (
  status TEXT NOT NULL,
  measure TEXT NOT NULL,
  department TEXT NOT NULL,
  n INTEGER NOT NULL CHECK (n > 0),
  PRIMARY KEY (status, measure, department)
) STRICT, WITHOUT ROWID;

INSERT INTO convention_counts (status, measure, department, n)
SELECT status, measure, department, count(*) FROM conventions GROUP BY status, measure, department;

CREATE TRIGGER convention_counts_insert AFTER INSERT ON conventions BEGIN
  INSERT INTO convention_counts (status, measure, department, n) VALUES (new.status, new.measure, new.department, 1)
  ON CONFLICT (status, measure, department) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER convention_counts_delete AFTER DELETE ON conventions BEGIN
  DELETE FROM convention_counts WHERE status = old.status AND measure = old.measure AND department = old.department AND n = 1;
  UPDATE convention_counts SET n = n - 1 WHERE status = old.status AND measure = old.measure AND department = old.department;
END;

CREATE TRIGGER convention_counts_update AFTER UPDATE OF status, measure, department ON conventions BEGIN
  DELETE FROM convention_counts WHERE status = old.status AND measure = old.measure AND department = old.department AND n = 1;
  UPDATE convention_counts SET n = n - 1 WHERE status = old.status AND measure = old.measure AND department = old.department;
  INSERT INTO convention_counts (status, measure, department, n) VALUES (new.status, new.measure, new.department, 1)
  ON CONFLICT (status, measure, department) DO UPDATE SET n = n + 1;
END;

-- Sorted by status, conventions of one status come by start (then id), and
-- the index carries the filtered columns, as the start's does: a list of one
-- status sorted by start walks this index from its first entry of that status.
DROP INDEX conventions_by_status;
CREATE INDEX conventions_by_status ON conventions (status, starts_on, id, measure, department, employer_id, ends_on);
