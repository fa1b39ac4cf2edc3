-- Scoring schemes (versioned, immutable once stored), their binding to a group-year, the
-- self-, cross- and moderated scores, and a generation counter that invalidates cached rankings.
CREATE TABLE scoring_schemes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  json TEXT NOT NULL,
  username TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (code, version)
);

CREATE TABLE group_year_schemes (
  group_year_id INTEGER PRIMARY KEY REFERENCES group_years(id),
  scheme_id INTEGER NOT NULL REFERENCES scoring_schemes(id),
  bound_at TEXT NOT NULL
);

CREATE TABLE score_sheets (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  group_year_id INTEGER NOT NULL REFERENCES group_years(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  kind TEXT NOT NULL,
  scorer_unit_id INTEGER NOT NULL REFERENCES units(id),
  assessment_json TEXT NOT NULL,
  username TEXT NOT NULL,
  at TEXT NOT NULL,
  UNIQUE (group_year_id, unit_id, kind, scorer_unit_id)
);

CREATE TABLE score_assignments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  group_year_id INTEGER NOT NULL REFERENCES group_years(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  scorer_unit_id INTEGER NOT NULL REFERENCES units(id),
  recused INTEGER NOT NULL DEFAULT 0,
  recusal_reason TEXT,
  UNIQUE (group_year_id, unit_id, scorer_unit_id)
);

CREATE TABLE score_moderations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  group_year_id INTEGER NOT NULL REFERENCES group_years(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  criterion TEXT NOT NULL,
  points REAL NOT NULL,
  met INTEGER,
  reason TEXT NOT NULL,
  username TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE score_generation (id INTEGER PRIMARY KEY, gen INTEGER NOT NULL);
INSERT INTO score_generation (id, gen) VALUES (1, 0);
