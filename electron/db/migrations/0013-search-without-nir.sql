-- The search index no longer holds NIRs (issue #15, encryption at rest): a
-- NIR is found through a keyed hash of its first 13 digits (HMAC-SHA256 with
-- a random key of this workspace, electron/db/nir-digest.ts), kept beside the
-- employee. The app fills the hash in every write transaction (a trigger
-- cannot: an application function is not allowed in a trigger while
-- trusted_schema is off); a changed NIR clears it here.
ALTER TABLE employees ADD COLUMN nir_digest TEXT CHECK (nir_digest IS NULL OR length(nir_digest) = 32);

CREATE INDEX employees_nir_digest ON employees (nir_digest) WHERE nir_digest IS NOT NULL;
-- The employees whose hash is still to be computed: found without a scan.
CREATE INDEX employees_nir_digest_due ON employees (id) WHERE nir IS NOT NULL AND nir_digest IS NULL;

CREATE TRIGGER employees_nir_changed AFTER UPDATE OF nir ON employees WHEN new.nir IS NOT old.nir BEGIN
  UPDATE employees SET nir_digest = NULL WHERE id = new.id;
END;

-- The workspace's key for the hashes: 32 random bytes, hex, never leaves the (encrypted) database.
INSERT OR IGNORE INTO settings (key, value) VALUES ('search.nirKey', json_quote(hex(randomblob(32))));

DROP TRIGGER convention_search_insert;
DROP TRIGGER convention_search_update;
DROP TRIGGER convention_search_employee;
DROP TRIGGER convention_search_employer;

CREATE TRIGGER convention_search_insert AFTER INSERT ON conventions BEGIN
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT new.id, new.number,
         ee.last_name || ' ' || ee.first_names || ' ' || coalesce(ee.birth_name, ''),
         er.name || ' ' || er.siret
  FROM employees ee, employers er
  WHERE ee.id = new.employee_id AND er.id = new.employer_id;
END;

CREATE TRIGGER convention_search_update AFTER UPDATE OF number, employee_id, employer_id ON conventions BEGIN
  DELETE FROM convention_search WHERE rowid = old.id;
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT new.id, new.number,
         ee.last_name || ' ' || ee.first_names || ' ' || coalesce(ee.birth_name, ''),
         er.name || ' ' || er.siret
  FROM employees ee, employers er
  WHERE ee.id = new.employee_id AND er.id = new.employer_id;
END;

CREATE TRIGGER convention_search_employee AFTER UPDATE OF last_name, first_names, birth_name ON employees BEGIN
  DELETE FROM convention_search WHERE rowid IN (SELECT id FROM conventions WHERE employee_id = new.id);
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT c.id, c.number,
         new.last_name || ' ' || new.first_names || ' ' || coalesce(new.birth_name, ''),
         er.name || ' ' || er.siret
  FROM conventions c JOIN employers er ON er.id = c.employer_id
  WHERE c.employee_id = new.id;
END;

CREATE TRIGGER convention_search_employer AFTER UPDATE OF name, siret ON employers BEGIN
  DELETE FROM convention_search WHERE rowid IN (SELECT id FROM conventions WHERE employer_id = new.id);
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT c.id, c.number,
         ee.last_name || ' ' || ee.first_names || ' ' || coalesce(ee.birth_name, ''),
         new.name || ' ' || new.siret
  FROM conventions c JOIN employees ee ON ee.id = c.employee_id
  WHERE c.employer_id = new.id;
END;

-- The index rebuilt without the NIRs.
INSERT INTO convention_search (convention_search) VALUES ('delete-all');
INSERT INTO convention_search (rowid, number, employee, employer)
SELECT c.id, c.number,
       ee.last_name || ' ' || ee.first_names || ' ' || coalesce(ee.birth_name, ''),
       er.name || ' ' || er.siret
FROM conventions c
JOIN employees ee ON ee.id = c.employee_id
JOIN employers er ON er.id = c.employer_id;
