-- Long imports and exports (docs/jobs.md) as rows that every app instance sees. The instance that
-- runs a job (`instance`, a random name per process) writes its phase and rows at most every
-- 200 ms and its heartbeat at least every second, and reads the cancel flag that any instance may
-- set; a running job whose heartbeat is older than the stale limit (15 s) is shown, then stored,
-- as failed: its server stopped. An export's file is kept here (at most 64 MiB), so any instance
-- hands it out. Finished jobs are deleted 24 hours after they end (and beyond a user's 20 latest).
-- Times: ISO text for people, milliseconds since 1970 for the comparisons.
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  instance TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed', 'cancelled')),
  cancel_requested SMALLINT NOT NULL DEFAULT 0,
  phase TEXT NOT NULL DEFAULT 'start',
  rows_done BIGINT NOT NULL DEFAULT 0,
  rows_total BIGINT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  heartbeat_ms BIGINT NOT NULL,
  finished_ms BIGINT,
  result TEXT,
  error TEXT,
  file_name TEXT,
  file_type TEXT,
  file_size BIGINT,
  file_content BYTEA
);
CREATE INDEX jobs_user ON jobs (user_id, started_at);
CREATE INDEX jobs_state ON jobs (state, heartbeat_ms);
