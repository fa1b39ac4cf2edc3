#include "core/emulation.h"

#include <algorithm>

#include "core/error.h"

namespace thidua::emulation {
namespace {

bool has_code(const std::vector<Coded>& list, std::string_view code) {
  return std::any_of(list.begin(), list.end(), [&](const Coded& c) { return code == c.code; });
}

std::string idx(std::string_view list, size_t i, std::string_view field) {
  return std::string(list) + "[" + std::to_string(i) + "]." + std::string(field);
}

bool has_control_chars(std::string_view s) {
  for (unsigned char c : s)
    if (c < 0x20 && c != '\n' && c != '\t') return true;
  return false;
}

void check_text(std::string_view s, size_t max, const std::string& what, const std::string& field, bool required) {
  if (required && s.empty()) throw Error::Invalid(what + " không được để trống", field);
  if (s.size() > max) throw Error::Invalid(what + " quá dài (tối đa " + std::to_string(max) + " byte)", field);
  if (has_control_chars(s)) throw Error::Invalid(what + " chứa ký tự điều khiển", field);
}

struct Step {
  State from, to;
};
// The transition table.
const std::vector<Step>& steps() {
  static const std::vector<Step> s = {
      {State::kDraft, State::kLaunched},
      {State::kLaunched, State::kUnderWay},
      {State::kUnderWay, State::kInterimReviewed},
      {State::kInterimReviewed, State::kUnderWay},
      {State::kUnderWay, State::kClosed},
      {State::kInterimReviewed, State::kClosed},
  };
  return s;
}

}  // namespace

const std::vector<Coded>& movement_kinds() {
  static const std::vector<Coded> k = {
      {"regular", "Thường xuyên"}, {"thematic", "Chuyên đề"}, {"special", "Đặc biệt"}};
  return k;
}
bool is_movement_kind(std::string_view code) { return has_code(movement_kinds(), code); }

const std::vector<Coded>& movement_states() {
  static const std::vector<Coded> s = {{"draft", "Dự thảo"},
                                       {"launched", "Đã phát động"},
                                       {"under_way", "Đang triển khai"},
                                       {"interim_reviewed", "Đã sơ kết"},
                                       {"closed", "Đã tổng kết"}};
  return s;
}

bool parse_state(std::string_view code, State& out) {
  const auto& s = movement_states();
  for (size_t i = 0; i < s.size(); ++i)
    if (code == s[i].code) {
      out = static_cast<State>(i);
      return true;
    }
  return false;
}
const char* state_code(State s) { return movement_states()[static_cast<size_t>(s)].code; }
const char* state_label(State s) { return movement_states()[static_cast<size_t>(s)].label; }

std::vector<State> next_states(State from) {
  std::vector<State> out;
  for (const Step& s : steps())
    if (s.from == from) out.push_back(s.to);
  return out;
}

void check_transition(State from, State to, Date date, const TransitionContext& ctx) {
  auto next = next_states(from);
  if (std::find(next.begin(), next.end(), to) == next.end())
    throw Error::Conflict(std::string("Không thể chuyển phong trào từ trạng thái \"") + state_label(from) +
                          "\" sang \"" + state_label(to) + "\"");
  if (date > ctx.today) throw Error::Invalid("Ngày chuyển trạng thái không được ở tương lai", "date");
  if (ctx.last_transition && date < *ctx.last_transition)
    throw Error::Invalid("Ngày chuyển trạng thái phải từ ngày " + ctx.last_transition->vn() +
                             " (lần chuyển trạng thái trước) trở đi",
                         "date");
  if ((to == State::kUnderWay || to == State::kClosed) && date < ctx.start)
    throw Error::Invalid("Phong trào bắt đầu ngày " + ctx.start.vn() + ", chưa thể " +
                             (to == State::kClosed ? "tổng kết" : "triển khai") + " trước ngày đó",
                         "date");
  if (to == State::kInterimReviewed && (date < ctx.start || date > ctx.end))
    throw Error::Invalid("Sơ kết phải trong thời gian của phong trào (" + ctx.start.vn() + " – " + ctx.end.vn() + ")",
                         "date");
  if (to == State::kLaunched && date > ctx.end)
    throw Error::Invalid("Không thể phát động sau khi phong trào đã kết thúc (" + ctx.end.vn() + ")", "date");
}

void check_editable(State s, Change what, bool has_reason) {
  if (s == State::kClosed) throw Error::Conflict("Phong trào đã tổng kết, không thể sửa");
  if (s == State::kDraft || what == Change::kText) return;
  if (what == Change::kStructure)
    throw Error::Conflict("Phong trào đã phát động: không thể đổi loại phong trào hoặc đơn vị tổ chức");
  if (!has_reason)
    throw Error::Invalid("Phong trào đã phát động: sửa thời gian hoặc các đợt thi đua cần ghi rõ lý do", "reason");
}

void check_period(Date start, Date end, std::string_view field) {
  if (end < start) throw Error::Invalid("Ngày kết thúc phải sau ngày bắt đầu", "end");
  if (end.days() - start.days() > 3660)
    throw Error::Invalid("Thời gian phong trào quá dài (tối đa 10 năm)", std::string(field));
}

void check_within_parent(Date start, Date end, Date parent_start, Date parent_end, std::string_view parent_name) {
  if (start < parent_start || end > parent_end)
    throw Error::Invalid("Thời gian phong trào phải nằm trong thời gian của phong trào cấp trên \"" +
                             std::string(parent_name) + "\" (" + parent_start.vn() + " – " + parent_end.vn() + ")",
                         start < parent_start ? "start" : "end");
}

void check_phases(Date start, Date end, const std::vector<Phase>& phases) {
  if (phases.size() > 20) throw Error::Invalid("Tối đa 20 đợt thi đua", "phases");
  std::vector<size_t> order(phases.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return phases[a].start < phases[b].start; });
  for (size_t i = 0; i < phases.size(); ++i) {
    const Phase& p = phases[i];
    std::string name = "Đợt " + std::to_string(p.ordinal);
    check_text(p.title, 1000, name + ": tên đợt", idx("phases", i, "title"), true);
    check_text(p.focus, 4000, "Trọng tâm của đợt", idx("phases", i, "focus"), false);
    if (p.end < p.start)
      throw Error::Invalid(name + ": ngày kết thúc (" + p.end.vn() + ") trước ngày bắt đầu (" + p.start.vn() + ")",
                           idx("phases", i, "end"));
    if (p.start < start || p.end > end)
      throw Error::Invalid(name + " (" + p.start.vn() + " – " + p.end.vn() +
                               ") nằm ngoài thời gian của phong trào (" + start.vn() + " – " + end.vn() + ")",
                           idx("phases", i, p.start < start ? "start" : "end"));
  }
  for (size_t k = 0; k < order.size(); ++k) {
    const Phase& p = phases[order[k]];
    if (k > 0) {
      const Phase& prev = phases[order[k - 1]];
      if (p.start <= prev.end)
        throw Error::Invalid("Đợt " + std::to_string(p.ordinal) + " (" + p.start.vn() + " – " + p.end.vn() +
                                 ") trùng thời gian với đợt " + std::to_string(prev.ordinal) + " (" +
                                 prev.start.vn() + " – " + prev.end.vn() + ")",
                             idx("phases", order[k], "start"));
    }
    if (p.ordinal != static_cast<int>(k) + 1)
      throw Error::Invalid("Các đợt phải được đánh số 1, 2, 3… theo thứ tự thời gian (đợt bắt đầu ngày " +
                               p.start.vn() + " phải là đợt " + std::to_string(k + 1) + ")",
                           idx("phases", order[k], "ordinal"));
  }
}

std::optional<size_t> current_phase(const std::vector<Phase>& phases, Date day) {
  for (size_t i = 0; i < phases.size(); ++i)
    if (phases[i].start <= day && day <= phases[i].end) return i;
  return std::nullopt;
}

const char* period_status(Date start, Date end, Date day) {
  if (day < start) return "not_started";
  if (day > end) return "ended";
  return "in_progress";
}

void check_content_areas(const std::vector<std::string>& areas) {
  if (areas.size() > 50) throw Error::Invalid("Tối đa 50 nội dung thi đua", "content_areas");
  for (size_t i = 0; i < areas.size(); ++i)
    check_text(areas[i], 4000, "Nội dung thi đua", "content_areas[" + std::to_string(i) + "]", true);
}

void check_chairs(const std::vector<Chair>& chairs) {
  if (chairs.size() > 20) throw Error::Invalid("Tối đa 20 người chủ trì", "launch.chairs");
  for (size_t i = 0; i < chairs.size(); ++i) {
    const Chair& c = chairs[i];
    if (!c.person_id && c.name.empty())
      throw Error::Invalid("Người chủ trì cần có họ tên hoặc mã cán bộ (person_id)", idx("launch.chairs", i, "name"));
    check_text(c.name, 200, "Họ tên người chủ trì", idx("launch.chairs", i, "name"), false);
    check_text(c.position, 300, "Chức vụ người chủ trì", idx("launch.chairs", i, "position"), false);
  }
}

bool is_civil_body(std::string_view kind) { return kind == "peoples_committee" || kind == "other"; }

void check_movement_texts(std::string_view name, std::string_view theme, std::string_view motto,
                          std::string_view scope_text) {
  check_text(name, 500, "Tên phong trào", "name", true);
  check_text(theme, 2000, "Chủ đề", "theme", false);
  check_text(motto, 2000, "Phương châm hành động", "motto", false);
  check_text(scope_text, 2000, "Phạm vi, đối tượng thi đua", "scope.text", false);
}

// ---- groups ----

const std::vector<Coded>& group_kinds() {
  static const std::vector<Coded> k = {{"cluster", "Cụm thi đua"}, {"block", "Khối thi đua"}};
  return k;
}
bool is_group_kind(std::string_view code) { return has_code(group_kinds(), code); }

const std::vector<Coded>& selection_methods() {
  static const std::vector<Coded> m = {{"assigned", "Cấp trên phân công"}, {"elected", "Bầu tại hội nghị"}};
  return m;
}
bool is_selection_method(std::string_view code) { return has_code(selection_methods(), code); }

const std::vector<Coded>& group_document_kinds() {
  static const std::vector<Coded> k = {{"operating_rules", "Quy chế hoạt động"},
                                       {"scoring_regulation", "Quy định tiêu chí chấm điểm"},
                                       {"report_outline", "Đề cương báo cáo sơ kết, tổng kết"},
                                       {"plan", "Kế hoạch"},
                                       {"minutes", "Biên bản hội nghị"},
                                       {"other", "Văn bản khác"}};
  return k;
}
bool is_group_document_kind(std::string_view code) { return has_code(group_document_kinds(), code); }

void check_year(int64_t year, std::string_view field) {
  if (year < 2000 || year > 2100) throw Error::Invalid("Năm không hợp lệ (2000–2100)", std::string(field));
}

Date year_start(int year) { return *Date::from_ymd(year, 1, 1); }
Date year_end(int year) { return *Date::from_ymd(year, 12, 31); }

bool valid_during(const org::Validity& v, int year) {
  return v.from <= year_end(year) && (!v.to || *v.to >= year_start(year));
}

void check_members(const std::vector<int64_t>& ids) {
  if (ids.size() < 2) throw Error::Invalid("Cụm, khối thi đua cần ít nhất 2 đơn vị thành viên", "member_unit_ids");
  if (ids.size() > 100) throw Error::Invalid("Tối đa 100 đơn vị thành viên", "member_unit_ids");
  std::vector<int64_t> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
    throw Error::Invalid("Một đơn vị bị lặp trong danh sách thành viên", "member_unit_ids");
}

void check_leadership(int year, const std::vector<int64_t>& members, const std::optional<Leadership>& leader,
                      const std::optional<Leadership>& deputy, const std::string& leader_name,
                      const std::string& deputy_name) {
  auto check_one = [&](const Leadership& l, const std::string& name, const char* role, const char* field) {
    std::string f(field);
    if (std::find(members.begin(), members.end(), l.unit_id) == members.end())
      throw Error::Invalid(name + " không phải thành viên của cụm, khối năm " + std::to_string(year) +
                               ", không thể làm " + role,
                           f + ".unit_id");
    if (!is_selection_method(l.method))
      throw Error::Invalid("Cách chọn " + std::string(role) + " phải là assigned (cấp trên phân công) hoặc elected (bầu)",
                           f + ".method");
    if (l.date < year_start(year - 1) || l.date > year_end(year))
      throw Error::Invalid(std::string("Ngày chọn ") + role + " phải trong năm " + std::to_string(year) +
                               " hoặc năm trước đó",
                           f + ".date");
    if (l.document) check_text(*l.document, 300, "Văn bản", f + ".document", false);
  };
  if (leader) check_one(*leader, leader_name, "cụm trưởng/khối trưởng", "leader");
  if (deputy) check_one(*deputy, deputy_name, "cụm phó/khối phó", "deputy");
  if (leader && deputy && leader->unit_id == deputy->unit_id)
    throw Error::Invalid("Cụm trưởng và cụm phó phải là hai đơn vị khác nhau", "deputy.unit_id");
}

// ---- pledges ----

void check_pledge_editable(int64_t signature_count, bool latest) {
  if (!latest) throw Error::Conflict("Đây là phiên bản cũ của giao ước; hãy làm việc trên phiên bản mới nhất");
  if (signature_count > 0) throw Error::Conflict("Giao ước đã ký, cần tạo phiên bản mới");
}

void check_signature(std::string_view signer_name, std::string_view signer_position, Date date, Date today,
                     std::optional<int> year) {
  check_text(signer_name, 200, "Họ tên người ký", "signer_name", true);
  check_text(signer_position, 300, "Chức vụ người ký", "signer_position", false);
  if (date > today) throw Error::Invalid("Ngày ký không được ở tương lai", "date");
  if (year && (date < year_start(*year - 1) || date > year_end(*year)))
    throw Error::Invalid("Ngày ký giao ước năm " + std::to_string(*year) + " phải trong năm " + std::to_string(*year) +
                             " hoặc cuối năm trước",
                         "date");
}

}  // namespace thidua::emulation
