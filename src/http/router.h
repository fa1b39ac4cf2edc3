// A small router: "GET /api/v1/units/{id}" patterns, matched segment by segment.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "http/message.h"

namespace thidua::http {

using PathParams = std::map<std::string, std::string>;

template <typename Handler>
class Router {
 public:
  void add(std::string method, const std::string& pattern, Handler h) {
    routes_.push_back({std::move(method), split(pattern), std::move(h)});
  }

  struct Match {
    const Handler* handler = nullptr;
    PathParams params;
    bool path_known = false;  // the path exists for another method → 405
  };

  // Literal segments win over parameters: "/reports/status" beats "/reports/{id}" whatever
  // the order the routes were added in.
  Match match(const std::string& method, const std::string& path) const {
    Match m;
    auto segs = split(path);
    int best_literals = -1;
    for (const auto& r : routes_) {
      if (r.segments.size() != segs.size()) continue;
      PathParams p;
      bool ok = true;
      int literals = 0;
      for (size_t i = 0; i < segs.size() && ok; ++i) {
        const std::string& pat = r.segments[i];
        if (pat.size() > 2 && pat.front() == '{' && pat.back() == '}') {
          p[pat.substr(1, pat.size() - 2)] = segs[i];
        } else {
          ok = pat == segs[i];
          ++literals;
        }
      }
      if (!ok) continue;
      if (r.method != method && !(method == "HEAD" && r.method == "GET")) {
        m.path_known = true;
        continue;
      }
      if (literals > best_literals) {
        best_literals = literals;
        m.handler = &r.handler;
        m.params = std::move(p);
      }
    }
    return m;
  }

 private:
  static std::vector<std::string> split(const std::string& path) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < path.size()) {
      size_t next = path.find('/', pos);
      if (next == std::string::npos) next = path.size();
      if (next > pos) out.push_back(path.substr(pos, next - pos));
      pos = next + 1;
    }
    return out;
  }
  struct Route {
    std::string method;
    std::vector<std::string> segments;
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace thidua::http
