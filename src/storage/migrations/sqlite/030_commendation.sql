-- Commendation (khen thưởng): the records that feed eligibility (evaluations, initiatives,
-- discipline, service), awards with their decisions and revocations, proposals through the
-- levels with every step, councils with secret ballots, and the groups' year-end votes (suy tôn).
CREATE TABLE comm_evaluations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  subject_kind TEXT NOT NULL,          -- person | unit
  subject_id INTEGER NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),  -- where the subject was (itself for a unit)
  year INTEGER NOT NULL,
  level TEXT NOT NULL,                 -- xuat_sac | tot | hoan_thanh | khong_hoan_thanh
  duties_done INTEGER,                 -- grassroots teams: duty groups done of duties_total
  duties_total INTEGER,
  under_complaint INTEGER NOT NULL DEFAULT 0,
  note TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (subject_kind, subject_id, year)
);
CREATE INDEX comm_evaluations_unit ON comm_evaluations(unit_id, year);

CREATE TABLE comm_initiatives (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  person_id INTEGER NOT NULL REFERENCES persons(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  scope TEXT NOT NULL,                 -- unit | ministry | national
  recognised_on TEXT NOT NULL,
  recognised_by TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX comm_initiatives_person ON comm_initiatives(person_id);

CREATE TABLE comm_discipline (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  subject_kind TEXT NOT NULL,
  subject_id INTEGER NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  form TEXT NOT NULL,                  -- a discipline form, or '' while under review
  date TEXT NOT NULL,
  term_months INTEGER NOT NULL,
  under_review INTEGER NOT NULL DEFAULT 0,
  reason TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX comm_discipline_subject ON comm_discipline(subject_kind, subject_id);

CREATE TABLE comm_service (
  person_id INTEGER PRIMARY KEY REFERENCES persons(id),
  sex TEXT,
  service_from TEXT NOT NULL,
  hardship_years INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

CREATE TABLE comm_decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  issuer_unit_id INTEGER NOT NULL REFERENCES units(id),
  issuer TEXT NOT NULL,                -- issuer code of the catalogue
  issuer_name TEXT NOT NULL,
  year INTEGER NOT NULL,               -- the decision's calendar year (number unique in it)
  number TEXT NOT NULL,
  date TEXT NOT NULL,
  signer TEXT NOT NULL,
  signer_position TEXT NOT NULL,
  base_salary INTEGER NOT NULL,
  proposal_id INTEGER,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (issuer_unit_id, issuer, year, number)
);

CREATE TABLE comm_awards (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  subject_kind TEXT NOT NULL,
  subject_id INTEGER NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  year INTEGER NOT NULL,
  decision_id INTEGER REFERENCES comm_decisions(id),
  proposal_item_id INTEGER,
  cash_multiple REAL NOT NULL DEFAULT 0,
  cash_vnd INTEGER NOT NULL DEFAULT 0,
  catalogue_version INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0,
  revoke_reason TEXT,
  revoke_document TEXT,
  revoked_on TEXT,
  flag TEXT,                           -- a later record puts it in doubt: for review, never changed silently
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX comm_awards_subject ON comm_awards(subject_kind, subject_id, year);
CREATE INDEX comm_awards_unit ON comm_awards(unit_id, year);
CREATE UNIQUE INDEX comm_awards_once ON comm_awards(subject_kind, subject_id, code, year) WHERE revoked = 0;

CREATE TABLE comm_proposals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  unit_id INTEGER NOT NULL REFERENCES units(id),        -- the proposing unit
  holder_unit_id INTEGER NOT NULL REFERENCES units(id), -- the level holding it now
  issuer_unit_id INTEGER NOT NULL REFERENCES units(id), -- where it is decided
  issuer TEXT NOT NULL,
  group_year_id INTEGER,               -- proposed by an emulation group for its members
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  report TEXT NOT NULL,
  state TEXT NOT NULL,
  return_reason TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX comm_proposals_unit ON comm_proposals(unit_id);
CREATE INDEX comm_proposals_holder ON comm_proposals(holder_unit_id);

CREATE TABLE comm_proposal_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  proposal_id INTEGER NOT NULL REFERENCES comm_proposals(id),
  subject_kind TEXT NOT NULL,
  subject_id INTEGER NOT NULL,
  subject_unit_id INTEGER NOT NULL REFERENCES units(id),
  subject_name TEXT NOT NULL,
  code TEXT NOT NULL,
  eligibility TEXT NOT NULL,           -- the last check, as JSON
  result TEXT NOT NULL DEFAULT 'pending', -- pending | approved | rejected
  approvals INTEGER NOT NULL DEFAULT 0,
  rejections INTEGER NOT NULL DEFAULT 0,
  recusals INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX comm_proposal_items_proposal ON comm_proposal_items(proposal_id);

CREATE TABLE comm_proposal_steps (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  proposal_id INTEGER NOT NULL REFERENCES comm_proposals(id),
  step TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),  -- the level that took the step
  username TEXT NOT NULL,
  reason TEXT,
  changes TEXT,                        -- eligibility changes found at a check, as JSON
  at TEXT NOT NULL
);
CREATE INDEX comm_proposal_steps_proposal ON comm_proposal_steps(proposal_id, id);

CREATE TABLE comm_councils (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  proposal_id INTEGER NOT NULL UNIQUE REFERENCES comm_proposals(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  meeting_date TEXT NOT NULL,
  state TEXT NOT NULL,                 -- open | closed
  minutes TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE comm_council_members (
  council_id INTEGER NOT NULL REFERENCES comm_councils(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  person_id INTEGER REFERENCES persons(id),
  present INTEGER NOT NULL,
  PRIMARY KEY (council_id, user_id)
);
-- A secret ballot: who has voted is kept apart from the counts, never linked to them.
CREATE TABLE comm_ballots_cast (
  council_id INTEGER NOT NULL REFERENCES comm_councils(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  at TEXT NOT NULL,
  PRIMARY KEY (council_id, user_id)
);
CREATE TABLE comm_recusals (
  council_id INTEGER NOT NULL REFERENCES comm_councils(id),
  item_id INTEGER NOT NULL REFERENCES comm_proposal_items(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  reason TEXT NOT NULL,
  PRIMARY KEY (council_id, item_id, user_id)
);

CREATE TABLE comm_group_votes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  group_year_id INTEGER NOT NULL UNIQUE,
  group_id INTEGER NOT NULL,
  year INTEGER NOT NULL,
  ranking TEXT NOT NULL,               -- the group's final ranking at the vote, as JSON
  votes TEXT NOT NULL,                 -- [{voter_unit_id, candidate_unit_id}]
  leader_unit_id INTEGER NOT NULL REFERENCES units(id),
  minutes TEXT NOT NULL,
  date TEXT NOT NULL,
  proposal_id INTEGER,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
