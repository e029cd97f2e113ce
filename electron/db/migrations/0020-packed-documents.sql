-- Version documents packed (issue #16): each version's `cae.convention/1`
-- document, ~1.6 KB of JSON, half of a workspace's size, is now kept deflated
-- against a preset dictionary (electron/db/repositories/versions/packing.ts,
-- ~0.4 KB). Nothing in SQL reads inside a document (the columns the queries
-- filter on are columns of this table), so the column becomes a BLOB.
--
-- The table is rebuilt (a column's type and CHECK cannot be altered in
-- place), inside the migration's transaction, where foreign keys cannot be
-- switched off: the one table referencing the versions
-- (warning_justifications) is set aside and put back, so dropping the old
-- table removes no row anyone points to. Ids are kept.
CREATE TABLE convention_versions_packed (
  id INTEGER PRIMARY KEY,
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  avenant_index INTEGER NOT NULL CHECK (avenant_index >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('INITIAL', 'RENEWAL', 'HOURS_CHANGE', 'EMPLOYER_SUBSTITUTION', 'MODIFICATION')),
  employer_id INTEGER NOT NULL REFERENCES employers (id),
  filed_on TEXT CHECK (filed_on IS date(filed_on)),
  signed_on TEXT CHECK (signed_on IS date(signed_on)),
  starts_on TEXT NOT NULL CHECK (starts_on IS date(starts_on)),
  ends_on TEXT CHECK (ends_on IS date(ends_on) AND ends_on >= starts_on),
  contract_type TEXT NOT NULL CHECK (contract_type IN ('CDD', 'CDI')),
  hired_on TEXT CHECK (hired_on IS date(hired_on)),
  rome_code TEXT,
  job_title TEXT,
  monthly_gross_cents INTEGER CHECK (monthly_gross_cents >= 0),
  aid_rate_bp INTEGER CHECK (aid_rate_bp BETWEEN 0 AND 10500),
  total_aid_cents INTEGER CHECK (total_aid_cents >= 0),
  -- The whole form of this version (employer, employee without the NIR,
  -- contract, support and training actions, the CAV contents and annex, the
  -- CAE-DOM specifics): its format byte, then its JSON deflated (packing.ts).
  document BLOB NOT NULL CHECK (length(document) > 1),
  created_at TEXT NOT NULL,
  UNIQUE (convention_id, avenant_index)
) STRICT;

INSERT INTO convention_versions_packed (id, convention_id, avenant_index, kind, employer_id, filed_on, signed_on, starts_on, ends_on,
  contract_type, hired_on, rome_code, job_title, monthly_gross_cents, aid_rate_bp, total_aid_cents, document, created_at)
SELECT id, convention_id, avenant_index, kind, employer_id, filed_on, signed_on, starts_on, ends_on,
  contract_type, hired_on, rome_code, job_title, monthly_gross_cents, aid_rate_bp, total_aid_cents, cae_pack_document(details), created_at
FROM convention_versions ORDER BY id;

CREATE TEMP TABLE justifications_set_aside AS SELECT * FROM warning_justifications;
DELETE FROM warning_justifications;
DROP TABLE convention_versions;
ALTER TABLE convention_versions_packed RENAME TO convention_versions;
INSERT INTO warning_justifications SELECT * FROM justifications_set_aside ORDER BY id;
DROP TABLE justifications_set_aside;

CREATE INDEX convention_versions_employer ON convention_versions (employer_id);
CREATE INDEX convention_versions_renewals ON convention_versions (convention_id) WHERE kind = 'RENEWAL';
CREATE INDEX convention_versions_amounts ON convention_versions (convention_id, avenant_index, monthly_gross_cents, aid_rate_bp, total_aid_cents);
