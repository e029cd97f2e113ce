-- The dashboard at 200,000 conventions (issue #16: under 100 ms, it took
-- 3.5 s). Each of its counts now reads a small index, or a table of a few
-- rows kept by triggers, instead of walking conventions or aid_payments.

-- The aid expected each month: the sum over 550,000 payments for the last
-- twelve months took 1.3 s (125 ms with a covering index). The totals by
-- month of due date are kept here, in the same transaction as every change
-- of aid_payments; a month without any payment has no row (the last one's
-- deletion deletes it first, the others' decrement it).
CREATE TABLE aid_expected_by_month (
  month TEXT PRIMARY KEY CHECK (length(month) = 7),
  payments INTEGER NOT NULL CHECK (payments > 0),
  cents INTEGER NOT NULL CHECK (cents >= 0)
) STRICT, WITHOUT ROWID;

INSERT INTO aid_expected_by_month (month, payments, cents)
SELECT substr(due_on, 1, 7), count(*), sum(expected_cents) FROM aid_payments GROUP BY substr(due_on, 1, 7);

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

-- The monthly sums were the only reader of the payments by due date: that
-- index (49 MB at 200,000 conventions) goes.
DROP INDEX aid_payments_due;

-- Only paid payments name a lot: the index of lot_id kept an entry for each
-- of the 2.3 million payments (NULL for nearly all). `lot_id = ?` implies
-- NOT NULL, so the lot's reads and the foreign key's checks still use it.
DROP INDEX aid_payments_lot;
CREATE INDEX aid_payments_lot ON aid_payments (lot_id) WHERE lot_id IS NOT NULL;

-- Conventions running on the first day of each month: those not ended
-- before it, less those not started yet (ends_on ≥ starts_on).
CREATE INDEX conventions_running_until ON conventions (coalesce(ends_on, '9999-12-31'))
WHERE status IN ('signee', 'en_cours', 'terminee', 'resiliee', 'denoncee');
CREATE INDEX conventions_running_from ON conventions (starts_on)
WHERE status IN ('signee', 'en_cours', 'terminee', 'resiliee', 'denoncee');

-- Running CAE ending soon, and their renewals (the renewals to decide).
CREATE INDEX conventions_cae_running_end ON conventions (ends_on, starts_on) WHERE measure = 'CAE' AND status IN ('signee', 'en_cours');
CREATE INDEX convention_versions_renewals ON convention_versions (convention_id) WHERE kind = 'RENEWAL';

-- Suspensions, trial periods elsewhere and ruptures, by day (the events reported late).
CREATE INDEX contract_events_reportable ON contract_events (occurred_on, reported_on, convention_id)
WHERE kind IN ('SUSPENSION', 'TRIAL_PERIOD_ELSEWHERE', 'RUPTURE');

-- The lines of every lot counted by status (the Échanges screen): read from
-- an index holding both, not row by row.
CREATE INDEX exchange_lot_lines_status ON exchange_lot_lines (lot_id, status);
