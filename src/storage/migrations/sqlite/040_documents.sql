-- Documents (issue 11). Each unit's identity on its documents, with validity dates (the 2025
-- reorganisation changed names and places): the superior and issuing body lines, the symbol used
-- in numbers, the place name, whether a rank precedes the signer's name, the usual signer.
CREATE TABLE document_identities (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  superior_line TEXT NOT NULL DEFAULT '',
  issuer_line TEXT NOT NULL,
  symbol TEXT NOT NULL,
  place TEXT NOT NULL,
  rank_before_name INTEGER NOT NULL DEFAULT 1,
  signer_authority TEXT NOT NULL DEFAULT '',
  signer_position TEXT NOT NULL DEFAULT '',
  signer_rank TEXT NOT NULL DEFAULT '',
  signer_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX document_identities_unit ON document_identities(unit_id, valid_from);

-- Document numbers: one counter per issuer, year and series (the type's abbreviation), restarting
-- each year; a document keeps the number it was first given.
CREATE TABLE document_counters (
  issuer_unit_id INTEGER NOT NULL REFERENCES units(id),
  year INTEGER NOT NULL,
  series TEXT NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (issuer_unit_id, year, series)
);
CREATE TABLE document_numbers (
  kind TEXT NOT NULL,
  subject_id INTEGER NOT NULL,
  issuer_unit_id INTEGER NOT NULL REFERENCES units(id),
  year INTEGER NOT NULL,
  series TEXT NOT NULL,
  number INTEGER NOT NULL,
  symbol TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  PRIMARY KEY (kind, subject_id),
  UNIQUE (issuer_unit_id, year, series, number)
);

-- Review reports (sơ kết / tổng kết) of a group-year, drafted from its outline; the narrative of
-- each section is kept in versions (a new version per save, never overwritten).
CREATE TABLE report_outlines (
  group_year_id INTEGER PRIMARY KEY REFERENCES group_years(id),
  sections TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE review_reports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  group_year_id INTEGER NOT NULL REFERENCES group_years(id),
  kind TEXT NOT NULL CHECK (kind IN ('interim', 'final')),
  period TEXT NOT NULL,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE review_report_versions (
  report_id INTEGER NOT NULL REFERENCES review_reports(id),
  version INTEGER NOT NULL,
  narrative TEXT NOT NULL,
  author_user_id INTEGER,
  created_at TEXT NOT NULL,
  PRIMARY KEY (report_id, version)
);
