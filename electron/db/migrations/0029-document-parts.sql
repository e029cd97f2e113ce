-- The employer block of version documents, stored once (issue #16). Every
-- version kept its employer's block whole (name, SIRET, address, IBAN…,
-- ~300 bytes of JSON), the same in every convention of that employer: at
-- 50,000 conventions, 8,312 blocks for 54,902 versions, 66 bytes a
-- convention of the 414 their documents took. A document of format 2
-- (versions/packing.ts) names its block by the id of a row here, a block
-- found by the SHA-256 of its JSON text (its first 16 bytes). A row is
-- never changed nor deleted (an employer's block as a document was written:
-- a snapshot, like the document itself), so an id, once committed, always
-- names the same block. Documents stored before keep format 1.
CREATE TABLE document_parts (
  id INTEGER PRIMARY KEY,
  digest BLOB NOT NULL UNIQUE CHECK (length(digest) = 16),
  -- The block's JSON text, packed as a document of format 1.
  part BLOB NOT NULL CHECK (length(part) > 1)
) STRICT;
