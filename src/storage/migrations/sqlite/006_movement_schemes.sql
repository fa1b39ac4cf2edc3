-- A scoring scheme bound to a movement (e.g. the Ministry's regulation for "Vì an ninh Tổ quốc")
-- applies to every group-year that runs under the movement and has no scheme of its own.
CREATE TABLE movement_schemes (
  movement_id INTEGER PRIMARY KEY REFERENCES movements(id),
  scheme_id INTEGER NOT NULL REFERENCES scoring_schemes(id),
  bound_at TEXT NOT NULL
);

ALTER TABLE group_years ADD COLUMN movement_id INTEGER REFERENCES movements(id);
