#include "storage/commendation_examples.h"

#include "storage/registry.h"
#include "storage/row_reader.h"
#include "text/vietnamese.h"

namespace thidua::storage {

namespace {

const char* kExampleSelect =
    "SELECT e.id, e.subject_kind, e.subject_id, e.subject_name, e.unit_id, u.name AS unit_name, e.movement_id, m.name AS "
    "movement_name, e.phase_id, ph.title AS phase_title, e.title, e.story, e.place, e.date, e.evidence, e.created_by FROM "
    "comm_examples e JOIN units u ON u.id = e.unit_id LEFT JOIN movements m ON m.id = e.movement_id LEFT JOIN "
    "movement_phases ph ON ph.id = e.phase_id ";

Example read_example(const RowRef& r) {
  Example e;
  read_columns<Example>(r, e,
                        {{"id", &Example::id},
                         {"subject_kind", &Example::subject_kind},
                         {"subject_id", &Example::subject_id},
                         {"subject_name", &Example::subject_name},
                         {"unit_id", &Example::unit_id},
                         {"unit_name", &Example::unit_name},
                         {"movement_id", &Example::movement_id},
                         {"movement_name", &Example::movement_name},
                         {"phase_id", &Example::phase_id},
                         {"phase_title", &Example::phase_title},
                         {"title", &Example::title},
                         {"story", &Example::story},
                         {"place", &Example::place},
                         {"date", &Example::date},
                         {"evidence", &Example::evidence},
                         {"created_by", &Example::created_by}});
  return e;
}

}  // namespace

Example ExampleRepository::add(const Example& e, const std::string& username) {
  std::string folded = text::fold(e.subject_name + " " + e.title + " " + e.story + " " + e.place);
  int64_t id = tx_.query_id(
      "INSERT INTO comm_examples (subject_kind, subject_id, subject_name, unit_id, movement_id, phase_id, title, story, place, "
      "date, evidence, folded, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) "
      "RETURNING id",
      {e.subject_kind, e.subject_id, e.subject_name, e.unit_id, opt_param(e.movement_id), opt_param(e.phase_id), e.title,
       e.story, e.place, e.date.iso(), e.evidence, folded, username, now_iso()});
  return *find(id);
}

std::optional<Example> ExampleRepository::find(int64_t id) {
  auto r = tx_.query(std::string(kExampleSelect) + "WHERE e.id = $1", {id});
  if (r.empty()) return std::nullopt;
  return read_example(RowRef(r, 0));
}

std::vector<Example> ExampleRepository::search(const ExampleQuery& q, int64_t* total) {
  std::string cte, where = "WHERE 1=1";
  Params params;
  if (q.scope_root) {
    cte = UnitRepository::scope_cte(1);
    params.push_back(*q.scope_root);
    where += " AND e.unit_id IN (SELECT id FROM scope)";
  }
  if (!q.q.empty()) {
    params.push_back("%" + text::like_escape(text::fold(q.q)) + "%");
    where += " AND e.folded LIKE $" + std::to_string(params.size()) + " ESCAPE '\\'";
  }
  if (q.movement_id) {
    params.push_back(*q.movement_id);
    where += " AND e.movement_id = $" + std::to_string(params.size());
  }
  if (total) *total = tx_.query_id(cte + "SELECT COUNT(*) FROM comm_examples e " + where, params);
  params.push_back(int64_t{q.limit});
  params.push_back(int64_t{q.offset});
  auto r = tx_.query(cte + kExampleSelect + where + " ORDER BY e.date DESC, e.id DESC LIMIT $" +
                         std::to_string(params.size() - 1) + " OFFSET $" + std::to_string(params.size()),
                     params);
  std::vector<Example> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_example(RowRef(r, i)));
  return out;
}

}  // namespace thidua::storage
