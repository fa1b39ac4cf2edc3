// Commendation (khen thưởng) as versioned law: the catalogue of titles and forms with their
// structured conditions, who grants each and its cash multiple (data/commendation/catalogue.json),
// the base salary by date (data/commendation/base-salary.json), and the eligibility engine that
// evaluates a person or a unit against a title for a year from its record. No I/O: storage
// gathers the record (Records), the engine reads it.
#pragma once
#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/emulation_titles.h"

namespace thidua::commendation {

// A ranked code list of the catalogue (classification levels, discipline forms, initiative scopes,
// issuers): code, Vietnamese name, rank (higher is more).
struct Ranked {
  std::string code, name;
  int rank = 0;
  std::vector<std::string> unit_kinds;  // issuers only: where the issuing council sits
  std::string basis;
};

// One condition of an entry, as data. `kind` is one of kConditionKinds; the parameters it uses
// are checked when the catalogue loads.
struct Condition {
  std::string code, kind;
  std::string name;  // what the condition asks, in Vietnamese, for lists and counts ("Không bị kỷ luật"); optional
  std::string title, at_least, min_form, min_scope;
  int count = 0, look_back_years = 1, within_years = 1, years = 0, women_years = 0, hardship_factor = 1, min = 0;
  double min_pct = 0;
  bool strict = false;  // "more than" instead of "at least"
  std::vector<Condition> of;  // any_of
  // Compiled when the catalogue loads (Catalogue::from_json): the kind as a number (1 + its index
  // in kConditionKinds; 0 = not compiled, read from `kind`) and the ranks the parameters name.
  int op = 0, at_least_rank = 0, min_form_rank = 0, min_scope_rank = 0;
  int title_index = -1;  // `title`'s place in Catalogue::codes() (-1: not compiled)
};

struct Quota {
  std::string kind;   // share_of_title | share_of_level
  std::string title;  // share_of_title: the base title (Chiến sĩ tiên tiến)
  std::string level;  // share_of_level: the base classification (tot)
  double max_pct = 0;
  int title_index = -1;  // `title`'s place in Catalogue::codes() (-1: not compiled)
};

// One version of a title or form (danh hiệu, hình thức khen thưởng).
struct Entry {
  std::string code, name;
  std::string kind;   // title | form | evaluation
  std::string level;  // individual | collective | team | member
  int rank = 0;
  Date valid_from;
  std::optional<Date> valid_to;
  bool registrable = false;  // units and people register for it at the start of a year
  bool consultation = false;  // other bodies are consulted (hiệp y) before the council
  std::string granted_by;    // issuer code
  double cash_multiple = 0;  // × the base salary on the decision date
  double council_approval_pct = 50;
  std::optional<std::string> classification;  // evaluation entries: the level they record
  std::string basis, criteria;
  std::vector<Condition> conditions;
  std::optional<Quota> quota;
  bool valid_on(Date d) const { return valid_from <= d && (!valid_to || d <= *valid_to); }
  bool valid_in(int year) const;
  bool for_person() const { return level == "individual" || level == "member"; }
};

extern const std::vector<std::string> kConditionKinds;

class Catalogue {
 public:
  // Validates and builds; throws Error::Invalid naming the entry at fault ("entries[3]
  // chien_si_thi_dua_co_so: …"): unknown keys, levels, issuers, condition kinds or their
  // parameters, titles a condition names that the catalogue lacks, overlapping versions.
  static Catalogue from_json(const nlohmann::json& j);

  int version() const { return version_; }
  const std::vector<Entry>& entries() const { return entries_; }
  const Entry* find(std::string_view code, Date on) const;
  const Entry* find_in_year(std::string_view code, int year) const;
  bool knows(std::string_view code) const;
  // Every code of the entries once, in the catalogue's order; a code's place (-1 when unknown).
  const std::vector<std::string>& codes() const { return codes_; }
  int code_index(std::string_view code) const;
  std::vector<const Entry*> in_force(Date on) const;
  // The years before a year that its conditions read (a title within the last 10 years reads 9
  // back; no discipline in the last 7 reads 7 back, and one more for a term running into the
  // year): what whoever gathers records for an evaluation must read, so that nothing on record is
  // taken for missing.
  int look_back() const;

  const std::vector<Ranked>& levels() const { return levels_; }
  const std::vector<Ranked>& discipline_forms() const { return forms_; }
  const std::vector<Ranked>& scopes() const { return scopes_; }
  const std::vector<Ranked>& issuers() const { return issuers_; }
  const Ranked* issuer(std::string_view code) const;
  int level_rank(std::string_view code) const;  // 0 when unknown
  int form_rank(std::string_view code) const;
  int scope_rank(std::string_view code) const;
  std::string level_name(std::string_view code) const;
  std::string form_name(std::string_view code) const;
  std::string scope_name(std::string_view code) const;
  std::string entry_name(std::string_view code) const;  // the newest version's name
  // The grassroots force's year `y`: 15/11 of y-1 to 14/11 of y (start from the data).
  std::pair<Date, Date> force_year(int y) const;

 private:
  int version_ = 0;
  int force_month_ = 11, force_day_ = 15;
  std::vector<Entry> entries_;
  std::vector<std::string> codes_;
  std::vector<Ranked> levels_, forms_, scopes_, issuers_;
};

// The titles units and people register for at the start of a year (đăng ký thi đua): the
// registrable entries of this catalogue — one catalogue of the law, registrations read it.
emulation::TitleCatalogue registration_titles(const Catalogue& cat);

nlohmann::json to_json(const Condition& c);
nlohmann::json to_json(const Entry& e);

// ---- the base salary ----
struct SalaryStep {
  Date valid_from;
  int64_t vnd = 0;
  std::string basis;
};
class BaseSalary {
 public:
  static BaseSalary from_json(const nlohmann::json& j);  // throws Error::Invalid
  // The base salary in force on `d`; throws Error::Invalid before the first step.
  const SalaryStep& on(Date d) const;
  // multiple × the base salary on `d`, rounded up to the data's rounding (10,000 VND).
  int64_t cash(double multiple, Date d) const;

 private:
  std::vector<SalaryStep> steps_;
  int64_t rounding_ = 10000;
};

// ---- the record the engine reads ----
struct Discipline {
  std::string form;  // discipline form code; "" for an investigation or complaint under review
  Date date;
  int term_months = 12;
  bool under_review = false;  // đang xem xét kỷ luật, điều tra, thanh tra, khiếu nại
};

struct Initiative {
  std::string scope;  // unit | ministry | national
  Date recognised_on;
  std::string name;
};

struct TeamYear {  // a grassroots team's facts for a force year
  int duties_done = 0, duties_total = 6;
  bool under_complaint = false;
};

struct SubjectRecord {
  std::string kind;  // person | unit
  int64_t id = 0;
  std::string name;
  std::optional<std::string> sex;  // person: "nam" | "nu"
  std::optional<Date> service_from;
  int hardship_years = 0;
  std::optional<std::string> team_role;  // a grassroots member's role (to_truong…)
  std::optional<int64_t> team_id;        // a grassroots member's team
  std::optional<Date> active_from;       // a unit's start (months active)
  std::map<int, std::string> classification;  // year → level code
  std::map<int, std::set<std::string>> titles; // year → codes held (not revoked)
  std::vector<Initiative> initiatives;
  std::vector<Discipline> discipline;
  std::set<int> group_leader_years;            // honoured as its group's leading unit (suy tôn)
  std::map<int, TeamYear> team_years;
  std::map<int, std::vector<int64_t>> members;  // unit: year → people posted in it (subtree)
};

class RecordColumns;  // the columns the engine reads (ColumnsBuilder), opaque

// Everyone the evaluation may look at: the subjects and their members.
struct Records {
  std::map<int64_t, SubjectRecord> people, units;
  // The engine's columns of these records when whoever gathered them built the columns as it
  // read them (storage: ColumnsBuilder); else each Evaluator builds them from the maps with the
  // same ColumnsBuilder (the one way the columns are filled). They
  // describe the maps as gathered: who changes a record afterwards must drop them (reset()). The
  // engine checks that they are of these maps (counts, first and last slots, the catalogue), not
  // what is in them.
  std::shared_ptr<const RecordColumns> columns;
  const SubjectRecord* person(int64_t id) const;
  const SubjectRecord* unit(int64_t id) const;
  // The same, with the record's slot in `columns` (people in id order, then units: the place an
  // Evaluator over these records reads it at) into `*slot`, -1 when the columns do not index it.
  const SubjectRecord* person(int64_t id, int32_t* slot) const;
  const SubjectRecord* unit(int64_t id, int32_t* slot) const;
};

// Builds Records::columns while the records are gathered (storage's row loop), so that the
// engine reads no record's maps to answer a list. Two phases:
//   1. every subject once, people and units each in ascending id (add), its facts written
//      (facts) after its scalar fields — sex, service, hardship, team, start — change;
//   2. the rows (find the subject, then level / title / team_year / facts): the first call
//      of find fixes the subjects.
// A subject added out of id order, or twice, makes finish() give nothing (the engine then builds
// the columns from the maps itself, with this builder). Cells are kept for the years first..last; `nothing_before`: the records
// hold no classification, title or team year before `first` (what storage read from).
class ColumnsBuilder {
 public:
  ColumnsBuilder(const Catalogue& cat, int first, int last, bool nothing_before);
  ~ColumnsBuilder();
  ColumnsBuilder(const ColumnsBuilder&) = delete;
  ColumnsBuilder& operator=(const ColumnsBuilder&) = delete;
  struct Found {
    SubjectRecord* record = nullptr;  // nullptr: not one of the subjects
    uint32_t index = 0;               // among the people or the units, in id order
    bool unit = false;
    explicit operator bool() const { return record != nullptr; }
  };
  // At most `people` and `units` subjects will be added (more is refused: Error kInternal).
  void reserve(size_t people, size_t units);
  Found add(SubjectRecord& r);  // by r.kind; r must stay where it is (a map's node)
  Found person(int64_t id);
  Found unit(int64_t id);
  void facts(const Found& f);                         // from the record's fields as they are now
  void level(const Found& f, int year, const std::string& code);  // a classification of the year
  void title(const Found& f, int year, const std::string& code);  // a title held
  void team_year(const Found& f, int year, const TeamYear& t);
  std::shared_ptr<const RecordColumns> finish();
  // False once a subject came out of id order: find nothing here then (look in the maps).
  bool usable() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> im_;
};

// After the maps of `changed` (records of `rec`) were changed in place: their cells and facts in
// `rec.columns` are written again from the maps, as ColumnsBuilder writes them, for the years the
// columns hold. The caller must be the columns' only user meanwhile (no Evaluator reads them).
// False, with nothing written, when a record is not among the columns' subjects (or there are no
// columns): build them again then.
bool refresh_columns(Records& rec, const std::vector<const SubjectRecord*>& changed);

// Writes into `rec`'s columns (when it has them) each person's "held or eligible", in the columns'
// last year, for the titles a unit's conditions count of its people (members_share,
// members_title_count) that are answered from the person's own record alone: every Evaluator
// over the columns starts with those answers, so a unit's counts walk no one's conditions.
// refresh_columns writes them again for the people a write changed; build_columns holds them.
// Storage's held year calls it once its columns are read.
void hold_counted(Records& rec);

// The columns of `rec` built from its maps (the same ColumnsBuilder storage feeds from its rows),
// for the years first..last: what an Evaluator builds for itself when Records::columns is empty
// (records built in memory). Who holds records between evaluations sets Records::columns to them
// once, as storage does when it reads them (HeldYear).
std::shared_ptr<const RecordColumns> build_columns(const Catalogue& cat, const Records& rec, int first, int last);

// Every slot, fact and cell of `rec`'s columns (each unit's people as slots among them) read once, summed (0 without columns): the
// benchmark's floor reads the history in the representation the engine reads with it.
int64_t stream_columns(const Records& rec);

// The bytes the columns take (their arena), 0 without.
size_t columns_bytes(const Records& rec);

// A condition's answer as figures: the Vietnamese sentence is written only when it is shown
// (Evaluation::detail), so an evaluation asked for its answer costs no text.
struct ConditionResult {
  std::string_view code;  // the condition's code, in the catalogue
  bool met = false;
  const Condition* condition = nullptr;
};

struct Evaluation {
  bool eligible = false;
  std::vector<ConditionResult> conditions;
  // The Vietnamese detail of conditions[i], with its figures ("Xếp loại năm 2025: … ✓"), written
  // now from the same catalogue and records — both must outlive the evaluation.
  std::string detail(size_t i) const;
  const Catalogue* catalogue = nullptr;
  const Records* records = nullptr;
  const SubjectRecord* subject = nullptr;
  int year = 0;
};

// The answers of a list of subjects against one entry (Evaluator::evaluate_list): whether each is
// eligible and which conditions it meets, as figures; at(i) is subject i's Evaluation, the same
// as Evaluator::evaluate answers (its sentences written when shown).
struct ListEvaluation {
  const Catalogue* catalogue = nullptr;
  const Records* records = nullptr;
  const Entry* entry = nullptr;
  int year = 0;
  const std::vector<const SubjectRecord*>* subjects = nullptr;  // the list asked (must outlive this)
  std::vector<uint8_t> eligible;  // per subject, 1 when eligible
  std::vector<uint8_t> met;       // subject i's condition k at i × conditions + k, 1 when met
  size_t size() const { return eligible.size(); }
  Evaluation at(size_t i) const;
};

// Evaluates `subject` against the version of `code` in force in `year`. A title the conditions
// name for the same year counts when held or, failing that, when its own conditions are met
// (said so in the detail). Throws Error::Invalid for an unknown code or a title not in force.
Evaluation evaluate(const Catalogue& cat, const Records& rec, const SubjectRecord& subject, std::string_view code,
                    int year);

struct QuotaResult {
  int base = 0, limit = 0, used = 0;
  std::string detail;
};
// The quota of `e` among `subjects` (a unit's people or teams) in `year`: base = those holding or
// eligible for the base title (share_of_title), or rated at least the base level (share_of_level);
// limit = floor(base × max_pct / 100); used = `used` (awarded or proposed already).
QuotaResult quota(const Catalogue& cat, const Records& rec, const Entry& e, const std::vector<const SubjectRecord*>& subjects,
                  int year, int used);
// QuotaResult::detail for these figures ("Tối đa 15% của 40 đạt hoặc đủ điều kiện … = 6; đã dùng 2").
std::string quota_detail(const Catalogue& cat, const Entry& e, int base, int limit, int used);

// Many evaluations over the same records (a unit's eligibility list, a quota, a national run):
// a unit's people are resolved once per year through a flat index of the records, and "held or
// eligible for title T in year Y" is answered once per subject. Same answers as evaluate/quota.
// Not thread-safe: one per thread; the catalogue and records must outlive it and stay unchanged.
class Evaluator {
 public:
  Evaluator(const Catalogue& cat, const Records& rec);
  ~Evaluator();
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;
  Evaluation evaluate(const SubjectRecord& subject, std::string_view code, int year);  // throws as evaluate()
  Evaluation evaluate(const SubjectRecord& subject, const Entry& e, int year);        // `e` in the catalogue
  // Every subject of `subjects` against `e` (in the catalogue), as evaluate() answers one by one.
  ListEvaluation evaluate_list(const std::vector<const SubjectRecord*>& subjects, const Entry& e, int year);
  // The same for several entries (a national run): one list per entry, in the order given.
  std::vector<ListEvaluation> evaluate_lists(const std::vector<const SubjectRecord*>& subjects,
                                             const std::vector<const Entry*>& entries, int year);
  QuotaResult quota(const Entry& e, const std::vector<const SubjectRecord*>& subjects, int year, int used);
  // The three calls above and below with each subject's slot given (Records::person(id, slot), the
  // same order as `subjects`): a list looked up once serves them all without looking each subject
  // up again. A slot that is not that subject's (or -1) is looked up as without.
  std::vector<ListEvaluation> evaluate_lists(const std::vector<const SubjectRecord*>& subjects,
                                             const std::vector<const Entry*>& entries, int year,
                                             const std::vector<int32_t>& slots);
  QuotaResult quota(const Entry& e, const std::vector<const SubjectRecord*>& subjects, int year, int used,
                    const std::vector<int32_t>& slots);
  std::vector<uint8_t> holds(const std::vector<const SubjectRecord*>& subjects, const Entry& e, int year,
                             const std::vector<int32_t>& slots);
  // Whether each of `subjects` holds `e` in `year` — its title on record (not revoked), or, for a
  // classification entry, rated at its level — as the conditions read it (the columns), one byte each.
  std::vector<uint8_t> holds(const std::vector<const SubjectRecord*>& subjects, const Entry& e, int year);
  // ev.detail(i) into `out` (replacing it), written from this engine's memos
  // (a unit's counts of its people, "held or eligible"), so an engine that has evaluated the list
  // writes its sentences without working them out again. `ev` over the same records.
  void detail(const Evaluation& ev, size_t i, std::string& out);
  // The catalogue it answers from, and the memory its memos and columns of its own have mapped.
  const Catalogue& catalogue() const;
  size_t bytes() const;

  struct State;  // the engine (src/core/commendation.cpp)

 private:
  std::unique_ptr<State> st_;
};

// True when `d` blocks `e`'s condition no_discipline over `year`: dated in the look-back window,
// its term running into the year, or under review.
bool blocks(const Catalogue& cat, const Discipline& d, const std::string& min_form, int look_back_years, int year);

}  // namespace thidua::commendation
