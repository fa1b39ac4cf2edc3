// Emulation groups (cụm / khối thi đua): the patterns of members and roles added in the
// thirteenth round (issue 14), called by extract_group (extract_people.cpp). Each reads one way
// Vietnamese administrative prose lists a group's units or gives a unit its role:
//  - a list of bodies after "gồm": "gồm 7 đơn vị: Sở A - đơn vị trưởng khối; Văn phòng B; …",
//    "gồm 5 đơn vị (Sở A, Sở B, … và Ban C)", bodies not in the gazetteer ("Kho bạc Nhà nước X");
//  - the police of a level written in lower case or counted in words: "gồm công an các tỉnh: A,
//    B", "gồm Công an năm tỉnh: A, B";
//  - places listed before the group they belong to: "các xã A, B và C thuộc Cụm thi đua số 7";
//  - places counted and listed, as many as the count: "đại diện 05 xã A, B, C, D, E";
//  - the group named by its bare head in lower case: "… là thành viên thuộc khối gồm: …";
//  - (s13-plan-b) remarks in brackets inside an open list; a head written once ("Trường THPT A,
//    THPT B"), or as the kind before the colon ("các trường: THCS A, …"); a body, a count and a
//    level before bare places ("gồm 6 Thuế tỉnh: A, B"); members one a line below "gồm:"; bodies
//    around a mention of the group without "gồm" (bodies_around_group);
//  - roles: a person's role with the group named short ("Khối trưởng Khối thi đua", "Trưởng
//    khối thi đua"); "X được giao nhiệm vụ khối trưởng", "X được phân công làm Cụm trưởng";
//    "do xã X làm cụm trưởng" (a place as the unit).
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/plan/extract.h"

namespace thidua::text::plan {

// read_members of extract_people.cpp: the units of a list starting at p, names after a shared
// level ("gồm các tỉnh A, B") read as that level's police.
using MemberReader = std::function<std::vector<std::string>(int32_t p, int32_t end,
                                                            std::optional<std::pair<Level, std::string>> shared)>;

// (s24-members) Where a body's name ends before token c when a bracket holding its short form
// closes right before c ("Đoàn Thanh niên Công an (CA) các tỉnh", "Hội Cựu chiến binh (CCB) các
// huyện"): the "(" of that bracket; c when there is none. A short form is up to three tokens, words
// or "&", the first all in capitals ("GD&ĐT").
int32_t short_form_before(const Document& doc, int32_t c);

// A list of bodies, with the role a remark gives one of them ("Sở A - đơn vị trưởng khối",
// "Sở B (Khối phó)").
struct BodyList {
  std::vector<std::string> members;
  std::optional<std::string> leader, deputy;
  // (s26) Where the members' kind came from when it is not written with each name ("Kho bạc Nhà nước
  // huyện" before "gồm: Kỳ Sơn, …"): the list as written and the kind; empty otherwise.
  std::string written, kind;
};
// The list of three or more bodies starting at p (after "gồm"): a count and its noun before it
// ("7 đơn vị:") are skipped; items are separated by ";" when there is one, else by "," and by
// "và" before a body's head; a bracketed list ends at its ")", another at the sentence's end; the
// last item ends before the clause's verb ("… Ban Dân tộc tỉnh ký kết giao ước").
std::optional<BodyList> read_body_list(const Analysis& a, int32_t p, int32_t end);
// (s25-members) Only a body's head written once for the places after it, at p: "Thuế 6 tỉnh: A, B",
// "Hội Luật gia các tỉnh, thành phố: A, B", "Cảnh sát PCCC (PCCC-CNCH) 8 địa phương A, B" (the first
// reader of read_body_list).
std::optional<BodyList> read_places_of_one_head(const Analysis& a, int32_t p, int32_t end);

// (s25-heads) The tokens [first, last) of a body's head written right before the "các" or the count
// at c that opens a level ("Thanh tra | các tỉnh", "Hội Phụ nữ Công an | các tỉnh", "Tòa án nhân dân |
// hai cấp thuộc 14 tỉnh"): a head the lexicon knows, the nearest c, or capitalised words alone ("Đài
// PT - TH"), up to eight words back, stopping at a number, punctuation, a verb or the group's "thi
// đua"; none when the words before c are not of that form.
std::optional<std::pair<int32_t, int32_t>> head_before_count(const Analysis& a, int32_t c);
// (s29) A department named by its head and its field right before the count or "các" at c ("Sở Văn hóa,
// Thể thao và Du lịch các tỉnh", "Sở Tư pháp 4 tỉnh"): the field's commas are its own. Its span, when it
// may open the list (head_may_open_list), else none.
std::optional<std::pair<int32_t, int32_t>> department_before_count(const Analysis& a, int32_t c);
// (s25-heads, s29) Whether a body's head at `from` may open a list of the places it stands for: it opens
// the sentence (first) or follows a capitalised word, a number, the group's designation ("… thi đua"),
// "gồm", "là", "có" — or those who came for the bodies ("lãnh đạo", "đại diện", "đại biểu"); not the
// object of another verb ("đã đi thăm Thanh tra các tỉnh: A, B").
bool head_may_open_list(const Document& doc, int32_t first, int32_t from);
// (s25-heads) The body's head written before the level of bare places listed from `start`, after
// "gồm" or ":": "Cụm Thi đua Thanh tra các tỉnh Duyên hải Miền Trung (Cụm Thi đua) gồm: A, B", "…
// năm 2011 Đài PT - TH các tỉnh trung du miền núi phía Bắc gồm: A, B", "Tòa án nhân dân hai cấp thuộc
// 14 tỉnh (thành phố) khu vực …: A, B" — a capitalised head (a known head or capitalised words alone),
// "hai cấp thuộc", "các" or a count, a level in lower case, words describing the places. The head as
// written ("Thanh tra", "Đài PT - TH"); none when the words before the list are not of that form.
std::optional<std::string> head_of_places(const Analysis& a, int32_t start);

// (s25-heads) The members of a list of bare places under a body's head (head_of_places) anywhere in
// the text, three or more, read by `read`: the first in a sentence naming the group (or signing), else
// the text's first; none in a passage that awards.
std::vector<std::string> headed_places_members(const Analysis& a, const std::string& key, const MemberReader& read);

// (s26) A list of bare names — capitalised words with no body's head, no level, no person, words in
// lower case inside a name that holds no verb ("Cao đẳng Y tế A") — split by ",", ";" and "và", from k:
// "Tân Kỳ, Anh Sơn (Cụm phó), Con Cuông và Tương Dương", "Nội vụ, Tư pháp, Kế hoạch và Đầu tư" (a
// department's field read whole); or every item with its own head in lower case ("phòng Tư pháp,
// phòng Nội vụ"). Three or more, each with the group role a bracket after it gives; the list ends
// before the clause's verb or a bracket of remark; none when an item is a brand written alone ("BIDV").
struct NameItem {
  int32_t first = 0, last = 0;
  int flags = 0;          // group role (kGroupLeader, kGroupDeputy)
  bool own_head = false;  // the item opens with its own head in lower case ("phòng Tư pháp")
};
struct NameList {
  std::vector<NameItem> items;  // three or more; the list ends with the last
};
std::optional<NameList> bare_name_items(const Analysis& a, int32_t k, int32_t end);
// (s26) What each bare name of a list from `start` (after "gồm", "gồm có", "là" or ":") is, read in the
// words before it: a level after "các" or a count with the body's head before it ("Công an các huyện
// miền Tây gồm" → "Công an huyện", "5 Bảo hiểm xã hội huyện gồm" → "Bảo hiểm xã hội huyện"), a level
// alone ("các xã vùng biển gồm" → "xã"; "Công an xã" when `police`: the text names the police), or a kind of body
// after "các" or a count with its kind's words ("các trường THPT khu vực miền núi gồm:" → "Trường THPT",
// "các sở, ngành kinh tế tỉnh gồm 4 đơn vị:" → "Sở"). None when the words before are of no such form.
std::optional<std::string> kind_of_names(const Analysis& a, int32_t start, bool police);
// The members of a list of bare names under its kind ("Trường THPT Mường Lát"; an item opening with
// the kind's words after its head takes the head alone: "Trường" + "Cao đẳng Y tế A"), and the
// leader and deputy its brackets name.
std::vector<std::string> named_with_kind(const Analysis& a, const NameList& list, const std::string& kind,
                                         std::optional<std::string>* leader, std::optional<std::string>* deputy);
// (s26) The first list of bare names under a kind (kind_of_names) in a sentence naming the group or
// signing, none in a passage that awards.
std::optional<BodyList> bare_names_members(const Analysis& a, const std::string& key, bool police);
// (s26) Members read as bare names, or as bare names with a level, by another reader ("Khối thi đua các
// sở, ngành kinh tế tỉnh gồm 4 đơn vị: Công Thương, Xây dựng, …", "Kho bạc Nhà nước các huyện miền núi
// gồm: Kỳ Sơn, …" read "huyện Kỳ Sơn"): the same list under the kind written before it ("Sở Công
// Thương", "Kho bạc Nhà nước huyện Kỳ Sơn"), as the Conventions name members in full; none when the
// list is not found, or the words before it name no body.
std::optional<BodyList> kinds_for_bare_members(const Analysis& a, const std::vector<std::string>& members, bool police);

// (s24-lists) "Công an TP Thủ Đức", "Công an TX. Phú Mỹ": a level written short after a member's
// head, before the place's capitalised name or closing the name, is written out ("Công an thành
// phố Thủ Đức", "Hội Cựu chiến binh thành phố").
void written_out_levels(std::vector<std::string>& members);

// Words naming those who take part in an act, a list of bodies after them: "với sự tham gia của",
// "tham gia ký kết có/gồm", "giữa các đơn vị:", "giữa". The token where the list starts, -1 when
// none at k.
int32_t participants_at(const Document& doc, int32_t k, int32_t end);

// "Cụm thi đua số 1 gồm:" closing its line (the colon at token `colon`), the units on the lines
// after it, one a line, bulleted, numbered or not ("- Sở Tư pháp (Cụm trưởng);", "2. Sở Nội
// vụ"), or a table written out as lines (a header "STT …" skipped, row numbers, columns split by
// "|" or the role closing the row, "| Thành viên" for a plain member; a header of columns naming no
// body skipped), up to the first line that names no body. Two or more, half of them opening with a
// body's head. (s23-parse) `colon` may also be the last token of the group's name alone on its line
// over a table ("Cụm thi đua số 5" / "Công an tỉnh A | Cụm trưởng").
std::optional<BodyList> read_line_list(const Analysis& a, int32_t colon);

// "công an các tỉnh:", "Công an năm tỉnh:", "công an 5 tỉnh": the police of a level before a
// list of names. Returns the shared level and the token where the names start.
std::optional<std::pair<std::pair<Level, std::string>, int32_t>> police_list_head(const Analysis& a, int32_t p,
                                                                                 int32_t end);

// Members stated without "gồm" after the group's full name: places before "thuộc/trong" the group
// ("các xã A, B và C thuộc Cụm thi đua số 7"), a counted list of as many places as the count
// ("đại diện 05 xã A, B, C, D, E"), the group's bare head in lower case before "gồm" ("… thuộc
// khối gồm: …"). `key` is the group's unit_key. Empty when none.
std::vector<std::string> members_elsewhere(const Analysis& a, const std::string& key, const MemberReader& read);

// Bodies listed around a mention of the group without "gồm" (three or more, with their roles):
// in a bracket right after it ("Cụm thi đua số 5 (Sở A, Sở B, Sở C)"), after a colon or "là"
// when units are "in"/"of" it ("lãnh đạo 4 đơn vị trong Cụm: A, B, …", "các đơn vị thành viên của
// Khối là A, B và C"), or right before it ("A, B, C và D (Cụm thi đua số 5)", "A, B và C thuộc
// Cụm …"), or signing its pledge ("lãnh đạo các đơn vị: A, B, C đã ký kết giao ước thi đua Khối
// …"). `key` is the group's unit_key. The longest such list, or none.
std::optional<BodyList> bodies_around_group(const Analysis& a, const std::string& key);
// (session 24) The last resort of a text about a group whose members no wording above opens: the
// longest list of four or more bodies the text writes, at a sentence's start, after ":", "(", "gồm",
// "có", "là" or "của" ("Tham dự có Sở A, Sở B, Sở C và Sở D", "… của Công an các tỉnh A, B, C, D") — a
// list of the format, not of a wording. Not bodies awarded or honoured ("tặng Bằng khen cho 04 tập
// thể (Sở A; Sở B; …)"), nor one place's bodies each a bare head.
std::optional<BodyList> densest_body_list(const Analysis& a);

// (s23-probe) A group's list continued in the next sentence: "Cụm gồm A, B. Ngoài ra còn có C và D.",
// "… Bên cạnh đó, Cụm còn có E.": the bodies after the continuing words join `members` when the
// sentence before names one of them. Each item must be a whole unit the gazetteer reads.
void continued_members(const Analysis& a, std::vector<std::string>& members);
// (session 27) "…, Trại giam Xuân Hòa và các Trại giam số 3, số 5 Tổng cục VIII": the numbered bodies
// under the plural head of a member before them, each with the owner written after the last number.
void numbered_members(const Analysis& a, std::vector<std::string>& members);

// (s23-probe) "Cụm trưởng là A, Cụm phó là B. Các thành viên còn lại là C và D.": a group whose list
// names only the units left after its leader and deputy has them all as members (run after the roles,
// when no list was found).
void remaining_members(const Analysis& a, GroupResult& g);

// A person who is "Khối trưởng Khối thi đua" / "Trưởng khối thi đua" (the group named short or not
// at all) leads the unit of another position of theirs; fills g.leader / g.deputy when empty.
void roles_of_people(const Analysis& a, const std::vector<Person>& people, const std::string& key, GroupResult& g);

// The unit taking the group role at token `role` (`length` tokens) in the patterns the older
// unit_for_role does not read: "X được giao nhiệm vụ khối trưởng", "X được phân công làm Cụm
// trưởng", "do xã X làm cụm trưởng" (a place). The unit as printed and as written.
std::optional<std::pair<std::string, std::string>> unit_for_role_passive(const Analysis& a, int32_t role);

// The unit that hosts the group, given as "X (đơn vị chủ trì Khối thi đua năm 2020)" or "X là đơn
// vị chủ trì Cụm": its leader. A place when the words before the bracket name several of its
// bodies ("Đảng ủy, HĐND, UBND xã Vạn Khánh (đơn vị chủ trì …)" → "xã Vạn Khánh"). The unit as
// printed and as written.
std::optional<std::pair<std::string, std::string>> hosting_unit(const Analysis& a);

// (s14-plan-b) "Công an tỉnh A, đơn vị Cụm trưởng, cùng các đơn vị B, C, D …", "Sở A (Khối
// trưởng) cùng Sở B, Sở C và Sở D ký …", "Trường A - đơn vị Cụm trưởng cùng với Trường B, …": the
// units joined by "cùng (với)" to the group's leader or deputy, in a sentence naming the group or
// signing, are its members, that unit first. Fills g.members when empty (three or more bodies, or
// two or more units of the gazetteer); adds the leader or deputy before a list read from there.
void members_joined_to_role(const Analysis& a, const std::string& key, const MemberReader& read, GroupResult& g);

// (s28-members2) "đ/c A – Giám đốc Công ty B – Khối trưởng Khối thi đua và các đ/c lãnh đạo các đơn vị
// thuộc Khối (C, D, E)": the unit of the group's leader or deputy, written with its role and joined by "và" to
// those of "các đơn vị" whose list follows, is a member beside that list (the Conventions: "names them beside
// it"), first. Nothing when the role's unit is listed already or no such list follows it.
void role_beside_list(const Analysis& a, GroupResult& g);

// (s16-plan-a) Whether the list starting at `first` is what an award or a gift goes to ("đề nghị
// tặng Cờ thi đua cho Công an các tỉnh A, B", "trao Bằng khen cho 03 đơn vị: …"): those honoured,
// not the group's units.
bool awarded_list(const Document& doc, int32_t first);

// (s16-plan-a) The unit holding the role at token `role` written in a fronted phrase, the unit the
// clause's subject after its comma: "Là đơn vị Cụm trưởng năm 2024, Công an tỉnh A đã …", "Với vai
// trò cụm trưởng, Hội CCB huyện B …", "…, đại diện lãnh đạo UBND huyện C …" (the represented
// unit). The unit as printed and as written.
std::optional<std::pair<std::string, std::string>> unit_for_fronted_role(const Analysis& a, int32_t role);

// (s21-lists) The member of `members` written right before the words linking it to the role at
// token `role` — "Trại giam A là đơn vị Khối trưởng", "Sở B làm Cụm phó", "B giữ vai trò Cụm phó",
// "A – Khối trưởng"; with `copula_only`, only a bare "là" / "làm" ("bầu Quỹ C làm Khối trưởng"):
// the longest that opens its own phrase in the role's sentence. Without `copula_only`, none when
// "bầu" stands before it in the sentence (elected for the coming term). The member and its first
// token. Shared by roles_of_listed_members and the group roles of extract_people.cpp.
struct ListedHolder {
  const std::string* member;
  int32_t first;
};
// (s22-tidy) The listed members as listed_member_before_role compares them — each one's length in
// tokens and its unit key — analysed once per text, at the first role that asks, however many
// group roles the text writes. One per extract_group call, passed to every lookup.
class MemberForms {
 public:
  struct Form {
    int32_t tokens = 0;
    std::string key;
  };
  const Form& of(const std::string& member);

 private:
  std::unordered_map<std::string, Form> forms_;
};
std::optional<ListedHolder> listed_member_before_role(const Document& doc, const std::vector<std::string>& members,
                                                      MemberForms& forms, int32_t role, bool copula_only);

// (s20-members) A unit of the group's list given its role by name after the list ("Trong đó Trại
// giam A là đơn vị Khối trưởng", "Sở B làm Cụm phó", "tại Trại giam A – Khối trưởng Khối …", "Chủ
// tịch Hội X- cụm trưởng"): fills g.leader / g.deputy when empty, with the member as listed.
void roles_of_listed_members(const Analysis& a, GroupResult& g, MemberForms& forms);

// (s23-lists) A guidance that gives the roles by the list's order — "Đơn vị xếp đầu cụm làm cụm
// trưởng", "đơn vị đứng đầu danh sách là khối trưởng", "đơn vị xếp thứ hai làm cụm phó" — names the
// listed member at that place; fills g.leader / g.deputy when empty and the list is long enough.
void roles_by_list_order(const Analysis& a, GroupResult& g);

// (s25-members) "Sở TT&TT TP Cần Thơ là Cụm trưởng": a role's unit read short of the place the text
// writes after it (by a level, "TP" too), in a sentence giving that role: the member of that place
// ("Sở TT&TT thành phố Cần Thơ").
void roles_with_their_places(const Analysis& a, GroupResult& g);

// (s25-members) "Phó Chánh Văn phòng UBND tỉnh" → "Văn phòng UBND tỉnh", "Trưởng ban Dân vận Tỉnh ủy"
// → "Ban Dân vận Tỉnh ủy": the body an office heads when the title's last words open that body's name
// (lexicon::office_ranks, titled_bodies); nullopt for other offices ("Giám đốc Sở A": the unit read).
std::optional<std::string> body_headed_by(const PositionPart& part);

}  // namespace thidua::text::plan
