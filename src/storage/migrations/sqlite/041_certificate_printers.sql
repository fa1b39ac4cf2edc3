-- Certificates printed onto the issuer's pre-printed blanks (issue 11): each printer of a unit
-- shifts the page a little; the offset measured on a test print is kept per unit and printer and
-- added to every field's position (millimetres, right and down positive).
CREATE TABLE certificate_printers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  offset_x_mm REAL NOT NULL DEFAULT 0,
  offset_y_mm REAL NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, name)
);
