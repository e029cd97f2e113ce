-- Aid payments received by the employer (issue #14, « Money »): what the
-- payment organisation actually paid, per convention, beside the aid the
-- rules expect. One row per payment notice:
--   source 'fichier_retour': a PAYMENT line of an imported return file
--     (lot_id = the IN lot, line_no = its line, reference = the file name);
--   source 'saisie': typed by the employer from a paper notice or a bank
--     statement (reference = what identifies it, e.g. the notice number).
-- period_start..period_end is the period the payment covers (a month for
-- the CAE and the contrat d'avenir, the days since the previous payment for
-- the CAE-DOM). Amounts in integer cents.
CREATE TABLE received_payments (
  id INTEGER PRIMARY KEY,
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  received_on TEXT NOT NULL CHECK (received_on IS date(received_on)),
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  period_start TEXT NOT NULL CHECK (period_start IS date(period_start)),
  period_end TEXT NOT NULL CHECK (period_end IS date(period_end) AND period_end >= period_start),
  source TEXT NOT NULL CHECK (source IN ('fichier_retour', 'saisie')),
  reference TEXT NOT NULL DEFAULT '' CHECK (length(reference) <= 200),
  lot_id INTEGER REFERENCES exchange_lots (id),
  line_no INTEGER CHECK (line_no IS NULL OR line_no > 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  -- An imported payment names its file; a typed one has none.
  CHECK ((source = 'fichier_retour') = (lot_id IS NOT NULL)),
  UNIQUE (lot_id, convention_id, period_start)
) STRICT;
CREATE INDEX received_payments_convention ON received_payments (convention_id, period_start);

-- Payments already brought by return files imported before this migration
-- (recorded on the expected payment they answer): kept, as imported.
INSERT INTO received_payments (convention_id, received_on, amount_cents, period_start, period_end, source, reference, lot_id, line_no, created_at, created_by)
SELECT p.convention_id, p.received_on, p.received_cents, p.period_start, p.period_end, 'fichier_retour', l.file_name, p.lot_id, NULL, l.created_at, 'import'
FROM aid_payments p JOIN exchange_lots l ON l.id = p.lot_id
WHERE p.received_cents IS NOT NULL AND p.received_on IS NOT NULL
ORDER BY p.id;
