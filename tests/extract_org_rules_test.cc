// Organization names of the default rule set (rules/30-organizations.rules and
// its lexicons) on sentences written for these tests: where a name starts and
// ends, and what it must not take in.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>

#include "extract_rules_fixture.h"
#include "lienket/extract.h"
#include "lienket/types.h"

namespace lienket {
namespace {

class OrgRulesTest : public DefaultRulesTest {
 protected:
  static std::set<std::string> Facts(const std::string& text) {
    return DefaultRulesTest::Facts(text, "2017-06-01");
  }
};

// "Công đoàn" heads a name (org_head.txt).
TEST_F(OrgRulesTest, TradeUnionIsABody) {
  auto f = Facts("Chủ tịch Công đoàn Tổng công ty Điện lực Miền Bắc Trần Văn Hải phát biểu tại hội nghị.");
  EXPECT_TRUE(Has(f, "position_of|Chủ tịch Công đoàn Tổng công ty Điện lực Miền Bắc|"
                     "Công đoàn Tổng công ty Điện lực Miền Bắc"))
      << Dump(f);
  EXPECT_TRUE(Has(f, "holds_title|Trần Văn Hải|Chủ tịch Công đoàn Tổng công ty Điện lực Miền Bắc"))
      << Dump(f);
  // "Công" is no person here.
  EXPECT_FALSE(Mentions(f, "|Công|")) << Dump(f);
}

// "Công đoàn cơ quan Dân, Đảng ...": the comma does not end the name
// (word.txt), and the name is not cut to "Đảng huyện Gia Lâm".
TEST_F(OrgRulesTest, UnionOfThePartyAndMassBodies) {
  auto f = Facts("Công đoàn cơ quan Dân, Đảng huyện Gia Lâm đã tổ chức Hội nghị tổng kết năm 2017.");
  EXPECT_TRUE(Has(f, "organizes|Công đoàn cơ quan Dân, Đảng huyện Gia Lâm|Hội nghị tổng kết năm 2017"))
      << Dump(f);
  EXPECT_FALSE(Mentions(f, "organizes|Đảng huyện Gia Lâm|")) << Dump(f);
}

// An award's title that names the union is no body inside it.
TEST_F(OrgRulesTest, UnionInsideAnAwardTitle) {
  auto f = Facts(
      "Chủ tịch Tổng Liên đoàn Lao động Việt Nam Bùi Văn An tặng Kỷ niệm chương Vì sự nghiệp Công "
      "đoàn Việt Nam cho ông Nguyễn Đức Minh.");
  EXPECT_TRUE(Has(f, "received_award|Nguyễn Đức Minh|Kỷ niệm chương Vì sự nghiệp Công đoàn")) << Dump(f);
  EXPECT_FALSE(Mentions(f, "|Công đoàn Việt Nam")) << Dump(f);
}

// "Đội" heads a unit's name; "Đội tuyển", "Đội hình" ... are other words.
TEST_F(OrgRulesTest, UnitIsABody) {
  auto f = Facts("Trưởng Đội Cảnh sát giao thông số 5 Nguyễn Văn Hùng cho biết.");
  EXPECT_TRUE(Has(f, "position_of|Trưởng Đội Cảnh sát giao thông số 5|Đội Cảnh sát giao thông số 5"))
      << Dump(f);
  EXPECT_TRUE(Has(f, "holds_title|Nguyễn Văn Hùng|Trưởng Đội Cảnh sát giao thông số 5")) << Dump(f);

  auto g = Facts("Đội tuyển Việt Nam tham dự Lễ khai mạc SEA Games.");
  EXPECT_FALSE(Mentions(g, "Đội tuyển")) << Dump(g);
}

// "Đoàn Chủ tịch" (a presidium) is a body: its member is no "Chủ tịch".
TEST_F(OrgRulesTest, PresidiumIsABody) {
  auto f = Facts("Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Văn Bình phát biểu.");
  EXPECT_TRUE(Has(f, "position_of|Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam|"
                     "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"))
      << Dump(f);
  EXPECT_FALSE(Has(f, "holds_title|Nguyễn Văn Bình|Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")) << Dump(f);
}

// "và" is never the last syllable of a name, and "và" followed by a title
// or rank starts the next item, not the rest of the name.
TEST_F(OrgRulesTest, NameStopsBeforeAnd) {
  auto f = Facts("Ông Lê Văn Hóa, Tổng giám đốc Công ty Nhựa Long Thành và ông Phạm Quang Long cùng dự lễ.");
  EXPECT_TRUE(Has(f, "holds_title|Lê Văn Hóa|Tổng giám đốc Công ty Nhựa Long Thành")) << Dump(f);
  EXPECT_FALSE(Mentions(f, "Long Thành và")) << Dump(f);

  auto g = Facts("Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị Nguyễn Văn An dự lễ.");
  EXPECT_TRUE(Has(g, "position_of|Bộ trưởng Bộ Quốc phòng|Bộ Quốc phòng")) << Dump(g);
  EXPECT_TRUE(Has(g, "holds_title|Nguyễn Văn An|Ủy viên Bộ Chính trị")) << Dump(g);
  EXPECT_FALSE(Mentions(g, "Bộ Quốc phòng và")) << Dump(g);

  // "và" between two words of the name stays inside it.
  auto h = Facts("Bộ trưởng Bộ Thông tin và Truyền thông Trương Minh Tuấn phát biểu.");
  EXPECT_TRUE(Has(h, "position_of|Bộ trưởng Bộ Thông tin và Truyền thông|Bộ Thông tin và Truyền thông"))
      << Dump(h);
}

// A chamber's name ends at its head or its country; a foreign name after it
// is the person.
TEST_F(OrgRulesTest, ChamberDoesNotTakeTheNextName) {
  auto f = Facts("Chủ tịch Hạ viện Paul Ryan phát biểu tại Hội nghị.");
  EXPECT_TRUE(Has(f, "holds_title|Paul Ryan|Chủ tịch Hạ viện")) << Dump(f);
  EXPECT_FALSE(Mentions(f, "Hạ viện Paul")) << Dump(f);

  auto g = Facts("Chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ Bob Corker phát biểu.");
  EXPECT_TRUE(Has(g, "holds_title|Bob Corker|Chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ")) << Dump(g);
  EXPECT_FALSE(Mentions(g, "Mỹ Bob")) << Dump(g);
}

// A body named with an abbreviation inside its name is taken whole
// (aliases.tsv expands it in the graph).
TEST_F(OrgRulesTest, AbbreviatedBodyIsWhole) {
  auto f = Facts("Phó Chủ tịch Ủy ban ATGT Quốc gia Lê Văn Hùng trao thiết bị.");
  EXPECT_TRUE(Has(f, "position_of|Phó Chủ tịch Ủy ban ATGT Quốc gia|Ủy ban ATGT Quốc gia")) << Dump(f);
  EXPECT_TRUE(Has(f, "holds_title|Lê Văn Hùng|Phó Chủ tịch Ủy ban ATGT Quốc gia")) << Dump(f);
}

// A leader's pen name that starts with "Trường" is no school.
TEST_F(OrgRulesTest, PenNameIsNoSchool) {
  auto f = Facts("Tổng Bí thư Trường Chinh đã chủ trì Hội nghị Trung ương.");
  EXPECT_FALSE(Mentions(f, "|Trường Chinh")) << Dump(f);
}

}  // namespace
}  // namespace lienket
