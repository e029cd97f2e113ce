-- The employee's activity, month by month, that the employer's proofs of
-- activity are made of (form CAE-0515, conditions générales: « justificatifs
-- trimestriels » ; R. 831-5 for the CAE-DOM, before each payment): hours
-- worked, absences by kind (hours), and days of unpaid suspension. One row
-- per convention and civil month (`YYYY-MM`); hours in integer hundredths
-- of an hour, as the rules compute them (86,67 h → 8667; the exchange files
-- carry whole minutes).
-- Who recorded it and when are kept on each row.
CREATE TABLE activity_months (
  id INTEGER PRIMARY KEY,
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  month TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
  worked_hundredths INTEGER NOT NULL CHECK (worked_hundredths BETWEEN 0 AND 74400),
  paid_leave_hundredths INTEGER NOT NULL DEFAULT 0 CHECK (paid_leave_hundredths BETWEEN 0 AND 74400),
  sick_leave_hundredths INTEGER NOT NULL DEFAULT 0 CHECK (sick_leave_hundredths BETWEEN 0 AND 74400),
  other_absence_hundredths INTEGER NOT NULL DEFAULT 0 CHECK (other_absence_hundredths BETWEEN 0 AND 74400),
  unpaid_suspension_days INTEGER NOT NULL DEFAULT 0 CHECK (unpaid_suspension_days BETWEEN 0 AND 31),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL CHECK (length(trim(recorded_by)) > 0),
  UNIQUE (convention_id, month)
) STRICT;

-- A proof of activity is an outbound record like the others: a lot line names
-- it `activity:<convention id>:<first day of its period>`. SQLite cannot
-- change a column's CHECK, so record_ref is rebuilt with the wider one, its
-- values kept (and its index).
DROP INDEX exchange_lot_lines_record;
ALTER TABLE exchange_lot_lines RENAME COLUMN record_ref TO record_ref_before_0008;
ALTER TABLE exchange_lot_lines ADD COLUMN record_ref TEXT
  CHECK (record_ref IS NULL OR record_ref GLOB 'version:[0-9]*' OR record_ref GLOB 'event:[0-9]*' OR record_ref GLOB 'denunciation:[0-9]*'
         OR record_ref GLOB 'activity:[0-9]*:[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');
UPDATE exchange_lot_lines SET record_ref = record_ref_before_0008;
ALTER TABLE exchange_lot_lines DROP COLUMN record_ref_before_0008;
CREATE INDEX exchange_lot_lines_record ON exchange_lot_lines (record_ref);
