// The document kinds of CONTRACT.md and the fields each offers its template (docx/KIND.xml), as
// the API fills them; TemplateSet::load checks every template against them.
#pragma once
#include <map>
#include <string>

#include "documents/docx.h"

namespace thidua::documents {

std::map<std::string, Fields> template_kinds();

}  // namespace thidua::documents
