-- The audit log becomes append-only and hash-chained (issue #15 §1).
-- Each new entry holds the SHA-256 of the previous one (prev_hash) and its
-- own (hash), computed in electron/db/repositories/audit.ts: SQLite has no
-- SHA-256 of its own, so the rows written before this migration keep NULL
-- hashes and the first chained entry's prev_hash is the digest of all of them
-- (they are covered by the chain too, see auditChain()).
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT CHECK (prev_hash IS NULL OR (length(prev_hash) = 64 AND prev_hash NOT GLOB '*[^0-9a-f]*'));
ALTER TABLE audit_log ADD COLUMN hash TEXT CHECK (hash IS NULL OR (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'));

CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR NEW.prev_hash IS NULL
BEGIN
  SELECT RAISE(ABORT, 'Une entrée du journal d’audit doit être chaînée (empreinte de l’entrée précédente et la sienne).');
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'Le journal d’audit ne se modifie pas : on y ajoute seulement.');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'Le journal d’audit ne s’efface pas : on y ajoute seulement.');
END;
