// Who holds which title: the phrasings of rules/20-persons.rules,
// 40-positions.rules and the holds_title rules of 80-relations.rules, on
// sentences written for these tests: what each must find, and what not.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>

#include "extract_rules_fixture.h"
#include "lienket/extract.h"
#include "lienket/types.h"

namespace lienket {
namespace {

class TitleRulesTest : public DefaultRulesTest {
 protected:
  static std::set<std::string> Facts(const std::string& text) {
    return DefaultRulesTest::Facts(text, "2017");
  }
};

// position-of-organization-via-cua: "Người phát ngôn của Bộ ..." is the
// ministry's spokesman.
TEST_F(TitleRulesTest, RoleOfOrganizationWithCua) {
  auto f = Facts("Người phát ngôn của Bộ Ngoại giao Pháp, ông Pierre Dumont cho biết hai nước sẽ hợp tác.");
  EXPECT_TRUE(Has(f, "holds_title|Pierre Dumont|Người phát ngôn Bộ Ngoại giao Pháp")) << Dump(f);
  EXPECT_TRUE(Has(f, "position_of|Người phát ngôn Bộ Ngoại giao Pháp|Bộ Ngoại giao Pháp")) << Dump(f);
  EXPECT_FALSE(Has(f, "holds_title|Pierre Dumont|Người phát ngôn")) << Dump(f);
  // A lower-case head after a noun is no title: a head nurse.
  auto g = Facts("Điều dưỡng trưởng của Trung tâm Dị ứng Trần Văn Hải cho biết bệnh nhân đã ổn định.");
  EXPECT_FALSE(Mentions(g, "holds_title")) << Dump(g);
}

// position-speaking-for-position: the spokesman of an office holds one
// position; the office's title is not his.
TEST_F(TitleRulesTest, SpokesmanOfAnOffice) {
  auto f = Facts("Cùng ngày, người phát ngôn của Thủ tướng Nhật Bản, ông Kenji Tanaka khẳng định như vậy.");
  EXPECT_TRUE(Has(f, "holds_title|Kenji Tanaka|người phát ngôn của Thủ tướng Nhật Bản")) << Dump(f);
  EXPECT_FALSE(Has(f, "holds_title|Kenji Tanaka|Thủ tướng Nhật Bản")) << Dump(f);
}

// An envoy "of the President X": the name after the office is the
// president's, and the envoy named before keeps the bare title.
TEST_F(TitleRulesTest, EnvoyBeforeTheNameOfTheOffice) {
  auto f = Facts("Chủ tịch nước đã tiếp ngài Lee Sung-min, Đặc phái viên của Tổng thống Hàn Quốc Moon Jae-in.");
  EXPECT_TRUE(Has(f, "holds_title|Lee Sung-min|Đặc phái viên")) << Dump(f);
  EXPECT_TRUE(Has(f, "holds_title|Moon Jae-in|Tổng thống Hàn Quốc")) << Dump(f);
  EXPECT_FALSE(Mentions(f, "holds_title|Moon Jae-in|Đặc phái viên")) << Dump(f);
}

// position-of-brand: "CEO Bkav Nguyễn Tử Quảng".
TEST_F(TitleRulesTest, CompanyNameBetweenRoleAndHolder) {
  auto f = Facts("Buổi tọa đàm có sự tham gia của CEO Bkav Nguyễn Tử Quảng và nhiều doanh nhân.");
  EXPECT_TRUE(Has(f, "holds_title|Nguyễn Tử Quảng|CEO Bkav")) << Dump(f);
  // "Xã trưởng THX": a lower-case head is no role of its own.
  auto g = Facts("Xã trưởng THX Thái Danh Chiếu sang thăm Việt Nam.");
  EXPECT_FALSE(Mentions(g, "trưởng THX")) << Dump(g);
}

// "Chủ tịch HĐQT" names the board: a full title.
TEST_F(TitleRulesTest, ChairOfTheBoard) {
  auto f = Facts("Ông Phạm Văn Tuấn, Chủ tịch HĐQT Công ty cổ phần Đại Dương cho biết.");
  EXPECT_TRUE(Has(f, "holds_title|Phạm Văn Tuấn|Chủ tịch HĐQT Công ty cổ phần Đại Dương")) << Dump(f);
  EXPECT_FALSE(Has(f, "holds_title|Phạm Văn Tuấn|Chủ tịch")) << Dump(f);
}

// person-after-capitalized-ngai and the list reading of "..., Ngài X".
TEST_F(TitleRulesTest, CapitalizedNgaiBeforeAForeignName) {
  auto f = Facts("Ngài Oscar Fernandez, Chủ tịch Thượng viện Cộng hòa Chile, đã tới thăm.");
  EXPECT_TRUE(Has(f, "holds_title|Oscar Fernandez|Chủ tịch Thượng viện Cộng hòa Chile")) << Dump(f);
  EXPECT_FALSE(Mentions(f, "Ngài")) << Dump(f);
  auto g = Facts(
      "Tham dự có ông Nguyễn Văn Nam, Thứ trưởng Bộ Ngoại giao, Ngài Somchai Chayasan, Chủ tịch Hội "
      "Hữu nghị Lào.");
  EXPECT_TRUE(Has(g, "holds_title|Somchai Chayasan|Chủ tịch Hội Hữu nghị Lào")) << Dump(g);
  EXPECT_TRUE(Has(g, "holds_title|Nguyễn Văn Nam|Thứ trưởng Bộ Ngoại giao")) << Dump(g);
  EXPECT_FALSE(Has(g, "holds_title|Somchai Chayasan|Thứ trưởng Bộ Ngoại giao")) << Dump(g);
}

// title-comma-honorific-person after a word of the sentence.
TEST_F(TitleRulesTest, TitleCommaHonorificAfterAWord) {
  auto f = Facts("Tham dự có Bộ trưởng Bộ Y tế, bà Nguyễn Thị Kim Tiến và nhiều đại biểu.");
  EXPECT_TRUE(Has(f, "holds_title|Nguyễn Thị Kim Tiến|Bộ trưởng Bộ Y tế")) << Dump(f);
  // Right after a name, the title is that name's.
  auto g = Facts("Có mặt có ông Trần Hữu Thế - Phó Chủ tịch UBND tỉnh Phú Yên, ông Nguyễn Tri Phương cho biết.");
  EXPECT_FALSE(Has(g, "holds_title|Nguyễn Tri Phương|Phó Chủ tịch UBND tỉnh Phú Yên")) << Dump(g);
}

// English words of organization names are never a person's name.
TEST_F(TitleRulesTest, OrganizationWordsAreNoName) {
  auto f = Facts("Tham dự buổi lễ có ngài Kim Chang Kuk, Chủ tịch Rotary International D-3600; đại diện Quỹ khuyến học.");
  EXPECT_FALSE(Mentions(f, "Rotary International|")) << Dump(f);
  EXPECT_FALSE(Mentions(f, "|Rotary")) << Dump(f);
}

// person-after-rank: a foreign name after a military rank.
TEST_F(TitleRulesTest, ForeignNameAfterRank) {
  auto f = Facts("Trung tướng Vincent Stewart, Giám đốc Cơ quan tình báo quốc phòng Mỹ, nói rằng.");
  EXPECT_TRUE(Has(f, "holds_title|Vincent Stewart|Giám đốc Cơ quan tình báo quốc phòng Mỹ")) << Dump(f);
  EXPECT_FALSE(Mentions(f, "Trung tướng")) << Dump(f);
}

// position-role-before-kiem and held_titles: "kiêm" joins two roles of one
// holder and is part of neither.
TEST_F(TitleRulesTest, KiemJoinsTwoRoles) {
  auto f = Facts("Ông Đỗ Văn Bình, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Cổ phần Đông Á cho biết.");
  EXPECT_TRUE(Has(f, "holds_title|Đỗ Văn Bình|Chủ tịch HĐQT")) << Dump(f);
  EXPECT_TRUE(Has(f, "holds_title|Đỗ Văn Bình|Tổng giám đốc Công ty Cổ phần Đông Á")) << Dump(f);
  EXPECT_FALSE(Mentions(f, "kiêm")) << Dump(f);
}

// position-of-school-named-after-person: the name is the school's.
TEST_F(TitleRulesTest, SchoolNamedAfterAPerson) {
  auto f = Facts("Cô Nguyễn Thị Lan, Hiệu trưởng trường Nguyễn Siêu cho biết.");
  EXPECT_TRUE(Has(f, "holds_title|Nguyễn Thị Lan|Hiệu trưởng trường Nguyễn Siêu")) << Dump(f);
  auto g = Facts("Hiệu trưởng THPT Phan Đình Phùng nói.");
  EXPECT_FALSE(Mentions(g, "holds_title|Phan Đình Phùng")) << Dump(g);
}

}  // namespace
}  // namespace lienket
