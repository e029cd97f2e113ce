-- A convention's sort keys written by its INSERT (issue #16). The trigger of
-- 0014 filled them by an UPDATE of the row just inserted: every convention
-- written twice, and its entries in the two sort indexes (by employee, by
-- employer) inserted with empty keys, then deleted and inserted again — a
-- tenth of the rows a 200,000-convention demo writes. insertConvention
-- (repositories/conventions/writes.ts) now gives the keys in its INSERT;
-- the trigger stays for any other insert, and only runs where a key is not
-- the one it would write: the keys are the same whoever writes them.
DROP TRIGGER conventions_sort_keys_insert;
CREATE TRIGGER conventions_sort_keys_insert AFTER INSERT ON conventions
WHEN new.employee_sort IS NOT (SELECT ee.last_name || char(31) || ee.first_names FROM employees ee WHERE ee.id = new.employee_id)
  OR new.employer_sort IS NOT (SELECT er.name FROM employers er WHERE er.id = new.employer_id)
BEGIN
  UPDATE conventions SET
    employee_sort = (SELECT ee.last_name || char(31) || ee.first_names FROM employees ee WHERE ee.id = new.employee_id),
    employer_sort = (SELECT er.name FROM employers er WHERE er.id = new.employer_id)
  WHERE id = new.id;
END;
