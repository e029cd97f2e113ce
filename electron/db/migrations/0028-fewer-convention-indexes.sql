-- Three indexes of the conventions dropped, one small one made (issue #16):
-- 23, 22 and 28 bytes a convention of the 200,000-convention demo, ~3 % of
-- a workspace, for work other indexes already do.
--
-- `conventions_ends_on` (ends_on, id): the list's end-date filter now
-- reads the two indexes of the end sort (0014), whose keys are ends_on
-- itself for every dated convention (conventions/list-sql.ts: exact for
-- every date, undated conventions never kept by a bound).
DROP INDEX conventions_ends_on;

-- `conventions_measure` (measure, status): three measures do not make a
-- selective key; a list of one measure walks a sort index that carries the
-- measure (0016), and its count is kept by convention_counts.
DROP INDEX conventions_measure;

-- `conventions_status_end` (status, ends_on), for every convention: its
-- readers that need the end in order count the running conventions ending
-- within 30 or 60 days (dashboard), a quarter of them, read from the index
-- made here; and the retention's due conventions (ended before a cutoff,
-- the five signed statuses), read from the index of signed conventions'
-- ends (0015, retention.ts).
DROP INDEX conventions_status_end;
CREATE INDEX conventions_running_end ON conventions (ends_on) WHERE status IN ('signee', 'en_cours');
