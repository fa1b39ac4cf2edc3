-- Data versions (storage/data_versions.h, docs/consistency.md): one counter row per kind of data
-- a server derives views from, read whole in one statement. 'scores' moves in the transaction of
-- every change of a score version (score_gen_unit, score_gen_member, score_gen_group_year);
-- 'structure' in the transaction of every change of what shapes rankings beyond scores: groups,
-- their years and members, the registry's units (created, renamed, corrected, moved, merged,
-- dissolved), movements and their phases, scheme bindings. The row is written as the last
-- statement before COMMIT, so a write holds its lock only while it commits; a row absent is 0.
CREATE TABLE data_versions (
  kind TEXT PRIMARY KEY,
  version BIGINT NOT NULL
);
