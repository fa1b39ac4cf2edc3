// The commendation catalogue (danh hiệu thi đua) units and people register for at the start of
// a year (đăng ký thi đua). The titles change with the law, so they are data — data/titles.json,
// versioned, each title with its validity — loaded and validated here, never hard-coded.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace thidua::emulation {

struct Title {
  std::string code;   // "chien_si_thi_dua_co_so"
  std::string name;   // "Chiến sĩ thi đua cơ sở"
  std::string level;  // collective (tập thể) | individual (cá nhân)
  int rank = 0;       // order within its level, lowest first
  Date valid_from;
  std::optional<Date> valid_to;
  std::string basis;     // legal basis
  std::string criteria;  // summary of the conditions, for the registration form
  bool valid_in(int year) const;
};

class TitleCatalogue {
 public:
  // Validates and builds the catalogue; throws Error::Invalid naming the entry at fault:
  // a positive integer `version`, at least one title, known levels, non-empty names, ISO
  // dates with valid_to ≥ valid_from, codes in snake_case, and two entries of one code never
  // valid on the same day (a new version of a title starts after the old one ends).
  static TitleCatalogue from_json(const nlohmann::json& j);

  int version() const { return version_; }
  const std::vector<Title>& titles() const { return titles_; }
  // The entry for `code` valid in `year`; nullptr when there is none.
  const Title* find(std::string_view code, int year) const;
  bool knows(std::string_view code) const;
  // The titles valid in `year` (all of them when absent), in level and rank order.
  nlohmann::json to_json(std::optional<int> year = std::nullopt) const;

 private:
  int version_ = 0;
  std::vector<Title> titles_;
};

nlohmann::json to_json(const Title& t);

// The registration rules that need no database. Throws Error::Invalid:
// an unknown code, a title not in force that year, a title of the wrong level (an individual
// title for a unit, a collective title for a person).
const Title& check_registration(const TitleCatalogue& cat, std::string_view code, int year, bool for_person);

// A registration submitted on `date` is late when a deadline applies and the date is after it.
bool is_late(Date date, const std::optional<Date>& deadline);

}  // namespace thidua::emulation
