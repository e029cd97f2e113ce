-- The conventions list filtered on its end date at 200,000 conventions
-- (issue #16: every window under 10 ms, « fin en 2008 » sorted by start took
-- 8–10 ms). A third of it was the total: counting the 44,000 entries of the
-- end-date index in the range (3.3 ms).

-- The conventions by planned end date, status, measure and department (one
-- row per combination present, a few tens of thousands at most): the list's
-- total for an end-date range, alone or with those filters, is a sum over the
-- rows of the range. Kept in the same transaction as every change of
-- conventions; a convention without an end date has no row (a range never
-- keeps it).
CREATE TABLE convention_end_counts (
  ends_on TEXT NOT NULL,
  status TEXT NOT NULL,
  measure TEXT NOT NULL,
  department TEXT NOT NULL,
  n INTEGER NOT NULL CHECK (n > 0),
  PRIMARY KEY (ends_on, status, measure, department)
) STRICT, WITHOUT ROWID;

INSERT INTO convention_end_counts (ends_on, status, measure, department, n)
SELECT ends_on, status, measure, department, count(*) FROM conventions WHERE ends_on IS NOT NULL GROUP BY ends_on, status, measure, department;

CREATE TRIGGER convention_end_counts_insert AFTER INSERT ON conventions WHEN new.ends_on IS NOT NULL BEGIN
  INSERT INTO convention_end_counts (ends_on, status, measure, department, n) VALUES (new.ends_on, new.status, new.measure, new.department, 1)
  ON CONFLICT (ends_on, status, measure, department) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER convention_end_counts_delete AFTER DELETE ON conventions WHEN old.ends_on IS NOT NULL BEGIN
  DELETE FROM convention_end_counts
  WHERE ends_on = old.ends_on AND status = old.status AND measure = old.measure AND department = old.department AND n = 1;
  UPDATE convention_end_counts SET n = n - 1
  WHERE ends_on = old.ends_on AND status = old.status AND measure = old.measure AND department = old.department;
END;

CREATE TRIGGER convention_end_counts_update_old AFTER UPDATE OF ends_on, status, measure, department ON conventions WHEN old.ends_on IS NOT NULL BEGIN
  DELETE FROM convention_end_counts
  WHERE ends_on = old.ends_on AND status = old.status AND measure = old.measure AND department = old.department AND n = 1;
  UPDATE convention_end_counts SET n = n - 1
  WHERE ends_on = old.ends_on AND status = old.status AND measure = old.measure AND department = old.department;
END;

CREATE TRIGGER convention_end_counts_update_new AFTER UPDATE OF ends_on, status, measure, department ON conventions WHEN new.ends_on IS NOT NULL BEGIN
  INSERT INTO convention_end_counts (ends_on, status, measure, department, n) VALUES (new.ends_on, new.status, new.measure, new.department, 1)
  ON CONFLICT (ends_on, status, measure, department) DO UPDATE SET n = n + 1;
END;
