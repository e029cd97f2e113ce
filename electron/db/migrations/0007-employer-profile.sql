-- The employer workspace's own profile (one row): the organisation, its
-- contributions collector (the collector's name when it is neither URSSAF
-- nor MSA), the bank account the aid is paid to, and the person who signs
-- the employer's documents with their quality. Its establishments are the
-- rows of `employers` (one SIRET each).
CREATE TABLE employer_profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  status TEXT NOT NULL CHECK (status IN ('10', '11', '21', '22', '70', '80', 'ASSOCIATION',
    'PUBLIC_SERVICE_BODY', 'OTHER_PUBLIC_BODY', 'STATE_SERVICE', 'COMPANY')),
  collector TEXT NOT NULL CHECK (collector IN ('URSSAF', 'MSA', 'AUTRE')),
  collector_name TEXT CHECK ((collector = 'AUTRE') = (collector_name IS NOT NULL AND length(trim(collector_name)) > 0)),
  iban TEXT CHECK (iban IS NULL OR (length(iban) BETWEEN 15 AND 34 AND iban NOT GLOB '*[^0-9A-Z]*')),
  signatory_name TEXT NOT NULL CHECK (length(trim(signatory_name)) > 0),
  signatory_quality TEXT NOT NULL CHECK (length(trim(signatory_quality)) > 0),
  updated_at TEXT NOT NULL
) STRICT;
