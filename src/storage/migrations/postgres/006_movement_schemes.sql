-- A scoring scheme bound to a movement (e.g. the Ministry's regulation for "Vì an ninh Tổ quốc")
-- applies to every group-year that runs under the movement and has no scheme of its own.
CREATE TABLE movement_schemes (
  movement_id BIGINT PRIMARY KEY REFERENCES movements(id),
  scheme_id BIGINT NOT NULL REFERENCES scoring_schemes(id),
  bound_at TEXT NOT NULL
);

ALTER TABLE group_years ADD COLUMN movement_id BIGINT REFERENCES movements(id);
