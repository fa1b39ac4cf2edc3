-- Idle expiry: a session unused for longer than the idle limit ends even before its absolute
-- expiry. Sessions created before this migration count as seen when they were created.
ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
UPDATE sessions SET last_seen_at = created_at;
