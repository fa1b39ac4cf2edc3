-- A scoring regulation belongs to the unit that issued it: only that unit publishes its versions,
-- and it is shown to the levels above it and to the units it applies to. Regulations stored
-- before this migration are taken as the root unit's (the Ministry's).
ALTER TABLE scoring_schemes ADD COLUMN owner_unit_id INTEGER REFERENCES units(id);
UPDATE scoring_schemes SET owner_unit_id = (SELECT MIN(id) FROM units WHERE parent_id IS NULL);
