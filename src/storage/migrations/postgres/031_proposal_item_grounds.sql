-- The grounds (thành tích) of each nominee of a dossier, so a returned dossier can be corrected
-- item by item: a nominee changed, removed or added, with the reason kept in the dossier's steps.
ALTER TABLE comm_proposal_items ADD COLUMN grounds TEXT NOT NULL DEFAULT '';
