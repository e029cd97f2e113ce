-- A version's hiring date, ROME code and job title are read from its
-- document (issue #16): the columns repeated `contract.hiredOn`,
-- `contract.romeCode` and `contract.jobTitle` of the document they were
-- written from (services/conventions/document.ts, versionColumns), and no
-- query filtered, sorted nor joined on them; their one reader, the
-- convention package between agency and employer, takes them from the
-- document it already reads for the weekly hours
-- (exchanges/package-read.ts). ~40 bytes a version, 49 a convention of the
-- 50,000-convention demo. Dropping a column rewrites each row in place, in
-- this migration's transaction: nothing else changes.
ALTER TABLE convention_versions DROP COLUMN hired_on;
ALTER TABLE convention_versions DROP COLUMN rome_code;
ALTER TABLE convention_versions DROP COLUMN job_title;
