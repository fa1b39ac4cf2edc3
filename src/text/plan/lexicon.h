// Layer 4 of plan import: the gazetteers. The words are data (lexicon_data.cpp); this header
// gives the meanings their types and matches phrases against a Document's tokens.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/plan/document.h"

namespace thidua::text::plan {

enum class EventKind { kNone, kLaunch, kPledgeSigning, kConference, kReview };
enum class MovementKind { kNone, kSpecial, kRegular, kThematic };
enum class Direction { kNone, kDecrease, kIncrease, kAtLeast, kAbove, kAtMost, kEqual };

// What a unit head names (đơn vị): "Công an" needs a level and a place, "Bộ Công an" is
// complete, "Cụm thi đua" takes "số N", "Ban"/"Phòng" take a capitalised name.
enum class UnitKind {
  kPolice, kMinistry, kCommittee, kCouncil, kParty, kFront, kCluster, kBlock, kBoard, kOffice,
  kLeadership,  // "Ban Giám đốc Công an tỉnh …": the unit's leaders, acting for the unit
  kNotAUnit,  // "Công an nhân dân", "Công an cấp xã": the force or a tier, not one unit
};

// Administrative level (cấp hành chính) that follows a unit head: "tỉnh", "xã"…
enum class Level { kProvince, kCity, kDistrict, kUrbanDistrict, kTown, kCommune, kWard, kTownlet, kSpecialZone };

// Flags of a position title (chức vụ).
enum PositionFlag : int {
  kGroupLeader = 1,  // Cụm trưởng, Khối trưởng
  kGroupDeputy = 2,  // Cụm phó, Khối phó
  kNeedsOrg = 4,     // "Trưởng" means nothing without "Công an xã …"
  kKeepCase = 8,     // "Trưởng Ban …": the text's casing, since "Ban …" may be a proper name
  kSettlement = 16,  // "Trưởng thôn": the village's name follows (capitalised words or a number)
  kNational = 32,    // "Chủ tịch nước", "Tổng Bí thư": the country's one holder, named alone before the name
};

// A gazetteer entry: the phrase as written, its meaning for the table's owner, and the form to
// print when it differs from the phrase ("Đắc Lắc" prints "Đắk Lắk").
struct Entry {
  const char* written;
  int value = 0;
  const char* canonical = nullptr;
  std::string_view display() const { return canonical ? canonical : written; }
};

class PhraseTable {
 public:
  explicit PhraseTable(std::span<const Entry> entries);
  struct Match {
    int32_t length = 0;  // tokens covered
    const Entry* entry = nullptr;
    explicit operator bool() const { return entry != nullptr; }
    int value() const { return entry->value; }
    std::string_view display() const { return entry->display(); }
  };
  // The longest entry that starts at token i and ends at or before `end`. Case and the old/new
  // tone placement do not matter; an abbreviation in the text ("UBND", "ANTT", "TP") matches
  // its expansion or an entry its expansion starts with ("TNGT" matches "tai nạn"), and a comma
  // written in an entry is optional in the text.
  Match match(const Document& doc, int32_t i, int32_t end) const;
  Match match(const Document& doc, int32_t i) const { return match(doc, i, doc.size()); }
  // The longest entry covering exactly the tokens [begin, end) for some begin >= min_begin.
  Match match_ending(const Document& doc, int32_t end, int32_t min_begin) const;
  bool contains(const Document& doc, int32_t i) const { return static_cast<bool>(match(doc, i)); }
  // (s23-members) The entry whose words are the tokens from i with their tones dropped, for a name
  // written with a slip of tone ("Quãng Ngài" for "Quảng Ngãi", "Tài chỉnh" for "Tài chính"): the
  // longest such entry, and only when every entry of that length prints one form (two names that
  // differ by their tones alone leave the words unread). Entries of one word never match so: a
  // tone is all that tells many syllables apart ("Huế", "Huệ"). Abbreviations are not expanded.
  Match match_toneless(const Document& doc, int32_t i, int32_t end) const;

 private:
  struct Pattern {
    std::vector<std::string> keys;
    const Entry* entry;
  };
  int32_t try_pattern(const Pattern& p, const Document& doc, int32_t i, int32_t end) const;
  std::unordered_map<std::string, std::vector<Pattern>> by_first_;
  std::unordered_map<std::string, std::vector<Pattern>> by_first_toneless_;  // keys without tones
  int32_t longest_ = 0;
};

// (s23-members) A word key without its tone ("giam3" → "giam"); other keys unchanged.
std::string toneless_key(std::string_view key);

// The expansion keys of an abbreviation key ("antt" → an ninh , trật tự), or nullptr.
const std::vector<std::string>* abbreviation(std::string_view key);
// (s22-tidy) The flag of an abbreviation (the Entry's value in the one abbreviation table) that a
// position prints spelt out: "PGĐ", "CAX", "BCĐ", "TĐKT"; without it the abbreviation stays short,
// as the units' own names write it ("UBND", "HĐND", "CAND", "MTTQ", "CCB").
inline constexpr int kSpellOutInPosition = 1;
// The full form a position prints for an abbreviation written exactly `word` ("PGĐ", not "pgđ" nor
// "Ca"), or nullptr when the word is no such abbreviation.
const char* position_expansion(std::string_view word);
// The words of `position` that position_expansion() spells out, spelt out, the rest as written:
// "PGĐ Công an tỉnh" → "Phó Giám đốc Công an tỉnh", "CA" → "Công an", "Hội CCB" kept. Positions,
// units and the heads of lists print through it (s23-parse).
std::string spell_out(std::string_view position);

// (s21-gate) What makes a text about emulation: the classes of its words. A word of emulation or
// commendation itself (kGateAlone) is enough alone; the weaker ones count only when a text holds a
// pair of gate_pairs() (a review with awards, a launch with what it launches, a plan with its aim).
// The words that only say the text is about the police or a unit ("Công an", "an ninh", "tội
// phạm") are no signal. kGateNone marks a phrase that holds a signal word but is no signal: the
// mood "khí thế thi đua", "tăng cường".
enum GateClass : int {
  kGateNone = 0,
  kGateAlone = 1,      // thi đua, khen thưởng, giao ước, danh hiệu, tuyên dương, phong trào, chỉ tiêu …
  kGateReview = 2,     // sơ kết, tổng kết
  kGateAward = 4,      // trao giải, phần thưởng, trao tặng, đón nhận
  kGateLaunch = 8,     // phát động, ra mắt, thành lập, triển khai
  kGateCampaign = 16,  // chiến dịch, cao điểm, tháng thanh niên
  kGateAim = 32,       // mục tiêu
  kGatePlan = 64,      // kế hoạch
  kGateChange = 128,   // giảm, kéo giảm, tăng: what a target or a review's figure does
  kGateModel = 256,    // mô hình, tổ bảo vệ …: what a debut launches
  kGateEvent = 512,    // hội nghị, lễ, họp, gặp mặt, Ngày hội: a gathering
  kGateSetOut = 1024,  // ra quân, xuất quân: a force setting out
  kGateOrder = 2048,   // an ninh, trật tự, tội phạm, an toàn giao thông: what the police keep (no signal alone)
  kGateIssue = 4096,   // ban hành: a plan or a decision issued
};

namespace lexicon {
const PhraseTable& ranks();                // cấp bậc: Thiếu úy … Đại tướng
const PhraseTable& positions();            // chức vụ; value: PositionFlag bits
const PhraseTable& unit_heads();           // value: UnitKind
const PhraseTable& levels();               // value: Level
const PhraseTable& provinces();            // display: the province's name
const PhraseTable& event_triggers();       // value: EventKind
const PhraseTable& ceremonies();           // "Ngày hội", "gặp mặt": an event of no kind; value: EventKind
const PhraseTable& meeting_names();        // "giao ban", "thẩm định": a word after "hội nghị" naming the meeting
const PhraseTable& emulation_work();       // "phong trào thi đua", "công tác thi đua, khen thưởng": what a review reports
const PhraseTable& movement_kinds();       // value: MovementKind ("cao điểm": kNone)
const PhraseTable& known_movements();      // value: MovementKind
const PhraseTable& peak_spans();           // (s25-movement) "đợt", "tháng", "tuần" before "cao điểm"
const PhraseTable& whole_communities();    // (s25-targets) "cả nước", "cả xã": a whole community as a movement's subject
// (s22-lead) Words that introduce a movement's name before its quote: "phong trào thi đua mang tên
// “…”", "… với tên gọi “…”".
const PhraseTable& name_introducers();
// (s22-lead) Words that close a movement's proper name written without quotes ("phong trào Thi đua
// Quyết thắng năm 2024", "Đại hội Thi đua Quyết thắng giai đoạn …"): its year, period, level, scope.
const PhraseTable& proper_name_ends();
const PhraseTable& person_cues();          // đồng chí, ông, bà
const PhraseTable& surnames();             // họ: Nguyễn, Trần…
const PhraseTable& predicates();           // verbs that end a position or a place: "phát biểu"
const PhraseTable& subject_openers();      // "Sáng", "tại", "theo"…: chunks that are not the subject
// (s20-counts) The value of a count noun naming people by who they are ("thanh thiếu nhi", "Chủ
// tịch"): counted only as those commended.
inline constexpr int kCommendedPeople = 2;
// (s24-counts) A count noun's value: a gift ("7 xe đạp", "15 sổ tiết kiệm"), counted only when given.
inline constexpr int kGiftsGiven = 3;
const PhraseTable& count_nouns();          // what a bare count counts: "Tổ", "thành viên"; value 1: the noun alone
const PhraseTable& held_titles();          // (s28-lists2) a title after those honoured: "Anh hùng Lao động"
const PhraseTable& not_counted();          // "đơn vị hành chính": a figure before it counts nothing of the movement
const PhraseTable& goal_qualifiers();       // "chính", "trọng tâm", "cơ bản": after "N nội dung / chỉ tiêu"
const PhraseTable& target_counted_nouns();  // "hợp tác xã", "tiêu chí": what a level to reach counts
const PhraseTable& target_reach_verbs();    // "đạt", "xây dựng", "hoàn thành": verbs of reaching a level
const PhraseTable& target_units();          // (s26-tidy) a level's currency or measure: "tỷ đồng", "USD", "ha"
const PhraseTable& worth_currencies();      // (s26-tidy) a listed target's worth: "triệu đồng", "ngàn đồng"
const PhraseTable& place_descriptions();   // "nhân khẩu", "diện tích": a sentence describing a place
const PhraseTable& population_nouns();     // a share is of people or units: "cán bộ", "hộ"
const PhraseTable& measurable_heads();     // a target without a figure must name one: "vụ", "số"
const PhraseTable& change_verbs();         // value: Direction (decrease / increase)
const PhraseTable& not_change_verbs();     // "tăng cường" is not an increase
const PhraseTable& figure_adverbs();       // (s25-targets) "khoảng", "bình quân": how a change's figure is taken
const PhraseTable& qualifiers();           // value: Direction ("trên" above, "ít nhất" at least)
const PhraseTable& qualitative_cues();     // "bảo đảm tuyệt đối", "không để xảy ra"
const PhraseTable& target_cues();          // "chỉ tiêu", "phấn đấu": a paragraph that sets targets
const PhraseTable& target_starts();        // words that open the next target in a list
const PhraseTable& baselines();            // value: 1 previous year, 2 "so với năm" + year, 0 other
const PhraseTable& number_words();         // value: the number ("ba" → 3)
const PhraseTable& ordinal_words();        // after "thứ": "nhất" → 1
const PhraseTable& fixed_comma_phrases();  // phrases with a comma inside: "an ninh, trật tự"
const PhraseTable& content_verbs();        // verbs an item of contents opens with: "đẩy mạnh", "vận động"
const PhraseTable& list_ties();            // (s24-contents) after a list's comma, tying it on: "gắn với", "nhằm"
const PhraseTable& verb_like_nouns();      // (s25-contents) nouns opening with a verb: "tổ chức xã hội"
const PhraseTable& agenda_verbs();         // (s24-contents) a meeting's business: "thảo luận", "cho ý kiến"
const PhraseTable& agreed_verbs();         // (s25-lists2) after "đã", what a meeting agreed: "thống nhất", "thảo luận"
const PhraseTable& work_nouns();           // (s25-lists2) plural nouns of work before "như:": "hoạt động", "nhiệm vụ"
const PhraseTable& signer_nouns();         // (s25-lists2) a pledge's units as subject: "đơn vị", "cụm", "ngành"
const PhraseTable& general_units();        // (s26-tidy) "đơn vị", "địa phương": signer_nouns()' first, a count's signers
const PhraseTable& pledge_verbs();  // "thống nhất", "cam kết", "tập trung": a pledge's subject before its terms
const PhraseTable& signers_verbs();  // (s26-tidy) "thống nhất", "cam kết", "đồng loạt ký": a count of signers acting
const PhraseTable& times_ahead();          // (s25-lists2) a fronted time ahead: "thời gian tới", "năm tới"
const PhraseTable& list_openers();         // (s25-lists2) a sentence opening an announced list: "Cụ thể,", "Đó là,"
const PhraseTable& not_contents_heads();   // (s24-form) a colon's clause over no contents: "tham dự", "kết quả"
const PhraseTable& agenda_items();         // (s24-form) an agenda's or a schedule's item: "báo cáo", "bầu", "ngày"
const PhraseTable& done_verbs();           // (s24-contents) after "đã", work reported done: "thực hiện tốt"
const PhraseTable& demand_openers();       // (s27-lists) "kịp thời …", "không để …" opening an item of a comma list
const PhraseTable& drive_openers();        // (s27-lists) "cao điểm", "chiến dịch", "tháng" … opening a drive's quoted name
const PhraseTable& place_standards();  // (s24-kind) "nông thôn mới", "văn minh đô thị"
const PhraseTable& honours();  // "biểu dương", "tuyên dương", "tôn vinh"
// (session 24) "tặng", "trao", "khen thưởng", "công nhận": bodies listed after it are awarded, no group.
const PhraseTable& awarding_words();
const PhraseTable& hand_over_verbs();  // (s26-tidy) "trao", "tặng", "trao tặng": the first of awarding_words()
const PhraseTable& gift_verbs();       // (s26-tidy) hand_over_verbs() and "trao quà", "hỗ trợ", "bàn giao"
const PhraseTable& not_awarding();  // "trao đổi", "thi đua, khen thưởng": begin like an award, award nothing
const PhraseTable& singled_out();  // (s24-kind) "nhất là", "đặc biệt là"
const PhraseTable& movement_subjects();  // (s24-kind) "nông dân" in "phong trào nông dân thi đua …"
const PhraseTable& dateline_words();       // words a dateline may hold: "Thứ", "Sáu", "lúc"
const PhraseTable& document_types();       // "KẾ HOẠCH", "GIAO ƯỚC THI ĐUA"
const PhraseTable& member_openers();       // "gồm", "bao gồm": a group's members follow
const PhraseTable& before_signing();       // "đã", "cùng nhau", "tổ chức lễ": between signing bodies and "ký"
const PhraseTable& list_continuations();  // "Ngoài ra": a sentence adding bodies to the list before it
const PhraseTable& member_marks();        // "Thành viên": a table row's role column for a plain member
const PhraseTable& launch_ceremonies();    // (s27-orgs) "lễ phát động", "tổ chức phát động": a launch held
const PhraseTable& called_off();           // (s28-orgs2) "không tổ chức", "tạm hoãn": an event named but not held
const PhraseTable& pledge_papers();        // (s28-orgs2) "bản", "dự thảo": a pledge's paper, not its signing
const PhraseTable& attends_or_presides();  // "dự", "tới dự": a person at an event others hold
const PhraseTable& attendance_verbs();     // (s26-tidy) attends_or_presides() and "chứng kiến", "có mặt": people present
const PhraseTable& cited_documents();      // "chỉ thị", "nghị quyết": a document a phrase cites
const PhraseTable& numbered_documents();   // (s26-tidy) the first ten of cited_documents(): a dated reference
const PhraseTable& occasions();            // "chào mừng", "kỷ niệm": an occasion greeted
const PhraseTable& occasion_verbs();       // (s26-tidy) occasions() but "tiến tới": a movement's purpose verb
const PhraseTable& parts_of_day();         // (s25-orgs) "sáng", "chiều": before a day
const PhraseTable& caption_subjects();     // (s26-orgs) "Các đại biểu …" opening a scene's caption
const PhraseTable& awards_given();         // "bằng khen", "cờ thi đua": what a body gives
const PhraseTable& awards_listed();        // (s26-tidy) awards_given() but "giải thưởng", and "tập thể lao động"
const PhraseTable& trinh_nouns();          // (s26-tidy) "chương trình", "tờ trình": nouns, not the verb "trình"
const PhraseTable& not_places();            // value 1: a facility's head when capitalised before a name ("Cơ sở")
const PhraseTable& contest_closings();      // "trao giải", "cuộc thi": after a review's word, a contest's closing
const PhraseTable& delegations();           // "đoàn đại biểu"; value 1: "có"/"cử" before a number of "đại biểu"
const PhraseTable& parent_commands();        // "Quân khu": the command a military unit is written with
const PhraseTable& fused_level_heads();      // (s24-orgs) "Tỉnh đoàn", "Huyện đoàn": value Level
const PhraseTable& named_services();         // (s24-orgs) "tổ chức sự kiện" after "và" in a venue's name
const PhraseTable& level_initials();         // "P.", "Q." in an address: value Level
const PhraseTable& short_levels();           // "TP", "TX" inside a unit's name: value Level
const PhraseTable& body_kinds();             // "sở", "ngành": kinds of bodies a group's description lists
// Words that open a body's name in a list of members beyond unit_heads(): "Kho bạc", "Công ty",
// "Bưu điện", "Ngân hàng" (extract_groups.cpp).
const PhraseTable& body_heads();
const PhraseTable& own_bodies();  // a body named by its head alone after an office ("Chánh Văn phòng Bộ")
const PhraseTable& head_kind_words();       // "Tiểu học", "Đa khoa": words after a body's head naming its kind
const PhraseTable& head_qualifiers();       // "Nhà nước", "chi nhánh": words after a body's head that stay with it
const PhraseTable& not_in_head();           // (s25-heads) "ở", "tại", "cho": no word of a body's head before "các <level>"
const PhraseTable& located_body_heads();    // (s28-members3) "Phân hiệu", "Chi nhánh": "tại <place>" is part of the name
const PhraseTable& union_heads();           // "Đoàn Thanh niên", "Hội", "Công đoàn": unions and associations
const PhraseTable& party_boards();          // (s27) "Ban Tuyên giáo", "Ủy ban Kiểm tra": a Party committee's boards
const PhraseTable& party_committees();      // (s27) "Tỉnh ủy", "Huyện ủy": the committees owning them
const PhraseTable& organisations_within();   // (s26) "Đảng ủy", "Công đoàn": named by the body they stand in
const PhraseTable& head_abbreviations();    // "CN" → "Chi nhánh", "NH" → "Ngân hàng": a member's head written out
// (s25-members) "UBND", "MTTQ": short names of bodies a member keeps as written even where the text
// writes them out (the Conventions' usual short names).
const PhraseTable& kept_short_names();
// (s25-members) "khách mời": a bracket after a listed body marking it a guest, not a member.
const PhraseTable& guest_marks();
// (s25-members) "Chánh", "Phó Trưởng" before "Văn phòng", "ban", "Thanh tra": the head of that body.
const PhraseTable& office_ranks();
const PhraseTable& titled_bodies();
const PhraseTable& list_places();           // "xếp đầu", "xếp thứ hai": a place in a group's list (value 1, 2)
// (s23-members) "chia", "phân chia": before "khối" / "cụm" in lower case, a verb dividing bodies.
const PhraseTable& group_dividing_verbs();
// (s23-names) "quản lý nhà nước về": a group's description runs on over its "về".
const PhraseTable& group_remits();
// (s25-names) "trong nước", "nước ngoài": where bodies are from, closing their description.
const PhraseTable& body_origins();
// (s25-names) "Việt Nam", "Công an nhân dân": the country or force closing a national body's name.
const PhraseTable& national_body_ends();
// (s23-names) "thành lập", "theo quyết định": a group's founding ends its description.
const PhraseTable& group_description_stops();
const PhraseTable& role_nouns();  // (s28-members) "cương vị", "vị trí" before a group's role
// (s23-names) "Khối Nội", "Khối Ngoại": a hospital's divisions, no group.
const PhraseTable& hospital_divisions();
const PhraseTable& gate_signals();  // value: GateClass
// The pairs of weaker classes that together make a text about emulation (each a mask of two).
std::span<const int> gate_pairs();
// (s22-tidy) Lower-case fields a body's name holds whole though a comma, "và" or a verb word stands
// inside: "phòng cháy, chữa cháy và cứu nạn, cứu hộ", "việc làm", "dự án".
const PhraseTable& name_fields();
const PhraseTable& administrative_fields();  // "Tài nguyên và Môi trường": a ministry's or department's field
// (s23-kind) "phấn đấu", "sẽ", "dự kiến": a sentence of a period's emulation work sets a goal, no report.
const PhraseTable& period_goal_words();
// (s23-kind) "ban hành", "ký ban hành": a lead issuing a document ("… ban hành Kế hoạch …").
const PhraseTable& issuing_verbs();
// (s23-kind) "thực hiện", "căn cứ", "theo", "triển khai": a sentence opening so cites a document as
// the ground of something else, it issues none.
const PhraseTable& document_grounds();
}  // namespace lexicon

}  // namespace thidua::text::plan
