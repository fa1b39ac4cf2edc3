-- What each move of the commendation data version (storage/data_versions.h) changed, so that the
-- eligibility records held in a server (storage/held_records.h) are brought up to date from the
-- subjects written rather than read again whole: one row per person or unit whose record a
-- committed transaction wrote, under the version that transaction moved the counter to
-- (written in the same transaction, without a version, stamped with it at commit right after the
-- counter moved: the counter's row is the transaction's then, so versions come in commit order).
-- subject_kind 'all': a write of what shapes more than a few records (units, people, postings, or
-- many subjects at once): the held records are read again. A version with no row here counts the
-- same. Rows older than the last 1000 versions are deleted by the writers.
CREATE TABLE comm_changes (
  version BIGINT,  -- NULL until its transaction commits (Tx::commit stamps it)
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('person', 'unit', 'all')),
  subject_id BIGINT NOT NULL
);
CREATE INDEX comm_changes_version ON comm_changes (version);
