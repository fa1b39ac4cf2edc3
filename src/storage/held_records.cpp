#include "storage/held_records.h"

#include <algorithm>
#include <chrono>

#include <optional>
#include <set>
#include <unordered_set>

#include "core/heap_size.h"
#include "storage/data_versions.h"

namespace thidua::storage {

namespace {
// Walks the units below `unit_id` (children and units merged into them, recursively): `descend(k)`
// for each link to k, k walked in turn when it answers true.
template <typename Descend>
void walk_below(const std::unordered_map<int64_t, std::vector<int64_t>>& below, int64_t unit_id, Descend&& descend) {
  std::vector<int64_t> todo{unit_id};
  while (!todo.empty()) {
    const int64_t u = todo.back();
    todo.pop_back();
    auto it = below.find(u);
    if (it == below.end()) continue;
    for (int64_t k : it->second)
      if (descend(k)) todo.push_back(k);
  }
}
}  // namespace

std::vector<uint8_t> HeldYear::scope(int64_t unit_id) const {
  std::vector<uint8_t> in(static_cast<size_t>(std::max<int64_t>(std::max(last_unit, unit_id), 0)) + 1);
  if (unit_id < 0) return in;
  // the set is its own "seen": a unit marked is not walked again (a merge makes a unit reachable twice)
  in[static_cast<size_t>(unit_id)] = 1;
  walk_below(below, unit_id, [&](int64_t k) {
    if (k < 0 || static_cast<size_t>(k) >= in.size() || in[static_cast<size_t>(k)]) return false;
    return in[static_cast<size_t>(k)] = 1, true;
  });
  return in;
}

std::vector<int64_t> HeldYear::below_of(int64_t unit_id) const {
  // Walked without a set of those seen (the links are a tree but for merges), bounded by the
  // links' count: a unit reached twice is dropped by the sort; a cycle in bad links stops the walk
  // at the bound and it is walked again with the set.
  std::vector<int64_t> out{unit_id};
  bool cycle = false;
  walk_below(below, unit_id, [&](int64_t k) {
    if (cycle || out.size() > below_links) return cycle = true, false;
    return out.push_back(k), true;
  });
  if (cycle) {
    out.assign({unit_id});
    std::unordered_set<int64_t> seen{unit_id};
    walk_below(below, unit_id, [&](int64_t k) { return seen.insert(k).second && (out.push_back(k), true); });
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void HeldYear::link(const std::vector<UnitLink>& links) {
  for (const UnitLink& l : links) {
    last_unit = std::max(last_unit, l.id);
    if (l.parent) below[l.parent].push_back(l.id), ++below_links;
    if (l.successor && l.successor != l.parent) below[l.successor].push_back(l.id), ++below_links;
  }
}

std::vector<const Subject*> HeldYear::subjects(const std::vector<uint8_t>& scope, bool people) const {
  std::vector<const Subject*> out;
  for (const Subject& s : people ? people_rows : unit_rows) {
    if (s.unit_id < 0 || static_cast<size_t>(s.unit_id) >= scope.size() || !scope[static_cast<size_t>(s.unit_id)]) continue;
    // A person's rows come together, by date: the last one in scope says where the person was.
    if (people && !out.empty() && out.back()->id == s.id) out.back() = &s;
    else out.push_back(&s);
  }
  return out;
}

int HeldYear::count_awards(const std::string& code, const std::vector<uint8_t>& scope) const {
  int n = 0;
  for (const auto& [unit, codes] : awards) {
    if (unit < 0 || static_cast<size_t>(unit) >= scope.size() || !scope[static_cast<size_t>(unit)]) continue;
    if (auto it = codes.find(code); it != codes.end()) n += it->second;
  }
  return n;
}

std::shared_ptr<const void> HeldYear::KeptList::find(const std::string& key) {
  for (auto it = items.begin(); it != items.end(); ++it)
    if (it->key == key) {
      items.splice(items.begin(), items, it);
      return items.front().answer;
    }
  return nullptr;
}

void HeldYear::KeptList::keep(const std::string& key, std::shared_ptr<const void> a, size_t n, size_t most, size_t budget,
                              std::vector<std::shared_ptr<const void>>& dropped) {
  if (n > budget) return;
  if (find(key)) return;  // worked out twice at once: the first kept
  items.push_front({key, std::move(a), n});
  bytes += n;
  while (items.size() > most || bytes > budget) {
    bytes -= items.back().bytes;
    dropped.push_back(std::move(items.back().answer));
    items.pop_back();
  }
}

std::shared_ptr<const void> HeldYear::answer(const std::string& key) const {
  std::lock_guard lk(answers_mu_);
  return answers_.find(key);
}

void HeldYear::keep_answer(const std::string& key, std::shared_ptr<const void> a, size_t bytes) const {
  std::vector<std::shared_ptr<const void>> dropped;  // freed after the lock
  std::lock_guard lk(answers_mu_);
  answers_.keep(key, std::move(a), bytes, kAnswers, kAnswersBudget, dropped);
}

std::shared_ptr<const void> HeldYear::lasting(const std::string& key) const {
  std::lock_guard lk(lasting_mu_);
  return lasting_.find(key);
}

void HeldYear::keep_lasting(const std::string& key, std::shared_ptr<const void> a, size_t bytes) const {
  std::vector<std::shared_ptr<const void>> dropped;  // freed after the lock
  std::lock_guard lk(lasting_mu_);
  lasting_.keep(key, std::move(a), bytes, kLasting, kLastingBudget, dropped);
}

size_t HeldYear::lasting_bytes() const {
  std::lock_guard lk(lasting_mu_);
  return lasting_.bytes;
}

void HeldYear::drop_answers() {
  std::list<Kept> answers;  // freed after the lock
  std::vector<std::unique_ptr<commendation::Evaluator>> engines;
  std::lock_guard lk(answers_mu_);
  answers.swap(answers_.items);
  engines.swap(engines_);
  answers_.bytes = engines_bytes_ = 0;
  ++generation_;
}

size_t HeldYear::answers_bytes() const {
  std::lock_guard lk(answers_mu_);
  return answers_.bytes + engines_bytes_;
}

HeldYear::Engine HeldYear::engine(const commendation::Catalogue& cat) const {
  std::unique_lock lk(answers_mu_);
  const uint64_t gen = generation_;
  for (auto it = engines_.end(); it != engines_.begin();) {  // the last taken back first: the warmest
    --it;
    if (&(*it)->catalogue() != &cat) continue;
    std::unique_ptr<commendation::Evaluator> e = std::move(*it);
    engines_.erase(it);
    engines_bytes_ -= std::min(engines_bytes_, e->bytes());
    return Engine(this, std::move(e), gen);
  }
  lk.unlock();
  return Engine(this, std::make_unique<commendation::Evaluator>(cat, records), gen);
}

void HeldYear::take_back(std::unique_ptr<commendation::Evaluator> e, uint64_t gen) const {
  const size_t bytes = e->bytes();
  {
    std::lock_guard lk(answers_mu_);
    if (gen == generation_ && bytes <= kEngineBudget && engines_.size() < kEngines) {
      engines_.push_back(std::move(e));
      engines_bytes_ += bytes;
    }
  }
  // else `e` (of a version before, or one too many) is freed here, after the lock
}

HeldYear::Engine::~Engine() {
  if (y_ && e_) y_->take_back(std::move(e_), gen_);
}

namespace {
size_t set_bytes(const std::set<std::string>& s) {
  size_t n = s.size() * heap::block(4 * sizeof(void*) + sizeof(std::string));
  for (const auto& x : s) n += heap::of(x);
  return n;
}
size_t record_bytes(const commendation::SubjectRecord& r) {
  size_t n = heap::of(r.kind) + heap::of(r.name) + (r.sex ? heap::of(*r.sex) : 0) + (r.team_role ? heap::of(*r.team_role) : 0);
  n += heap::nodes(r.classification);
  for (const auto& [y, l] : r.classification) n += heap::of(l);
  n += heap::nodes(r.titles);
  for (const auto& [y, t] : r.titles) n += set_bytes(t);
  n += heap::buffer(r.initiatives);
  for (const auto& i : r.initiatives) n += heap::of(i.scope) + heap::of(i.name);
  n += heap::buffer(r.discipline);
  for (const auto& d : r.discipline) n += heap::of(d.form);
  n += r.group_leader_years.size() * heap::block(4 * sizeof(void*) + sizeof(int));
  n += heap::nodes(r.team_years);
  n += heap::nodes(r.members);
  for (const auto& [y, m] : r.members) n += heap::buffer(m);
  return n;
}
size_t subject_bytes(const std::vector<Subject>& v) {
  size_t n = heap::buffer(v);
  for (const Subject& s : v) n += heap::of(s.kind) + heap::of(s.name) + heap::of(s.unit_name) + heap::of(s.unit_kind) + heap::of(s.person_kind);
  return n;
}
}  // namespace

size_t HeldYear::bytes_of() const {
  size_t n = heap::nodes(records.people) + heap::nodes(records.units) + commendation::columns_bytes(records);
  for (const auto& [id, r] : records.people) n += record_bytes(r);
  for (const auto& [id, r] : records.units) n += record_bytes(r);
  n += subject_bytes(people_rows) + subject_bytes(unit_rows);
  n += heap::nodes(below);
  for (const auto& [u, v] : below) n += heap::buffer(v);
  n += heap::nodes(awards);
  for (const auto& [u, m] : awards) {
    n += heap::nodes(m);
    for (const auto& [code, k] : m) n += heap::of(code);
  }
  return n;
}

std::shared_ptr<HeldYear> HeldRecords::build(Tx& tx, int year, int64_t version) const {
  const auto t0 = std::chrono::steady_clock::now();
  auto h = std::make_shared<HeldYear>();
  h->year = year;
  h->version = version;
  CommendationRecords records(tx);
  h->records = records.records(0, year, look_back_, &cat_);
  commendation::hold_counted(h->records);  // the units' counted titles of each person, held with the columns
  h->people_rows = records.subject_rows(0, year, true);
  h->unit_rows = records.subject_rows(0, year, false);
  h->link(records.unit_links());
  for (const AwardCount& c : records.award_counts_of_year(year)) h->awards[c.unit_id][c.code] += c.count;
  h->bytes = h->bytes_of();
  h->build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return h;
}

bool HeldRecords::update(Tx& tx, HeldYear& h, int64_t version) const {
  h.drop_answers();  // of the version before, whatever follows
  if (!h.records.columns) return false;
  auto changed = commendation_changes(tx, h.version, version);
  if (!changed || changed->size() > 4096) return false;  // many subjects (an import): read whole
  CommendationRecords records(tx);
  // A failure from here on leaves the year half changed: get() serves it to nobody then.
  std::vector<int64_t> units;
  const std::vector<AwardCount> counts = records.award_counts_around(h.year, *changed, units);
  const auto found = records.reread(h.records, *changed, h.year, look_back_);
  if (!commendation::refresh_columns(h.records, found)) return false;
  for (int64_t u : units) h.awards.erase(u);
  for (const AwardCount& c : counts) h.awards[c.unit_id][c.code] += c.count;
  h.version = version;
  h.bytes = h.bytes_of();
  return true;
}

void HeldRecords::trim(std::vector<std::shared_ptr<const HeldYear>>& dropped) {
  size_t bytes = 0;
  for (const auto& y : years_) bytes += y->bytes;
  while (!years_.empty() && (years_.size() > kYears || bytes > budget_)) {
    bytes -= years_.back()->bytes;
    if (years_.size() == 1) ++stats_.not_held;
    dropped.push_back(std::move(years_.back()));
    years_.pop_back();
  }
  stats_.bytes = bytes;
  stats_.years = years_.size();
}

void HeldRecords::set_budget(size_t bytes) {
  std::vector<std::shared_ptr<const HeldYear>> dropped;
  std::lock_guard lk(mu_);
  budget_ = bytes;
  trim(dropped);
}

HeldRecords::Lease HeldRecords::get(Tx& tx, int year) {
  const int64_t version = read_commendation_version(tx);
  auto find = [&]() -> std::shared_ptr<HeldYear> {
    std::lock_guard lk(mu_);
    for (size_t i = 0; i < years_.size(); ++i)
      if (years_[i]->year == year) {
        std::rotate(years_.begin(), years_.begin() + static_cast<long>(i), years_.begin() + static_cast<long>(i) + 1);
        return years_.front();
      }
    return nullptr;
  };
  // The held year when it is at this version or newer, read-locked.
  auto serve = [&](const std::shared_ptr<HeldYear>& h) -> std::optional<Lease> {
    std::shared_lock lk(h->rw);
    if (h->version < version) return std::nullopt;
    std::lock_guard s(mu_);
    ++stats_.served;
    return Lease(h, std::move(lk));
  };
  if (auto h = find())
    if (auto l = serve(h)) return std::move(*l);
  std::lock_guard building(build_mu_);
  auto h = find();
  if (h) {
    if (auto l = serve(h)) return std::move(*l);  // brought up meanwhile by another request
    const auto t0 = std::chrono::steady_clock::now();
    bool updated = false;
    {
      std::unique_lock ex(h->rw);  // waits for the answers reading it
      try {
        updated = update(tx, *h, version);
      } catch (...) {
        h->version = -1;  // maybe half changed: served to nobody, read whole next time
        throw;
      }
      if (!updated) h->version = -1;
    }
    if (updated) {
      std::lock_guard lk(mu_);
      ++stats_.updates;
      stats_.last_update_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      std::vector<std::shared_ptr<const HeldYear>> none;
      trim(none);  // its bytes changed (a year dropped here is still answered below)
      if (!none.empty()) {
        if (reaper_.joinable()) reaper_.join();
        reaper_ = std::thread([d = std::move(none)]() mutable { d.clear(); });
      }
    }
    if (updated) return Lease(h, std::shared_lock(h->rw));  // only build_mu_'s holder writes it
  }
  std::shared_ptr<HeldYear> fresh = build(tx, year, version);
  std::vector<std::shared_ptr<const HeldYear>> dropped;
  {
    std::lock_guard lk(mu_);
    for (auto& y : years_)
      if (y->year == year) dropped.push_back(std::move(y));
    std::erase(years_, nullptr);
    years_.insert(years_.begin(), fresh);
    ++stats_.builds;
    stats_.last_build_ms = fresh->build_ms;
    trim(dropped);
  }
  // The replaced year is freed on a thread of its own (a nation's maps take a while to free), not
  // in this request: by the last holder, when a request still reads it.
  if (!dropped.empty()) {
    if (reaper_.joinable()) reaper_.join();  // the one before (long done); build_mu_ is held
    reaper_ = std::thread([d = std::move(dropped)]() mutable { d.clear(); });
  }
  return Lease(fresh, std::shared_lock(fresh->rw));
}

HeldRecords::~HeldRecords() {
  if (reaper_.joinable()) reaper_.join();
}

HeldRecords::Stats HeldRecords::stats() const {
  std::lock_guard lk(mu_);
  Stats s = stats_;
  s.budget = budget_;
  for (const auto& y : years_) s.answers_bytes += y->answers_bytes(), s.lasting_bytes += y->lasting_bytes();
  return s;
}

}  // namespace thidua::storage
