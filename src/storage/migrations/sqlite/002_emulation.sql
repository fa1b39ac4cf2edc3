-- Emulation movements with their phases and lifecycle, emulation groups (cụm / khối) per year,
-- pledges (giao ước) with versions and signatures, and registrations (đăng ký thi đua).
CREATE TABLE movements (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  name_sort BLOB NOT NULL,
  owner_unit_id INTEGER NOT NULL REFERENCES units(id),
  parent_id INTEGER REFERENCES movements(id),
  state TEXT NOT NULL DEFAULT 'draft',
  theme TEXT,
  motto TEXT,
  scope_text TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  launch_date TEXT,
  launch_place TEXT,
  targets TEXT NOT NULL DEFAULT '[]',
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX movements_owner ON movements(owner_unit_id);
CREATE INDEX movements_parent ON movements(parent_id);
CREATE INDEX movements_sort ON movements(name_sort);

CREATE TABLE movement_organisers (
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (movement_id, unit_id)
);
CREATE INDEX movement_organisers_unit ON movement_organisers(unit_id);

CREATE TABLE movement_scope_units (
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  PRIMARY KEY (movement_id, unit_id)
);

CREATE TABLE movement_phases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  ordinal INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  title TEXT NOT NULL,
  focus TEXT,
  UNIQUE (movement_id, ordinal)
);

CREATE TABLE movement_content_areas (
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (movement_id, ordinal)
);

CREATE TABLE movement_chairs (
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  ordinal INTEGER NOT NULL,
  person_id INTEGER REFERENCES persons(id),
  name TEXT NOT NULL,
  position TEXT,
  PRIMARY KEY (movement_id, ordinal)
);

CREATE TABLE movement_transitions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  date TEXT NOT NULL,
  note TEXT,
  user_id INTEGER REFERENCES users(id),
  username TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX movement_transitions_movement ON movement_transitions(movement_id, id);

CREATE TABLE movement_attachments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content BLOB,
  created_at TEXT NOT NULL
);
CREATE INDEX movement_attachments_movement ON movement_attachments(movement_id);

CREATE TABLE emulation_groups (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  name_sort BLOB NOT NULL,
  kind TEXT NOT NULL,
  organiser_unit_id INTEGER NOT NULL REFERENCES units(id),
  created_at TEXT NOT NULL,
  UNIQUE (organiser_unit_id, name_folded)
);

CREATE TABLE group_years (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  group_id INTEGER NOT NULL REFERENCES emulation_groups(id),
  year INTEGER NOT NULL,
  leader_unit_id INTEGER REFERENCES units(id),
  leader_method TEXT,
  leader_date TEXT,
  leader_document TEXT,
  deputy_unit_id INTEGER REFERENCES units(id),
  deputy_method TEXT,
  deputy_date TEXT,
  deputy_document TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (group_id, year)
);

CREATE TABLE group_members (
  group_year_id INTEGER NOT NULL REFERENCES group_years(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  PRIMARY KEY (group_year_id, unit_id)
);
CREATE INDEX group_members_unit ON group_members(unit_id);

CREATE TABLE group_documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  group_year_id INTEGER NOT NULL REFERENCES group_years(id),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  number TEXT,
  date TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX group_documents_year ON group_documents(group_year_id);

-- One pledge per group-year (or per movement), in versions; a signed version is frozen.
CREATE TABLE pledges (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  group_year_id INTEGER REFERENCES group_years(id),
  movement_id INTEGER REFERENCES movements(id),
  version INTEGER NOT NULL,
  previous_id INTEGER REFERENCES pledges(id),
  title TEXT NOT NULL,
  commitments TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL,
  UNIQUE (group_year_id, version),
  UNIQUE (movement_id, version),
  CHECK ((group_year_id IS NULL) <> (movement_id IS NULL))
);

CREATE TABLE pledge_signatures (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  pledge_id INTEGER NOT NULL REFERENCES pledges(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  signer_person_id INTEGER REFERENCES persons(id),
  signer_name TEXT NOT NULL,
  signer_position TEXT,
  date TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL,
  UNIQUE (pledge_id, unit_id)
);

CREATE TABLE registration_periods (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  year INTEGER NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  movement_id INTEGER REFERENCES movements(id),
  deadline TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX registration_periods_key ON registration_periods(year, unit_id, COALESCE(movement_id, 0));

CREATE TABLE registrations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  year INTEGER NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  person_id INTEGER REFERENCES persons(id),
  movement_id INTEGER REFERENCES movements(id),
  title_code TEXT NOT NULL,
  title_name TEXT NOT NULL,
  level TEXT NOT NULL,
  catalogue_version INTEGER NOT NULL,
  date TEXT NOT NULL,
  deadline TEXT,
  late INTEGER NOT NULL DEFAULT 0,
  period_id INTEGER REFERENCES registration_periods(id),
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX registrations_key ON registrations(year, unit_id, COALESCE(person_id, 0), title_code, COALESCE(movement_id, 0));
CREATE INDEX registrations_unit ON registrations(unit_id, year);
