#include "storage/held_records.h"

#include <algorithm>
#include <chrono>

#include "storage/data_versions.h"

namespace thidua::storage {

std::vector<uint8_t> HeldYear::scope(int64_t unit_id) const {
  std::vector<uint8_t> in(static_cast<size_t>(std::max<int64_t>(std::max(last_unit, unit_id), 0)) + 1);
  if (unit_id < 0) return in;
  std::vector<int64_t> todo{unit_id};
  in[static_cast<size_t>(unit_id)] = 1;
  while (!todo.empty()) {
    const int64_t u = todo.back();
    todo.pop_back();
    auto it = below.find(u);
    if (it == below.end()) continue;
    for (int64_t k : it->second)
      if (!in[static_cast<size_t>(k)]) in[static_cast<size_t>(k)] = 1, todo.push_back(k);
  }
  return in;
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

std::shared_ptr<const HeldYear> HeldRecords::build(Tx& tx, int year, int64_t version) const {
  const auto t0 = std::chrono::steady_clock::now();
  auto h = std::make_shared<HeldYear>();
  h->year = year;
  h->version = version;
  CommendationRecords records(tx);
  h->records = records.records(0, year, look_back_, &cat_);
  h->people_rows = records.subject_rows(0, year, true);
  h->unit_rows = records.subject_rows(0, year, false);
  for (const UnitLink& l : records.unit_links()) {
    h->last_unit = std::max(h->last_unit, l.id);
    if (l.parent) h->below[l.parent].push_back(l.id);
    if (l.successor && l.successor != l.parent) h->below[l.successor].push_back(l.id);
  }
  for (const AwardCount& c : records.award_counts_of_year(year)) h->awards[c.unit_id][c.code] += c.count;
  h->build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return h;
}

std::shared_ptr<const HeldYear> HeldRecords::get(Tx& tx, int year) {
  const int64_t version = read_commendation_version(tx);
  auto held = [&]() -> std::shared_ptr<const HeldYear> {
    std::lock_guard lk(mu_);
    for (size_t i = 0; i < years_.size(); ++i)
      if (years_[i]->year == year && years_[i]->version >= version) {
        std::rotate(years_.begin(), years_.begin() + static_cast<long>(i), years_.begin() + static_cast<long>(i) + 1);
        ++stats_.served;
        return years_.front();
      }
    return nullptr;
  };
  if (auto h = held()) return h;
  std::lock_guard building(build_mu_);
  if (auto h = held()) return h;  // built meanwhile by another request, at this version or newer
  auto h = build(tx, year, version);
  std::vector<std::shared_ptr<const HeldYear>> dropped;
  {
    std::lock_guard lk(mu_);
    for (auto& y : years_)
      if (y->year == year) dropped.push_back(std::move(y));
    std::erase(years_, nullptr);
    years_.insert(years_.begin(), h);
    while (years_.size() > kYears) dropped.push_back(std::move(years_.back())), years_.pop_back();
    ++stats_.builds;
    stats_.last_build_ms = h->build_ms;
  }
  // The replaced year is freed on a thread of its own (a nation's maps take a while to free), not
  // in this request: by the last holder, when a request still reads it.
  if (!dropped.empty()) {
    if (reaper_.joinable()) reaper_.join();  // the one before (long done); build_mu_ is held
    reaper_ = std::thread([d = std::move(dropped)]() mutable { d.clear(); });
  }
  return h;
}

HeldRecords::~HeldRecords() {
  if (reaper_.joinable()) reaper_.join();
}

HeldRecords::Stats HeldRecords::stats() const {
  std::lock_guard lk(mu_);
  return stats_;
}

}  // namespace thidua::storage
