-- Sort keys of the conventions list (issue #16: instant at 200,000
-- conventions). Sorting by employee or employer joined every row of the
-- list and sorted it in a temporary B-tree for each window (1.26 s at offset
-- 150,000). The names are copied into the convention as sort keys, kept by
-- triggers, so each sort walks a covering index and stops at the window.

-- « NOM » then « Prénoms »: the unit separator (char 31) sorts before every
-- character of a name, so one key orders as the pair (last name, first names).
ALTER TABLE conventions ADD COLUMN employee_sort TEXT NOT NULL DEFAULT '' COLLATE NOCASE;
ALTER TABLE conventions ADD COLUMN employer_sort TEXT NOT NULL DEFAULT '' COLLATE NOCASE;

UPDATE conventions SET
  employee_sort = (SELECT ee.last_name || char(31) || ee.first_names FROM employees ee WHERE ee.id = conventions.employee_id),
  employer_sort = (SELECT er.name FROM employers er WHERE er.id = conventions.employer_id);

CREATE TRIGGER conventions_sort_keys_insert AFTER INSERT ON conventions BEGIN
  UPDATE conventions SET
    employee_sort = (SELECT ee.last_name || char(31) || ee.first_names FROM employees ee WHERE ee.id = new.employee_id),
    employer_sort = (SELECT er.name FROM employers er WHERE er.id = new.employer_id)
  WHERE id = new.id;
END;

CREATE TRIGGER conventions_sort_keys_parties AFTER UPDATE OF employee_id, employer_id ON conventions BEGIN
  UPDATE conventions SET
    employee_sort = (SELECT ee.last_name || char(31) || ee.first_names FROM employees ee WHERE ee.id = new.employee_id),
    employer_sort = (SELECT er.name FROM employers er WHERE er.id = new.employer_id)
  WHERE id = new.id;
END;

CREATE TRIGGER conventions_sort_key_employee AFTER UPDATE OF last_name, first_names ON employees BEGIN
  UPDATE conventions SET employee_sort = new.last_name || char(31) || new.first_names WHERE employee_id = new.id;
END;

CREATE TRIGGER conventions_sort_key_employer AFTER UPDATE OF name ON employers BEGIN
  UPDATE conventions SET employer_sort = new.name WHERE employer_id = new.id;
END;

-- One index per sort, the sort key then the id that breaks ties. The default
-- sort (start) and the sorts by name also carry every column the list filters
-- on: a window is then read from the index alone (covering), the filters
-- checked on its entries, and only the window's rows are joined (a whole walk
-- of 200,000 entries costs ~6 ms, a table lookup ~0.7 µs a row). The other
-- sorts stay narrow (size: ~25 bytes a convention instead of ~60). See
-- electron/db/repositories/conventions/list-plan.ts and docs/performance.md.
DROP INDEX conventions_starts_on;
CREATE INDEX conventions_by_start ON conventions (starts_on, id, status, measure, department, employer_id, ends_on);
CREATE INDEX conventions_by_employee ON conventions (employee_sort, id, status, measure, department, employer_id, ends_on);
CREATE INDEX conventions_by_employer ON conventions (employer_sort, id, status, measure, department, employer_id, ends_on);
CREATE INDEX conventions_by_number ON conventions (number, id);
CREATE INDEX conventions_by_status ON conventions (status, id);
-- Undated ends (a CDI of the CAE-DOM) come last in both directions.
CREATE INDEX conventions_by_end_asc ON conventions (coalesce(ends_on, '9999-12-31'), id);
CREATE INDEX conventions_by_end_desc ON conventions (coalesce(ends_on, '0000-01-01'), id);
