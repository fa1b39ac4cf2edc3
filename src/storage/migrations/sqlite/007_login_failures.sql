-- Failed logins, kept in the database so that every app instance on it applies one login rate
-- limit (an attacker spreading attempts over instances gains nothing). Rows older than the window
-- are purged as new ones arrive.
CREATE TABLE login_failures (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  subject TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX login_failures_subject_at ON login_failures (subject, at);
CREATE INDEX login_failures_at ON login_failures (at);
