// Word documents (.docx) from template files a user can adjust without rebuilding.
//
// A template directory (templates/docx/ by default) holds:
//   package/…         the fixed parts of the package (content types, relationships, styles,
//                     settings, page headers), copied as they are after placeholders are filled;
//   partials/NAME.xml body fragments shared by the documents ({>NAME} on its own paragraph:
//                     the Decree 30 header block, the signature block, the recipients);
//   KIND.xml          the body (word/document.xml) of each document kind;
//   profile.json      the presentation rules (page, margins, font sizes) with validity dates.
// Placeholders follow a docxtemplater subset: {name} a value; {#list}…{/list} repeats the
// paragraphs between (each tag alone in its paragraph) or, inside one table row, the row;
// {#flag}…{/flag} keeps them when the value is true or non-empty, {^flag}…{/flag} when not.
// A tag may be split across runs by Word: a paragraph's text is read whole.
// Loading refuses, naming the file and the tag: an unknown placeholder (each kind declares its
// fields), an unbalanced loop, a missing file, XML that does not parse.
#pragma once
#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <set>
#include <string>

#include "core/date.h"

namespace thidua::documents {

// The fields a document kind offers to its template: values, and lists of records.
struct Fields {
  std::set<std::string> values;
  std::map<std::string, Fields> lists;
};

// The presentation rules in force on a day (profile.json), as values every template may use
// (margins and sizes already in OOXML units: twips, half-points).
nlohmann::json presentation(const nlohmann::json& profiles, Date day);

class TemplateSet {
 public:
  // Loads and checks every KIND.xml named in `kinds` against its fields (plus the common
  // fields of every document). Throws Error::Invalid naming the file and the placeholder.
  static std::shared_ptr<const TemplateSet> load(const std::string& dir, const std::map<std::string, Fields>& kinds);
  // The directory: THIDUA_TEMPLATES, else templates/ beside the binary's source tree, else ./templates.
  static std::string default_dir();

  // Fills the kind's template with `data` (values already formatted as text; lists as arrays
  // of objects; flags as booleans) and returns the .docx bytes.
  std::string render(const std::string& kind, const nlohmann::json& data) const;
  // The package's fixed parts (styles, settings…) around a word/document.xml made elsewhere
  // (the certificates, whose fields are placed in millimetres rather than flowed).
  std::string package(const std::string& document_xml, const nlohmann::json& data) const;
  const nlohmann::json& profiles() const { return profiles_; }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
  std::map<std::string, std::string> package_;  // part name → text (placeholders allowed)
  std::map<std::string, std::string> bodies_;   // kind → document.xml with partials expanded
  nlohmann::json profiles_;
};

// Text for XML content or attributes (& < > " escaped).
std::string xml_escape(const std::string& s);
// Millimetres in twips (1/1440 inch), rounded.
int twips(double mm);

// Common fields every document offers (header block, numbering, signature, recipients, layout).
Fields common_fields();

}  // namespace thidua::documents
