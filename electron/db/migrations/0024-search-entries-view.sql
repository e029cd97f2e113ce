-- The text of a convention's search entry defined once, in a view (issue #16):
-- the search triggers read it, and so does a bulk write that makes the entries
-- of its conventions at its end (electron/db/search-built-after.ts) with one
-- INSERT … SELECT. Before, that write rewrote every new convention's number to
-- itself so that the update trigger would write each entry: at 200,000
-- conventions 2.6 to 3.4 s, the INSERT … SELECT 1.5 s.
CREATE VIEW convention_search_entries AS
SELECT c.id, c.number,
       ee.last_name || ' ' || ee.first_names || ' ' || coalesce(ee.birth_name, '') AS employee,
       er.name || ' ' || er.siret AS employer,
       c.employee_id, c.employer_id
FROM conventions c
JOIN employees ee ON ee.id = c.employee_id
JOIN employers er ON er.id = c.employer_id;

-- The same triggers as 0013, reading the view: the entries they write are unchanged.
DROP TRIGGER convention_search_insert;
DROP TRIGGER convention_search_update;
DROP TRIGGER convention_search_employee;
DROP TRIGGER convention_search_employer;

CREATE TRIGGER convention_search_insert AFTER INSERT ON conventions BEGIN
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT id, number, employee, employer FROM convention_search_entries WHERE id = new.id;
END;

CREATE TRIGGER convention_search_update AFTER UPDATE OF number, employee_id, employer_id ON conventions BEGIN
  DELETE FROM convention_search WHERE rowid = old.id;
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT id, number, employee, employer FROM convention_search_entries WHERE id = new.id;
END;

CREATE TRIGGER convention_search_employee AFTER UPDATE OF last_name, first_names, birth_name ON employees BEGIN
  DELETE FROM convention_search WHERE rowid IN (SELECT id FROM conventions WHERE employee_id = new.id);
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT id, number, employee, employer FROM convention_search_entries WHERE employee_id = new.id;
END;

CREATE TRIGGER convention_search_employer AFTER UPDATE OF name, siret ON employers BEGIN
  DELETE FROM convention_search WHERE rowid IN (SELECT id FROM conventions WHERE employer_id = new.id);
  INSERT INTO convention_search (rowid, number, employee, employer)
  SELECT id, number, employee, employer FROM convention_search_entries WHERE employer_id = new.id;
END;

-- The index of the UNIQUE constraint on the number already holds (number, id):
-- an index of a table with a rowid keeps the rowid after its columns, so it
-- walks the list sorted by number, in both directions, as this one did
-- (list-sql.ts). 32 bytes a convention, and one index less to keep on each write.
DROP INDEX conventions_by_number;
