-- First data model: the workspace, its registries (employers, employees),
-- conventions with their versions (initial convention and avenants),
-- contract events, aid payments, exchange lots, settings and audit log.
-- Dates are YYYY-MM-DD text (checked with date()), money integer cents,
-- hours integer minutes, rates integer basis points (1/100 of a percent).

CREATE TABLE workspace (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  role TEXT NOT NULL CHECK (role IN ('agence', 'employeur')),
  name TEXT NOT NULL,
  department TEXT,
  agency_code TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

-- Aid rates set by arrêté préfectoral, per department, year and employer category.
CREATE TABLE aid_rates (
  id INTEGER PRIMARY KEY,
  measure TEXT NOT NULL CHECK (measure IN ('CAE', 'CAV', 'CAE_DOM')),
  department TEXT NOT NULL,
  employer_category TEXT,
  rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10500),
  valid_from TEXT NOT NULL CHECK (valid_from IS date(valid_from)),
  valid_to TEXT CHECK (valid_to IS date(valid_to) AND valid_to >= valid_from),
  reference TEXT NOT NULL
) STRICT;
CREATE INDEX aid_rates_lookup ON aid_rates (measure, department, valid_from);

CREATE TABLE employers (
  id INTEGER PRIMARY KEY,
  siret TEXT NOT NULL UNIQUE CHECK (length(siret) = 14),
  name TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('10', '11', '21', '22', '70', '80', 'ASSOCIATION',
    'PUBLIC_SERVICE_BODY', 'OTHER_PUBLIC_BODY', 'STATE_SERVICE', 'COMPANY')),
  collector TEXT NOT NULL CHECK (collector IN ('URSSAF', 'MSA', 'AUTRE')),
  collector_other TEXT,
  address TEXT,
  postal_code TEXT,
  city TEXT,
  department TEXT,
  iban TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX employers_name ON employers (name COLLATE NOCASE);

-- The NIR is stored once, here; every other place refers to the employee
-- (version documents in convention_versions.details are stored without it).
CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  nir TEXT UNIQUE CHECK (nir IS NULL OR length(nir) = 15),
  civility TEXT NOT NULL CHECK (civility IN ('M', 'MME', 'MLLE')),
  last_name TEXT NOT NULL,
  birth_name TEXT,
  first_names TEXT NOT NULL,
  birth_date TEXT NOT NULL CHECK (birth_date IS date(birth_date)),
  birth_place TEXT,
  birth_department TEXT,
  nationality TEXT,
  education_level TEXT CHECK (education_level IS NULL OR education_level IN ('70', '60', '50', '51', '40', '30', '20', '10')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX employees_name ON employees (last_name COLLATE NOCASE, first_names COLLATE NOCASE);

-- A convention: its number (department, month, year, agency code, order
-- number) is given once and never reused; avenants are versions below.
CREATE TABLE conventions (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  measure TEXT NOT NULL CHECK (measure IN ('CAE', 'CAV', 'CAE_DOM')),
  department TEXT NOT NULL,
  prescriber_code TEXT NOT NULL,
  order_number INTEGER NOT NULL CHECK (order_number > 0),
  employer_id INTEGER NOT NULL REFERENCES employers (id),
  employee_id INTEGER NOT NULL REFERENCES employees (id),
  status TEXT NOT NULL CHECK (status IN ('brouillon', 'a_signer', 'signee', 'en_cours', 'terminee', 'resiliee', 'denoncee')),
  starts_on TEXT NOT NULL CHECK (starts_on IS date(starts_on)),
  ends_on TEXT CHECK (ends_on IS date(ends_on) AND ends_on >= starts_on),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (prescriber_code, order_number)
) STRICT;
CREATE INDEX conventions_employer ON conventions (employer_id);
CREATE INDEX conventions_employee ON conventions (employee_id);
CREATE INDEX conventions_status_end ON conventions (status, ends_on);
CREATE INDEX conventions_measure ON conventions (measure, status);
CREATE INDEX conventions_department ON conventions (department);

CREATE TABLE convention_versions (
  id INTEGER PRIMARY KEY,
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  avenant_index INTEGER NOT NULL CHECK (avenant_index >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('INITIAL', 'RENEWAL', 'HOURS_CHANGE', 'EMPLOYER_SUBSTITUTION', 'MODIFICATION')),
  employer_id INTEGER NOT NULL REFERENCES employers (id),
  filed_on TEXT CHECK (filed_on IS date(filed_on)),
  signed_on TEXT CHECK (signed_on IS date(signed_on)),
  starts_on TEXT NOT NULL CHECK (starts_on IS date(starts_on)),
  ends_on TEXT CHECK (ends_on IS date(ends_on) AND ends_on >= starts_on),
  contract_type TEXT NOT NULL CHECK (contract_type IN ('CDD', 'CDI')),
  hired_on TEXT CHECK (hired_on IS date(hired_on)),
  rome_code TEXT,
  job_title TEXT,
  weekly_minutes INTEGER NOT NULL CHECK (weekly_minutes BETWEEN 60 AND 2100),
  monthly_gross_cents INTEGER CHECK (monthly_gross_cents >= 0),
  aid_rate_bp INTEGER CHECK (aid_rate_bp BETWEEN 0 AND 10500),
  total_aid_cents INTEGER CHECK (total_aid_cents >= 0),
  -- The remaining fields of the form (support and training actions, the CAV
  -- contents and annex, the CAE-DOM specifics): a snapshot of this version.
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  created_at TEXT NOT NULL,
  UNIQUE (convention_id, avenant_index)
) STRICT;
CREATE INDEX convention_versions_employer ON convention_versions (employer_id);

CREATE TABLE status_changes (
  id INTEGER PRIMARY KEY,
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  from_status TEXT,
  to_status TEXT NOT NULL,
  on_date TEXT NOT NULL CHECK (on_date IS date(on_date)),
  actor TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX status_changes_convention ON status_changes (convention_id, on_date);

CREATE TABLE contract_events (
  id INTEGER PRIMARY KEY,
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  kind TEXT NOT NULL CHECK (kind IN ('SUSPENSION', 'RUPTURE', 'HOURS_CHANGE', 'EMPLOYER_SUBSTITUTION', 'TRIAL_PERIOD_ELSEWHERE')),
  occurred_on TEXT NOT NULL CHECK (occurred_on IS date(occurred_on)),
  ends_on TEXT CHECK (ends_on IS date(ends_on) AND ends_on >= occurred_on),
  reason TEXT,
  initiative TEXT CHECK (initiative IS NULL OR initiative IN ('EMPLOYEE', 'EMPLOYER')),
  paid INTEGER CHECK (paid IS NULL OR paid IN (0, 1)),
  weekly_minutes INTEGER CHECK (weekly_minutes IS NULL OR weekly_minutes BETWEEN 60 AND 2100),
  new_employer_id INTEGER REFERENCES employers (id),
  reported_on TEXT CHECK (reported_on IS date(reported_on)),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX contract_events_convention ON contract_events (convention_id, occurred_on);
CREATE INDEX contract_events_new_employer ON contract_events (new_employer_id);

CREATE TABLE exchange_lots (
  id INTEGER PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('OUT', 'IN')),
  kind TEXT NOT NULL,
  emitter TEXT NOT NULL,
  recipient TEXT NOT NULL,
  sequence INTEGER NOT NULL CHECK (sequence > 0),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  status TEXT NOT NULL CHECK (status IN ('prepared', 'ready', 'sent', 'accepted', 'partly_rejected', 'rejected', 'resent')),
  created_at TEXT NOT NULL,
  sent_at TEXT,
  acknowledged_at TEXT,
  UNIQUE (direction, emitter, kind, sequence)
) STRICT;
CREATE INDEX exchange_lots_status ON exchange_lots (status);

CREATE TABLE exchange_lot_lines (
  lot_id INTEGER NOT NULL REFERENCES exchange_lots (id),
  line_no INTEGER NOT NULL CHECK (line_no > 0),
  convention_id INTEGER REFERENCES conventions (id),
  record_kind TEXT NOT NULL,
  status TEXT NOT NULL,
  error_code TEXT,
  error_label TEXT,
  PRIMARY KEY (lot_id, line_no)
) STRICT;
CREATE INDEX exchange_lot_lines_convention ON exchange_lot_lines (convention_id);

-- Aid expected (computed by the rules) and received (payment notices).
CREATE TABLE aid_payments (
  id INTEGER PRIMARY KEY,
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  period_start TEXT NOT NULL CHECK (period_start IS date(period_start)),
  period_end TEXT NOT NULL CHECK (period_end IS date(period_end) AND period_end >= period_start),
  due_on TEXT NOT NULL CHECK (due_on IS date(due_on)),
  expected_cents INTEGER NOT NULL CHECK (expected_cents >= 0),
  received_cents INTEGER CHECK (received_cents IS NULL OR received_cents >= 0),
  received_on TEXT CHECK (received_on IS date(received_on)),
  lot_id INTEGER REFERENCES exchange_lots (id),
  UNIQUE (convention_id, period_start)
) STRICT;
CREATE INDEX aid_payments_due ON aid_payments (due_on);
CREATE INDEX aid_payments_lot ON aid_payments (lot_id);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT,
  entity_id INTEGER,
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
