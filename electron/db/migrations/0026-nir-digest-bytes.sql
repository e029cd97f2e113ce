-- A NIR's keyed hash (migration 0013, electron/db/nir-digest.ts) kept as its
-- 16 bytes rather than as 32 hexadecimal digits (issue #16): 16 bytes less in
-- the employee's row and 16 in the index that finds a NIR typed in the search,
-- ~32 bytes a convention. Same hashes: the hexadecimal text read back as bytes
-- (one SQLite cannot read would be NULL, computed again by the next write).
DROP INDEX employees_nir_digest;
DROP INDEX employees_nir_digest_due;
DROP TRIGGER employees_nir_changed;

ALTER TABLE employees ADD COLUMN nir_hash BLOB CHECK (nir_hash IS NULL OR length(nir_hash) = 16);
UPDATE employees SET nir_hash = unhex(nir_digest) WHERE nir_digest IS NOT NULL;
ALTER TABLE employees DROP COLUMN nir_digest;
ALTER TABLE employees RENAME COLUMN nir_hash TO nir_digest;

CREATE INDEX employees_nir_digest ON employees (nir_digest) WHERE nir_digest IS NOT NULL;
-- The employees whose hash is still to be computed: found without a scan.
CREATE INDEX employees_nir_digest_due ON employees (id) WHERE nir IS NOT NULL AND nir_digest IS NULL;

CREATE TRIGGER employees_nir_changed AFTER UPDATE OF nir ON employees WHEN new.nir IS NOT old.nir BEGIN
  UPDATE employees SET nir_digest = NULL WHERE id = new.id;
END;
