-- Organisation registry, people, accounts, sessions and the audit log.
CREATE TABLE units (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  name_sort BLOB NOT NULL,
  kind TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  parent_id INTEGER REFERENCES units(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  status TEXT NOT NULL DEFAULT 'active',
  successor_id INTEGER REFERENCES units(id),
  created_at TEXT NOT NULL
);
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX units_successor ON units(successor_id);
CREATE INDEX units_folded ON units(name_folded);
CREATE INDEX units_sort ON units(name_sort);

CREATE TABLE unit_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  document TEXT,
  details TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE unit_event_units (
  event_id INTEGER NOT NULL REFERENCES unit_events(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  role TEXT NOT NULL,
  PRIMARY KEY (event_id, unit_id, role)
);
CREATE INDEX unit_event_units_unit ON unit_event_units(unit_id);

CREATE TABLE persons (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  full_name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  name_sort BLOB NOT NULL,
  kind TEXT NOT NULL,
  birth_year INTEGER,
  created_at TEXT NOT NULL
);
CREATE INDEX persons_folded ON persons(name_folded);
CREATE INDEX persons_sort ON persons(name_sort);

CREATE TABLE postings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  person_id INTEGER NOT NULL REFERENCES persons(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  rank TEXT,
  position TEXT,
  team_role TEXT,
  date_from TEXT NOT NULL,
  date_to TEXT
);
CREATE INDEX postings_person ON postings(person_id);
CREATE INDEX postings_unit ON postings(unit_id);

CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  username TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  address TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user_id INTEGER,
  username TEXT NOT NULL,
  address TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  unit_id INTEGER,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_unit ON audit_log(unit_id, id);
CREATE INDEX audit_user ON audit_log(user_id, id);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
-- The log is append-only: changing or removing a row is refused by the database itself.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
