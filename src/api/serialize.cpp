#include "api/serialize.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstdio>

#include "text/vietnamese.h"

namespace thidua::api {
using nlohmann::json;

namespace {
json opt(const std::optional<int64_t>& v) { return v ? json(*v) : json(); }
json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(); }
json opt(const std::optional<Date>& v) { return v ? json(v->iso()) : json(); }
json parsed(const std::optional<std::string>& s) {
  if (!s) return json();
  json j = json::parse(*s, nullptr, false);
  return j.is_discarded() ? json(*s) : j;
}
}  // namespace

json to_json(const storage::Unit& u) {
  return {{"id", u.id},
          {"name", u.name},
          {"kind", u.kind},
          {"code", u.code},
          {"parent_id", opt(u.parent_id)},
          {"parent_name", u.parent_id ? json(u.parent_name) : json()},
          {"valid_from", u.validity.from.iso()},
          {"valid_to", opt(u.validity.to)},
          {"status", u.status},
          {"successor_id", opt(u.successor_id)},
          {"successor_name", u.successor_id ? json(u.successor_name) : json()}};
}

json to_json(const storage::UnitEvent& e) {
  return {{"id", e.id},
          {"kind", e.kind},
          {"date", e.date.iso()},
          {"document", opt(e.document)},
          {"details", parsed(e.details_json)},
          {"unit_ids", e.unit_ids}};
}

json to_json(const storage::Posting& p) {
  return {{"id", p.id},
          {"person_id", p.person_id},
          {"person_name", p.person_name},
          {"unit_id", p.unit_id},
          {"unit_name", p.unit_name},
          {"rank", opt(p.rank)},
          {"position", opt(p.position)},
          {"team_role", opt(p.team_role)},
          {"from", p.from.iso()},
          {"to", opt(p.to)}};
}

json to_json(const storage::Person& p) {
  return {{"id", p.id},
          {"full_name", p.full_name},
          {"kind", p.kind},
          {"birth_year", opt(p.birth_year)},
          {"current", p.current ? to_json(*p.current) : json()}};
}

json to_json(const storage::User& u) {
  return {{"id", u.id},
          {"username", u.username},
          {"full_name", u.full_name},
          {"role", u.role},
          {"unit_id", u.unit_id},
          {"unit_name", u.unit_name},
          {"disabled", u.disabled},
          {"created_at", u.created_at}};
}

json to_json(const audit::Entry& e) {
  return {{"id", e.id},
          {"at", e.at},
          {"user_id", opt(e.user_id)},
          {"username", e.username},
          {"address", e.address},
          {"action", e.action},
          {"entity", e.entity},
          {"entity_id", opt(e.entity_id)},
          {"unit_id", opt(e.unit_id)},
          {"before", parsed(e.before_json)},
          {"after", parsed(e.after_json)},
          {"hash", e.hash}};
}

json list_json(json items, int64_t total) { return {{"items", std::move(items)}, {"total", total}}; }


// `s` as a JSON string, as nlohmann's dump writes it (UTF-8 kept, control characters escaped;
// broken UTF-8 replaced with U+FFFD rather than refused). One pass: each multi-byte sequence is
// checked as text::is_valid_utf8 checks it (U8_NEXT) where the escapes are looked for; broken
// text is written again by nlohmann.
void append_json_string(std::string& out, std::string_view s) {
  const size_t at = out.size();
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
  bool valid = s.size() <= INT32_MAX;
  out += '"';
  size_t run = 0;
  for (int32_t i = 0; valid && i < n;) {
    const unsigned char c = p[i];
    if (c >= 0x80) {  // a multi-byte sequence, kept as it is when valid
      UChar32 u;
      U8_NEXT(p, i, n, u);
      valid = u >= 0;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + run, static_cast<size_t>(i) - run);
    run = static_cast<size_t>(i) + 1;
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char b[8];
        std::snprintf(b, sizeof b, "\\u%04x", c);
        out += b;
      }
    }
  }
  if (!valid) {
    out.resize(at);
    out += json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

}  // namespace thidua::api
