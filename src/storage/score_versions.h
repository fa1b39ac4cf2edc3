// Score versions: called in the transaction of every write that can change a score, so that a
// server holding scores in memory (api/score_board.h) knows which units to score again. Each
// also marks the transaction to move the scores data version (storage/data_versions.h).
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "storage/database.h"

namespace thidua::storage {

// The unit's reports, name or code changed: every group-year it belongs to re-reads it. For a
// report's submission, `handed` gets the unit's new version (the rest of it filled by the caller's
// UPDATE … RETURNING) and goes to the score board once the transaction commits
// (storage::WrittenReport, CommitWatch::reports).
void bump_unit_reports(Tx& tx, int64_t unit_id, std::shared_ptr<WrittenReport> handed = nullptr);
// The same for many units (each listed once) in a few statements.
void bump_units_reports(Tx& tx, const std::vector<int64_t>& unit_ids);
// Every group member at or below the unit (its subtree, merged units included) re-reads its
// reports and the deadlines set along its chain: the unit moved or merged, or a deadline it set.
void bump_members_under(Tx& tx, int64_t unit_id);
// The unit's sheets, scorer assignments or moderations in this group-year changed.
void bump_member_scores(Tx& tx, int64_t group_year_id, int64_t unit_id);
// The group-year's scheme or members changed: all of it is scored again.
void bump_group_year_scores(Tx& tx, int64_t group_year_id);

}  // namespace thidua::storage
