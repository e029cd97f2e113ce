/**
 * The words of a search cut and folded exactly as the search index cuts and
 * folds the words it holds, by the index's own tokenizer (unicode61, removing
 * diacritics) run on a private in-memory database. Since migration 0025 the
 * index keeps no positions: a quoted string of the search must be one word of
 * the index, or SQLite refuses the search (« phrase queries are not
 * supported »). No JavaScript library tokenizes like unicode61 (its tables of
 * letters and accents are SQLite's own, not those of the running Unicode), so
 * the search asks SQLite. ~50 µs a search.
 */
import Database from 'better-sqlite3-multiple-ciphers';

/** The tokenizer of `convention_search` (migrations 0003, 0025); a test compares it with the schema's. */
export const SEARCH_TOKENIZER = 'unicode61 remove_diacritics 2';

interface Tokenizer {
  clear: Database.Statement;
  insert: Database.Statement<[number, string]>;
  read: Database.Statement<[], { doc: number; term: string }>;
}

let tokenizer: Tokenizer | null = null;

function open(): Tokenizer {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE typed USING fts5 (word, tokenize = '${SEARCH_TOKENIZER}');
           CREATE VIRTUAL TABLE typed_tokens USING fts5vocab (typed, instance);`);
  return {
    clear: db.prepare('DELETE FROM typed'),
    insert: db.prepare('INSERT INTO typed (rowid, word) VALUES (?, ?)'),
    read: db.prepare('SELECT doc, term FROM typed_tokens ORDER BY doc, offset'),
  };
}

/** For each word, the index's words it is made of, in order (« Jean-Pierre » → « jean », « pierre »; « - » → none). */
export function indexTokens(words: readonly string[]): string[][] {
  tokenizer ??= open();
  const { clear, insert, read } = tokenizer;
  clear.run();
  words.forEach((word, i) => insert.run(i, word));
  const tokens: string[][] = words.map(() => []);
  for (const { doc, term } of read.all()) tokens[doc]!.push(term);
  clear.run();
  return tokens;
}
