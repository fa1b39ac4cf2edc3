// The gazetteers of plan import, as data. Add a word here, not an `if` in an extractor.
// Phrases are written as a Vietnamese reader writes them; matching ignores case and the old/new
// tone placement ("Thanh Hoá" = "Thanh Hóa"), and abbreviations in the text match expansions.
#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/plan/lexicon.h"

namespace thidua::text::plan {
namespace {

constexpr int kSpecial = static_cast<int>(MovementKind::kSpecial);
constexpr int kRegular = static_cast<int>(MovementKind::kRegular);
constexpr int kThematic = static_cast<int>(MovementKind::kThematic);

// (s26-tidy) Tables that share words: the shared part written once and each table joined from its
// parts at compile time ("đơn vị" is both the subject of a count of signers and one of a pledge's
// signer nouns). The parts must be constexpr; the joined table keeps their order.
template <std::size_t... N>
constexpr std::array<Entry, (N + ...)> join(const Entry (&... parts)[N]) {
  std::array<Entry, (N + ...)> out{};
  auto at = out.begin();
  ((at = std::copy(parts, parts + N, at)), ...);
  return out;
}

// Viết tắt → dạng đầy đủ. (s22-tidy) The value says how a position prints it: kSpellOut, written out
// ("PGĐ Công an tỉnh" → "Phó Giám đốc Công an tỉnh", "Trưởng CAX" → "Trưởng Công an xã", "Trưởng BCĐ
// 138 tỉnh" → "Trưởng Ban Chỉ đạo 138 tỉnh"); 0, kept short, as the units' own names are written
// ("UBND", "HĐND", "CAND", "MTTQ", "CCB"). Matching reads every entry the same.
constexpr int kSpellOut = kSpellOutInPosition;
const Entry kAbbreviations[] = {
    {"ANTT", 0, "an ninh, trật tự"},
    {"ANTQ", 0, "an ninh Tổ quốc"},
    {"ANCT", 0, "an ninh chính trị"},
    {"TTATXH", 0, "trật tự, an toàn xã hội"},
    {"TTXH", 0, "trật tự xã hội"},
    {"UBND", 0, "Ủy ban nhân dân"},
    {"HĐND", 0, "Hội đồng nhân dân"},
    {"PCT", kSpellOut, "Phó Chủ tịch"},
    // (s14-plan-b) "CT.Hội CCB quận", "CT UBND xã": the chairman written short.
    {"CT", 0, "Chủ tịch"},
    {"CAND", 0, "Công an nhân dân"},
    {"TP", 0, "thành phố"},
    {"TX", 0, "thị xã"},
    {"CBCS", 0, "cán bộ, chiến sĩ"},
    {"PCCC", 0, "phòng cháy, chữa cháy"},
    {"CNCH", 0, "cứu nạn, cứu hộ"},
    {"ATGT", 0, "an toàn giao thông"},
    {"TNGT", 0, "tai nạn giao thông"},
    {"TNXH", 0, "tệ nạn xã hội"},
    {"MTTQ", 0, "Mặt trận Tổ quốc"},
    {"BCĐ", kSpellOut, "Ban Chỉ đạo"},
    {"CLB", 0, "câu lạc bộ"},
    {"BCHQS", kSpellOut, "Ban Chỉ huy Quân sự"},
    // "Bộ Chỉ huy BĐBP tỉnh", "Bộ CHQS tỉnh": a military command's head written short in part.
    {"BĐBP", 0, "Bộ đội Biên phòng"},
    {"CHQS", 0, "Chỉ huy Quân sự"},
    {"BTV", 0, "Ban Thường vụ"},
    {"UVBTV", 0, "Ủy viên Ban Thường vụ"},
    // (s23-people) Offices compounded with the committee they are held in, written out in a position
    // (the Conventions: "UVBTVQU" → "Ủy viên Ban Thường vụ Quận ủy").
    {"UVBTVQU", kSpellOut, "Ủy viên Ban Thường vụ Quận ủy"},
    {"UVBTVTU", kSpellOut, "Ủy viên Ban Thường vụ Tỉnh ủy"},
    {"UVBTVHU", kSpellOut, "Ủy viên Ban Thường vụ Huyện ủy"},
    {"UVBCH", kSpellOut, "Ủy viên Ban Chấp hành"},
    {"BTĐU", kSpellOut, "Bí thư Đảng ủy"},
    {"BCT", 0, "Bộ Chính trị"},
    {"GĐ", kSpellOut, "Giám đốc"},
    {"PGĐ", kSpellOut, "Phó Giám đốc"},
    {"PBT", 0, "Phó Bí thư"},
    {"UBMTTQ", 0, "Ủy ban Mặt trận Tổ quốc"},
    {"UBMTTQVN", 0, "Ủy ban Mặt trận Tổ quốc Việt Nam"},  // (s17-plan-b) "Chủ tịch UBMTTQVN phường"
    // (s17-audit-b) "Ban Thường trực Ủy ban Trung ương MTTQVN": the Front's national name glued short.
    {"MTTQVN", 0, "Mặt trận Tổ quốc Việt Nam"},
    {"LĐLĐ", 0, "Liên đoàn Lao động"},
    // "Hội CCB tỉnh A", "Hội CCB các tỉnh A, B": the veterans' association named short.
    {"CCB", 0, "Cựu chiến binh"},
    {"HĐTĐKT", kSpellOut, "Hội đồng Thi đua - Khen thưởng"},
    {"TĐKT", kSpellOut, "Thi đua - Khen thưởng"},  // "Hội đồng TĐKT tỉnh", "Ban TĐKT"
    {"BCA", 0, "Bộ Công an"},
    {"CAT", kSpellOut, "Công an tỉnh"},
    {"CATP", kSpellOut, "Công an thành phố"},
    {"CAX", kSpellOut, "Công an xã"},
    {"CAP", kSpellOut, "Công an phường"},
    {"CAH", kSpellOut, "Công an huyện"},
    // (session 21) "GĐ CA tỉnh", "PGĐ CA huyện", "CA xã A": the police written short before its level.
    {"CA", kSpellOut, "Công an"},
    // (s15-plan-a) bodies of a place named short: "VKSND huyện A", "BHXH tỉnh B", "TAND tỉnh C".
    {"VKSND", 0, "Viện kiểm sát nhân dân"},
    {"BHXH", 0, "Bảo hiểm xã hội"},
    {"TAND", 0, "Tòa án nhân dân"},
};

// Cấp bậc hàm.
const Entry kRanks[] = {
    {"Hạ sĩ"}, {"Trung sĩ"}, {"Thượng sĩ"}, {"Thiếu úy"}, {"Trung úy"}, {"Thượng úy"},
    {"Đại úy"}, {"Thiếu tá"}, {"Trung tá"}, {"Thượng tá"}, {"Đại tá"}, {"Thiếu tướng"},
    {"Trung tướng"}, {"Thượng tướng"}, {"Đại tướng"},
};

// Chức vụ.
const Entry kPositions[] = {
    {"Bộ trưởng"}, {"Thứ trưởng"}, {"Thứ trưởng Thường trực"},
    // (s23-people) The offices of the State and the Party held by one person of the country, written
    // before a name of two syllables with no "đồng chí": "Chủ tịch nước Tô Lâm", "Tổng Bí thư Tô Lâm".
    {"Thủ tướng", kNational}, {"Phó Thủ tướng", kNational}, {"Tổng Bí thư", kNational},
    {"Chủ tịch nước", kNational}, {"Phó Chủ tịch nước", kNational},
    {"Tổng cục trưởng"}, {"Phó Tổng cục trưởng"},
    {"Giám đốc"}, {"Phó Giám đốc"}, {"Quyền Giám đốc"}, {"Phó Giám đốc phụ trách"},
    {"Chủ tịch"}, {"Phó Chủ tịch"}, {"Phó Chủ tịch Thường trực"},
    {"Bí thư"}, {"Phó Bí thư"}, {"Phó Bí thư Thường trực"},
    // (s24-people) "Phó Bí thư TT Đảng ủy", "Phó Chủ tịch TT Hội": the standing deputy written short.
    {"Phó Bí thư TT", 0, "Phó Bí thư Thường trực"}, {"Phó Chủ tịch TT", 0, "Phó Chủ tịch Thường trực"},
    {"Ủy viên Ban Thường vụ"}, {"Ủy viên"},
    // (s23-people) A member of an association's or a union's standing board, "Ban" left out: "Ủy viên
    // Thường vụ Hội Khuyến học thành phố", not cut to "Ủy viên".
    {"Ủy viên Thường vụ"},
    // Members of the Party's Central Committee: "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng".
    {"Ủy viên Ban Chấp hành Trung ương Đảng"}, {"Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"},
    {"Ủy viên Trung ương Đảng"}, {"Ủy viên dự khuyết Trung ương Đảng"},
    // (s24-people) … with "Trung ương" written short, kept as written ("Ủy viên Dự khuyết T.Ư Đảng", "Ủy viên
    // TW Đảng").
    {"Ủy viên T.Ư Đảng", kKeepCase}, {"Ủy viên dự khuyết T.Ư Đảng", kKeepCase}, {"Ủy viên TW Đảng", kKeepCase},
    {"Ủy viên dự khuyết TW Đảng", kKeepCase}, {"Ủy viên TƯ Đảng", kKeepCase}, {"Ủy viên dự khuyết TƯ Đảng", kKeepCase},
    // (s17-audit-b) A member of the military's Party committee, named whole, not cut to "Ủy viên"
    // before a body the lexicon has no head for ("Ủy viên Quân ủy Trung ương, Thứ trưởng …").
    {"Ủy viên Quân ủy Trung ương"},
    {"Chánh Văn phòng"}, {"Phó Chánh Văn phòng"}, {"Chánh Thanh tra"},
    {"Hiệu trưởng"}, {"Phó Hiệu trưởng"},
    {"Cục trưởng"}, {"Phó Cục trưởng"}, {"Vụ trưởng"}, {"Phó Vụ trưởng"},
    {"Trưởng phòng", kKeepCase}, {"Phó Trưởng phòng", kKeepCase},
    {"Trưởng ban", kKeepCase}, {"Phó Trưởng ban", kKeepCase},
    // (s24-people) the deputy head of a board written without "Trưởng": "Phó ban Thi đua khen thưởng tỉnh",
    // "Phó Ban Tuyên giáo Huyện ủy".
    {"Phó ban", kKeepCase},
    {"Trưởng", kNeedsOrg | kKeepCase}, {"Phó Trưởng", kNeedsOrg | kKeepCase},
    // (s23-parse) One who stands for a body at the event, named as its office: "Trần Văn A - Đại diện Ban
    // Thi đua - Khen thưởng, Thanh tra Chính phủ", "…, đại diện Cụm trưởng Cụm thi đua số 10"; nothing
    // without the body after it.
    {"Đại diện", kNeedsOrg | kKeepCase},
    // (s23-positions) "…, phụ trách Cụm thi đua số 5", "Phó Trưởng Ban, phụ trách Ban Thi đua - Khen
    // thưởng tỉnh", "…, Thành viên Hội đồng Thi đua - Khen thưởng tỉnh": an office of a body or group
    // held beside another; nothing without the body after it.
    {"Phụ trách", kNeedsOrg | kKeepCase}, {"Thành viên", kNeedsOrg | kKeepCase},
    // (s23-positions) The head of a ward's or commune's mass-mobilisation bloc, in lower case and of
    // no group: "Phó Bí thư Thường trực/Trưởng khối vận phường".
    {"Trưởng khối vận"}, {"Phó Trưởng khối vận"},
    {"Cụm trưởng", kGroupLeader}, {"Cụm phó", kGroupDeputy},
    {"Khối trưởng", kGroupLeader}, {"Khối phó", kGroupDeputy},
    // "Phó Cụm trưởng là Công an tỉnh Y": the deputy, written as the leader's deputy.
    {"Phó Cụm trưởng", kGroupDeputy}, {"Phó Khối trưởng", kGroupDeputy},
    // (s25-orgs) "…, đơn vị trưởng Khối": the member leading the group, said of the one who stands for it;
    // nothing without the group after it.
    {"Đơn vị trưởng", kGroupLeader | kNeedsOrg},
    {"Tổ trưởng"}, {"Tổ phó"}, {"Đội trưởng"}, {"Phó Đội trưởng"},
    {"Chỉ huy trưởng"}, {"Phó Chỉ huy trưởng"}, {"Đồn trưởng"}, {"Phó Đồn trưởng"},
    {"Viện trưởng"}, {"Phó Viện trưởng"}, {"Chánh án"}, {"Phó Chánh án"}, {"Phó Chánh Thanh tra"},
    {"Tổng Giám đốc"}, {"Phó Tổng Giám đốc"}, {"Chính ủy"}, {"Phó Chính ủy"}, {"Tư lệnh"}, {"Phó Tư lệnh"},
    {"Chủ nhiệm"}, {"Phó Chủ nhiệm"}, {"Thủ trưởng"},
    // The head of a province's deputies to the National Assembly: "Trưởng đoàn đại biểu Quốc hội tỉnh".
    {"Trưởng đoàn đại biểu Quốc hội"}, {"Phó Trưởng đoàn đại biểu Quốc hội"},
    {"Trưởng Đoàn ĐBQH", 0, "Trưởng đoàn đại biểu Quốc hội"}, {"Phó Trưởng Đoàn ĐBQH", 0, "Phó Trưởng đoàn đại biểu Quốc hội"},
    // the political officer of a military command: "Chính trị viên phó BCHQS huyện"
    {"Chính trị viên"}, {"Chính trị viên phó"},
    // A member of a party committee: "Tỉnh ủy viên, Bí thư Huyện ủy".
    {"Tỉnh ủy viên"}, {"Thành ủy viên"}, {"Huyện ủy viên"}, {"Quận ủy viên"}, {"Thị ủy viên"},
    // The head of a village or a quarter, named after it: "Trưởng thôn Đông", "Trưởng ấp 3".
    {"Trưởng thôn", kSettlement}, {"Trưởng ấp", kSettlement}, {"Trưởng bản", kSettlement},
    {"Trưởng khu phố", kSettlement}, {"Tổ trưởng tổ dân phố", kSettlement}, {"Bí thư Chi bộ thôn", kSettlement},
    {"Bí thư Chi bộ", kSettlement},
};

// Đầu tên đơn vị.
const Entry kUnitHeads[] = {
    {"Công an", static_cast<int>(UnitKind::kPolice)},
    {"Công an nhân dân", static_cast<int>(UnitKind::kNotAUnit)},
    {"Công an cấp", static_cast<int>(UnitKind::kNotAUnit)},
    {"Cộng hòa xã hội chủ nghĩa Việt Nam", static_cast<int>(UnitKind::kNotAUnit)},
    {"Bộ Công an", static_cast<int>(UnitKind::kMinistry)},
    {"Ủy ban nhân dân", static_cast<int>(UnitKind::kCommittee)},
    {"Hội đồng nhân dân", static_cast<int>(UnitKind::kCouncil)},
    {"Đảng ủy", static_cast<int>(UnitKind::kParty)},
    {"Đảng bộ", static_cast<int>(UnitKind::kParty)},
    {"Tỉnh ủy", static_cast<int>(UnitKind::kParty)},
    {"Thành ủy", static_cast<int>(UnitKind::kParty)},
    {"Huyện ủy", static_cast<int>(UnitKind::kParty)},
    {"Quận ủy", static_cast<int>(UnitKind::kParty)},
    {"Thị ủy", static_cast<int>(UnitKind::kParty)},
    {"Ủy ban Mặt trận Tổ quốc Việt Nam", static_cast<int>(UnitKind::kFront)},
    {"Ủy ban Mặt trận Tổ quốc", static_cast<int>(UnitKind::kFront)},
    {"Mặt trận Tổ quốc", static_cast<int>(UnitKind::kFront)},
    // "Mặt trận xã Bình Minh", "Mặt trận các xã, thị trấn": the Front named short.
    {"Mặt trận", static_cast<int>(UnitKind::kFront)},
    // Mass organisations of a place, named like the Front by their level and place: "Hội Nông
    // dân xã", "Hội Cựu chiến binh huyện A".
    {"Hội Nông dân", static_cast<int>(UnitKind::kFront)},
    {"Hội Cựu chiến binh", static_cast<int>(UnitKind::kFront)},
    {"Hội Liên hiệp Phụ nữ", static_cast<int>(UnitKind::kFront)},
    {"Hội Người cao tuổi", static_cast<int>(UnitKind::kFront)},
    {"Hội Chữ thập đỏ", static_cast<int>(UnitKind::kFront)},
    {"Hội CTĐ", static_cast<int>(UnitKind::kFront)},  // (s17-plan-b) "Hội CTĐ TPHCM", as written
    // The union of science and technology associations of a place: "Liên hiệp Hội Hà Nội",
    // "Liên hiệp Hội tỉnh Hải Dương", "Liên hiệp các Hội khoa học và kỹ thuật tỉnh A".
    {"Liên hiệp Hội", static_cast<int>(UnitKind::kFront)},
    {"Liên hiệp các Hội khoa học và kỹ thuật", static_cast<int>(UnitKind::kFront)},
    // The trade union of a place: "Liên đoàn Lao động huyện A", "Liên đoàn Lao động các huyện A, B".
    {"Liên đoàn Lao động", static_cast<int>(UnitKind::kFront)},
    {"Ban Chỉ huy Quân sự", static_cast<int>(UnitKind::kFront)},  // "BCHQS huyện"
    // The province's military and border commands, named like the Front by level and place.
    {"Bộ Chỉ huy Quân sự", static_cast<int>(UnitKind::kFront)},
    {"Bộ Chỉ huy Bộ đội Biên phòng", static_cast<int>(UnitKind::kFront)},
    // (s14-plan-b) the border guard of a place: "Bộ đội Biên phòng tỉnh A", "… thành phố".
    {"Bộ đội Biên phòng", static_cast<int>(UnitKind::kFront)},
    {"Cụm thi đua", static_cast<int>(UnitKind::kCluster)},
    {"Khối thi đua", static_cast<int>(UnitKind::kBlock)},
    // A bare "Cụm"/"Khối" is a group only before "số N", a capitalised name or "Công an"
    // ("Khối ANND", "Cụm số 5", "Khối Công an các huyện"); see match_unit.
    {"Cụm", static_cast<int>(UnitKind::kCluster)},
    {"Khối", static_cast<int>(UnitKind::kBlock)},
    // Bodies of the Party and the State named in political positions.
    {"Bộ Chính trị", static_cast<int>(UnitKind::kMinistry)},
    {"Ban Bí thư", static_cast<int>(UnitKind::kMinistry)},
    {"Ban Chấp hành Trung ương", static_cast<int>(UnitKind::kMinistry)},
    {"Trung ương Đảng", static_cast<int>(UnitKind::kMinistry)},
    {"Chính phủ", static_cast<int>(UnitKind::kMinistry)},
    {"Quốc hội", static_cast<int>(UnitKind::kMinistry)},
    {"Công an Trung ương", static_cast<int>(UnitKind::kMinistry)},
    // The supreme procuracy and court, written out or short ("VKSND tối cao"), are bodies of the State.
    {"Viện kiểm sát nhân dân tối cao", static_cast<int>(UnitKind::kMinistry)},
    {"VKSND tối cao", static_cast<int>(UnitKind::kMinistry)},
    {"Tòa án nhân dân tối cao", static_cast<int>(UnitKind::kMinistry)},
    {"TAND tối cao", static_cast<int>(UnitKind::kMinistry)},
    {"Đảng ủy Công an Trung ương", static_cast<int>(UnitKind::kMinistry)},
    {"Tổng cục", static_cast<int>(UnitKind::kOffice)},
    {"Ban Giám đốc", static_cast<int>(UnitKind::kLeadership)},
    {"Ban Chỉ huy", static_cast<int>(UnitKind::kLeadership)},
    {"Ban Thường vụ", static_cast<int>(UnitKind::kLeadership)},
    // The standing board of the Front or of a council acts for it: "Ban Thường trực Ủy ban MTTQ huyện A".
    {"Ban Thường trực", static_cast<int>(UnitKind::kLeadership)},
    // (s16-plan-b) The other boards that lead a body and act for it (decision 6 of session 15):
    // its executive committee ("Ban Chấp hành Hội Cựu chiến binh tỉnh A"), the secretariat of an
    // association ("Ban Thư ký Hội Sinh viên Việt Nam tỉnh B"), a school's board of principals
    // ("Ban Giám hiệu Trường …"), a body's leadership board ("Ban Lãnh đạo Sở …").
    {"Ban Chấp hành", static_cast<int>(UnitKind::kLeadership)},
    {"Ban Thư ký", static_cast<int>(UnitKind::kLeadership)},
    {"Ban Giám hiệu", static_cast<int>(UnitKind::kLeadership)},
    {"Ban Lãnh đạo", static_cast<int>(UnitKind::kLeadership)},
    {"Ban Chỉ đạo", static_cast<int>(UnitKind::kBoard)},
    {"Ban Thanh niên", static_cast<int>(UnitKind::kBoard)},
    {"Đoàn Thanh niên", static_cast<int>(UnitKind::kBoard)},
    // (s23-orgs) The youth cell or the association's branch of one body, named by it: "Chi đoàn Phòng
    // Cảnh sát cơ động Công an tỉnh A", "Chi hội Phụ nữ Công an huyện B".
    {"Chi đoàn", static_cast<int>(UnitKind::kBoard)},
    {"Chi hội", static_cast<int>(UnitKind::kBoard)},
    // (s17-plan-a) The youth union by its full name, the leader's name in it: "Đoàn TNCS Hồ Chí
    // Minh tỉnh A", "Đoàn Thanh niên Cộng sản Hồ Chí Minh" (not a place, not a person).
    {"Đoàn TNCS Hồ Chí Minh", static_cast<int>(UnitKind::kBoard)},
    {"Đoàn Thanh niên Cộng sản Hồ Chí Minh", static_cast<int>(UnitKind::kBoard)},
    // The youth union of a place, named by its level and the place: "Tỉnh đoàn Quảng Ngãi",
    // "Huyện đoàn Tân Phú", "Thành đoàn".
    {"Tỉnh đoàn", static_cast<int>(UnitKind::kOffice)},
    {"Thành đoàn", static_cast<int>(UnitKind::kOffice)},
    {"Huyện đoàn", static_cast<int>(UnitKind::kOffice)},
    {"Quận đoàn", static_cast<int>(UnitKind::kOffice)},
    {"Thị đoàn", static_cast<int>(UnitKind::kOffice)},
    {"Hội đồng Thi đua - Khen thưởng", static_cast<int>(UnitKind::kBoard)},
    {"Hội đồng Thi đua, Khen thưởng", static_cast<int>(UnitKind::kBoard)},
    {"Hội đồng Thi đua Khen thưởng", static_cast<int>(UnitKind::kBoard)},
    // "Ban Thi đua - Khen thưởng Trung ương", "Ban Thi đua - Khen thưởng tỉnh": the board's name
    // holds its dash, as the council's does.
    {"Ban Thi đua - Khen thưởng Trung ương", static_cast<int>(UnitKind::kMinistry)},
    {"Hội đồng Thi đua - Khen thưởng Trung ương", static_cast<int>(UnitKind::kMinistry)},
    // (s28-orgs) … and written with a comma or nothing between its two words ("Ban Thi đua Khen thưởng Trung ương
    // tổ chức hội nghị", "Chủ tịch Hội đồng thi đua khen thưởng Trung ương"): the same national body.
    {"Ban Thi đua Khen thưởng Trung ương", static_cast<int>(UnitKind::kMinistry)},
    {"Ban Thi đua, Khen thưởng Trung ương", static_cast<int>(UnitKind::kMinistry)},
    {"Hội đồng Thi đua Khen thưởng Trung ương", static_cast<int>(UnitKind::kMinistry)},
    {"Hội đồng Thi đua, Khen thưởng Trung ương", static_cast<int>(UnitKind::kMinistry)},
    {"Ban Thi đua - Khen thưởng", static_cast<int>(UnitKind::kBoard)},
    {"Ban Thi đua, Khen thưởng", static_cast<int>(UnitKind::kBoard)},
    {"Ban Thi đua Khen thưởng", static_cast<int>(UnitKind::kBoard)},
    {"Ban", static_cast<int>(UnitKind::kOffice)},
    {"Phòng", static_cast<int>(UnitKind::kOffice)},
    // Units of the ministry named by their kind: "Viện Khoa học hình sự", "Học viện An ninh
    // nhân dân", "Bộ Tư lệnh Cảnh vệ", "Trường Đại học Cảnh sát nhân dân".
    {"Viện", static_cast<int>(UnitKind::kOffice)},
    {"Học viện", static_cast<int>(UnitKind::kOffice)},
    {"Bộ Tư lệnh", static_cast<int>(UnitKind::kOffice)},
    {"Trường", static_cast<int>(UnitKind::kOffice)},
    {"Sở", static_cast<int>(UnitKind::kOffice)},
    // A ministry named by its field, as a department is ("Bộ Tư pháp"); see match_unit.
    {"Bộ", static_cast<int>(UnitKind::kOffice)},
    {"Cục", static_cast<int>(UnitKind::kOffice)},
    // A ministry's department, named or numbered ("Vụ Tổ chức cán bộ", "Vụ 1", "Vụ II"); an
    // investigating agency named by its body ("Cơ quan điều tra VKSND tối cao").
    {"Vụ", static_cast<int>(UnitKind::kOffice)},
    {"Cơ quan điều tra", static_cast<int>(UnitKind::kOffice)},
    // The inspectorate of a ministry or of the government: "Thanh tra Bộ Tư pháp", "Thanh tra Chính phủ".
    {"Thanh tra", static_cast<int>(UnitKind::kOffice)},
    {"Văn phòng", static_cast<int>(UnitKind::kOffice)},
    // (s21-lists) The office serving two bodies, its "và" inside the name, not between two members
    // of a list: "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng HĐND và UBND huyện A".
    {"Văn phòng Đoàn ĐBQH và HĐND", static_cast<int>(UnitKind::kOffice)},
    {"Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân", static_cast<int>(UnitKind::kOffice)},
    {"Văn phòng Đoàn ĐBQH và Hội đồng nhân dân", static_cast<int>(UnitKind::kOffice)},
    {"Văn phòng HĐND và UBND", static_cast<int>(UnitKind::kOffice)},
    {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", static_cast<int>(UnitKind::kOffice)},
    {"Trung tâm", static_cast<int>(UnitKind::kOffice)},
    // A conference hall named by its place or its own name: "Trung tâm hội nghị tỉnh", "Trung
    // tâm hội nghị APPlaza".
    {"Trung tâm hội nghị", static_cast<int>(UnitKind::kOffice)},
    {"Hội", static_cast<int>(UnitKind::kOffice)},
    {"Đội", static_cast<int>(UnitKind::kOffice)},
    // Hospitals, enterprises, banks and unions, named like an office by their own capitalised
    // name, then perhaps the level and place they serve: "Bệnh viện Đa khoa tỉnh A", "Tập đoàn
    // Điện lực Việt Nam", "Tổng công ty Điện lực miền Bắc", "Công ty Cổ phần Cao su B", "Ngân hàng
    // Chính sách xã hội", "Công đoàn Viên chức tỉnh C", "Báo Nhân dân", "Đài Phát thanh và Truyền hình tỉnh D".
    {"Bệnh viện", static_cast<int>(UnitKind::kOffice)},
    {"Tập đoàn", static_cast<int>(UnitKind::kOffice)},
    {"Tổng công ty", static_cast<int>(UnitKind::kOffice)},
    {"Công ty", static_cast<int>(UnitKind::kOffice)},
    {"Ngân hàng", static_cast<int>(UnitKind::kOffice)},
    // (s22-orgs) State companies of a province named by its name alone: "Điện lực Hà Tĩnh",
    // "Viễn thông Thái Bình"; a cooperative: "Hợp tác xã Nông nghiệp A".
    {"Điện lực", static_cast<int>(UnitKind::kOffice)},
    {"Viễn thông", static_cast<int>(UnitKind::kOffice)},
    {"Hợp tác xã", static_cast<int>(UnitKind::kOffice)},
    {"Công đoàn", static_cast<int>(UnitKind::kOffice)},
    // "Công đoàn ngành Y tế tỉnh A", "Công đoàn cơ sở Trường B": the union of a branch or of one body.
    {"Công đoàn ngành", static_cast<int>(UnitKind::kOffice)},
    {"Công đoàn cơ sở", static_cast<int>(UnitKind::kOffice)},
    // Bodies named like an office with a name of their own: "Chi cục Thuế khu vực A", "Đồn Biên
    // phòng Cửa khẩu B", "Đài Phát thanh và Truyền hình tỉnh C", "Ủy ban Kiểm tra Tỉnh ủy D"; army
    // units named by their number ("Trung đoàn 335", "Sư đoàn 324"), see match_unit.
    {"Chi cục", static_cast<int>(UnitKind::kOffice)},
    {"Đồn Biên phòng", static_cast<int>(UnitKind::kOffice)},
    {"Đài Phát thanh và Truyền hình", static_cast<int>(UnitKind::kOffice)},
    {"Đài Phát thanh - Truyền hình", static_cast<int>(UnitKind::kOffice)},
    {"Ủy ban Kiểm tra", static_cast<int>(UnitKind::kOffice)},
    {"Trung đoàn", static_cast<int>(UnitKind::kOffice)},
    {"Sư đoàn", static_cast<int>(UnitKind::kOffice)},
    {"Lữ đoàn", static_cast<int>(UnitKind::kOffice)},
    // Bodies of a place named by their level and place, as the Front is: "Tòa án nhân dân huyện A",
    // "Bảo hiểm xã hội tỉnh B", "Liên minh Hợp tác xã tỉnh C".
    {"Tòa án nhân dân", static_cast<int>(UnitKind::kFront)},
    {"Viện kiểm sát nhân dân", static_cast<int>(UnitKind::kFront)},
    {"Bảo hiểm xã hội", static_cast<int>(UnitKind::kFront)},
    // (s22-orgs) "Kho bạc Nhà nước tỉnh A", "Kho bạc Nhà nước huyện B": the State treasury of a place.
    {"Kho bạc Nhà nước", static_cast<int>(UnitKind::kFront)},
    // (s22-orgs) … and the post office of a place: "Bưu điện tỉnh C". ("Thuế", "Hải quan" are not
    // heads: they name the field of a "Chi cục Thuế khu vực A", whose name would stop at them.)
    {"Bưu điện", static_cast<int>(UnitKind::kFront)},
    {"Liên minh Hợp tác xã", static_cast<int>(UnitKind::kFront)},
    {"Tổng Liên đoàn Lao động Việt Nam", static_cast<int>(UnitKind::kMinistry)},
    {"Trung ương Đoàn", static_cast<int>(UnitKind::kMinistry)},
    {"Trung ương Đoàn TNCS Hồ Chí Minh", static_cast<int>(UnitKind::kMinistry)},
    {"Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", static_cast<int>(UnitKind::kMinistry)},
    // The Front's and the mass organisations' central committees: "Ủy ban Trung ương MTTQ Việt Nam".
    {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", static_cast<int>(UnitKind::kMinistry)},
    {"Ủy ban Trung ương MTTQ Việt Nam", static_cast<int>(UnitKind::kMinistry)},
    {"Ủy ban Trung ương MTTQVN", static_cast<int>(UnitKind::kMinistry)},
    // (s17-audit-b) The national women's union by its whole name, not cut before "Việt Nam" as a
    // place ("Hội Liên hiệp phụ nữ Việt Nam đã tổ chức Đại hội thi đua …").
    {"Hội Liên hiệp Phụ nữ Việt Nam", static_cast<int>(UnitKind::kMinistry)},
    // (s20-lead) … and the other national mass organisations and their central committees, the
    // body acting by its own name ("Trung ương Hội Nông dân Việt Nam sáng 14-10 đã tổ chức …"),
    // not cut to "Hội Nông dân" before "Việt Nam".
    {"Trung ương Hội Liên hiệp Phụ nữ Việt Nam", static_cast<int>(UnitKind::kMinistry)},
    {"Trung ương Hội Nông dân Việt Nam", static_cast<int>(UnitKind::kMinistry)},
    // (s22-orgs) … the veterans' and the Red Cross's central committees the same way.
    {"Trung ương Hội Cựu chiến binh Việt Nam", static_cast<int>(UnitKind::kMinistry)},
    {"Trung ương Hội Chữ thập đỏ Việt Nam", static_cast<int>(UnitKind::kMinistry)},
};

// Cấp hành chính.
const Entry kLevels[] = {
    {"tỉnh", static_cast<int>(Level::kProvince)},
    {"thành phố", static_cast<int>(Level::kCity)},
    {"huyện", static_cast<int>(Level::kDistrict)},
    {"quận", static_cast<int>(Level::kUrbanDistrict)},
    {"thị xã", static_cast<int>(Level::kTown)},
    {"xã", static_cast<int>(Level::kCommune)},
    {"phường", static_cast<int>(Level::kWard)},
    {"thị trấn", static_cast<int>(Level::kTownlet)},
    {"đặc khu", static_cast<int>(Level::kSpecialZone)},
};

// Tỉnh, thành phố trực thuộc Trung ương: the 63 before 1 July 2025 (the 34 after are among them).
// Tỉnh, thành phố trực thuộc Trung ương; value kCentralCity: a city, whose police is "Công an
// thành phố …" (read so when the text writes "Công an Hà Nội" without the level).
constexpr int kCentralCity = 1;
const Entry kProvinces[] = {
    {"An Giang"}, {"Bà Rịa - Vũng Tàu"}, {"BR-VT", 0, "Bà Rịa - Vũng Tàu"}, {"BR - VT", 0, "Bà Rịa - Vũng Tàu"}, {"BRVT", 0, "Bà Rịa - Vũng Tàu"}, {"Bạc Liêu"}, {"Bắc Giang"}, {"Bắc Kạn"}, {"Bắc Ninh"},
    {"Bến Tre"}, {"Bình Dương"}, {"Bình Định"}, {"Bình Phước"}, {"Bình Thuận"}, {"Cà Mau"},
    {"Cao Bằng"}, {"Cần Thơ", kCentralCity}, {"Đà Nẵng", kCentralCity}, {"Đắk Lắk"}, {"Đắc Lắc", 0, "Đắk Lắk"}, {"Đak Lak", 0, "Đắk Lắk"}, {"Đắk Nông"}, {"Đak Nông", 0, "Đắk Nông"},
    {"Điện Biên"}, {"Đồng Nai"}, {"Đồng Tháp"}, {"Gia Lai"}, {"Hà Giang"}, {"Hà Nam"},
    {"Hà Nội", kCentralCity}, {"Hà Tĩnh"}, {"Hải Dương"}, {"Hải Phòng", kCentralCity}, {"Hậu Giang"}, {"Hòa Bình"},
    {"Hồ Chí Minh", kCentralCity}, {"HCM", kCentralCity, "Hồ Chí Minh"}, {"TPHCM", kCentralCity, "Hồ Chí Minh"}, {"Hưng Yên"}, {"Khánh Hòa"}, {"Kiên Giang"}, {"Kon Tum"}, {"Lai Châu"},
    {"Lạng Sơn"}, {"Lào Cai"}, {"Lâm Đồng"}, {"Long An"}, {"Nam Định"}, {"Nghệ An"},
    {"Ninh Bình"}, {"Ninh Thuận"}, {"Phú Thọ"}, {"Phú Yên"}, {"Quảng Bình"}, {"Quảng Nam"},
    {"Quảng Ngãi"}, {"Quảng Ninh"}, {"Quảng Trị"}, {"Sóc Trăng"}, {"Sơn La"}, {"Tây Ninh"},
    {"Thái Bình"}, {"Thái Nguyên"}, {"Thanh Hóa"}, {"Thừa Thiên Huế"},
    {"Thừa Thiên - Huế", 0, "Thừa Thiên Huế"}, {"Huế"}, {"Tiền Giang"}, {"Trà Vinh"},
    {"Tuyên Quang"}, {"Vĩnh Long"}, {"Vĩnh Phúc"}, {"Yên Bái"},
};

// Loại sự kiện. Where two overlap the longer wins ("Hội nghị sơ kết" is a review).
const Entry kEventTriggers[] = {
    {"phát động", static_cast<int>(EventKind::kLaunch)},
    {"lễ phát động", static_cast<int>(EventKind::kLaunch)},
    {"buổi lễ phát động", static_cast<int>(EventKind::kLaunch)},
    {"hội nghị phát động", static_cast<int>(EventKind::kLaunch)},
    // A campaign is launched by a muster: "phát lệnh ra quân", "lễ ra quân".
    {"ra quân", static_cast<int>(EventKind::kLaunch)},
    {"lễ ra quân", static_cast<int>(EventKind::kLaunch)},
    {"phát lệnh ra quân", static_cast<int>(EventKind::kLaunch)},
    // … or sent out: "lễ xuất quân", "xuất quân chiến dịch".
    {"xuất quân", static_cast<int>(EventKind::kLaunch)},
    {"lễ xuất quân", static_cast<int>(EventKind::kLaunch)},
    {"ký giao ước", static_cast<int>(EventKind::kPledgeSigning)},
    {"ký kết giao ước", static_cast<int>(EventKind::kPledgeSigning)},
    // (s23-kind) … with a comma inside the phrase ("Hội nghị phát động, ký kết, giao ước phong trào thi
    // đua …"): the comma of an entry is optional in the text, not the other way round.
    {"ký kết, giao ước", static_cast<int>(EventKind::kPledgeSigning)},
    {"lễ ký giao ước", static_cast<int>(EventKind::kPledgeSigning)},
    {"lễ ký kết giao ước", static_cast<int>(EventKind::kPledgeSigning)},
    {"hội nghị ký giao ước", static_cast<int>(EventKind::kPledgeSigning)},
    {"hội nghị ký kết giao ước", static_cast<int>(EventKind::kPledgeSigning)},
    {"giao ước thi đua", static_cast<int>(EventKind::kPledgeSigning)},
    {"giao ước được ký kết", static_cast<int>(EventKind::kPledgeSigning)},
    // (s16-plan-b) The pledge named without "giao ước": "Lễ ký kết thi đua năm 2024", "các xã ký
    // kết thi đua", "CỤM … KÝ KẾT THI ĐUA".
    {"ký kết thi đua", static_cast<int>(EventKind::kPledgeSigning)},
    {"lễ ký kết thi đua", static_cast<int>(EventKind::kPledgeSigning)},
    {"hội nghị ký kết thi đua", static_cast<int>(EventKind::kPledgeSigning)},
    {"sơ kết", static_cast<int>(EventKind::kReview)},
    {"tổng kết", static_cast<int>(EventKind::kReview)},
    {"hội nghị sơ kết", static_cast<int>(EventKind::kReview)},
    {"hội nghị tổng kết", static_cast<int>(EventKind::kReview)},
    {"lễ tổng kết", static_cast<int>(EventKind::kReview)},
    {"hội nghị", static_cast<int>(EventKind::kConference)},
    {"hội nghị triển khai", static_cast<int>(EventKind::kConference)},
    // Named kinds of review: "hội nghị điển hình tiên tiến" closes a period of a movement,
    // "hội nghị đánh giá kết quả thực hiện phong trào" reports on one.
    {"hội nghị điển hình tiên tiến", static_cast<int>(EventKind::kReview)},
    {"hội nghị đánh giá kết quả", static_cast<int>(EventKind::kReview)},
    // (s16-plan-b) A mid-term review, by name: "hội nghị đánh giá giữa kỳ phong trào …", "sơ kết
    // giữa nhiệm kỳ", "kiểm điểm giữa nhiệm kỳ".
    {"đánh giá giữa kỳ", static_cast<int>(EventKind::kReview)},
    {"đánh giá giữa nhiệm kỳ", static_cast<int>(EventKind::kReview)},
    {"hội nghị đánh giá giữa kỳ", static_cast<int>(EventKind::kReview)},
    {"hội nghị đánh giá giữa nhiệm kỳ", static_cast<int>(EventKind::kReview)},
    {"kiểm điểm giữa nhiệm kỳ", static_cast<int>(EventKind::kReview)},
    {"hội nghị giữa nhiệm kỳ", static_cast<int>(EventKind::kReview)},
    // (s19-rules) An emulation congress closes the period it is held for — "Đại hội Thi đua Quyết
    // thắng … giai đoạn 2013-2018", "Đại hội thi đua yêu nước … giai đoạn 2020-2025" reviews those
    // five years (the army's rules: "Tổng kết, đánh giá kết quả … 5 năm trước"), held in the last.
    {"đại hội thi đua", static_cast<int>(EventKind::kReview)},
    // A council meeting to consider awards is a conference, though the awards are a review's
    // ("hội nghị xét thưởng thành tích tổng kết năm 2022", "họp xét khen thưởng tổng kết năm").
    {"hội nghị xét thưởng", static_cast<int>(EventKind::kConference)},
    {"hội nghị xét khen thưởng", static_cast<int>(EventKind::kConference)},
    {"họp xét thưởng", static_cast<int>(EventKind::kConference)},
    {"họp xét khen thưởng", static_cast<int>(EventKind::kConference)},
    // (s22-tidy) A council's or a committee's session is a meeting, as "hội nghị" is: "chủ trì phiên
    // họp thứ 5 của Hội đồng Thi đua - Khen thưởng tỉnh", "tổ chức phiên họp thường kỳ".
    {"phiên họp", static_cast<int>(EventKind::kConference)},
};

// (s23-kind) What a meeting is called when a word follows "hội nghị" ("Hội nghị giao ban", "Hội nghị
// thẩm định", "Hội nghị chuyên đề"): the meeting's own name says what it is, and no review is read
// from what its text reports (extract_event.cpp, a bare "hội nghị" that reviews a period).
const Entry kMeetingNames[] = {
    {"giao ban"}, {"thẩm định"}, {"chuyên đề"}, {"bình xét"}, {"xét"}, {"quán triệt"}, {"học tập"},
    {"tập huấn"}, {"cán bộ"}, {"đại biểu"}, {"ban chấp hành"}, {"lấy ý kiến"}, {"góp ý"}, {"đối thoại"},
    {"triển khai"}, {"biểu dương"}, {"tuyên dương"}, {"tôn vinh"}, {"gặp mặt"}, {"kỷ niệm"},
    {"sơ kết"}, {"tổng kết"}, {"phát động"}, {"ký"}, {"điển hình"}, {"đánh giá"}, {"thông tin"},
    {"báo cáo viên"}, {"hiệp thương"}, {"trực tuyến"}, {"liên tịch"}, {"chuyên môn"},
};

// (s23-kind) The emulation work of a group or a body, as a review reports it for a year or a period
// ("Năm 2018, Công an các tỉnh trong Cụm … đã đẩy mạnh phong trào thi đua …", "năm 2019 các cơ quan
// … thực hiện tốt công tác thi đua, khen thưởng", "Giai đoạn 2015-2020, các nhiệm vụ thi đua khen
// thưởng của cụm …") — not "cụm thi đua", which names the group.
const Entry kEmulationWork[] = {
    {"phong trào thi đua"}, {"công tác thi đua"}, {"thi đua, khen thưởng"}, {"thi đua - khen thưởng"},
    {"thi đua – khen thưởng"}, {"nhiệm vụ thi đua"}, {"TĐKT"},
};

// Gatherings that are none of the kinds above but are the event a text reports: held ("tổ chức")
// on a day, at a place, by units ("Ngày 16-8, Ban Chỉ đạo … tổ chức Ngày hội …"). A meeting to
// meet and commend ("buổi gặp mặt") is a conference; a festival or a ceremony has no kind.
const Entry kCeremonies[] = {
    {"ngày hội", static_cast<int>(EventKind::kNone)},
    {"lễ dâng hương", static_cast<int>(EventKind::kNone)},
    {"lễ báo công", static_cast<int>(EventKind::kNone)},
    {"lễ ra mắt", static_cast<int>(EventKind::kNone)},
    {"lễ kỷ niệm", static_cast<int>(EventKind::kNone)},
    {"lễ mít tinh", static_cast<int>(EventKind::kNone)},
    {"mít tinh", static_cast<int>(EventKind::kNone)},
    {"lễ tuyên dương", static_cast<int>(EventKind::kNone)},
    {"lễ biểu dương", static_cast<int>(EventKind::kNone)},
    {"hội thi", static_cast<int>(EventKind::kNone)},
    // (s22-tidy) … and a contest named "cuộc thi", held as "Hội thi" is ("Công an tỉnh A tổ chức cuộc thi
    // tìm hiểu …", "Cuộc thi … do B tổ chức đã diễn ra …"): no kind, the contract has none for a contest.
    {"cuộc thi", static_cast<int>(EventKind::kNone)},
    // (s21-lead) the same family, held and hosted the same way: "Tỉnh đoàn A đăng cai tổ chức Liên
    // hoan …", "Công an huyện B tổ chức họp mặt truyền thống …", "Bộ C tổ chức họp báo …", "diễn ra
    // vòng chung kết Hội thi … do D tổ chức", "tổ chức Hội thao …" — no kind (the labels of
    // `binh-thanh-2024-red-cross-cum1-gathering` and `bca-2015-congress-press-briefing`).
    {"hội thao", static_cast<int>(EventKind::kNone)},
    {"liên hoan", static_cast<int>(EventKind::kNone)},
    {"họp mặt", static_cast<int>(EventKind::kNone)},
    {"buổi họp mặt", static_cast<int>(EventKind::kNone)},
    {"họp báo", static_cast<int>(EventKind::kNone)},
    {"buổi họp báo", static_cast<int>(EventKind::kNone)},
    {"vòng chung kết", static_cast<int>(EventKind::kNone)},
    {"chung kết", static_cast<int>(EventKind::kNone)},
    {"gặp mặt", static_cast<int>(EventKind::kConference)},
    {"buổi gặp mặt", static_cast<int>(EventKind::kConference)},
    {"lễ gặp mặt", static_cast<int>(EventKind::kConference)},
    // A ceremony of no kind named by what is done: "tổ chức lễ công bố quyết định …", "tổ chức ra
    // mắt tổ …", "tổ chức tuyên dương 50 thanh niên …".
    {"lễ", static_cast<int>(EventKind::kNone)},
    {"ra mắt", static_cast<int>(EventKind::kNone)},
    {"tuyên dương", static_cast<int>(EventKind::kNone)},
    {"biểu dương", static_cast<int>(EventKind::kNone)},
};

const Entry kMovementKinds[] = {
    {"đặc biệt", kSpecial}, {"thường xuyên", kRegular}, {"chuyên đề", kThematic},
    {"cao điểm", 0},
    // (s25-movement) "đợt thi đua đột kích chào mừng Đại hội …": the army's word for a surge of work,
    // a peak like "cao điểm".
    {"đột kích", 0},
};

// (s25-movement) The span a drive is run for, before "cao điểm": "đợt / tháng / tuần cao điểm “Vì người
// nghèo”" — a drive's name quoted after it.
const Entry kPeakSpans[] = {{"đợt"}, {"tháng"}, {"tuần"}};

// (s27-lists) What a drive's quoted name opens with after "ra quân" ("ra quân “Cao điểm 100 ngày đêm …”", "“Tháng
// Thanh niên …”", "“Chiến dịch …”", "“Mùa khô không cháy rừng”"): a span of work; not a day of recurring work
// ("ra quân thực hiện “Ngày chủ nhật nông thôn mới” tháng 2").
const Entry kDriveOpeners[] = {{"cao điểm"}, {"chiến dịch"}, {"đợt"}, {"tháng"}, {"tuần"}, {"mùa"}};

// (s25-targets) The whole community of a place as a movement's subject: "cả nước chung sức …", "cả xã …".
const Entry kWholeCommunities[] = {{"cả nước"}, {"cả tỉnh"}, {"cả huyện"}, {"cả xã"}, {"cả phường"},
                                   {"cả thành phố"}, {"cả thị xã"}, {"cả làng"}, {"cả thôn"}, {"cả bản"}};

// Phong trào có tên riêng và loại của nó.
const Entry kKnownMovements[] = {
    {"Vì an ninh Tổ quốc", kRegular},
    {"Toàn dân bảo vệ an ninh Tổ quốc", kRegular},
};

// (s22-lead) A movement's name introduced before its quote: "phát động phong trào thi đua mang tên
// “Tuổi trẻ … xung kích”", "… với tên gọi “…”".
const Entry kNameIntroducers[] = {
    {"mang tên"}, {"có tên"}, {"có tên gọi"}, {"với tên"}, {"với tên gọi"}, {"với tên là"}, {"lấy tên"},
};

// (s19-rules, s22-lead) What follows a movement's proper name written without quotes and closes it:
// "Thi đua Quyết thắng năm 2024", "… giai đoạn 2019-2024", "… cấp cơ sở", "… trong toàn lực lượng".
const Entry kProperNameEnds[] = {
    {"cấp"}, {"giai đoạn"}, {"năm"}, {"lần"}, {"toàn"}, {"lực lượng"}, {"của"}, {"tại"}, {"và"},
    {"nhiệm kỳ"}, {"khối"}, {"cụm"}, {"trong"}, {"nhằm"}, {"với"}, {"để"}, {"do"}, {"được"}, {"đã"},
    {"gắn"}, {"là"}, {"trên"}, {"ở"}, {"từ"}, {"đến"},
};

// (s17-plan-b) "Chị Trần Thị A - Bí thư Tỉnh Đoàn …": youth-union and women's-union news name a
// woman by "chị" ("anh" is left out: "Anh hùng …" heads titles and positions).
// (s23-people) "anh" as "chị": a young man named so ("anh Nguyễn Quốc Mẫn, Bí thư Đoàn TNCS huyện …");
// value 1: a cue only in lower case and before a surname ("Công ty Hoàng Anh Mang Yang" names none).
// (s26-orgs) A school's teacher is named by "thầy" / "thầy giáo" / "cô giáo" as others by "ông" ("… Bí thư
// Chi đoàn Phòng PA88 và Thầy Lô Thanh Bình - Bí thư Đoàn trường"); "cô" alone is left out ("huyện Cô Tô").
const Entry kPersonCues[] = {{"đồng chí"}, {"Đ/c"}, {"ông"},   {"bà"},       {"chị"},
                             {"anh", 1},    {"thầy"}, {"thầy giáo"}, {"cô giáo"}};

const Entry kSurnames[] = {
    {"Nguyễn"}, {"Trần"}, {"Lê"}, {"Phạm"}, {"Hoàng"}, {"Huỳnh"}, {"Phan"}, {"Vũ"}, {"Võ"},
    {"Đặng"}, {"Bùi"}, {"Đỗ"}, {"Hồ"}, {"Ngô"}, {"Dương"}, {"Lý"}, {"Đinh"}, {"Trương"},
    {"Lâm"}, {"Mai"}, {"Trịnh"}, {"Đoàn"}, {"Cao"}, {"Lương"}, {"Tạ"}, {"Hà"}, {"Kiều"},
    {"Đào"}, {"Tô"}, {"Chu"}, {"Thái"}, {"Lưu"}, {"Tăng"}, {"Quách"}, {"Vương"}, {"Triệu"},
    {"Nông"}, {"Lục"}, {"Khúc"}, {"Tống"}, {"Mạc"}, {"Giang"}, {"La"}, {"Phùng"}, {"Vi"},
    {"Châu"}, {"Doãn"}, {"Ninh"}, {"Tôn"}, {"Kim"}, {"Cù"}, {"Hứa"}, {"Lại"}, {"Thạch"},
    {"Danh"}, {"Lò"}, {"Kiên"}, {"Sơn"}, {"Văn"}, {"Điểu"}, {"Y"},
    {"Vy"},  // (s17-plan-b) "Vi" written with "y"
};

// Verbs and links that end a position, a place or a subject.
const Entry kPredicates[] = {
    {"phát biểu"}, {"chủ trì"}, {"đồng chủ trì"}, {"nhấn mạnh"}, {"khẳng định"}, {"kêu gọi"},
    {"yêu cầu"}, {"đề nghị"}, {"cho biết"}, {"trao"}, {"tặng"}, {"dự"}, {"tham dự"},
    {"báo cáo"}, {"phát động"}, {"ký"}, {"chúc mừng"}, {"biểu dương"}, {"đại diện"}, {"nêu"},
    {"quán triệt"}, {"chỉ đạo"}, {"ghi nhận"}, {"đánh giá"}, {"tổ chức"}, {"thông qua"},
    {"tuyên bố"}, {"đọc"}, {"lên"}, {"cùng"}, {"và"}, {"với"}, {"tại"}, {"đã"}, {"sẽ"},
    {"được"}, {"là"}, {"có"}, {"thay mặt"}, {"hưởng ứng"}, {"giao cho"}, {"giao làm"}, {"làm"},
    {"nhận"}, {"vừa"}, {"gồm"}, {"bao gồm"}, {"giữ vai trò"},
    {"chứng kiến"}, {"trình bày"}, {"khai mạc"}, {"bế mạc"}, {"điều hành"}, {"trả lời"},
    {"thông tin"}, {"chia sẻ"}, {"phối hợp"}, {"đồng tổ chức"}, {"diễn ra"}, {"long trọng"}, {"về"}, {"của"}, {"trong"},
    {"nhằm"}, {"để"}, {"từ"}, {"đến"}, {"vào"}, {"ngày"}, {"lúc"}, {"khi"},
    // (s28-orgs2) a decision taken, an event called off: "Khối thi đua A quyết định không tổ chức …", "Cụm B chưa tổ chức …"
    {"quyết định"}, {"chưa"}, {"không tổ chức"}, {"không tiến hành"},
};

// A comma-separated chunk opening with one of these in a lead sentence is an adverbial, not
// the subject that organises the event.
const Entry kSubjectOpeners[] = {
    {"sáng"}, {"chiều"}, {"tối"}, {"trưa"}, {"sáng nay"}, {"hôm nay"}, {"vừa qua"}, {"mới đây"},
    {"ngày"}, {"nhân dịp"}, {"dịp"}, {"tại"}, {"vào"}, {"được sự"}, {"theo"}, {"thực hiện"},
    {"căn cứ"}, {"nhằm"}, {"dưới sự"}, {"trong"}, {"sau"}, {"trước"}, {"hưởng ứng"},
    {"với"}, {"để"}, {"hôm qua"}, {"tuần qua"},
};

// What a bare count counts ("05 Tổ …", "19 thành viên").
// Value 1: the noun alone is what is counted, whatever follows ("9 đồng chí lãnh đạo các sở" is
// "đồng chí", "5 suất quà cho học sinh" is "suất quà"): those commended and what is given.
constexpr int kWho = lexicon::kCommendedPeople;  // counted only as those commended

const Entry kCountNouns[] = {
    {"tổ"}, {"tổ bảo vệ"}, {"thành viên"}, {"tổ viên"}, {"đơn vị"}, {"cán bộ"}, {"chiến sĩ"},
    {"cán bộ, chiến sĩ"}, {"đồng chí", 1}, {"đại biểu", 1}, {"tập thể", 1}, {"cá nhân", 1}, {"mô hình"},
    {"lượt tập thể", 1}, {"lượt cá nhân", 1}, {"cá nhân, tập thể", 1}, {"tập thể, cá nhân", 1}, {"các nhân", 1}, {"đơn vi"}, {"điển hình"}, {"hộ"}, {"hộ gia đình"}, {"người"}, {"đoàn viên"}, {"hội viên"},
    {"đảng viên"}, {"Công an xã"}, {"Công an phường"}, {"xã"}, {"phường"}, {"thị trấn"},
    {"câu lạc bộ"}, {"Bằng khen"}, {"Giấy khen"}, {"Cờ thi đua"},
    {"suất học bổng", 1}, {"suất quà", 1}, {"phần quà", 1}, {"nội dung thi đua"}, {"chỉ tiêu thi đua"},
    {"nội dung chính"}, {"ban bảo vệ dân phố"},
    {"phong trào thi đua"}, {"ngôi nhà"}, {"căn nhà"},  // "8 phong trào thi đua chuyên đề", "2 ngôi nhà tình nghĩa"
    {"đội"}, {"cụm"}, {"xã, thị trấn"}, {"xã, phường, thị trấn"}, {"xã, phường"},  // "2 đội mới", "chia làm 02 cụm"
    // "thành lập 4 Khối thi đua năm 2016", "tổ chức thành 2 nhóm thi đua": the groups the emulation
    // is set up in, counted by their noun.
    {"Khối thi đua", 1}, {"nhóm thi đua", 1},
    // "tuyên dương 100 gương điển hình tiên tiến": the exemplars honoured.
    {"gương điển hình tiên tiến", 1}, {"gương điển hình", 1}, {"gương điển hình tiêu biểu", 1},
    // (s16-plan-c) "tặng Bằng khen cho 12 khu dân cư và 30 gia đình tiêu biểu": the Fronts' and
    // the unions' commendations of residential areas and families (counted only when given).
    {"khu dân cư", 1}, {"gia đình", 1},
    // (s17-plan-b) "75 đội hình … với 1.704 tình nguyện viên": the volunteers of the teams in place.
    {"tình nguyện viên"},
    // (s20-counts) people commended named by who they are ("tuyên dương 33 thanh thiếu nhi", "biểu
    // dương 102 Chủ tịch Hội …", "10 gương mặt trẻ"): counted only when commended (extract_counts).
    {"thanh thiếu nhi", kWho}, {"thanh niên", kWho}, {"thiếu nhi", kWho}, {"gương mặt", kWho},
    {"gương mặt trẻ", kWho}, {"học sinh", kWho}, {"sinh viên", kWho}, {"giáo viên", kWho}, {"nhà giáo", kWho},
    {"nông dân", kWho}, {"công nhân", kWho}, {"doanh nhân", kWho}, {"phụ nữ", kWho}, {"cựu chiến binh", kWho},
    {"công dân", kWho}, {"chủ tịch", kWho}, {"trưởng ban", kWho},
    // (s24-counts) gifts other than parcels: "tặng 20 suất quà, 7 xe đạp cho các em học sinh", "trao 15
    // sổ tiết kiệm": counted only with a verb of giving in the figure's clause (extract_counts).
    {"xe đạp", lexicon::kGiftsGiven}, {"chiếc xe đạp", lexicon::kGiftsGiven},
    {"sổ tiết kiệm", lexicon::kGiftsGiven}, {"thẻ bảo hiểm y tế", lexicon::kGiftsGiven},
    {"thẻ BHYT", lexicon::kGiftsGiven}, {"máy tính", lexicon::kGiftsGiven}, {"bộ máy tính", lexicon::kGiftsGiven},
    // … and the works a youth campaign hands over: "trao … gồm: 500 lá cờ Tổ quốc và 20 tủ thuốc cho ngư
    // dân …; 2 hệ thống lọc nước sạch cho học sinh …"
    {"lá cờ", lexicon::kGiftsGiven}, {"lá cờ Tổ quốc", lexicon::kGiftsGiven}, {"tủ thuốc", lexicon::kGiftsGiven},
    {"tủ sách", lexicon::kGiftsGiven}, {"hệ thống", lexicon::kGiftsGiven},
};

// (s28-lists2) Titles held or given, written right after the noun of those honoured: "44 tập thể, cá nhân Anh
// hùng Lực lượng vũ trang Nhân dân", "16 tập thể lao động tiên tiến" — part of what is counted
// (extract_counts.cpp, award_qualified).
const Entry kHeldTitles[] = {{"Anh hùng Lực lượng vũ trang Nhân dân"}, {"Anh hùng LLVT Nhân dân"}, {"Anh hùng LLVTND"},
                             {"Anh hùng Lao động"}, {"lao động tiên tiến"}, {"lao động xuất sắc"},
                             {"Bà mẹ Việt Nam Anh hùng"}, {"Chiến sĩ thi đua toàn quốc"}, {"Chiến sĩ thi đua cấp tỉnh"},
                             {"Chiến sĩ thi đua cấp bộ"}, {"Chiến sĩ thi đua cơ sở"}, {"Chiến sĩ thi đua cấp cơ sở"}};

// Targets (extract_targets.cpp, absolute levels): the nouns a level to reach counts.
const Entry kTargetCounted[] = {
    {"hợp tác xã"}, {"lao động"}, {"công an phường"}, {"công an xã"}, {"khu phố"}, {"xã"}, {"phường"},
    {"thị trấn"}, {"thôn"}, {"làng"}, {"ấp"}, {"tổ dân phố"}, {"khu dân cư"}, {"mô hình"},
    {"doanh nghiệp"}, {"trường"}, {"công trình"}, {"ngôi nhà"}, {"căn nhà"}, {"câu lạc bộ"},
    {"điển hình"}, {"việc làm"}, {"sản phẩm"}, {"cơ quan"},
    // "mỗi cán bộ có ít nhất 01 sáng kiến", "mở 3 lớp bồi dưỡng", "kết nạp
    // 50 đoàn viên mới": the work and the people a plan counts.
    {"sáng kiến"}, {"hoạt động"}, {"buổi"}, {"lớp"}, {"đề tài"}, {"tin bài"},
    {"đoàn viên"}, {"hội viên"}, {"đảng viên"}, {"hộ"}, {"hộ gia đình"},
    // (s16-plan-c) "đề xuất ít nhất 100 ý tưởng, sáng kiến", "trao tặng ít nhất 100 suất quà"
    {"ý tưởng"}, {"suất quà"}, {"phần quà"}, {"suất học bổng"},
    // (s24-counts) "củng cố vững chắc 11 tiêu chí", "hoàn thành 8 tiêu chí còn lại", "đạt 7 tiêu chí
    // ấp nông thôn mới": the criteria of a standard (new rural area, school, health station) to reach.
    {"tiêu chí"},
    // (s25-targets) "có 1 đơn vị được nhận Cờ thi đua của Chính phủ": the units to win a title.
    {"đơn vị"}};

// … and the verbs of reaching or making a level (target_reach_verbs: these and the verbs of handing
// over, kHandOverVerbs, joined below it).
constexpr Entry kReachVerbs[] = {{"đạt"}, {"có"}, {"có thêm"}, {"xây dựng"}, {"xây dựng mới"}, {"trồng mới"},
                                 {"trồng"}, {"thành lập"}, {"thành lập mới"}, {"thu hút"}, {"phát triển"},
                                 {"phát triển mới"}, {"tạo việc làm cho"}, {"giải quyết việc làm cho"},
                                 {"đào tạo nghề cho"}, {"nâng cấp"}, {"làm mới"}, {"cứng hóa"}, {"công nhận"},
                                 {"kết nạp"}, {"kết nạp mới"}, {"đón"}, {"thêm"}, {"giới thiệu"}, {"mở"},
                                 {"giúp"},  // "giúp 100 hộ hội viên thoát nghèo"
                                 {"thực hiện"},  // "thực hiện 67 công trình thanh niên cấp tỉnh"
                                 // (s16-plan-c) "xây dựng hoặc củng cố ít nhất 1 mô hình …", "duy trì
                                 // ít nhất 2 câu lạc bộ", "nhân rộng 5 mô hình": keeping or spreading.
                                 {"củng cố"}, {"duy trì"}, {"nhân rộng"}, {"hình thành"},
                                 // (s16-plan-c) gifts to give, "trao tặng ít nhất 100 suất quà": kHandOverVerbs
    // (s24-counts) criteria to meet or keep: "hoàn thành 8 tiêu chí còn lại", "giữ vững 19 tiêu chí",
    // "củng cố vững chắc 11 tiêu chí" (the manner between the verb and the figure).
    {"hoàn thành"}, {"giữ vững"}, {"củng cố vững chắc"}, {"duy trì vững chắc"}, {"giữ vững và nâng cao"},
    // (s25-movement) the people a service is to reach, counted after "cho" whatever the service ("phối
    // hợp tổ chức dạy nghề cho 3.629 hội viên", "tập huấn kỹ thuật cho 500 hội viên", "hỗ trợ vốn cho 200
    // hộ"): the figure is the level, the noun its unit.
    {"cho"}};

// (s26-tidy) Sums of money after a figure, read by both readers of a target's level (extract_targets.cpp):
// absolute_target ("đạt 8.057 tỉ đồng": "tỉ" is the other spelling of "tỷ", s25-movement) and
// listed_targets ("trị giá 80 triệu đồng"). Each adds its own: the worth of a listed target "ngàn đồng";
// a level to reach the larger sums, dollars and measures. (Each reads what its local table read before.)
constexpr Entry kSumsInDong[] = {{"tỷ đồng"}, {"tỉ đồng"}, {"triệu đồng"}, {"nghìn đồng"}};
constexpr Entry kWorthOnly[] = {{"ngàn đồng"}};
constexpr Entry kLevelUnits[] = {{"nghìn tỷ đồng"}, {"ngàn tỷ đồng"}, {"nghìn tỉ đồng"}, {"ngàn tỉ đồng"},
                                 {"triệu USD"}, {"tỷ USD"}, {"USD"}, {"ha"}, {"héc ta"}, {"hecta"}, {"km"},
                                 {"tấn"}, {"m2"}, {"m3"}, {"lượt khách"}, {"triệu lượt khách"}};
constexpr auto kTargetUnits = join(kSumsInDong, kLevelUnits);
constexpr auto kWorthCurrencies = join(kSumsInDong, kWorthOnly);

// Counts (extract_counts.cpp): the words that qualify the goals a pledge or a plan sets, one after
// another: "6 nội dung ký kết thi đua chính", "3 chỉ tiêu thi đua cụ thể", (s24-counts) "05 chỉ tiêu
// cơ bản".
const Entry kGoalQualifiers[] = {{"thi đua"}, {"giao ước"}, {"giao ước thi đua"}, {"chính"}, {"trọng tâm"},
                                 {"cụ thể"}, {"chủ yếu"}, {"ký kết"}, {"đăng ký"}, {"cơ bản"}, {"đột phá"},
                                 {"chung"}};  // (s28-lists) "7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể"

// Nouns after a figure that count nothing of the movement: the communes merged into a new one.
const Entry kNotCounted[] = {
    {"đơn vị hành chính"}, {"nhân khẩu"},
};

// Words of a sentence describing a place (its area, households, inhabitants): its figures are
// the place's, not the movement's ("Thôn A có diện tích 2 km2 với 310 hộ, 1.205 nhân khẩu").
const Entry kPlaceDescriptions[] = {
    {"nhân khẩu"}, {"diện tích"}, {"dân số"},
};

// A share (tỷ lệ trên tổng số) counts people or units.
const Entry kPopulationNouns[] = {
    {"cán bộ"}, {"chiến sĩ"}, {"cán bộ, chiến sĩ"}, {"đơn vị"}, {"tổ"}, {"tổ bảo vệ"}, {"thành viên"},
    {"tổ viên"}, {"hộ"}, {"hộ gia đình"}, {"xã"}, {"phường"}, {"thị trấn"}, {"đảng viên"}, {"đoàn viên"},
    {"hội viên"}, {"tập thể"}, {"cá nhân"}, {"người"}, {"Công an xã"}, {"cơ sở"},
    {"khu dân cư"}, {"thôn"}, {"tổ dân phố"}, {"đối tượng"}, {"số đối tượng"}, {"địa bàn"},
    {"dân cư"}, {"người dân"}, {"hộ dân"}, {"lao động"}, {"học sinh"}, {"trẻ em"}, {"doanh nghiệp"},
    {"cơ quan"}, {"trường học"}, {"khu phố"}, {"tổ nhân dân"},
    // bodies of the Party and its unions: "100% chi bộ …", "100% các cấp bộ đoàn …"
    {"chi bộ"}, {"chi đoàn"}, {"chi hội"}, {"cấp bộ đoàn"}, {"đoàn cơ sở"}, {"tổ chức cơ sở đảng"},
    // (s16-plan-c) "100% Đoàn cấp huyện và Đoàn cơ sở …", "100% cơ sở Hội …"
    {"đoàn cấp huyện"}, {"cơ sở đoàn"}, {"cơ sở hội"}, {"tổ chức đoàn"}, {"tổ chức hội"},
    // people of other services and trades, and places of other regions: "100% công chức …", "70%
    // công nhân …", "100% thôn, bản …"
    {"công chức"}, {"viên chức"}, {"công nhân"}, {"nhân viên"}, {"giáo viên"}, {"sinh viên"}, {"thanh niên"},
    {"gia đình"}, {"bản"}, {"ấp"}, {"làng"}, {"trường"}, {"hợp tác xã"},
};

// A change target without a figure must name something countable.
const Entry kMeasurableHeads[] = {
    {"số"}, {"vụ"}, {"tai nạn"}, {"tội phạm"}, {"án"}, {"vụ án"}, {"người"}, {"đối tượng"},
    {"tin báo"}, {"hồ sơ"}, {"cháy"}, {"thiệt hại"}, {"tệ nạn"}, {"trường hợp"}, {"tụ điểm"},
    {"điểm"}, {"số lượng"}, {"số vụ"},
};

const Entry kChangeVerbs[] = {
    {"giảm", static_cast<int>(Direction::kDecrease)},
    {"kéo giảm", static_cast<int>(Direction::kDecrease)},
    {"làm giảm", static_cast<int>(Direction::kDecrease)},
    {"giảm thiểu", static_cast<int>(Direction::kDecrease)},
    {"tăng", static_cast<int>(Direction::kIncrease)},
};
const Entry kNotChangeVerbs[] = {
    {"tăng cường"}, {"gia tăng"}, {"không để tăng"}, {"không để gia tăng"},
    {"tăng trưởng"},  // growth is a noun: "tốc độ tăng trưởng kinh tế đạt 8%"
    // (s25-movement) a rate named by what it measures: "Tỷ lệ giảm nghèo 0,7%", "tỷ lệ tăng dân số tự
    // nhiên dưới 1%" — the verb inside the rate's name, no change of it.
    {"tỷ lệ giảm"}, {"tỉ lệ giảm"}, {"tỷ lệ tăng"}, {"tỉ lệ tăng"},
    // (s25-targets) the size of a change named as what is measured: "Mức giảm tỷ suất sinh 0,1‰", "mức
    // tăng dư nợ tín dụng 12%" — a level of its own, no change of it.
    {"mức giảm"}, {"mức tăng"},
};

// (s25-targets) Words between a change's verb and its figure that say how the figure is taken, not what
// changes: "tăng khoảng 6%", "giảm bình quân 2%/năm", "tăng trung bình 8%" (and before the figure after
// what changes: "giảm hộ nghèo bình quân 1,5-2%/năm" — the measure is "hộ nghèo").
const Entry kFigureAdverbs[] = {
    {"khoảng"}, {"bình quân"}, {"trung bình"}, {"xấp xỉ"}, {"ước"}, {"bình quân mỗi năm"},
    {"bình quân hàng năm"}, {"bình quân hằng năm"}, {"mỗi năm"}, {"hàng năm"}, {"hằng năm"},
};

const Entry kQualifiers[] = {
    {"trên", static_cast<int>(Direction::kAbove)},
    {"hơn", static_cast<int>(Direction::kAbove)},
    {"vượt", static_cast<int>(Direction::kAbove)},
    {"ít nhất", static_cast<int>(Direction::kAtLeast)},
    {"tối thiểu", static_cast<int>(Direction::kAtLeast)},
    {"không dưới", static_cast<int>(Direction::kAtLeast)},
    {"không thấp hơn", static_cast<int>(Direction::kAtLeast)},
    {"dưới", static_cast<int>(Direction::kAtMost)},
    {"không quá", static_cast<int>(Direction::kAtMost)},
    {"tối đa", static_cast<int>(Direction::kAtMost)},
    {"không vượt quá", static_cast<int>(Direction::kAtMost)},
};

const Entry kQualitativeCues[] = {
    {"bảo đảm tuyệt đối"}, {"đảm bảo tuyệt đối"}, {"tuyệt đối an toàn"}, {"không để xảy ra"},
    {"không để phát sinh"}, {"không để hình thành"}, {"không để"},
    {"không có"},
};

const Entry kTargetCues[] = {
    {"chỉ tiêu"}, {"phấn đấu"}, {"mục tiêu"}, {"giao ước"}, {"cam kết"}, {"đăng ký thi đua"},
    {"đăng ký thực hiện"}, {"đăng ký xây dựng"},  // "đã đăng ký thực hiện xây dựng 24 công an phường …"
    // A threshold is set, not reported: "tỷ lệ điều tra khám phá đạt 80% trở lên".
    {"trở lên"}, {"ít nhất"},  // "Ít nhất 50% số khu dân cư … đạt tiêu chí …"
};

const Entry kTargetStarts[] = {
    {"giảm"}, {"kéo giảm"}, {"làm giảm"}, {"tăng"}, {"tỷ lệ"}, {"tỉ lệ"}, {"trong đó"},
    {"phấn đấu"}, {"bảo đảm"}, {"đảm bảo"}, {"không để"}, {"tiếp nhận"}, {"đạt"},
    {"giải quyết"}, {"thu hồi"}, {"bắt giữ"}, {"riêng"},
};

const Entry kBaselines[] = {
    {"so với năm trước", 1}, {"so với cùng kỳ năm trước", 1}, {"so với cùng kỳ", 1},
    {"so với năm ngoái", 1}, {"so với năm", 2},
    // (s25-targets) "so với thực hiện năm 2018", "so với kết quả năm 2024": the year's outcome compared.
    {"so với thực hiện năm", 2}, {"so với kết quả năm", 2}, {"so với kết quả thực hiện năm", 2},
    {"so với", 0},
};

const Entry kNumberWords[] = {
    {"một", 1}, {"hai", 2}, {"ba", 3}, {"bốn", 4}, {"năm", 5}, {"sáu", 6}, {"bảy", 7},
    {"tám", 8}, {"chín", 9}, {"mười", 10}, {"mười một", 11}, {"mười hai", 12},
    {"mười ba", 13}, {"mười bốn", 14}, {"mười lăm", 15}, {"mười sáu", 16}, {"mười bảy", 17},
    {"mười tám", 18}, {"mười chín", 19},
};
const Entry kOrdinalWords[] = {
    {"nhất", 1}, {"hai", 2}, {"ba", 3}, {"tư", 4}, {"năm", 5}, {"sáu", 6}, {"bảy", 7},
    {"tám", 8}, {"chín", 9}, {"mười", 10},
};

// Verbs of action an item of contents opens with ("đẩy mạnh …", "tổ chức …"); (s24-contents) also a
// union's and a youth union's ("vận động hội viên …", "tham gia …", "hỗ trợ …", "xung kích …").
const Entry kContentVerbs[] = {
    {"đổi mới"}, {"nâng cao"}, {"đẩy mạnh"}, {"xây dựng"}, {"thực hiện"}, {"tăng cường"}, {"tổ chức"},
    {"triển khai"}, {"phát huy"}, {"hoàn thành"}, {"chăm lo"}, {"thực hành"}, {"củng cố"}, {"phát triển"},
    {"tiếp tục"}, {"làm tốt"}, {"ứng dụng"}, {"phấn đấu"}, {"đấu tranh"}, {"tuyên truyền"}, {"bảo vệ"},
    {"giữ vững"}, {"nhân rộng"}, {"phát động"}, {"chủ động"}, {"tích cực"}, {"cải cách"}, {"kiện toàn"},
    {"thi đua"}, {"đảm bảo"}, {"bảo đảm"}, {"hưởng ứng"}, {"học tập"}, {"phòng, chống"}, {"phòng chống"},
    {"vận động"}, {"tham gia"}, {"hỗ trợ"}, {"giữ gìn"}, {"xung kích"}, {"huy động"},  // (s25-lists2) "Huy động cả hệ thống chính trị vào cuộc"
};

// (s27-lists) A demand opening with its manner or its negation ("chủ động nắm chắc tình hình, kịp thời phát hiện,
// …, không để bị động, bất ngờ"): an item of a list cut at commas alone, as a verb of action opens one
// (extract_movement.cpp, action_spans with "và"); inside a clause of a ';' list it goes on with the clause
// ("…; phát huy vai trò …, kịp thời biểu dương …").
const Entry kDemandOpeners[] = {{"kịp thời"}, {"không để"}};

// (s25-contents) Nouns that open with a verb of action: after a comma they go on with a list of those
// concerned ("… người lao động trong cơ quan, đơn vị, doanh nghiệp, tổ chức xã hội, các tầng lớp nhân
// dân"), not a new item of contents.
const Entry kVerbLikeNouns[] = {{"tổ chức xã hội"}, {"tổ chức chính trị"}, {"tổ chức chính trị - xã hội"},
                                {"tổ chức đoàn thể"}, {"tổ chức đảng"}, {"tổ chức cơ sở đảng"},
                                {"tổ chức công đoàn"}, {"tổ chức tín dụng"}, {"tổ chức kinh tế"}, {"tổ chức tôn giáo"},
                                {"tổ chức phi chính phủ"}, {"tổ chức quốc tế"}};

// (s24-contents) After a comma closing a list of names, the words tying the list to what it serves
// ("… như A, B, C, gắn với chủ đề năm …", "…, nhằm …", "…, góp phần …").
const Entry kListTies[] = {{"gắn với"}, {"gắn liền với"}, {"nhằm"}, {"góp phần"}, {"qua đó"}, {"từ đó"}, {"tạo"}};

// (s24-contents) After "đã": the work of a period reported done ("các đơn vị đã thực hiện tốt các nội
// dung: …", "đã hoàn thành các nhiệm vụ: …") — a review's results, not the contents ahead.
// (s25-contents) "Các đơn vị đã tập trung triển khai có hiệu quả các phong trào thi đua như: …": the
// focus of work done in a year reviewed.
const Entry kDoneVerbs[] = {{"thực hiện"}, {"hoàn thành"}, {"triển khai"}, {"làm tốt"}, {"đạt"}, {"đạt được"},
                            {"tập trung triển khai"}, {"tập trung thực hiện"}, {"tập trung chỉ đạo"}};

// (s24-contents) Before "các nội dung:", a meeting's business ("Hội nghị đã thảo luận, thống nhất các
// nội dung: báo cáo …; phương hướng …; bầu Khối trưởng"): its agenda, not the contents of a movement.
const Entry kAgendaVerbs[] = {{"thảo luận"}, {"cho ý kiến"}, {"góp ý"}, {"xem xét"}, {"thông qua"}, {"nghe"}};

// (s25-lists2) After "đã", what a meeting agreed or discussed ("các Đài … đã thảo luận, thống nhất các mục
// tiêu, nhiệm vụ trong phong trào thi đua năm 2011 như: …"): work set for the period ahead, not reported done.
const Entry kAgreedVerbs[] = {{"thảo luận"}, {"thống nhất"}, {"bàn"}, {"bàn bạc"}, {"cam kết"}, {"quyết tâm"},
                              {"ký kết"}, {"giao ước"}};

// (s25-contents, s25-lists2) A plural noun of work or matters before "như:" in a sentence naming the
// emulation ("các hoạt động như: …", "các mục tiêu, nhiệm vụ trong phong trào thi đua … như: …").
const Entry kWorkNouns[] = {{"hoạt động"}, {"vấn đề"}, {"việc làm"}, {"công việc"}, {"nhiệm vụ"}, {"mục tiêu"}};

// What a pledge's subject agrees, commits to or focuses on before its terms ("Theo giao ước, các đơn vị
// thống nhất A; B; C", "8 đơn vị cam kết …", "các trường thuộc Cụm tập trung …"; extract_movement.cpp,
// the contents of a pledge's sentence — s20-contents and s25-contents read it alike).
// (s26-tidy) The first three, agreeing or committing, are also what a count of signers does ("8 đơn vị
// thống nhất …", extract_counts.cpp, signers_acting), with signing all at once; focusing is the pledge's
// sentence's alone.
constexpr Entry kAgreeVerbs[] = {{"thống nhất"}, {"cam kết"}, {"quyết tâm"}};
constexpr Entry kFocusVerbs[] = {{"tập trung"}, {"tập trung vào"}};
constexpr Entry kSignTogether[] = {{"đồng loạt ký"}};
// (s28-lists2) "các thành viên khối giao ước thi đua, phấn đấu năm 2020 A; B; C": pledging itself, the terms after.
constexpr Entry kPledgeOnly[] = {{"giao ước thi đua"}};
constexpr auto kPledgeVerbs = join(kAgreeVerbs, kFocusVerbs, kPledgeOnly);
constexpr auto kSignersVerbs = join(kAgreeVerbs, kSignTogether);

// (s25-contents, s25-lists2) The units of a pledge or a group as the subject of its terms: after a figure
// or "các" ("8 đơn vị", "Các đơn vị trong Khối", "các trường thuộc Cụm") or "toàn" ("toàn cụm", "toàn
// khối", "toàn ngành").
// (s26-tidy) The first of them, the units by their general word, are what a count of signers names
// ("8 đơn vị thống nhất …", "12 địa phương cam kết …": extract_counts.cpp, signers_acting); the rest
// only the pledge's sentence reads.
constexpr Entry kGeneralUnits[] = {{"đơn vị"}, {"đơn vị thành viên"}, {"địa phương"}};
constexpr Entry kSignerKinds[] = {{"bên"}, {"trường"}, {"cơ quan"}, {"chi nhánh"}, {"doanh nghiệp"}, {"cụm"}, {"khối"},
                                  {"ngành"}, {"thành viên"}};  // (s28-lists2) "các thành viên khối/cụm"
constexpr auto kSignerNouns = join(kGeneralUnits, kSignerKinds);

// (s25-lists2) A sentence opening the list its head announced in the sentence before ("… gồm 5 nội dung.
// Đó là, A. B.", "Cụ thể, A; B; C").
// (s27-lists) … and "… phấn đấu thực hiện 8 nhiệm vụ trọng tâm. Trong đó có: A; B; C…": some of those announced.
const Entry kListOpeners[] = {{"cụ thể"}, {"cụ thể là"}, {"đó là"}, {"trong đó"}, {"trong đó có"}};

// (s25-lists2) A fronted phrase naming the time ahead ("Thời gian tới, các đơn vị …", "Năm tới, toàn cụm …").
const Entry kTimesAhead[] = {{"thời gian tới"}, {"thời gian sắp tới"}, {"năm tới"}, {"giai đoạn tới"}, {"năm sau"}};

// (s24-form) A clause closed by a colon whose list is no movement's contents (extract_movement.cpp,
// list_by_form): those present ("Tham dự hội nghị có các đồng chí: …", "thành phần: …"), a review's
// results ("kết quả đạt được: …"), a meeting's or a day's programme ("Chương trình hội nghị gồm: …",
// "Lịch kiểm tra …:"), a plan's aims ("Kế hoạch nêu rõ mục đích: …"), a speaker's demands ("Đồng chí A
// yêu cầu các đơn vị: …" — the Conventions: no contents without a head naming them, da-nang-2025-…).
const Entry kNotContentsHeads[] = {{"tham dự"}, {"đồng chí"}, {"đại biểu"}, {"khách mời"}, {"thành phần"},
                                   {"kết quả"}, {"đạt được"}, {"chương trình hội nghị"}, {"chương trình buổi lễ"},
                                   {"chương trình làm việc"}, {"nghị sự"}, {"lịch"}, {"mục đích"}, {"yêu cầu"},
                                   {"đề nghị"}, {"chỉ đạo"}, {"nhấn mạnh"}};
// (s24-form) An item of a meeting's agenda ("báo cáo tổng kết …; thông qua dự thảo …; bầu Cụm trưởng")
// or of a schedule ("Ngày 15/3: …"): a list of such items is no contents.
const Entry kAgendaItems[] = {{"báo cáo"}, {"bầu"}, {"thông qua"}, {"phát biểu"}, {"khai mạc"}, {"bế mạc"},
                              {"thảo luận"}, {"ngày"}, {"tháng"}, {"từ ngày"}};

const Entry kFixedCommaPhrases[] = {
    {"an ninh, trật tự"}, {"phòng cháy, chữa cháy"}, {"cứu nạn, cứu hộ"}, {"cán bộ, chiến sĩ"},
    {"vụ, việc"}, {"trật tự, an toàn xã hội"}, {"sở, ban, ngành"}, {"hậu cần, kỹ thuật"},
    // (s22-lead) the holiday's own name: "kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước"
    {"giải phóng miền Nam, thống nhất đất nước"},
    // (s24-kind) the farmers' movement's own words: "nông dân thi đua sản xuất, kinh doanh giỏi"
    {"sản xuất, kinh doanh giỏi"}, {"lao động giỏi, lao động sáng tạo"},
};

// (s19-rules; s24-kind moved here) Honouring people: "hội nghị biểu dương …", "tuyên dương …", "tôn vinh …"
// (extract_event.cpp: a period honoured closes it; a meeting so named is a conference).
const Entry kHonours[] = {{"biểu dương"}, {"tuyên dương"}, {"tôn vinh"}};
// (s26-tidy) Nouns ending in "trình", a document, a work or a route ("Chương trình phối hợp …", "tờ trình",
// "công trình thanh niên"): before a capitalised word, "trình" alone submits to that body ("trình UBND tỉnh
// tặng …", extract_counts.cpp, proposed awards); written after one of these words, it does not.
const Entry kTrinhNouns[] = {{"chương trình"}, {"quy trình"}, {"tờ trình"}, {"lộ trình"}, {"công trình"},
                             {"giáo trình"}};

// (session 24) Giving an award or a title: "tặng cho 04 tập thể (Sở A; Sở B; …)", "khen thưởng các
// đơn vị: …", "công nhận … cho" — the bodies after it are those awarded (extract_groups.cpp,
// densest_body_list), not a group's members.
// (s26-tidy) Its first words hand something over ("trao", "tặng", "trao tặng"): what support or a gift
// handed over at the event is given with (extract_counts.cpp, reached_by_work; extract_targets.cpp,
// absolute_target: gifts given are no level to reach).
constexpr Entry kHandOverVerbs[] = {{"tặng"}, {"trao"}, {"trao tặng"}};
constexpr Entry kOtherAwarding[] = {{"tặng thưởng"}, {"khen thưởng"}, {"biểu dương"}, {"tuyên dương"}, {"tôn vinh"},
                                    {"công nhận"}, {"vinh danh"}};
constexpr auto kAwardingWords = join(kHandOverVerbs, kOtherAwarding);
// (s24-counts) A gift given in the clause before a count ("tặng 20 suất quà, 7 xe đạp", "bàn giao 2 căn
// nhà": extract_counts.cpp, gift_given) is handed over, with a few more words of giving.
constexpr Entry kMoreGiving[] = {{"trao quà"}, {"hỗ trợ"}, {"bàn giao"}};
constexpr auto kGiftVerbs = join(kHandOverVerbs, kMoreGiving);
// (s16-plan-c) A level to reach may be gifts to give: "trao tặng ít nhất 100 suất quà".
constexpr auto kTargetReach = join(kReachVerbs, kHandOverVerbs);

// Phrases that start with an awarding word and award nothing: "trao đổi kinh nghiệm", the field of
// work "công tác thi đua, khen thưởng" (written with a comma, a dash or nothing between). Read before
// kAwardingWords wherever a passage is checked for an award (`awarding_in`, extract_groups.cpp).
const Entry kNotAwarding[] = {{"trao đổi"}, {"thi đua, khen thưởng"}, {"thi đua - khen thưởng"}, {"thi đua – khen thưởng"}};

// (s24-kind) The standards a place is built to, closing the name of a launch of building it: "phát động
// xây dựng ấp AB nông thôn mới", "… xã nông thôn mới nâng cao", "… phường văn minh đô thị" (extract_movement.cpp).
const Entry kPlaceStandards[] = {{"nông thôn mới"}, {"nâng cao"}, {"kiểu mẫu"}, {"văn minh đô thị"}, {"đô thị văn minh"},
                                 {"an toàn về an ninh, trật tự"}};

// (s24-kind) What singles one thing out of a list of work done or wished for: "…, nhất là phát động
// sâu rộng phong trào …", "đặc biệt là trong tổ chức và phát động phong trào" (extract_event.cpp,
// trigger_not_held; extract_movement.cpp, carried_on_work).
const Entry kSingledOut[] = {{"nhất là"}, {"đặc biệt là"}, {"nhất là trong"}, {"đặc biệt là trong"}};

// (s24-kind) The people a movement is of, written before its "thi đua" with no quotes: "phong trào
// nông dân thi đua sản xuất, kinh doanh giỏi", "phong trào phụ nữ thi đua …", "phong trào công nhân
// viên chức lao động thi đua …" (extract_movement.cpp, whole_people_name_end).
const Entry kMovementSubjects[] = {
    {"nông dân"}, {"phụ nữ"}, {"thanh niên"}, {"cựu chiến binh"}, {"công nhân"}, {"công nhân viên chức"},
    {"công nhân viên chức lao động"}, {"công nhân, viên chức, lao động"}, {"học sinh"}, {"sinh viên"},
    {"thiếu nhi"}, {"người cao tuổi"}, {"doanh nhân"}, {"cán bộ, chiến sĩ"}, {"giáo viên"}, {"đoàn viên"},
    {"hội viên"}, {"người lao động"},
};

const Entry kDatelineWords[] = {
    {"thứ"}, {"hai"}, {"ba"}, {"tư"}, {"năm"}, {"sáu"}, {"bảy"}, {"chủ nhật"}, {"ngày"},
    {"tháng"}, {"lúc"}, {"cập nhật"}, {"đăng"}, {"giờ"}, {"GMT"},
};

// (s22-orgs) What opens the list of a group's members after its name: "Khối thi đua … gồm: A, B",
// "Cụm thi đua …, bao gồm: …", "… gồm có …".
const Entry kMemberOpeners[] = {{"gồm"}, {"bao gồm"}, {"gồm có"}};

// (session 22) The words that may stand between bodies that sign a pledge with one another and
// "ký": "Công an các tỉnh A, B và C đã ký kết giao ước", "… cùng nhau ký", "… tổ chức (lễ) ký kết",
// "… tiến hành ký", "… long trọng ký kết" (extract_people.cpp, signers_group).
const Entry kPeriodGoalWords[] = {{"phấn đấu"}, {"sẽ"}, {"dự kiến"}};
const Entry kIssuingVerbs[] = {{"ban hành"}, {"ký ban hành"}};
const Entry kDocumentGrounds[] = {{"thực hiện"}, {"căn cứ"}, {"theo"}, {"triển khai"}};
const Entry kBeforeSigning[] = {{"đã"}, {"vừa"}, {"cùng"}, {"cùng nhau"}, {"tổ chức"}, {"lễ"}, {"tiến hành"},
                                {"long trọng"}, {"đồng loạt"}, {"thống nhất"}};
// (s23-parse) What a table of a group's bodies writes in its role column for a body with no lead
// role: "Sở Y tế | Thành viên", "Công an tỉnh A | Đơn vị thành viên" (extract_groups.cpp).
// (s23-probe) Words opening a sentence that goes on with the list of the sentence before: "Cụm gồm
// A, B. Ngoài ra còn có C và D.", "Bên cạnh đó, Cụm còn có E."
// (s24-lists) "Cùng tham gia Cụm còn có E.": those taking part beside the listed.
const Entry kListContinuations[] = {{"Ngoài ra"}, {"Bên cạnh đó"}, {"Thêm vào đó"}, {"Cùng với đó"}, {"Cùng tham gia"}};

const Entry kMemberMarks[] = {{"thành viên"}, {"đơn vị thành viên"}, {"ủy viên"}};

// (s22-orgs) Documents a phrase cites ("… thực hiện Chỉ thị số 05 của Bộ Chính trị"): a body after
// their "của" issued the document, it does not hold what the phrase names.
// (s26-tidy) The first ten are also the documents whose number and day a date may identify ("Chỉ thị số
// 03/CT-BCA-X11, ngày 10-4-2009": dates.cpp, mark_references).
constexpr Entry kNumberedDocuments[] = {{"chỉ thị"}, {"nghị quyết"}, {"quyết định"}, {"kế hoạch"}, {"thông tư"},
                                        {"công văn"}, {"nghị định"}, {"hướng dẫn"}, {"kết luận"}, {"thông báo"}};
constexpr Entry kOtherCited[] = {{"văn bản"}, {"chương trình"}, {"đề án"}, {"luật"}, {"quy chế"}, {"chiến lược"},
                                 {"lời kêu gọi"}, {"điều lệ"}};
constexpr auto kCitedDocuments = join(kNumberedDocuments, kOtherCited);

// (s22-orgs) An occasion greeted or commemorated: "chào mừng Đại hội … của …", "kỷ niệm … Ngày thành
// lập …": a body named in it is not who acts.
// (s26-tidy) All but "tiến tới" are also the purpose verbs a movement's occasion follows (extract_movement.cpp,
// occasion_verb_before: "… chào mừng kỷ niệm 80 năm …").
constexpr Entry kOccasionVerbs[] = {{"chào mừng"}, {"kỷ niệm"}, {"hướng tới"}, {"hướng về"}};
constexpr Entry kOccasionsAhead[] = {{"tiến tới"}};
constexpr auto kOccasions = join(kOccasionVerbs, kOccasionsAhead);
// (s25-orgs) The parts of a day a text writes before the day ("chiều ngày 4-4", "sáng 12/3").
const Entry kPartsOfDay[] = {{"sáng"}, {"chiều"}, {"trưa"}, {"tối"}, {"đêm"}};

// (s26-orgs) Those present, opening a photo's caption of the scene: "Các đại biểu thực hiện nghi lễ chào cờ tại
// Đại hội …", "Các đồng chí lãnh đạo bấm nút khai mạc tại buổi lễ" (extract_event.cpp, photo_caption).
const Entry kCaptionSubjects[] = {{"các đại biểu"}, {"đại biểu các"}, {"các đồng chí"}, {"các vị đại biểu"}};

// (s22-orgs) What a body gives: "Bằng khen của UBND tỉnh", "Cờ thi đua của Chính phủ".
// (s26-tidy) All but "giải thưởng" also open a sentence that lists awards with no verb of giving, going on
// with the one before ("Bằng khen của Thủ tướng Chính phủ cho 7 cá nhân.", extract_counts.cpp, proposed),
// as the title "Tập thể lao động xuất sắc" does.
constexpr Entry kAwardNames[] = {{"bằng khen"}, {"giấy khen"}, {"cờ thi đua"}, {"huân chương"}, {"huy chương"},
                                 {"kỷ niệm chương"}, {"danh hiệu"}};
constexpr Entry kPrizes[] = {{"giải thưởng"}};
constexpr Entry kTitlesListed[] = {{"tập thể lao động"}};
constexpr auto kAwardsGiven = join(kAwardNames, kPrizes);
constexpr auto kAwardsListed = join(kAwardNames, kTitlesListed);

// (s22-orgs) What a person does at an event that others hold: attends ("dự và chỉ đạo", "tới dự").
// Not presiding: the one who chairs ("Giám đốc Sở A chủ trì hội nghị") heads the body that holds it,
// as a body's leadership stands for the body.
constexpr Entry kAttendsOrPresides[] = {{"dự"}, {"tham dự"}, {"tới dự"}, {"đến dự"}, {"về dự"}};
// (s26-tidy) … and, with witnessing and being there, the people present a count of attendance names
// ("500 đại biểu tham dự", "có mặt 300 đoàn viên": extract_counts.cpp, attendance_verb).
constexpr Entry kPresentOnly[] = {{"chứng kiến"}, {"có mặt"}};
constexpr auto kAttendance = join(kAttendsOrPresides, kPresentOnly);

// (s27-orgs) The ceremony a formal plan "KẾ HOẠCH / Phát động …" schedules, which makes its launch an event
// ("Tổ chức Lễ phát động phong trào thi đua vào ngày 10/3/2025"); a plan that only launches a drive on paper
// ("Chặng thi đua chính thức phát động từ ngày …") is issued, of no kind.
constexpr Entry kLaunchCeremonies[] = {{"lễ phát động"}, {"buổi phát động"}, {"hội nghị phát động"},
                                       {"tổ chức phát động"}, {"mít tinh phát động"}, {"lễ ra quân"}};

// (s28-orgs2) Holding called off, right before the event's word: "quyết định không tổ chức hội nghị ký kết …",
// "tạm hoãn Lễ phát động …", "chưa tổ chức tổng kết": the event named is not held.
constexpr Entry kCalledOff[] = {{"không tổ chức"}, {"không tiến hành"}, {"chưa tổ chức"}, {"chưa tiến hành"},
                                {"hoãn tổ chức"}, {"tạm hoãn"}, {"hoãn"}, {"dừng tổ chức"}, {"hủy"}, {"huỷ"},
                                {"không"}, {"chưa"}};

// (s28-orgs2) The paper of a pledge, right before its words: "chuyển bản ký kết giao ước thi đua tới các thành viên",
// "gửi dự thảo giao ước thi đua": a document sent round, not a signing held.
constexpr Entry kPledgePapers[] = {{"bản"}, {"dự thảo"}, {"văn bản"}, {"mẫu"}};

const Entry kDocumentTypes[] = {
    {"kế hoạch"}, {"giao ước thi đua"}, {"báo cáo"}, {"quyết định"}, {"thông báo"},
    {"chương trình"}, {"hướng dẫn"}, {"công văn"}, {"quy chế"}, {"giao ước"},
};

// (s22-tidy) The fields of a body's name written in lower case after its capitalised word, read
// whole though they hold what otherwise ends a name: a comma ("Cục Cảnh sát phòng cháy, chữa cháy và
// cứu nạn, cứu hộ", as "Cục Cảnh sát PCCC và CNCH" is written short), "và" between two such fields, or
// a word that is a verb or a link elsewhere ("làm", "dự", "có": "Trung tâm Dịch vụ việc làm tỉnh A",
// "Ban Quản lý dự án đầu tư xây dựng huyện B", "Trung tâm Điều dưỡng người có công"). Never a field
// that opens a body of its own: "Công an tỉnh A, Công an tỉnh B" stays two.
const Entry kNameFields[] = {
    {"phòng cháy, chữa cháy và cứu nạn, cứu hộ"}, {"phòng cháy, chữa cháy"}, {"cứu nạn, cứu hộ"},
    {"việc làm"}, {"dự án"}, {"người có công"},
};

// Lĩnh vực quản lý nhà nước: the name of a ministry or a provincial department after "Bộ" / "Sở"
// ("Sở Tài nguyên và Môi trường", "Bộ Văn hóa, Thể thao và Du lịch"), read whole though it
// holds "và", commas and lower-case words.
const Entry kAdministrativeFields[] = {
    {"Tài nguyên và Môi trường"}, {"Văn hóa, Thể thao và Du lịch"}, {"Văn hóa và Thể thao"},
    {"Văn hóa, Thể thao"}, {"Thông tin và Truyền thông"}, {"Nông nghiệp và Phát triển nông thôn"},
    {"Nông nghiệp và Môi trường"}, {"Kế hoạch và Đầu tư"}, {"Giáo dục và Đào tạo"},
    {"Khoa học và Công nghệ"}, {"Lao động - Thương binh và Xã hội"}, {"Lao động – Thương binh và Xã hội"},
    {"Lao động, Thương binh và Xã hội"},
    {"Giao thông vận tải"}, {"Giao thông - Vận tải"}, {"Giao thông và Vận tải"}, {"Công Thương"},
    {"Tài chính"}, {"Xây dựng"}, {"Tư pháp"}, {"Nội vụ"}, {"Y tế"}, {"Ngoại vụ"}, {"Dân tộc và Tôn giáo"},
    {"Quốc phòng"}, {"Ngoại giao"},
    // (s16-plan-b) the fields of a district's departments ("Phòng …")
    {"Văn hóa và Thông tin"}, {"Văn hóa - Thông tin"}, {"Văn hóa, Thông tin"}, {"Tài chính - Kế hoạch"},
    {"Kinh tế và Hạ tầng"}, {"Kinh tế - Hạ tầng"},
    // (s22-lists) the fields of a district's centres ("Trung tâm Văn hóa, Thông tin và Thể thao huyện")
    {"Văn hóa, Thông tin và Thể thao"}, {"Văn hóa - Thông tin và Thể thao"}, {"Văn hóa, Thông tin, Thể thao và Du lịch"},
};

// Kinds of bodies a group's description lists after "các": "Khối thi đua các sở, ngành kinh tế".
const Entry kBodyKinds[] = {
    {"sở"}, {"bộ"}, {"ban"}, {"ngành"}, {"đoàn thể"}, {"cơ quan"}, {"hội"}, {"doanh nghiệp"}, {"trường"}, {"đơn vị"},
    {"tổ chức"},
};

// Words that open a body's name in a list of members, beyond the unit heads (the gazetteer's
// kinds): a list's item opening with one is a body, and "và" before one splits two items.
// (s23-positions) A body named by its head alone after an office, the one the speaker serves in:
// "Chánh Văn phòng Bộ", "Chính ủy Bệnh viện", "Chủ tịch HĐQT", "Chủ tịch Hội đồng Thi đua khen
// thưởng Ngành", "Phó Bí thư Thường trực Đảng ủy".
const Entry kOwnBodies[] = {
    {"Bộ"}, {"Ngành"}, {"Bệnh viện"}, {"HĐQT"}, {"Hội đồng quản trị"}, {"Hội đồng thành viên"}, {"Đảng ủy"},
    {"Học viện"}, {"Nhà trường"}, {"Tổng công ty"}, {"Tập đoàn"}, {"Ngân hàng"}, {"Quân khu"}, {"Sư đoàn"},
    {"Lữ đoàn"}, {"Trung đoàn"},
    // (s24-orgs) "Phó Giám đốc Quỹ", "Giám đốc trung tâm" (in lower case too, value 1: the centre the text
    // is about, named back by its kind).
    {"Quỹ"}, {"Trung tâm", 1},
};

const Entry kBodyHeads[] = {
    {"Kho bạc"}, {"Đài"}, {"Bảo tàng"}, {"Thư viện"}, {"Thanh tra"}, {"Ngân hàng"}, {"Liên đoàn"}, {"Báo"},
    {"Nhà hát"}, {"Công ty"}, {"Bệnh viện"}, {"Chi cục"}, {"Vườn quốc gia"}, {"Tạp chí"},
    // (s14-plan-b) committees, centres, institutes, corporations, cooperatives
    {"Ủy ban"}, {"Uỷ ban"}, {"Trung tâm"}, {"Viện"}, {"Tổng công ty"}, {"Hợp tác xã"},
    // (s20-members) the armed forces' and prisons' units of a province's internal-affairs block
    // ("Bộ CHQS tỉnh và Hải đoàn Biên phòng 18")
    {"Hải đoàn"}, {"Lữ đoàn"}, {"Trung đoàn"}, {"Sư đoàn"}, {"Trại giam"}, {"Bộ Chỉ huy"}, {"Bộ chỉ huy"},
    {"Cơ quan"},
    // (s22-lists) the State's enterprises and services of a province, named by their trade and
    // place ("Viễn thông Quảng Ninh", "Bưu điện tỉnh", "Điện lực Thái Bình", "Chi nhánh Ngân hàng
    // …"), groups and their branches, insurers, ports, factories.
    {"Bưu điện"}, {"Viễn thông"}, {"Điện lực"}, {"Chi nhánh"}, {"Tập đoàn"}, {"Bảo hiểm xã hội"},
    {"Bảo hiểm Xã hội"}, {"Cảng vụ"}, {"Nhà máy"}, {"Xí nghiệp"}, {"Nhà xuất bản"}, {"Quỹ"},
    {"Hạt Kiểm lâm"}, {"Thông tấn xã"}, {"Kiểm toán Nhà nước"},
    // (s23-probe) banks named by their brand, a branch or a province after it: "Agribank Chi nhánh
    // tỉnh Thái Bình", "BIDV Chi nhánh Nghệ An", "Vietcombank Quảng Ngãi", "VietinBank Hà Tĩnh".
    {"Agribank"}, {"BIDV"}, {"Vietcombank"}, {"VietinBank"}, {"Vietinbank"}, {"Sacombank"}, {"Techcombank"},
    {"LPBank"}, {"SHB"}, {"MBBank"}, {"VPBank"}, {"ACB"}, {"HDBank"}, {"SeABank"}, {"Co-opBank"},
    // (s24-people) the State's groups named by their brand and a province after it ("Viettel Quảng Trị",
    // "VNPT Nghệ An", "EVN Hà Tĩnh"), as the banks above. Not "Bảo Việt", also a bank's name after "Ngân
    // hàng" written once for several ("Ngân hàng Phương Đông, Bảo Việt").
    {"Viettel"}, {"VNPT"}, {"MobiFone"}, {"Mobifone"}, {"EVN"}, {"Petrolimex"}, {"PVcomBank"}, {"Vietnam Post"},
    // (s24-members) heads written short (written out in a member: head_abbreviations below)
    {"CN NH"}, {"Cty"}, {"BQL"}, {"TTYT"}, {"BVĐK"}, {"NHCSXH"},
    // (s25-members) a university's branch campus in a province ("Phân hiệu Trường Đại học Lâm nghiệp tại Gia Lai").
    {"Phân hiệu"},
};

// (s23-lists) Capitalised words after a body's head that still name its kind, not the body:
// "Trường Tiểu học Kim Đồng, Hòa Bình" is two primary schools ("Trường Tiểu học Hòa Bình"), the
// head written once for both names; "Bệnh viện Đa khoa huyện A".
const Entry kHeadKindWords[] = {
    {"Tiểu học"}, {"Trung học cơ sở"}, {"Trung học phổ thông"}, {"Mầm non"}, {"Mẫu giáo"}, {"Đại học"},
    {"Cao đẳng"}, {"Trung cấp"}, {"Đa khoa"}, {"Phổ thông dân tộc nội trú"}, {"Phổ thông dân tộc bán trú"},
};

// (s23-lists) Words after a body's head that stay part of it when the head is written once for
// the places listed after it, in lower case as often as not: "ngân hàng nhà nước chi nhánh các tỉnh:
// A, B" is "Ngân hàng Nhà nước chi nhánh tỉnh A", printed as written here.
const Entry kHeadQualifiers[] = {{"Nhà nước"}, {"chi nhánh"}, {"Nhà nước chi nhánh"}};
// (s25-heads) Words that place or relate, never inside a body's head written before "các <level>":
// "lực lượng PCCC ở các tỉnh", "Bằng khen cho các tỉnh", "đoàn công tác đến các tỉnh".
// (s28-members3) Heads of a body that is where it stands, its place after "tại" part of its name: "Phân hiệu
// Trường Đại học Lâm nghiệp tại Gia Lai", "Chi nhánh Công ty A tại Đà Nẵng", "Văn phòng đại diện Báo B tại
// Cần Thơ".
const Entry kLocatedBodyHeads[] = {{"Phân hiệu"}, {"Chi nhánh"}, {"Văn phòng đại diện"}, {"Cơ quan thường trú"}};
const Entry kNotInHead[] = {{"ở"}, {"tại"}, {"cho"}, {"với"}, {"đến"}, {"tới"}, {"giữa"}, {"thuộc"}, {"trong"}, {"của"}, {"về"}, {"từ"}};

// (s24-members) The heads of unions and associations, of the police's own too ("Đoàn Thanh niên Công
// an", "Hội Phụ nữ Công an", "Công đoàn Công an"): a group named after one of them is theirs.
const Entry kUnionHeads[] = {{"Đoàn Thanh niên"}, {"Đoàn TNCS"}, {"Hội"}, {"Công đoàn"}, {"Chi đoàn"}};

// (s26) Organisations that stand inside a body and are named by it ("Đảng ủy Công an tỉnh", "Công
// đoàn Bệnh viện A", "Chi đoàn Phòng B"): a list counted by one of them ("7 đảng ủy: Công an tỉnh,
// Bệnh viện A, …") names each body's organisation, the body's own head kept after it.
const Entry kOrganisationsWithin[] = {
    {"Đảng ủy"}, {"Đảng bộ"}, {"Chi bộ"}, {"Công đoàn"}, {"Công đoàn cơ sở"}, {"Đoàn Thanh niên"}, {"Đoàn TNCS"},
    {"Đoàn cơ sở"}, {"Chi đoàn"}, {"Chi hội"},
    // (s27-members) the women's and the veterans' associations inside a body ("Hội phụ nữ Tổng cục An
    // ninh", "Hội Cựu chiến binh Sở Y tế").
    {"Hội phụ nữ"}, {"Hội Liên hiệp Phụ nữ"}, {"Hội LHPN"}, {"Hội Cựu chiến binh"}, {"Hội CCB"},
};

// (s27-members) The boards and offices of a Party committee, named by it ("Ban Tuyên giáo Tỉnh ủy", "Ủy ban
// Kiểm tra Huyện ủy"), and the committees that own them: in a list, boards written bare beside one of
// them written with its committee ("Ban Tuyên giáo, Ban Tổ chức, …, Văn phòng Tỉnh ủy") are that
// committee's.
const Entry kPartyBoards[] = {
    {"Ban Tuyên giáo"}, {"Ban Tổ chức"}, {"Ban Dân vận"}, {"Ban Nội chính"}, {"Ban Kinh tế"},
    {"Ban Tuyên giáo và Dân vận"}, {"Ủy ban Kiểm tra"}, {"Văn phòng"},
};
const Entry kPartyCommittees[] = {
    {"Tỉnh ủy"}, {"Thành ủy"}, {"Huyện ủy"}, {"Quận ủy"}, {"Thị ủy"}, {"Đảng ủy"},
};

// (s24-members) A body's head abbreviated at the start of a group's member ("CN NH Công thương …",
// "Cty CP Cấp nước …", "BQL Khu kinh tế …", "TTYT huyện …"), written out as the Conventions write a
// unit in full ("Chi nhánh Ngân hàng Công thương …"). Not the gazetteer's own short heads kept as
// written ("UBND", "MTTQ"), nor "TT" or "CT", which are places and offices as often ("TT Phong Thổ").
const Entry kHeadAbbreviations[] = {
    {"CN", 0, "Chi nhánh"}, {"NH", 0, "Ngân hàng"}, {"Cty", 0, "Công ty"}, {"BQL", 0, "Ban Quản lý"},
    {"TTYT", 0, "Trung tâm Y tế"}, {"BV", 0, "Bệnh viện"}, {"BVĐK", 0, "Bệnh viện Đa khoa"},
    {"NHCSXH", 0, "Ngân hàng Chính sách xã hội"},
};

// (s25-members) The usual short names of bodies the Conventions keep as written ("kept as written: UBND,
// HĐND, MTTQ, CAND, CSND …"; "BHXH", as bhxh-2026-…'s leader is labelled): a member opening with one is
// not written out, even where the text writes the name in full elsewhere ("Ủy ban nhân dân huyện …").
const Entry kKeptShortNames[] = {{"UBND"}, {"HĐND"}, {"MTTQ"}, {"UBMTTQ"}, {"UBMTTQVN"}, {"CAND"}, {"CSND"}, {"BHXH"}};

// (s25-members) A body whose head's title is fused with its name: "Chánh Văn phòng UBND tỉnh" heads
// "Văn phòng UBND tỉnh", "Trưởng ban Dân vận Tỉnh ủy" heads "Ban Dân vận Tỉnh ủy", "Chánh Thanh tra
// tỉnh" heads "Thanh tra tỉnh". The ranks before the body (kOfficeRanks) and the body's head.
const Entry kOfficeRanks[] = {{"Phó Chánh"}, {"Phó Trưởng"}, {"Chánh"}, {"Trưởng"}};
const Entry kTitledBodies[] = {{"Văn phòng"}, {"Ban"}, {"Thanh tra"}};

// (s25-members) Words in a bracket after a listed body that make it a guest of the group's event, not
// one of its members: "TAND các tỉnh: A, B và C (khách mời)", "D (đơn vị khách mời)".
const Entry kGuestMarks[] = {{"khách mời"}, {"đơn vị khách mời"}, {"mời dự"}};

// (s23-lists) A place in the group's list, written in a guidance that gives roles by the list's
// order: "Đơn vị xếp đầu cụm làm cụm trưởng", "đơn vị đứng đầu danh sách là khối trưởng", "đơn vị
// xếp thứ hai làm cụm phó". The value is the place (1 the first listed).
const Entry kListPlaces[] = {
    {"xếp đầu", 1}, {"đứng đầu", 1}, {"xếp thứ nhất", 1}, {"đứng thứ nhất", 1}, {"xếp thứ 1", 1},
    {"xếp thứ hai", 2}, {"đứng thứ hai", 2}, {"xếp thứ 2", 2},
};

// (s23-members) Verbs that divide bodies into groups, written before "khối" / "cụm" in lower case:
// "hướng dẫn chia khối các đơn vị trực thuộc thành 8 cụm thi đua", "tổ chức chia khối, cụm thi
// đua", "phân cụm thi đua": the verb's object, no group named.
const Entry kGroupDividingVerbs[] = {{"chia"}, {"phân chia"}, {"chia lại"}, {"phân"}, {"sắp xếp"}, {"xếp"}};

// (s23-names) Words ending a group's description before the field its bodies serve, where the
// preposition is no verb: "Khối thi đua các cơ quan tham mưu và quản lý Nhà nước về Văn hóa - Xã hội".
const Entry kGroupRemits[] = {{"quản lý nhà nước về"}, {"tham mưu về"}, {"hoạt động về"}};

// (s25-names) The country or the nation's force closing a national body's name, written after its
// head: "Hội Nông dân Việt Nam", "Ban Thanh niên Công an nhân dân", "Hội Phụ nữ Quân đội nhân dân".
const Entry kNationalBodyEnds[] = {{"Việt Nam"}, {"Công an nhân dân"}, {"Quân đội nhân dân"}, {"CAND"}, {"QĐND"}};

// (s25-names) Where bodies are from, an adjective after their kind, whose "trong" is no preposition:
// "Cụm các cơ quan thường trú trong nước", "Khối các doanh nghiệp ngoài nước", "các tổ chức nước ngoài".
const Entry kBodyOrigins[] = {{"trong nước"}, {"ngoài nước"}, {"nước ngoài"}, {"trong và ngoài nước"},
                               // (s28-members) where the bodies work, a zone of the economy: "Khối thi đua các
                               // doanh nghiệp trong khu công nghiệp", "… ngoài khu công nghiệp", "… trong các khu
                               // kinh tế", "… trong khu chế xuất".
                               {"trong khu công nghiệp"}, {"ngoài khu công nghiệp"}, {"trong các khu công nghiệp"},
                               {"trong khu kinh tế"}, {"trong các khu kinh tế"}, {"trong khu chế xuất"},
                               {"trong khu công nghệ cao"}};

// (s23-names) A hospital's divisions, called "Khối" too ("Giải Nhất: Khối Ngoại"): no emulation group.
const Entry kHospitalDivisions[] = {{"Nội"}, {"Ngoại"}, {"Cận lâm sàng"}, {"Lâm sàng"}, {"Sản"}, {"Nhi"}, {"Dược"}};

// (s23-names) Verbs of a group's founding that end its description ("Khối doanh nghiệp – sản xuất
// kinh doanh thành lập theo quyết định của UBND tỉnh"), where no predicate of the lexicon does.
// (s23-names) … and "khen thưởng" after "thi đua": "Phó Viện trưởng phụ trách Cụm thi đua khen thưởng".
const Entry kGroupDescriptionStops[] = {{"thành lập"}, {"được thành lập"}, {"theo quyết định"}, {"ra đời"},
                                        {"khen thưởng"},
                                        // (s28-members) where the group's bodies are stationed, a verb of place:
                                        // "Khối thi đua các cơ quan Trung ương 1 đóng trên địa bàn thành phố",
                                        // "… Trung ương đóng chân trên địa bàn tỉnh", "… đóng tại tỉnh".
                                        {"đóng trên địa bàn"}, {"đóng chân trên địa bàn"}, {"đóng tại"},
                                        {"đóng chân tại"},
                                        // (s28-members) the clause's verb of deciding: "Khối thi đua các cơ quan
                                        // tổng hợp quyết định không tổ chức hội nghị".
                                        {"quyết định"}};

// (s28-members) A noun of the office between a verb of taking it and a group's role: "Sở Tư pháp đảm nhận
// cương vị Khối trưởng", "… đảm nhiệm vị trí Cụm phó", "… giữ chức danh Cụm trưởng" (extract_people.cpp).
const Entry kRoleNouns[] = {{"cương vị"}, {"vị trí"}, {"chức danh"}, {"chức"}, {"nhiệm vụ"}};

const Entry kNotPlaces[] = {
    {"hội nghị"}, {"lễ"}, {"buổi lễ"}, {"đây"}, {"đơn vị"}, {"địa phương"}, {"điểm cầu"},
    {"địa bàn"}, {"buổi"}, {"chỗ"}, {"các"}, {"những"}, {"mỗi"},
    // (s23-kind) "tại cơ sở" is the grassroots; capitalised before a capitalised name it heads a
    // facility's ("tại Cơ sở Cai nghiện ma túy tỉnh A", "Cơ sở Giáo dục bắt buộc số 2"): value 1.
    {"cơ sở", 1},
    // (s20-lead) "tuyên dương … người lao động tại nơi làm việc": where people work or live, no
    // venue (not "tại nơi thờ Anh hùng …", a place).
    {"nơi làm việc"}, {"nơi cư trú"}, {"nơi ở"}, {"nơi sinh sống"},
    // (s23-events) "tiếp công dân tại khối phố", "tại tổ dân phố": a kind of place in lower case with no
    // name or number after it names none; "tại khối phố 3", "tại Khối phố Mỹ Thị" do: value 2.
    {"khối phố", 2}, {"tổ dân phố", 2}, {"khu phố", 2},
    // (s24-orgs) "Tại Đại hội thi đua, Công an tỉnh A đã biểu dương …", "tại hội thảo", "tại Hội thi": the
    // gathering at which something is done, no venue, as "tại hội nghị".
    {"đại hội"}, {"hội thảo"}, {"hội thi"},
};

// (s23-events) What closes a contest when it follows a review's word: "lễ tổng kết và trao giải cuộc
// thi …", "Lễ tổng kết, trao giải Hội thi …", "tổng kết Hội thi …" — a contest's closing ceremony,
// of no kind (the Conventions, s8-texts), not a review (extract_event.cpp).
const Entry kContestClosings[] = {{"trao giải"}, {"cuộc thi"}, {"hội thi"}};

// (s23-events) A delegation sent to someone else's congress or meeting, before "(tham) dự": "đoàn đại
// biểu", and a count of delegates a body has or sends ("có 13 đại biểu", "cử 6 đại biểu"): value 1
// when a number stands between the verb and "đại biểu".
const Entry kDelegations[] = {{"đoàn đại biểu"}, {"có", 1}, {"cử", 1}};

// (s23-kind) A level written by its initial and a full stop in an address ("P.Bến Thành, Q.1",
// "(P. Bến Thành, Q. 1, TP.HCM)"): read so only before the full stop, in a bracket of levels after a
// place (extract_event.cpp).
const Entry kLevelInitials[] = {
    {"P", static_cast<int>(Level::kWard)}, {"Q", static_cast<int>(Level::kUrbanDistrict)},
    {"X", static_cast<int>(Level::kCommune)}, {"H", static_cast<int>(Level::kDistrict)},
};

// (s24-orgs) A body whose head holds its level fused with the body's word, the place after it:
// "Tỉnh đoàn Thái Nguyên", "Huyện đoàn Krông Pắc". Written bare ("Tỉnh đoàn tổ chức …") as an
// organiser, it takes the one place of its level the text names. Not "Thành đoàn" (its city may be
// of either level, the Conventions keep it as written). Value: Level.
const Entry kFusedLevelHeads[] = {
    {"Tỉnh đoàn", static_cast<int>(Level::kProvince)},
    {"Huyện đoàn", static_cast<int>(Level::kDistrict)},
    {"Quận đoàn", static_cast<int>(Level::kUrbanDistrict)},
    {"Thị đoàn", static_cast<int>(Level::kTown)},
};

// (s24-orgs) A service a venue's or a firm's name holds after "và", its verb word inside: "Trung tâm
// hội nghị và tổ chức sự kiện tỉnh", "Công ty Truyền thông và Tổ chức sự kiện A" — no verb of holding.
const Entry kNamedServices[] = {{"tổ chức sự kiện"}, {"tổ chức hội nghị"}};

// (s24-lists) A level written short inside a unit's name ("Công an TP Thủ Đức", "Công an TX. Phú
// Mỹ"), written out in a group's member ("Công an thành phố Thủ Đức"), as the Conventions write "TP".
const Entry kShortLevels[] = {
    {"TP", static_cast<int>(Level::kCity)},
    {"TX", static_cast<int>(Level::kTown)},
};

// (s23-kind) The command a military unit belongs to, written after it and a comma as part of where
// the unit is ("tại Lữ đoàn 604, Quân khu 2", "tại Sư đoàn 316, Quân khu 2").
const Entry kParentCommands[] = {{"quân khu"}, {"quân đoàn"}, {"quân chủng"}, {"binh chủng"}, {"bộ tư lệnh"}};

// (s21-gate) The gate's signals (lexicon.h, GateClass). Before session 21 the gate was one list in
// which "Công an", "an ninh", "ANTT", "tội phạm", "phòng cháy", "an toàn giao thông", "tổng kết",
// "ra quân" each let a text through alone: a drug arrest, a fire, a school's year-end got invented
// fields. Those words are no signal now; a review, a launch, a plan count only with a partner.
const Entry kGateSignals[] = {
    // The words of emulation and commendation themselves.
    {"thi đua", kGateAlone}, {"giao ước", kGateAlone}, {"khen thưởng", kGateAlone},
    {"khen tặng", kGateAlone}, {"Bằng khen", kGateAlone}, {"Giấy khen", kGateAlone},
    {"danh hiệu", kGateAlone}, {"Huân chương", kGateAlone}, {"thành tích xuất sắc", kGateAlone},
    {"điển hình tiên tiến", kGateAlone}, {"gương điển hình", kGateAlone},
    // (s20-counts) a commendation without the word "thi đua": "Lễ tuyên dương Công dân trẻ tiêu
    // biểu", "biểu dương 102 Chủ tịch Hội …", "trao tặng Giải thưởng Lý Tự Trọng"
    {"tuyên dương", kGateAlone}, {"biểu dương", kGateAlone}, {"vinh danh", kGateAlone},
    {"tôn vinh", kGateAlone}, {"trao giải thưởng", kGateAlone}, {"trao tặng giải thưởng", kGateAlone},
    {"nhận giải thưởng", kGateAlone}, {"được trao giải thưởng", kGateAlone},
    // A movement or a campaign by its own word: "phong trào", the Front's "Cuộc vận động …" and
    // "Ngày hội Đại đoàn kết toàn dân tộc", the Youth Union's volunteer campaign, a peak drive.
    {"phong trào", kGateAlone}, {"cuộc vận động", kGateAlone}, {"đại đoàn kết", kGateAlone},
    {"thanh niên tình nguyện", kGateAlone}, {"tình nguyện hè", kGateAlone}, {"đợt cao điểm", kGateAlone},
    // the police's mass movement, and its day (lexicon's known movements)
    {"toàn dân bảo vệ an ninh Tổ quốc", kGateAlone}, {"Kỷ niệm chương", kGateAlone},
    // a contest a movement holds ("Hội thi nghiệp vụ chữa cháy", read as a gathering since s21-lead)
    {"hội thi", kGateAlone},
    // A plan's targets: "chỉ tiêu", "phấn đấu … đạt".
    {"chỉ tiêu", kGateAlone}, {"phấn đấu", kGateAlone},
    // "thi đua" as the mood of a time, not a movement: "trong không khí cả nước thi đua sôi nổi",
    // "tạo khí thế thi đua sôi nổi giữa các đội" (the phrase is consumed, its "thi đua" with it).
    {"khí thế thi đua", kGateNone}, {"không khí thi đua", kGateNone}, {"thi đua sôi nổi", kGateNone},
    // Weaker: a review, awards, a launch, a campaign, an aim, a plan, a change, a model.
    {"sơ kết", kGateReview}, {"tổng kết", kGateReview},
    {"trao giải", kGateAward}, {"phần thưởng", kGateAward}, {"trao tặng", kGateAward}, {"đón nhận", kGateAward},
    {"ra quân", kGateSetOut}, {"xuất quân", kGateSetOut}, {"phát động", kGateLaunch}, {"khởi động", kGateLaunch}, {"ra mắt", kGateLaunch},
    {"thành lập", kGateLaunch}, {"triển khai", kGateLaunch},
    // a founding recalled is no launch: "kỷ niệm 80 năm thành lập Hội", "Ngày thành lập Đảng"
    {"năm thành lập", kGateNone}, {"ngày thành lập", kGateNone}, {"kỷ niệm thành lập", kGateNone},
    {"chiến dịch", kGateCampaign}, {"cao điểm", kGateCampaign}, {"tháng thanh niên", kGateCampaign},
    {"mục tiêu", kGateAim}, {"kế hoạch", kGatePlan}, {"chương trình", kGatePlan}, {"ban hành", kGateIssue},
    {"tháng hành động", kGateCampaign},
    // a school year's review is no review of a movement or of a unit's work
    {"tổng kết năm học", kGateNone}, {"tổng kết nhiệm vụ năm học", kGateNone},
    {"triển khai nhiệm vụ năm học", kGateNone}, {"triển khai năm học", kGateNone},
    // a contest launched is no movement launched: "Lễ phát động cuộc thi viết …"
    {"phát động cuộc thi", kGateNone}, {"phát động các cuộc thi", kGateNone},
    {"kết quả công tác", kGateReview}, {"đánh giá tình hình", kGateReview}, {"đánh giá kết quả", kGateReview},
    {"hội nghị", kGateEvent}, {"lễ", kGateEvent}, {"buổi lễ", kGateEvent}, {"họp", kGateEvent},
    {"hội thao", kGateEvent}, {"ngày lễ", kGateNone}, {"lễ hội", kGateNone},  // a holiday, a festival
    {"giao ban", kGateReview},  // "hội nghị giao ban": the period's work reviewed
    {"họp báo", kGateEvent}, {"gặp mặt", kGateEvent}, {"họp mặt", kGateEvent}, {"buổi", kGateEvent},
    {"an ninh", kGateOrder}, {"ANTT", kGateOrder}, {"ANTQ", kGateOrder}, {"trật tự", kGateOrder},
    {"tội phạm", kGateOrder}, {"an toàn giao thông", kGateOrder},
    {"giảm", kGateChange}, {"kéo giảm", kGateChange}, {"tăng", kGateChange}, {"tăng cường", kGateNone},
    {"mô hình", kGateModel}, {"tổ bảo vệ", kGateModel}, {"tổ liên gia", kGateModel}, {"tổ tự quản", kGateModel},
    {"xung kích", kGateModel}, {"lực lượng tham gia bảo vệ", kGateModel},
};

// The pairs that belong together: a review with awards, a campaign, an aim, its figures or the
// model it reviews ("tổng kết … trao giải", "tổng kết công tác năm …: tội phạm giảm 8%"); a
// gathering that reviews, launches or awards ("hội nghị sơ kết", "lễ phát động", "lễ trao giải");
// a launch of a campaign, a model, with awards ("ra mắt mô hình"), a plan launched ("triển khai kế
// hoạch"); a force setting out on a campaign,
// on the order it keeps, with an aim or at a ceremony ("Lễ ra quân đợt cao điểm", "ra quân bảo đảm
// an ninh trật tự Tết"); a plan or programme issued, with its aim or a change ("Kế hoạch … giảm tai nạn giao
// thông từ 5 - 10%"); an aim that is a change ("đặt mục tiêu giảm …").
const int kGatePairs[] = {
    kGateReview | kGateAward,  kGateReview | kGateCampaign, kGateReview | kGateAim,   kGateReview | kGateChange,
    kGateReview | kGateModel,  kGateEvent | kGateReview,    kGateEvent | kGateLaunch, kGateEvent | kGateAward,
    kGateLaunch | kGateCampaign, kGateLaunch | kGateModel,  kGateLaunch | kGateAward, kGateSetOut | kGateCampaign,
    kGateSetOut | kGateOrder,  kGateSetOut | kGateAim,      kGateSetOut | kGateEvent, kGateSetOut | kGateAward,
    kGatePlan | kGateIssue,    kGatePlan | kGateLaunch,     kGatePlan | kGateAim,        kGatePlan | kGateChange,  kGateAim | kGateChange};

}  // namespace

std::span<const int> lexicon::gate_pairs() { return kGatePairs; }

const std::vector<std::string>* abbreviation(std::string_view key) {
  static const auto* table = [] {
    auto* m = new std::unordered_map<std::string, std::vector<std::string>>();
    for (const Entry& e : kAbbreviations) (*m)[word_key(e.written)] = phrase_keys(e.canonical);
    return m;
  }();
  if (key.empty()) return nullptr;
  auto it = table->find(std::string(key));
  return it == table->end() ? nullptr : &it->second;
}

const char* position_expansion(std::string_view word) {
  static const auto* table = [] {
    auto* m = new std::unordered_map<std::string_view, const char*>();
    for (const Entry& e : kAbbreviations)
      if (e.value & kSpellOutInPosition) (*m)[e.written] = e.canonical;
    return m;
  }();
  const auto it = table->find(word);
  return it == table->end() ? nullptr : it->second;
}

// (s23-parse, moved from plan_parser.cpp) A position or a body's head written with the officers'
// shorthand, spelt out: "PCT UBND xã" → "Phó Chủ tịch UBND
// xã", "PGĐ Công an tỉnh" → "Phó Giám đốc Công an tỉnh", "Trưởng CAX" → "Trưởng Công an xã",
// "Trưởng BCĐ 138 tỉnh" → "Trưởng Ban Chỉ đạo 138 tỉnh". Which abbreviations are spelt out, and
// which stay short as the units' own names write them (UBND, HĐND, CAND, MTTQ, CCB), is the
// lexicon's one abbreviation table (kSpellOutInPosition).
std::string spell_out(std::string_view position) {
  std::string out;
  size_t i = 0;
  while (i < position.size()) {
    size_t j = position.find_first_of(" ,;", i);
    if (j == std::string::npos) j = position.size();
    const std::string_view word = position.substr(i, j - i);
    const char* full = position_expansion(word);
    out += full ? std::string_view(full) : word;
    if (j < position.size()) out += position[j];
    i = j + 1;
  }
  return out;
}

namespace lexicon {
#define THIDUA_TABLE(fn, data)            \
  const PhraseTable& fn() {               \
    static const PhraseTable table(data); \
    return table;                         \
  }
THIDUA_TABLE(ranks, kRanks)
THIDUA_TABLE(positions, kPositions)
THIDUA_TABLE(unit_heads, kUnitHeads)
THIDUA_TABLE(levels, kLevels)
THIDUA_TABLE(provinces, kProvinces)
THIDUA_TABLE(event_triggers, kEventTriggers)
THIDUA_TABLE(ceremonies, kCeremonies)
THIDUA_TABLE(meeting_names, kMeetingNames)
THIDUA_TABLE(emulation_work, kEmulationWork)
THIDUA_TABLE(movement_kinds, kMovementKinds)
THIDUA_TABLE(peak_spans, kPeakSpans)
THIDUA_TABLE(drive_openers, kDriveOpeners)
THIDUA_TABLE(whole_communities, kWholeCommunities)
THIDUA_TABLE(known_movements, kKnownMovements)
THIDUA_TABLE(name_introducers, kNameIntroducers)
THIDUA_TABLE(proper_name_ends, kProperNameEnds)
THIDUA_TABLE(person_cues, kPersonCues)
THIDUA_TABLE(surnames, kSurnames)
THIDUA_TABLE(predicates, kPredicates)
THIDUA_TABLE(subject_openers, kSubjectOpeners)
THIDUA_TABLE(count_nouns, kCountNouns)
THIDUA_TABLE(held_titles, kHeldTitles)
THIDUA_TABLE(population_nouns, kPopulationNouns)
THIDUA_TABLE(measurable_heads, kMeasurableHeads)
THIDUA_TABLE(change_verbs, kChangeVerbs)
THIDUA_TABLE(not_change_verbs, kNotChangeVerbs)
THIDUA_TABLE(figure_adverbs, kFigureAdverbs)
THIDUA_TABLE(qualifiers, kQualifiers)
THIDUA_TABLE(qualitative_cues, kQualitativeCues)
THIDUA_TABLE(target_cues, kTargetCues)
THIDUA_TABLE(target_starts, kTargetStarts)
THIDUA_TABLE(baselines, kBaselines)
THIDUA_TABLE(number_words, kNumberWords)
THIDUA_TABLE(ordinal_words, kOrdinalWords)
THIDUA_TABLE(fixed_comma_phrases, kFixedCommaPhrases)
THIDUA_TABLE(content_verbs, kContentVerbs)
THIDUA_TABLE(list_ties, kListTies)
THIDUA_TABLE(verb_like_nouns, kVerbLikeNouns)
THIDUA_TABLE(demand_openers, kDemandOpeners)
THIDUA_TABLE(done_verbs, kDoneVerbs)
THIDUA_TABLE(agenda_verbs, kAgendaVerbs)
THIDUA_TABLE(agreed_verbs, kAgreedVerbs)
THIDUA_TABLE(work_nouns, kWorkNouns)
THIDUA_TABLE(general_units, kGeneralUnits)
THIDUA_TABLE(signer_nouns, kSignerNouns)
THIDUA_TABLE(pledge_verbs, kPledgeVerbs)
THIDUA_TABLE(signers_verbs, kSignersVerbs)
THIDUA_TABLE(times_ahead, kTimesAhead)
THIDUA_TABLE(list_openers, kListOpeners)
THIDUA_TABLE(not_contents_heads, kNotContentsHeads)
THIDUA_TABLE(agenda_items, kAgendaItems)
THIDUA_TABLE(movement_subjects, kMovementSubjects)
THIDUA_TABLE(singled_out, kSingledOut)
THIDUA_TABLE(honours, kHonours)
THIDUA_TABLE(awarding_words, kAwardingWords)
THIDUA_TABLE(hand_over_verbs, kHandOverVerbs)
THIDUA_TABLE(gift_verbs, kGiftVerbs)
THIDUA_TABLE(trinh_nouns, kTrinhNouns)
THIDUA_TABLE(not_awarding, kNotAwarding)
THIDUA_TABLE(place_standards, kPlaceStandards)
THIDUA_TABLE(dateline_words, kDatelineWords)
THIDUA_TABLE(document_types, kDocumentTypes)
THIDUA_TABLE(member_openers, kMemberOpeners)
THIDUA_TABLE(before_signing, kBeforeSigning)
THIDUA_TABLE(period_goal_words, kPeriodGoalWords)
THIDUA_TABLE(issuing_verbs, kIssuingVerbs)
THIDUA_TABLE(document_grounds, kDocumentGrounds)
THIDUA_TABLE(list_continuations, kListContinuations)
THIDUA_TABLE(member_marks, kMemberMarks)
THIDUA_TABLE(attends_or_presides, kAttendsOrPresides)
THIDUA_TABLE(launch_ceremonies, kLaunchCeremonies)
THIDUA_TABLE(called_off, kCalledOff)
THIDUA_TABLE(pledge_papers, kPledgePapers)
THIDUA_TABLE(attendance_verbs, kAttendance)
THIDUA_TABLE(cited_documents, kCitedDocuments)
THIDUA_TABLE(numbered_documents, kNumberedDocuments)
THIDUA_TABLE(occasions, kOccasions)
THIDUA_TABLE(occasion_verbs, kOccasionVerbs)
THIDUA_TABLE(parts_of_day, kPartsOfDay)
THIDUA_TABLE(caption_subjects, kCaptionSubjects)
THIDUA_TABLE(awards_given, kAwardsGiven)
THIDUA_TABLE(awards_listed, kAwardsListed)
THIDUA_TABLE(not_places, kNotPlaces)
THIDUA_TABLE(contest_closings, kContestClosings)
THIDUA_TABLE(delegations, kDelegations)
THIDUA_TABLE(group_dividing_verbs, kGroupDividingVerbs)
THIDUA_TABLE(group_remits, kGroupRemits)
THIDUA_TABLE(body_origins, kBodyOrigins)
THIDUA_TABLE(national_body_ends, kNationalBodyEnds)
THIDUA_TABLE(group_description_stops, kGroupDescriptionStops)
THIDUA_TABLE(role_nouns, kRoleNouns)
THIDUA_TABLE(hospital_divisions, kHospitalDivisions)
THIDUA_TABLE(parent_commands, kParentCommands)
THIDUA_TABLE(fused_level_heads, kFusedLevelHeads)
THIDUA_TABLE(named_services, kNamedServices)
THIDUA_TABLE(level_initials, kLevelInitials)
THIDUA_TABLE(short_levels, kShortLevels)
THIDUA_TABLE(gate_signals, kGateSignals)
THIDUA_TABLE(name_fields, kNameFields)
THIDUA_TABLE(administrative_fields, kAdministrativeFields)
THIDUA_TABLE(body_kinds, kBodyKinds)
THIDUA_TABLE(body_heads, kBodyHeads)
THIDUA_TABLE(own_bodies, kOwnBodies)
THIDUA_TABLE(head_kind_words, kHeadKindWords)
THIDUA_TABLE(head_qualifiers, kHeadQualifiers)
THIDUA_TABLE(not_in_head, kNotInHead)
THIDUA_TABLE(located_body_heads, kLocatedBodyHeads)
THIDUA_TABLE(head_abbreviations, kHeadAbbreviations)
THIDUA_TABLE(kept_short_names, kKeptShortNames)
THIDUA_TABLE(guest_marks, kGuestMarks)
THIDUA_TABLE(office_ranks, kOfficeRanks)
THIDUA_TABLE(titled_bodies, kTitledBodies)
THIDUA_TABLE(union_heads, kUnionHeads)
THIDUA_TABLE(organisations_within, kOrganisationsWithin)
THIDUA_TABLE(party_boards, kPartyBoards)
THIDUA_TABLE(party_committees, kPartyCommittees)
THIDUA_TABLE(list_places, kListPlaces)
THIDUA_TABLE(not_counted, kNotCounted)
THIDUA_TABLE(place_descriptions, kPlaceDescriptions)
THIDUA_TABLE(target_counted_nouns, kTargetCounted)
THIDUA_TABLE(goal_qualifiers, kGoalQualifiers)
THIDUA_TABLE(target_reach_verbs, kTargetReach)
THIDUA_TABLE(target_units, kTargetUnits)
THIDUA_TABLE(worth_currencies, kWorthCurrencies)
#undef THIDUA_TABLE
}  // namespace lexicon

}  // namespace thidua::text::plan
