-- An expected payment keeps its period as its first day and its length in
-- days, and which end of the period it falls due on (issue #16): the last
-- day and the due day are computed from them (virtual columns, read as
-- before, in `YYYY-MM-DD`), not stored. The rules pay the CAE and the
-- contrat d'avenir monthly in advance, on the first day of the period
-- (form CAE-0515, « Aides de l'État »), and the CAE-DOM after the period, on
-- its last day (services/aid-payments.ts): the two dates repeated the first
-- or the last day of the period in every row, 2.3 million rows at 200,000
-- conventions (~220 bytes a convention).

CREATE TABLE expected_payments (
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  period_start TEXT NOT NULL CHECK (period_start IS date(period_start)),
  period_days INTEGER NOT NULL CHECK (period_days >= 1),
  due_at_end INTEGER NOT NULL CHECK (due_at_end IN (0, 1)),
  expected_cents INTEGER NOT NULL CHECK (expected_cents >= 0),
  period_end TEXT GENERATED ALWAYS AS (date(period_start, (period_days - 1) || ' days')) VIRTUAL,
  due_on TEXT GENERATED ALWAYS AS (CASE WHEN due_at_end THEN period_end ELSE period_start END) VIRTUAL,
  PRIMARY KEY (convention_id, period_start)
) STRICT, WITHOUT ROWID;

-- A payment due neither on its first day nor on its last (none is written so, 0018 onwards) has no flag: the
-- NOT NULL of due_at_end stops the migration rather than move its due day.
INSERT INTO expected_payments (convention_id, period_start, period_days, due_at_end, expected_cents)
SELECT convention_id, period_start, CAST(julianday(period_end) - julianday(period_start) AS INTEGER) + 1,
       CASE due_on WHEN period_start THEN 0 WHEN period_end THEN 1 END, expected_cents
FROM aid_payments ORDER BY convention_id, period_start;

-- The monthly totals (0015) count the same rows: kept as they are, their
-- triggers dropped with the old table and written again on the new one.
DROP TRIGGER aid_expected_by_month_insert;
DROP TRIGGER aid_expected_by_month_delete;
DROP TRIGGER aid_expected_by_month_update;
DROP TABLE aid_payments;
ALTER TABLE expected_payments RENAME TO aid_payments;

CREATE TRIGGER aid_expected_by_month_insert AFTER INSERT ON aid_payments BEGIN
  INSERT INTO aid_expected_by_month (month, payments, cents) VALUES (substr(new.due_on, 1, 7), 1, new.expected_cents)
  ON CONFLICT (month) DO UPDATE SET payments = payments + 1, cents = cents + excluded.cents;
END;

CREATE TRIGGER aid_expected_by_month_delete AFTER DELETE ON aid_payments BEGIN
  DELETE FROM aid_expected_by_month WHERE month = substr(old.due_on, 1, 7) AND payments = 1;
  UPDATE aid_expected_by_month SET payments = payments - 1, cents = cents - old.expected_cents WHERE month = substr(old.due_on, 1, 7);
END;

CREATE TRIGGER aid_expected_by_month_update AFTER UPDATE OF period_start, period_days, due_at_end, expected_cents ON aid_payments BEGIN
  DELETE FROM aid_expected_by_month WHERE month = substr(old.due_on, 1, 7) AND payments = 1;
  UPDATE aid_expected_by_month SET payments = payments - 1, cents = cents - old.expected_cents WHERE month = substr(old.due_on, 1, 7);
  INSERT INTO aid_expected_by_month (month, payments, cents) VALUES (substr(new.due_on, 1, 7), 1, new.expected_cents)
  ON CONFLICT (month) DO UPDATE SET payments = payments + 1, cents = cents + excluded.cents;
END;
