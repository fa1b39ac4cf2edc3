-- Periodic reports of indicator values, their revisions, evidence files, deadlines and locks.
CREATE TABLE reports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  period_key TEXT NOT NULL,
  period_json TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  status TEXT NOT NULL,
  values_json TEXT NOT NULL,
  narrative TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  late INTEGER NOT NULL DEFAULT 0,
  return_reason TEXT,
  submitted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, period_key)
);
CREATE INDEX reports_period ON reports(period_key, unit_id);
CREATE INDEX reports_range ON reports(unit_id, period_start, period_end);

CREATE TABLE report_revisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id INTEGER NOT NULL REFERENCES reports(id),
  version INTEGER NOT NULL,
  status TEXT NOT NULL,
  values_json TEXT NOT NULL,
  narrative TEXT NOT NULL,
  user_id INTEGER,
  username TEXT NOT NULL,
  reason TEXT,
  at TEXT NOT NULL
);
CREATE INDEX report_revisions_report ON report_revisions(report_id, id);

CREATE TABLE report_evidence (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id INTEGER NOT NULL REFERENCES reports(id),
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  username TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX report_evidence_report ON report_evidence(report_id);

CREATE TABLE report_deadlines (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  organiser_unit_id INTEGER NOT NULL REFERENCES units(id),
  period_key TEXT NOT NULL,
  period_json TEXT NOT NULL,
  deadline TEXT NOT NULL,
  UNIQUE (organiser_unit_id, period_key)
);

CREATE TABLE report_locks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  organiser_unit_id INTEGER NOT NULL REFERENCES units(id),
  period_key TEXT NOT NULL,
  locked_at TEXT NOT NULL,
  username TEXT NOT NULL,
  UNIQUE (organiser_unit_id, period_key)
);
