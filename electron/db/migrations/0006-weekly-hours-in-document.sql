-- Weekly hours are stored once: in the version's `cae.convention/1` document
-- (details), in decimal hours — contract.weeklyHours, a renewal's
-- weeklyHours, an hours-change avenant's event. A version's hours are those in
-- force on its first day, and an hours-change event's are the document's
-- event of that kind and day: both are read from the document by the rules
-- (shared/rules/hours/inForce.ts) and turned into the minutes of the exchange
-- files there (shared/rules/hours/weekly.ts). A correction patches the
-- document alone.
--
-- The columns kept the same value in minutes beside the document; SQLite
-- cannot derive them in a generated column (which hours are in force is a
-- search over the renewals and events, a subquery). They go.
ALTER TABLE convention_versions DROP COLUMN weekly_minutes;
ALTER TABLE contract_events DROP COLUMN weekly_minutes;
