-- File exchanges with the payment organisation (docs/exchange-format.md):
-- each outbound lot line names the record it carries (a version, an event or
-- a dénonciation) and the SHA-256 of its payload, so the next export knows
-- what was already sent and whether a rejected line has been corrected; a
-- return file points at the lot it answers.
ALTER TABLE exchange_lot_lines ADD COLUMN record_ref TEXT
  CHECK (record_ref IS NULL OR record_ref GLOB 'version:[0-9]*' OR record_ref GLOB 'event:[0-9]*' OR record_ref GLOB 'denunciation:[0-9]*');
ALTER TABLE exchange_lot_lines ADD COLUMN payload_sha256 TEXT CHECK (payload_sha256 IS NULL OR length(payload_sha256) = 64);
CREATE INDEX exchange_lot_lines_record ON exchange_lot_lines (record_ref);

ALTER TABLE exchange_lots ADD COLUMN answers_lot_id INTEGER REFERENCES exchange_lots (id);
CREATE INDEX exchange_lots_answers ON exchange_lots (answers_lot_id);
