-- The search index without the positions of its words (issue #16): the list's
-- search asks whether a convention has words beginning with the typed ones, in
-- any order and any of its three texts (list-sql.ts, searchExpression), never
-- for a phrase or a column, so the index need not say where each word is.
-- Measured on the 50,000-convention demo: 181 bytes a convention → 64, the
-- index written in two thirds of the time; the searches of the bench as fast.
-- Same texts, same tokenizer and prefixes; rebuilt from the view the triggers
-- read (0024), which stay as they are: they name the table, not its layout.
DROP TABLE convention_search;

CREATE VIRTUAL TABLE convention_search USING fts5 (
  number,
  employee,
  employer,
  content = '',
  contentless_delete = 1,
  detail = none,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO convention_search (rowid, number, employee, employer)
SELECT id, number, employee, employer FROM convention_search_entries;
