-- Fast search and sorting of the conventions list (hundreds of thousands of
-- rows): a full-text index over the convention number, the employee (names,
-- NIR) and the employer (name, SIRET), kept in sync by triggers, and indexes
-- for the sortable dates. Contentless: the text stays in its own tables.
CREATE VIRTUAL TABLE convention_search USING fts5 (
  number,
  employee,
  employer,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO convention_search (rowid, number, employee, employer)
SELECT c.id, c.number,
       ee.last_name || ' ' || ee.first_names || ' ' || coalesce(ee.birth_name, '') || ' ' || coalesce(ee.nir, ''),
       er.name || ' ' || er.siret
FROM conventions c
JOIN employees ee ON ee.id = c.employee_id
JOIN employers er ON er.id = c.employer_id;

CREATE TRIGGER convention_search_insert AFTER INSERT ON conventions BEGIN
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT new.id, new.number,
         ee.last_name || ' ' || ee.first_names || ' ' || coalesce(ee.birth_name, '') || ' ' || coalesce(ee.nir, ''),
         er.name || ' ' || er.siret
  FROM employees ee, employers er
  WHERE ee.id = new.employee_id AND er.id = new.employer_id;
END;

CREATE TRIGGER convention_search_update AFTER UPDATE OF number, employee_id, employer_id ON conventions BEGIN
  DELETE FROM convention_search WHERE rowid = old.id;
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT new.id, new.number,
         ee.last_name || ' ' || ee.first_names || ' ' || coalesce(ee.birth_name, '') || ' ' || coalesce(ee.nir, ''),
         er.name || ' ' || er.siret
  FROM employees ee, employers er
  WHERE ee.id = new.employee_id AND er.id = new.employer_id;
END;

CREATE TRIGGER convention_search_delete AFTER DELETE ON conventions BEGIN
  DELETE FROM convention_search WHERE rowid = old.id;
END;

CREATE TRIGGER convention_search_employee AFTER UPDATE OF last_name, first_names, birth_name, nir ON employees BEGIN
  DELETE FROM convention_search WHERE rowid IN (SELECT id FROM conventions WHERE employee_id = new.id);
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT c.id, c.number,
         new.last_name || ' ' || new.first_names || ' ' || coalesce(new.birth_name, '') || ' ' || coalesce(new.nir, ''),
         er.name || ' ' || er.siret
  FROM conventions c JOIN employers er ON er.id = c.employer_id
  WHERE c.employee_id = new.id;
END;

CREATE TRIGGER convention_search_employer AFTER UPDATE OF name, siret ON employers BEGIN
  DELETE FROM convention_search WHERE rowid IN (SELECT id FROM conventions WHERE employer_id = new.id);
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT c.id, c.number,
         ee.last_name || ' ' || ee.first_names || ' ' || coalesce(ee.birth_name, '') || ' ' || coalesce(ee.nir, ''),
         new.name || ' ' || new.siret
  FROM conventions c JOIN employees ee ON ee.id = c.employee_id
  WHERE c.employer_id = new.id;
END;

-- Sortable columns of the list.
CREATE INDEX conventions_starts_on ON conventions (starts_on, id);
CREATE INDEX conventions_ends_on ON conventions (ends_on, id);
