-- The agency's convention workflow: numbering that never reuses a number,
-- justified warnings at signature, and the dénonciation procedure.
-- Dates are YYYY-MM-DD text (checked with date()), money integer cents.

-- Per-agency numbering (form CAE-0515, administration block: department,
-- ALE or prescriber code, order number). The counter only grows: a deleted
-- draft's number is never given again.
CREATE TABLE convention_counters (
  department TEXT NOT NULL CHECK (length(department) BETWEEN 2 AND 3),
  prescriber_code TEXT NOT NULL CHECK (length(prescriber_code) = 5),
  last_order_number INTEGER NOT NULL CHECK (last_order_number BETWEEN 0 AND 99999),
  PRIMARY KEY (department, prescriber_code)
) STRICT;

-- Numbers already given before this migration stay taken.
INSERT INTO convention_counters (department, prescriber_code, last_order_number)
SELECT department, prescriber_code, max(order_number)
FROM conventions
WHERE length(department) BETWEEN 2 AND 3 AND length(prescriber_code) = 5
GROUP BY department, prescriber_code;

-- A warning of the rules accepted at signature: one justification per
-- finding code and version, with who gave it and when.
CREATE TABLE warning_justifications (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES convention_versions (id),
  finding_code TEXT NOT NULL CHECK (finding_code <> '' AND finding_code NOT GLOB '*[^A-Z_]*'),
  text TEXT NOT NULL CHECK (length(trim(text)) >= 5),
  justified_by TEXT NOT NULL CHECK (length(trim(justified_by)) > 0),
  justified_at TEXT NOT NULL,
  UNIQUE (version_id, finding_code)
) STRICT;

-- Dénonciation (R. 5134-51; form CAE-0515, reversement): notice of intent,
-- 7 days for the employer's observations, decision, then the payment
-- organisation and the contribution collector are informed.
CREATE TABLE denunciations (
  id INTEGER PRIMARY KEY,
  convention_id INTEGER NOT NULL REFERENCES conventions (id),
  grounds TEXT NOT NULL CHECK (length(trim(grounds)) > 0),
  intent_notified_on TEXT NOT NULL CHECK (intent_notified_on IS date(intent_notified_on)),
  observations_deadline TEXT NOT NULL CHECK (observations_deadline IS date(observations_deadline) AND observations_deadline >= intent_notified_on),
  observations_received_on TEXT CHECK (observations_received_on IS date(observations_received_on) AND observations_received_on >= intent_notified_on),
  observations TEXT,
  decision TEXT CHECK (decision IS NULL OR decision IN ('DENOUNCED', 'MAINTAINED')),
  decision_notified_on TEXT CHECK (decision_notified_on IS date(decision_notified_on) AND decision_notified_on >= intent_notified_on),
  decision_reason TEXT,
  appeal_deadline TEXT CHECK (appeal_deadline IS date(appeal_deadline)),
  repayment_cents INTEGER CHECK (repayment_cents IS NULL OR repayment_cents >= 0),
  exempted_base_cents INTEGER CHECK (exempted_base_cents IS NULL OR exempted_base_cents >= 0),
  contributions_due_on TEXT CHECK (contributions_due_on IS date(contributions_due_on)),
  payment_organisation_informed_on TEXT CHECK (payment_organisation_informed_on IS date(payment_organisation_informed_on)),
  collector_informed_on TEXT CHECK (collector_informed_on IS date(collector_informed_on)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((decision IS NULL) = (decision_notified_on IS NULL)),
  CHECK (decision = 'DENOUNCED' OR (payment_organisation_informed_on IS NULL AND collector_informed_on IS NULL))
) STRICT;
CREATE INDEX denunciations_convention ON denunciations (convention_id, intent_notified_on);
-- At most one procedure under way per convention.
CREATE UNIQUE INDEX denunciations_open ON denunciations (convention_id) WHERE decision IS NULL;

-- Versions are looked up by (convention_id, avenant_index) and numbers by
-- (prescriber_code, order_number): the UNIQUE constraints of 0001 index both.
