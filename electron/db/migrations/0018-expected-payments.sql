-- aid_payments keeps what the rules expect, and only that (issue #16). What
-- was received is in received_payments (0009), where every import of a return
-- file has written it since; the copy an import also wrote here (received
-- amount, day, lot) made each import rewrite one payment row in nearly every
-- page of this table (one period's 78,000 payments at 200,000 conventions:
-- 157 MB of journal), and nothing reads it that received_payments cannot
-- answer. A payment is « received from a return file » when received_payments
-- holds a line of a return file for its convention and period.
--
-- The table is keyed by what identifies a payment, the convention and its
-- period (WITHOUT ROWID): its rowid and the index of that unique pair (61 MB
-- at 200,000 conventions) go.

-- A payment a return file brought before 0009 and that 0009 did not copy
-- (none is known: every import since writes both): copied as 0009 did.
INSERT INTO received_payments (convention_id, received_on, amount_cents, period_start, period_end, source, reference, lot_id, line_no, created_at, created_by)
SELECT p.convention_id, p.received_on, p.received_cents, p.period_start, p.period_end, 'fichier_retour', l.file_name, p.lot_id, NULL, l.created_at, 'import'
FROM aid_payments p JOIN exchange_lots l ON l.id = p.lot_id
WHERE p.received_cents IS NOT NULL AND p.received_on IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM received_payments r WHERE r.lot_id = p.lot_id AND r.convention_id = p.convention_id AND r.period_start = p.period_start)
ORDER BY p.id;

CREATE TABLE expected_payments (
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  period_start TEXT NOT NULL CHECK (period_start IS date(period_start)),
  period_end TEXT NOT NULL CHECK (period_end IS date(period_end) AND period_end >= period_start),
  due_on TEXT NOT NULL CHECK (due_on IS date(due_on)),
  expected_cents INTEGER NOT NULL CHECK (expected_cents >= 0),
  PRIMARY KEY (convention_id, period_start)
) STRICT, WITHOUT ROWID;

INSERT INTO expected_payments (convention_id, period_start, period_end, due_on, expected_cents)
SELECT convention_id, period_start, period_end, due_on, expected_cents FROM aid_payments ORDER BY convention_id, period_start;

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

CREATE TRIGGER aid_expected_by_month_update AFTER UPDATE OF due_on, expected_cents ON aid_payments BEGIN
  DELETE FROM aid_expected_by_month WHERE month = substr(old.due_on, 1, 7) AND payments = 1;
  UPDATE aid_expected_by_month SET payments = payments - 1, cents = cents - old.expected_cents WHERE month = substr(old.due_on, 1, 7);
  INSERT INTO aid_expected_by_month (month, payments, cents) VALUES (substr(new.due_on, 1, 7), 1, new.expected_cents)
  ON CONFLICT (month) DO UPDATE SET payments = payments + 1, cents = cents + excluded.cents;
END;
