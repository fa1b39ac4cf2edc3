-- The method of an award as the statistical forms 0602/0603 split it (thường xuyên, chuyên đề,
-- đột xuất, niên hạn…; the list is data/statistical-forms.json "methods"), recorded when the
-- award is decided. NULL: not recorded (awards decided before this), counted in no method row.
ALTER TABLE comm_awards ADD COLUMN method TEXT;
