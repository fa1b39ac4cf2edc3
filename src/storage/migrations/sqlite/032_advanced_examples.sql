-- Advanced examples (điển hình tiên tiến, người tốt – việc tốt): what a person or a unit did,
-- when and where, with its evidence, linked to a movement and one of its phases; searchable
-- without diacritics; a proposal item may rest on one.
CREATE TABLE comm_examples (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  subject_kind TEXT NOT NULL,                      -- person | unit
  subject_id INTEGER NOT NULL,
  subject_name TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),   -- where the subject was (itself for a unit)
  movement_id INTEGER REFERENCES movements(id),
  phase_id INTEGER REFERENCES movement_phases(id),
  title TEXT NOT NULL,
  story TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  folded TEXT NOT NULL,                            -- title, story, place and name folded for search
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX comm_examples_unit ON comm_examples(unit_id);
CREATE INDEX comm_examples_movement ON comm_examples(movement_id);
ALTER TABLE comm_proposal_items ADD COLUMN example_id INTEGER REFERENCES comm_examples(id);
