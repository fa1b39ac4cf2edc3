#include <gtest/gtest.h>

#include "core/access.h"
#include "core/audit.h"
#include "core/date.h"
#include "core/error.h"
#include "core/org.h"

namespace thidua {

TEST(Date, ParsesOnlyRealIsoDatesAndFormatsTheVietnameseWay) {
  EXPECT_EQ(Date::parse_iso("2025-07-01")->vn(), "01/07/2025");
  EXPECT_FALSE(Date::parse_iso("2025-02-29"));
  EXPECT_TRUE(Date::parse_iso("2024-02-29"));
  EXPECT_FALSE(Date::parse_iso("2025-7-1"));
  EXPECT_FALSE(Date::parse_iso("01/07/2025"));
  EXPECT_EQ(Date::parse_iso("2025-03-01")->add_days(-1).iso(), "2025-02-28");
}

TEST(Org, AChildMustLieWithinItsParentsValidity) {
  org::Validity district{*Date::parse_iso("2004-08-01"), *Date::parse_iso("2025-02-28")};
  org::Validity commune_ok{*Date::parse_iso("2010-01-01"), *Date::parse_iso("2020-01-01")};
  org::Validity commune_open{*Date::parse_iso("2010-01-01"), std::nullopt};
  EXPECT_NO_THROW(org::check_within_parent(commune_ok, district, "Công an huyện"));
  // Still in force after its parent ended: refused.
  EXPECT_THROW(org::check_within_parent(commune_open, district, "Công an huyện"), Error);
}

TEST(Org, MovingAUnitUnderItsOwnDescendantIsACycle) {
  EXPECT_THROW(org::check_no_cycle(5, {9, 7, 5, 1}), Error);
  EXPECT_NO_THROW(org::check_no_cycle(5, {9, 7, 1}));
}

TEST(Org, UnitCodesAreAsciiAndNamesBounded) {
  EXPECT_NO_THROW(org::check_unit_fields("Công an tỉnh Nghệ An", "CA-NA"));
  EXPECT_THROW(org::check_unit_fields("Công an tỉnh Nghệ An", "CA NA"), Error);
  EXPECT_THROW(org::check_unit_fields(std::string(301, 'a'), "X"), Error);
}

TEST(Access, OnlyAdminsManageUsersAndViewersChangeNothing) {
  using access::Resource;
  using access::Role;
  EXPECT_TRUE(access::can_write(Role::kAdmin, Resource::kUsers));
  EXPECT_FALSE(access::can_write(Role::kOfficer, Resource::kUsers));
  EXPECT_TRUE(access::can_write(Role::kOfficer, Resource::kUnits));
  EXPECT_FALSE(access::can_write(Role::kReporter, Resource::kUnits));
  for (auto r : {Resource::kUnits, Resource::kPeople, Resource::kUsers, Resource::kReports})
    EXPECT_FALSE(access::can_write(Role::kViewer, r));
  access::Role parsed;
  EXPECT_FALSE(access::parse_role("root", parsed));
}

TEST(Audit, TheHashCoversEveryFieldAndThePreviousRow) {
  audit::Entry e;
  e.id = 7;
  e.at = "2026-01-01T00:00:00Z";
  e.username = "admin";
  e.address = "127.0.0.1";
  e.action = "unit.rename";
  e.entity = "unit";
  e.after_json = R"({"name":"X"})";
  e.prev_hash = "abc";
  std::string h = audit::chain_hash(e);
  EXPECT_EQ(h.size(), 64u);
  auto changed = e;
  changed.after_json = R"({"name":"Y"})";
  EXPECT_NE(audit::chain_hash(changed), h);
  changed = e;
  changed.prev_hash = "abd";
  EXPECT_NE(audit::chain_hash(changed), h);
  // An absent value and an empty one are different records.
  changed = e;
  changed.before_json = "";
  EXPECT_NE(audit::chain_hash(changed), h);
}

}  // namespace thidua
