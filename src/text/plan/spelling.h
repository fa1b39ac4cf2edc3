// (s23-members) Names of the gazetteer written with a slip of tone, read as the gazetteer writes
// them. Pasted text has such slips — "Sở Tài chính các tỉnh: Quãng Nam, Quãng Ngài" for "Quảng
// Nam, Quảng Ngãi", "Sở Tài chỉnh" for "Sở Tài chính" — and one lost name used to lose a whole
// list of members with it. Layer 4 (it reads the gazetteers), run once after analyse().
#pragma once
#include "text/plan/document.h"

namespace thidua::text::plan {

// `doc` with each such name replaced by the gazetteer's spelling and segmented again, a note
// saying what was read otherwise; `doc` itself when it writes none. A name is corrected only
// where the exact lookup fails, its words differ from one entry's by their tones alone (PhraseTable
// ::match_toneless: two or more words, one entry), it is capitalised, and it stands where a name of
// that kind belongs:
//  - a province after the province's level ("tỉnh Quãng Nam"; a centrally-run city after "thành
//    phố"), in a list after such a level or after another province ("các tỉnh: Quãng Nam, Quãng
//    Ngài"), or right after a body named without its level ("Sở Tài chính Quãng Nam", "Công an
//    Quãng Nam") — never after a district's or a commune's level, nor inside a person's name
//    ("đồng chí Lê Quang Nam");
//  - a field of state administration after "Sở", "Bộ" or "Phòng" ("Sở Tài chỉnh").
// All-capital words are left as written.
Document correct_spelling(Document doc);

}  // namespace thidua::text::plan
