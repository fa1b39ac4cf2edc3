-- Users are found by username or by full name ignoring case and diacritics ("nguyen van a" finds
-- "Nguyễn Văn A"), like units and people. The folded name is written by the program (ICU); rows
-- from before this migration are folded at the next start (UserRepository::fold_missing_names).
ALTER TABLE users ADD COLUMN full_name_folded TEXT NOT NULL DEFAULT '';
