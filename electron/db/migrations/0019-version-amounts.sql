-- The money figures of every version, by convention and avenant (issue #16):
-- the conventions export takes each convention's latest amounts from this
-- index alone (1 MB at 50,000 conventions) instead of reading the whole
-- convention_versions table, whose full documents make it 117 MB (a full
-- scan of the versions, which issue #16 rules out for an export query).
CREATE INDEX convention_versions_amounts ON convention_versions (convention_id, avenant_index, monthly_gross_cents, aid_rate_bp, total_aid_cents);
