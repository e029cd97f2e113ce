-- Where exchanged records and files come from and go to (docs/exchange-format.md).
--
-- contract_events.known_to_agency: 1 for an event the agency's convention
-- package brought (added, or matched and brought up to date): the agency
-- declares it to the payment organisation itself, so the employer workspace
-- must not send it again as its own declaration (it would be a duplicate).
-- The employer's outbound lots carry only the events at 0.
ALTER TABLE contract_events ADD COLUMN known_to_agency INTEGER NOT NULL DEFAULT 0 CHECK (known_to_agency IN (0, 1));

-- Events written by a package imported before this migration: created by the
-- import itself (same instant as the IN package lot, for a convention the
-- package carried). Events the employer recorded itself keep 0.
UPDATE contract_events SET known_to_agency = 1
WHERE EXISTS (
  SELECT 1 FROM exchange_lots l JOIN exchange_lot_lines x ON x.lot_id = l.id
  WHERE l.direction = 'IN' AND l.kind = 'convention-package'
    AND x.convention_id = contract_events.convention_id AND l.created_at = contract_events.created_at
);

-- exchange_lots.folder: the folder an outbound lot or package file was
-- written to (absolute path), so that a lot left `prepared` by a crash is
-- checked where its file is, not in the folder of whatever export comes
-- next (the screen writes to envois/, `cae export --to DIR` elsewhere).
-- NULL for lots written before this migration and for inbound files.
ALTER TABLE exchange_lots ADD COLUMN folder TEXT CHECK (folder IS NULL OR (direction = 'OUT' AND length(folder) > 0));
