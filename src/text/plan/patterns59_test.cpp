// The fifty-ninth round (issue 14, session 22, s22-lead): the event's kind and place and the
// movement's name and kind, from probe passages written for the round — a headline, a dateline and
// a lead paragraph as news pages and launch plans write them, one construction in many wordings
// across police, People's Committees, departments, schools, hospitals, Party and mass organisations,
// the army, unions and companies. `PlanPatterns59.FixedReadings` holds the wordings each fix of the
// round reads (every case fails on the sources before it); `PlanPatterns59.BatteryReadings` holds a
// share of the battery the parser already read right, kept as guards.
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;
using test::parse;

// A passage and the lead fields it must give. nullptr: the value is null; kAny: not checked.
constexpr const char* kAny = "?";
struct LeadCase {
  const char* what;
  const char* text;
  const char* kind;
  const char* place;
  const char* name;
  const char* movement_kind;
};

void expect_field(const json& value, const char* want, const char* field) {
  if (want == kAny) return;
  if (want == nullptr) EXPECT_TRUE(value.is_null()) << field << ": " << value;
  else EXPECT_EQ(value, want) << field;
}

template <size_t N>
void expect_leads(const LeadCase (&cases)[N]) {
  for (const LeadCase& c : cases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    expect_field(r["event"]["kind"], c.kind, "event.kind");
    expect_field(r["event"]["place"], c.place, "event.place");
    expect_field(r["movement"]["name"], c.name, "movement.name");
    expect_field(r["movement"]["kind"], c.movement_kind, "movement.kind");
  }
}

TEST(PlanPatterns59, FixedReadings) {
  const LeadCase cases[] = {
      // A venue named after a day keeps the day's slash.
      {"a square named after a day",
       "Đoàn Thanh niên ra quân Tháng Thanh niên\nSáng 2/3/2024, tại Quảng trường 3/2, Tỉnh đoàn Hà Giang tổ chức Lễ "
       "ra quân Tháng Thanh niên năm 2024.",
       "launch", "Quảng trường 3/2", kAny, kAny},
      {"a square named after a day, at a ceremony of no kind",
       "Công an tỉnh đón nhận Huân chương Bảo vệ Tổ quốc\nSáng 19/8/2024, tại Quảng trường 10/3, Công an tỉnh Đắk Lắk "
       "tổ chức Lễ kỷ niệm 79 năm Ngày truyền thống CAND và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất.",
       nullptr, "Quảng trường 10/3", kAny, kAny},
      // A place dated by an earlier year than the sentence's day is an earlier fact's.
      {"a pledge signed at a place in an earlier year",
       "Cụm thi đua số 5 sơ kết giao ước thi đua\nNgày 15/7/2023, Cụm thi đua số 5 Bộ Công an tổ chức hội nghị sơ kết "
       "6 tháng thực hiện giao ước thi đua đã ký kết tại Hà Nội năm 2020 giữa Công an các tỉnh trong Cụm.",
       "review", nullptr, kAny, kAny},
      // "phát động thi đua đặc biệt … chào mừng …": the emulation named by its purpose, its kind said.
      {"a special emulation launched without \"phong trào\" or \"đợt\"",
       "Phát động thi đua đặc biệt\nSáng 12/3/2025, UBND tỉnh Bình Thuận tổ chức Lễ phát động thi đua đặc biệt chào "
       "mừng kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.",
       "launch", kAny, "thi đua đặc biệt chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước",
       "special"},
      {"… with \"lập thành tích\" before its purpose",
       "Phát động thi đua đặc biệt chào mừng 80 năm Ngày truyền thống\nSáng 5/6/2024, Công an tỉnh Lâm Đồng phát động "
       "thi đua đặc biệt lập thành tích chào mừng kỷ niệm 80 năm Ngày truyền thống Công an nhân dân.",
       "launch", kAny, "thi đua đặc biệt lập thành tích chào mừng kỷ niệm 80 năm Ngày truyền thống Công an nhân dân",
       "special"},
      // "phong trào Thi đua Quyết thắng năm 2024": a proper name without quotes, its year outside it.
      {"the army's movement by its proper name, with its year",
       "Bộ Chỉ huy Quân sự tỉnh phát động thi đua Quyết thắng\nSáng 8/1/2024, Bộ Chỉ huy Quân sự tỉnh Hà Giang tổ chức "
       "Lễ phát động phong trào Thi đua Quyết thắng năm 2024 tại Hội trường Bộ Chỉ huy Quân sự tỉnh.",
       "launch", "Hội trường Bộ Chỉ huy Quân sự tỉnh", "Thi đua Quyết thắng", kAny},
      {"… with its year and scope",
       "Phát động thi đua trong lực lượng vũ trang\nNgày 15/1/2024, Bộ Tư lệnh Quân khu 5 phát động phong trào Thi đua "
       "Quyết thắng năm 2024 trong toàn lực lượng vũ trang Quân khu.",
       "launch", kAny, "Thi đua Quyết thắng", kAny},
      // "mang tên “…”": the quote after the words introducing it is the name.
      {"a movement \"mang tên\" its quoted name",
       "Phát động phong trào thi đua mang tên \"Tuổi trẻ Công an tỉnh xung kích, sáng tạo\"\nSáng 26/3/2024, Đoàn Thanh "
       "niên Công an tỉnh Bắc Ninh phát động phong trào thi đua mang tên \"Tuổi trẻ Công an tỉnh xung kích, sáng tạo\".",
       "launch", kAny, "Tuổi trẻ Công an tỉnh xung kích, sáng tạo", kAny},
      // The headline names a campaign by its kind; the body, with no event, names it in full.
      {"a plan's campaign named in full by the body",
       "Triển khai kế hoạch đợt thi đua đặc biệt\nCông an tỉnh Tiền Giang vừa ban hành Kế hoạch triển khai đợt thi đua "
       "đặc biệt lập thành tích chào mừng Đại hội Đảng bộ Công an Trung ương lần thứ VIII.",
       nullptr, kAny, "đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ Công an Trung ương lần thứ VIII",
       "special"},
  };
  expect_leads(cases);
}

TEST(PlanPatterns59, BatteryReadings) {
  const LeadCase cases[] = {
      {"a place in the dateline's sentence",
       "QUẢNG NAM - Sáng 5/3/2024, tại Hội trường Công an tỉnh, Ban Giám đốc Công an tỉnh Quảng Nam tổ chức hội nghị sơ "
       "kết quý I phong trào thi đua Vì an ninh Tổ quốc.",
       "review", "Hội trường Công an tỉnh", "Vì an ninh Tổ quốc", "regular"},
      {"online with bridge points: no place",
       "Bộ Y tế phát động phong trào thi đua năm 2025\nSáng 10/2/2025, Bộ Y tế tổ chức Lễ phát động phong trào thi đua năm "
       "2025 theo hình thức trực tuyến kết hợp trực tiếp tới 63 điểm cầu của các Sở Y tế.",
       "launch", nullptr, kAny, kAny},
      {"three bridge points: no place",
       "Ngành Tòa án ký giao ước thi đua\nSáng 20/2/2024, Cụm thi đua số 2 Tòa án nhân dân các tỉnh miền Trung tổ chức hội "
       "nghị ký giao ước thi đua năm 2024. Hội nghị được tổ chức ở 3 điểm cầu: Đà Nẵng, Quảng Nam, Quảng Ngãi.",
       "pledge_signing", nullptr, kAny, kAny},
      {"a crime's place in the lead: no place, a peak of crime suppression names nothing",
       "Công an huyện Yên Thành phát động thi đua cao điểm\nSáng 3/4/2024, Công an huyện Yên Thành tổ chức Lễ phát động "
       "đợt thi đua cao điểm trấn áp tội phạm. Thời gian qua, trên địa bàn huyện liên tiếp xảy ra các vụ trộm cắp, trong đó "
       "vụ án xảy ra tại xã Công Thành gây bức xúc dư luận.",
       "launch", nullptr, nullptr, kAny},
      {"\"tại địa phương\": no place; the whole people's movement in lower case",
       "Các xã triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc\nSáng 4/5/2024, Công an huyện Krông Pắc tổ chức hội "
       "nghị triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024 tại địa phương.",
       "conference", nullptr, "toàn dân bảo vệ an ninh Tổ quốc", "regular"},
      {"a meeting in a hall and online",
       "Sở Tư pháp tổng kết thi đua\nSáng 15/1/2024, Sở Tư pháp tỉnh Long An tổ chức hội nghị tổng kết công tác tư pháp năm "
       "2023. Hội nghị được tổ chức trực tiếp tại hội trường Sở Tư pháp và trực tuyến đến Phòng Tư pháp các huyện.",
       "review", "hội trường Sở Tư pháp", kAny, kAny},
      {"a festival held at 20 communes at once: no place",
       "Ngày hội toàn dân bảo vệ an ninh Tổ quốc được tổ chức đồng loạt\nNgày 18/8/2024, Ngày hội toàn dân bảo vệ an ninh "
       "Tổ quốc được tổ chức đồng loạt tại 20 xã, thị trấn trên địa bàn huyện Tuy Phước.",
       nullptr, nullptr, "toàn dân bảo vệ an ninh Tổ quốc", "regular"},
      {"a model's debut: no kind, no movement",
       "Công an xã Hòa Phong ra mắt mô hình \"Camera an ninh\"\nSáng 12/9/2024, Công an xã Hòa Phong tổ chức lễ ra mắt mô "
       "hình \"Camera an ninh\" tại thôn Phú Sơn.",
       nullptr, "thôn Phú Sơn", nullptr, kAny},
      {"a review that signs next year's pledge",
       "Khối thi đua các cơ quan Đảng tổng kết và ký giao ước thi đua năm 2025\nNgày 10/1/2025, Khối thi đua các cơ quan "
       "Đảng tỉnh Cà Mau tổ chức hội nghị tổng kết công tác thi đua năm 2024 và ký kết giao ước thi đua năm 2025.",
       "review", kAny, kAny, kAny},
      {"a briefing of the awards council",
       "Hội nghị giao ban công tác thi đua quý III\nNgày 5/10/2023, Hội đồng Thi đua - Khen thưởng huyện Tam Nông tổ chức "
       "hội nghị giao ban công tác thi đua, khen thưởng quý III năm 2023.",
       "conference", kAny, kAny, kAny},
      {"an emulation congress",
       "Đại hội thi đua yêu nước tỉnh lần thứ VI\nSáng 22/10/2025, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Thái Bình tổ "
       "chức Đại hội thi đua yêu nước tỉnh Thái Bình lần thứ VI, giai đoạn 2025-2030.",
       "review", "Trung tâm Hội nghị tỉnh", kAny, kAny},
      {"a plan issued: no event",
       "Kế hoạch thi đua năm 2025 của UBND huyện\nUBND huyện Cái Bè ban hành Kế hoạch tổ chức phong trào thi đua \"Dân vận "
       "khéo\" năm 2025 nhằm phát huy sức mạnh của cả hệ thống chính trị.",
       nullptr, kAny, "Dân vận khéo", kAny},
      {"a peak of crime suppression: a launch, no movement",
       "Công an tỉnh ra quân đợt cao điểm tấn công trấn áp tội phạm\nSáng 15/12/2024, Công an tỉnh Bình Định tổ chức Lễ ra "
       "quân đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh trật tự Tết Nguyên đán Ất Tỵ 2025.",
       "launch", kAny, nullptr, nullptr},
      {"\"Vì an ninh Tổ quốc\" unquoted, ending at its year",
       "Phát động phong trào thi đua Vì an ninh Tổ quốc năm 2024\nNgày 4/1/2024, Công an huyện Phù Mỹ tổ chức hội nghị phát "
       "động phong trào thi đua Vì an ninh Tổ quốc năm 2024.",
       "launch", kAny, "Vì an ninh Tổ quốc", "regular"},
      {"a programme and a project are no movements",
       "UBND tỉnh triển khai Chương trình \"Mỗi xã một sản phẩm\"\nSáng 10/4/2024, UBND tỉnh Quảng Nam tổ chức hội nghị "
       "triển khai Chương trình \"Mỗi xã một sản phẩm\" năm 2024.",
       "conference", kAny, nullptr, nullptr},
      {"a thematic movement, quoted",
       "Công an phường phát động phong trào thi đua chuyên đề\nSáng 7/5/2024, Công an phường Cam Nghĩa phát động phong trào "
       "thi đua chuyên đề \"Công an phường vì nhân dân phục vụ\" năm 2024.",
       "launch", kAny, "Công an phường vì nhân dân phục vụ", "thematic"},
      {"\"đặc biệt là\" (especially) is no kind",
       "Công an huyện sơ kết phong trào thi đua\nNgày 10/7/2024, Công an huyện Mường Tè sơ kết công tác 6 tháng đầu năm. "
       "Thời gian qua, đơn vị đã phát động nhiều phong trào thi đua, đặc biệt là phong trào thi đua Vì an ninh Tổ quốc.",
       "review", kAny, "Vì an ninh Tổ quốc", "regular"},
      {"the yearly patriotic emulation names no movement",
       "Phát động phong trào thi đua yêu nước năm 2025\nSáng 10/1/2025, UBND huyện Nghĩa Hành tổ chức Lễ phát động phong "
       "trào thi đua yêu nước năm 2025.",
       "launch", kAny, nullptr, nullptr},
      {"the headline's quoted name when the lead names none",
       "Công an tỉnh phát động thi đua \"Vì an ninh Tổ quốc\"\nSáng 8/1/2025, Công an tỉnh Ninh Thuận tổ chức Lễ phát động "
       "phong trào thi đua năm 2025 trong toàn lực lượng.",
       "launch", kAny, "Vì an ninh Tổ quốc", "regular"},
      {"a launch with a pledge signed is a pledge signing",
       "Lễ phát động và ký kết giao ước thi đua\nSáng 6/1/2025, Công an huyện Lục Yên tổ chức Lễ phát động phong trào thi "
       "đua Vì an ninh Tổ quốc và ký kết giao ước thi đua năm 2025.",
       "pledge_signing", kAny, "Vì an ninh Tổ quốc", "regular"},
  };
  expect_leads(cases);
}

}  // namespace
}  // namespace thidua::text::plan
