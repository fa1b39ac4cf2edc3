-- Score versions per unit and per group-year replace the single global counter of 004. A write
-- bumps only the rows of what it changed, so a server holding scores in memory re-scores those
-- units and no others, and writes in different provinces never queue on one shared row.
DROP TABLE score_generation;

-- A unit's reports changed (any group-year the unit belongs to is affected).
CREATE TABLE score_gen_unit (
  unit_id BIGINT PRIMARY KEY REFERENCES units(id),
  gen BIGINT NOT NULL
);

-- A unit's sheets, scorer assignments or moderations in one group-year changed.
CREATE TABLE score_gen_member (
  group_year_id BIGINT NOT NULL REFERENCES group_years(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  gen BIGINT NOT NULL,
  PRIMARY KEY (group_year_id, unit_id)
);

-- The group-year's scheme or members changed: everything is scored again.
CREATE TABLE score_gen_group_year (
  group_year_id BIGINT PRIMARY KEY REFERENCES group_years(id),
  gen BIGINT NOT NULL
);
