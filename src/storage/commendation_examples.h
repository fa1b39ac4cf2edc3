// Advanced examples (điển hình tiên tiến, người tốt – việc tốt): the stories of people and units
// with date, place, what they did and evidence, linked to a movement and phase. Every function
// works inside the caller's transaction.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "storage/database.h"

namespace thidua::storage {

struct Example {
  int64_t id = 0, subject_id = 0, unit_id = 0;
  std::string subject_kind, subject_name, unit_name;
  std::optional<int64_t> movement_id, phase_id;
  std::optional<std::string> movement_name, phase_title;
  std::string title, story, place, evidence, created_by;
  Date date;
};

struct ExampleQuery {
  std::optional<int64_t> scope_root;  // in this unit's scope (everything when absent)
  std::string q;                      // matched without case or diacritics
  std::optional<int64_t> movement_id;
  int limit = 50, offset = 0;
};

class ExampleRepository {
 public:
  explicit ExampleRepository(Tx& tx) : tx_(tx) {}
  Example add(const Example& e, const std::string& username);
  std::optional<Example> find(int64_t id);
  // Newest first.
  std::vector<Example> search(const ExampleQuery& q, int64_t* total);

 private:
  Tx& tx_;
};

}  // namespace thidua::storage
