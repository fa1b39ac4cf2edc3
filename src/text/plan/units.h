// Unit names (đơn vị) in running text: "UBND tỉnh Nghệ An", "Công an xã Vĩnh Thuận",
// "Cụm thi đua số 5", "Bộ Công an", "Ban Thanh niên Công an tỉnh", "CÔNG AN TỈNH QUẢNG BÌNH".
// Shared by the organizer, group and people extractors.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "text/plan/document.h"
#include "text/plan/lexicon.h"

namespace thidua::text::plan {

struct UnitMention {
  int32_t first = 0, last = 0;  // tokens
  UnitKind kind = UnitKind::kOffice;
  std::string head;                 // "Công an", "UBND" as written (canonical when in capitals)
  std::optional<Level> level;       // tỉnh, xã…
  std::string level_text;           // "tỉnh", "TP" as written (lower case when in capitals)
  std::string name;                 // "Nghệ An", "số 5", "Vĩnh Thuận"; "" when not written
  bool list_prefix = false;         // "Công an 5 tỉnh", "Công an các xã": a list of names follows
  int32_t inner_first = -1;         // "Ban Giám đốc Công an tỉnh": where the inner unit starts
  std::string text;                 // the whole name, printable
};

struct UnitOptions {
  // Accept a bare head ("Công an", "UBND") as in "Giám đốc Công an".
  bool lenient = false;
  // Tokens where a person's name starts; a place name never runs into one.
  const std::vector<bool>* name_starts = nullptr;
};

// The unit whose name starts at token i and ends before `end`, if any.
std::optional<UnitMention> match_unit(const Document& doc, int32_t i, int32_t end, const UnitOptions& options = {});

// A count of places at k, in figures or in words, before their level: "5 tỉnh", "bảy tỉnh".
bool count_before_level(const Document& doc, int32_t k, int32_t end);

// Every unit in [first, last), left to right, not overlapping.
std::vector<UnitMention> find_units(const Document& doc, int32_t first, int32_t last, const UnitOptions& options = {});

// A place written after a level: a province from the gazetteer, or up to four capitalised
// words ("Vĩnh Thuận"), or a number ("Phường 5"). Returns the end token (== i when none).
int32_t place_name_end(const Document& doc, int32_t i, int32_t end, bool provinces_only, const UnitOptions& options,
                       std::string* display);

// (s22-forms) Where the name starts after a level ending at token k: past the stop of a level
// written short ("TP. Vinh", "TP.HCM"), else k.
int32_t after_level(const Document& doc, int32_t k);
// (s25-orgs) A syllable glued on by an apostrophe at k ("M'Đrắk", "Đưng K’Nớ"), typed straight or curly,
// between two words: part of a place's name.
bool glued_apostrophe(const Document& doc, int32_t k);

// A key that is equal for two spellings of one unit ("UBND tỉnh Nghệ An" and "Ủy ban nhân dân
// tỉnh Nghệ An"): word keys with abbreviations expanded.
std::string unit_key(std::string_view text);

// "tỉnh" for Level::kProvince… (the key the context of places is kept under).
const char* level_word(Level level);

}  // namespace thidua::text::plan
