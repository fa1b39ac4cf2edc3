// The docx template loader (TemplateSet::load) and rendering: the template files an operator
// adjusts while the server runs. The first byte chooses the file the rest of the input replaces
// in a copy of templates/ — a document body, profile.json or a partial — then the set is loaded
// and, when it loads, a document is rendered from it.
#include <unistd.h>

#include <filesystem>

#include "documents/docx.h"
#include "documents/kinds.h"
#include "fuzz_common.h"

namespace fs = std::filesystem;
using namespace thidua;

namespace {

const char* kTargets[] = {"docx/plan.xml", "docx/profile.json", "docx/partials/header.xml", "docx/partials/signature.xml",
                          "docx/package/word/styles.xml"};

struct Copy {
  fs::path dir;
  std::map<std::string, std::string> original;
  Copy() {
    dir = fs::temp_directory_path() / ("thidua-fuzz-docx-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(fs::path(THIDUA_SOURCE_DIR) / "templates", dir, fs::copy_options::recursive);
    for (const char* t : kTargets) original[t] = fuzz::source_file(std::string("templates/") + t);
  }
  ~Copy() { fs::remove_all(dir); }
  void write(const std::string& rel, const std::string& text) {
    std::ofstream f(dir / rel, std::ios::binary | std::ios::trunc);
    f << text;
  }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Copy copy;
  static const auto kinds = [] {
    // The plan kind alone, with the fields the API gives it.
    auto all = documents::template_kinds();
    return std::map<std::string, documents::Fields>{{"plan", all.at("plan")}};
  }();
  if (size == 0) return 0;
  std::string target = kTargets[data[0] % std::size(kTargets)];
  copy.write(target, fuzz::input(data + 1, size - 1));
  fuzz::attempt([&] {
    auto set = documents::TemplateSet::load(copy.dir.string(), kinds);
    nlohmann::json d = {{"intro", "Thực hiện {movement_name} & <b>"},
                        {"movement_name", "Vì an ninh Tổ quốc"},
                        {"has_theme", true},
                        {"theme", "{#contents}"},
                        {"has_phases", true},
                        {"contents", {{{"ordinal", "1"}, {"text", "Nội dung một"}}, {{"ordinal", "2"}, {"text", ""}}}},
                        {"phases", {{{"ordinal", "1"}, {"dates", "01/01/2025"}, {"title", "{/phases}"}, {"focus", "x"}}}}};
    set->render("plan", d);
  });
  copy.write(target, copy.original[target]);
  return 0;
}
