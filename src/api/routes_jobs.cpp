// Long imports and exports as jobs (api/jobs.h): the caller's own jobs, their progress, cancel,
// and an export's file once it is complete.
#include <nlohmann/json.hpp>

#include "api/context.h"
#include "api/documents.h"
#include "api/jobs.h"
#include "core/error.h"

namespace thidua::api {

using nlohmann::json;

http::Response start_job(Routes& r, const Ctx& c, const std::string& kind, std::function<JobOutcome(Ctx&)> work) {
  auto req = std::make_shared<http::Request>(c.req);
  auto params = c.params;
  auto who = c.who;
  auto job = r.jobs().start(c.me().user.id, kind, [req, params, who, work = std::move(work)]() {
    Ctx jc{*req, params, who};
    return work(jc);
  });
  return ok(202, job->to_json());
}

namespace {

// The GET an export job replays: an API path with ?format= a file format.
std::string export_target(const json& body) {
  for (auto& [k, v] : body.items())
    if (k != "path") throw Error::Invalid("Trường không biết: " + k, k);
  if (!body.contains("path") || !body["path"].is_string()) throw Error::Invalid("Thiếu path (đường dẫn API cần xuất)", "path");
  std::string p = body["path"].get<std::string>();
  if (p.size() > 2000 || p.rfind("/api/v1/", 0) != 0 || p.rfind("/api/v1/jobs", 0) == 0 || p.find('#') != std::string::npos)
    throw Error::Invalid("path phải là một đường dẫn /api/v1/… có ?format=", "path");
  return p;
}

}  // namespace

void register_job_routes(Routes& r) {
  r.jobs();  // the registry exists before the first request

  r.add("GET", "/api/v1/jobs", Access::self(), [&r](Ctx& c) {
    json items = json::array();
    for (auto& j : r.jobs().list(c.me().user.id)) items.push_back(std::move(j));
    return ok(200, {{"items", items}, {"total", items.size()}});
  });
  r.add("GET", "/api/v1/jobs/{id}", Access::self(), [&r](Ctx& c) {
    auto j = r.jobs().get(c.me().user.id, c.params.at("id"));
    if (!j) throw Error::NotFound("Không tìm thấy việc nhập/xuất này");
    return http::Response::json(200, std::move(*j));
  });
  r.add("POST", "/api/v1/jobs/{id}/cancel", Access::self(), [&r](Ctx& c) {
    return http::Response::json(200, r.jobs().cancel(c.me().user.id, c.params.at("id"), std::chrono::milliseconds(2000)));
  });
  r.add("GET", "/api/v1/jobs/{id}/file", Access::self(),
        [&r](Ctx& c) { return file_response(r.jobs().file(c.me().user.id, c.params.at("id"))); });
  // {"path": "/api/v1/…?format=xlsx"}: any export the caller may GET, made as a job.
  r.add("POST", "/api/v1/jobs/exports", Access::self(), [&r](Ctx& c) {
    std::string target = export_target(parse_strict_json(c.req.body));
    http::Request get;
    get.method = "GET";
    get.target = target;
    size_t q = target.find('?');
    auto path = http::url_decode(target.substr(0, q), false);
    if (!path) throw Error::Invalid("path không hợp lệ", "path");
    get.path = *path;
    get.query_string = q == std::string::npos ? "" : target.substr(q + 1);
    auto fmt = get.query("format");
    if (!fmt || (*fmt != "xlsx" && *fmt != "csv" && *fmt != "docx" && *fmt != "pdf"))
      throw Error::Invalid("path phải có ?format=xlsx, csv, docx hoặc pdf", "path");
    get.headers = c.req.headers;
    get.headers.erase("content-type");
    get.headers.erase("content-length");
    get.remote_addr = c.req.remote_addr;
    auto shared = std::make_shared<http::Request>(std::move(get));
    return start_job(r, c, "export", [&r, shared](Ctx&) {
      progress::phase("data", 0);
      http::Response res = r.dispatch(*shared);
      progress::check();
      if (res.status != 200) {
        json b = json::parse(res.body, nullptr, false);
        std::string msg = b.is_object() && b.contains("error") ? b["error"].value("message", "") : "";
        if (res.status >= 500) throw Error(ErrorCode::kInternal, "export " + shared->path + ": " + std::to_string(res.status));
        // the job fails as the GET did: its status's kind and its message
        ErrorCode code = res.status == 404 ? ErrorCode::kNotFound : res.status == 403 ? ErrorCode::kForbidden
                         : res.status == 401 ? ErrorCode::kUnauthorized : res.status == 409 ? ErrorCode::kConflict
                                                                                          : ErrorCode::kInvalid;
        throw Error(code, msg.empty() ? "Không xuất được (" + std::to_string(res.status) + ")" : msg);
      }
      std::string name = "tep-xuat";
      for (auto& [k, v] : res.headers)
        if (k == "Content-Disposition")
          if (auto a = v.find("filename=\""); a != std::string::npos) name = v.substr(a + 10, v.find('"', a + 10) - a - 10);
      return JobOutcome{{}, RenderedFile{std::move(res.body), res.content_type, name}};
    });
  });
}

}  // namespace thidua::api
