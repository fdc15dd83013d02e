// Each rule family of the default rule set on sentences written for these
// tests: what it must find, and what it must not.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>

#include "extract_rules_fixture.h"
#include "lienket/extract.h"
#include "lienket/types.h"

namespace lienket {
namespace {

class RulesTest : public DefaultRulesTest {
 protected:
  static std::set<std::string> Facts(const std::string& text, const std::string& date = "") {
    return DefaultRulesTest::Facts(text, date);
  }
};

TEST_F(RulesTest, TitleBeforeName) {
  auto f = Facts("Trưởng Ban Tuyên giáo Trung ương Nguyễn Văn Bình phát biểu tại buổi làm việc.");
  EXPECT_TRUE(Has(f, "holds_title|Nguyễn Văn Bình|Trưởng Ban Tuyên giáo Trung ương")) << Dump(f);
  EXPECT_TRUE(Has(f, "position_of|Trưởng Ban Tuyên giáo Trung ương|Ban Tuyên giáo Trung ương"))
      << Dump(f);
}

TEST_F(RulesTest, ChainOfTitlesBeforeName) {
  auto f = Facts(
      "Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp Lê Thành Long làm việc với đoàn công tác.");
  EXPECT_TRUE(Has(f, "holds_title|Lê Thành Long|Ủy viên Trung ương Đảng")) << Dump(f);
  EXPECT_TRUE(Has(f, "holds_title|Lê Thành Long|Bộ trưởng Bộ Tư pháp")) << Dump(f);
}

TEST_F(RulesTest, NameThenAppositiveTitles) {
  auto f = Facts(
      "Đồng chí Phạm Văn Tâm, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã dự buổi lễ.");
  EXPECT_TRUE(Has(f, "holds_title|Phạm Văn Tâm|Ủy viên Bộ Chính trị")) << Dump(f);
  EXPECT_TRUE(Has(f, "holds_title|Phạm Văn Tâm|Thường trực Ban Bí thư")) << Dump(f);
  // The honorific is no part of the name.
  for (const auto& x : f) EXPECT_EQ(x.find("Đồng chí"), std::string::npos) << x;
}

TEST_F(RulesTest, RanksAndDegreesAreStripped) {
  auto f = Facts("Thiếu tướng Đỗ Minh Khoa, Chủ tịch Hội Cựu chiến binh tỉnh Nam Định, phát biểu.");
  EXPECT_TRUE(Has(f, "holds_title|Đỗ Minh Khoa|Chủ tịch Hội Cựu chiến binh tỉnh Nam Định")) << Dump(f);
  auto g = Facts("PGS, TS Hoàng Thị Lan, Phó Chủ tịch Hội Hữu nghị Việt Nam - Lào, cho biết.");
  EXPECT_TRUE(Has(g, "holds_title|Hoàng Thị Lan|Phó Chủ tịch Hội Hữu nghị Việt Nam - Lào")) << Dump(g);
}

TEST_F(RulesTest, FormerPosition) {
  auto f = Facts("Ông Trịnh Quốc Hải, nguyên Phó Chủ nhiệm Tổng cục Chính trị, đã tới dự.");
  EXPECT_TRUE(Has(f, "holds_title|Trịnh Quốc Hải|Phó Chủ nhiệm Tổng cục Chính trị (former)"))
      << Dump(f);
}

TEST_F(RulesTest, TheNextPersonsTitleIsNotTaken) {
  // "Thứ trưởng" belongs to the name after it, not to the one before.
  auto f = Facts("Dự họp có Bộ trưởng Nguyễn Hữu An, Thứ trưởng Trần Văn Bảo.");
  EXPECT_FALSE(Has(f, "holds_title|Nguyễn Hữu An|Thứ trưởng")) << Dump(f);
}

TEST_F(RulesTest, BareRoleNeedsItsOrganization) {
  // "Chủ tịch" alone names no position ...
  auto f = Facts("Chủ tịch Lê Minh Hùng nhấn mạnh vai trò của công tác thi đua.");
  EXPECT_TRUE(f.empty()) << Dump(f);
  // ... unless the article names the same person's full one.
  auto g = Facts(
      "Chủ tịch Hội Nông dân Việt Nam Lê Minh Hùng dự lễ. Chủ tịch Lê Minh Hùng nhấn mạnh.");
  EXPECT_TRUE(Has(g, "holds_title|Lê Minh Hùng|Chủ tịch Hội Nông dân Việt Nam")) << Dump(g);
  EXPECT_FALSE(Has(g, "holds_title|Lê Minh Hùng|Chủ tịch")) << Dump(g);
}

TEST_F(RulesTest, SharedTitleOverAList) {
  auto f = Facts("Dự lễ có các Phó Thủ tướng: Trần Văn Mạnh, Lê Quang Hưng.");
  EXPECT_TRUE(Has(f, "holds_title|Trần Văn Mạnh|Phó Thủ tướng")) << Dump(f);
  EXPECT_TRUE(Has(f, "holds_title|Lê Quang Hưng|Phó Thủ tướng")) << Dump(f);
}

TEST_F(RulesTest, OrganizesChairsAndEventDate) {
  auto f = Facts(
      "Sáng 15/3/2023, tại Đà Nẵng, Hội Hữu nghị Việt Nam - Lào đã tổ chức Hội nghị tổng kết công "
      "tác năm 2022. Ông Vũ Đức Thành, Chủ tịch Hội Hữu nghị Việt Nam - Lào chủ trì hội nghị.");
  const std::string ev = "Hội nghị tổng kết công tác năm 2022";
  EXPECT_TRUE(Has(f, "organizes|Hội Hữu nghị Việt Nam - Lào|" + ev)) << Dump(f);
  EXPECT_TRUE(Has(f, "held_in|" + ev + "|Đà Nẵng")) << Dump(f);
  EXPECT_TRUE(Has(f, "held_on|" + ev + "|2023-03-15")) << Dump(f);
  // The bare "hội nghị" is the conference named before it.
  EXPECT_TRUE(Has(f, "chairs|Vũ Đức Thành|" + ev)) << Dump(f);
  // A place before the organizer is not an organizer.
  EXPECT_FALSE(Has(f, "organizes|Đà Nẵng|" + ev)) << Dump(f);
}

TEST_F(RulesTest, DateWithoutYearTakesTheArticleYear) {
  auto f = Facts("Ngày 29/12, Bộ Ngoại giao đã tổ chức Hội nghị Ngoại giao lần thứ 31.",
                 "2022-12-30");
  EXPECT_TRUE(Has(f, "held_on|Hội nghị Ngoại giao lần thứ 31|2022-12-29")) << Dump(f);
  auto g = Facts("Sáng ngày 23 tháng 12 năm 2020, Bộ Công an tổ chức Hội nghị Công an toàn quốc.");
  EXPECT_TRUE(Has(g, "held_on|Hội nghị Công an toàn quốc|2020-12-23")) << Dump(g);
  // An article that never tells its year leaves the year to resolution.
  auto h = Facts("Ngày 29/12, Bộ Ngoại giao đã tổ chức Hội nghị Ngoại giao lần thứ 31.");
  EXPECT_TRUE(Has(h, "held_on|Hội nghị Ngoại giao lần thứ 31|--12-29")) << Dump(h);
}

TEST_F(RulesTest, AttendanceListEachNamedParticipant) {
  auto f = Facts(
      "Tham dự Hội nghị có các đồng chí: Tổng Bí thư Nguyễn Văn Long; Thủ tướng Chính phủ Trần "
      "Minh Tú; đại diện Mặt trận Tổ quốc Việt Nam và các đại biểu.");
  const std::string ev = "Hội nghị";
  int attends = 0;
  for (const auto& x : f) attends += x.rfind("attends|", 0) == 0;
  // No named event in the article: the bare "Hội nghị" states nothing.
  EXPECT_EQ(attends, 0) << Dump(f);
  auto g = Facts(
      "Ngày 14/12, Ban Kinh tế Trung ương tổ chức Hội nghị sơ kết chương trình số hóa. Tham dự Hội "
      "nghị có các đồng chí: Tổng Bí thư Nguyễn Văn Long; Thủ tướng Chính phủ Trần Minh Tú; đại "
      "diện Mặt trận Tổ quốc Việt Nam và các đại biểu.",
      "2021");
  const std::string named = "Hội nghị sơ kết chương trình số hóa";
  EXPECT_TRUE(Has(g, "attends|Nguyễn Văn Long|" + named)) << Dump(g);
  EXPECT_TRUE(Has(g, "attends|Trần Minh Tú|" + named)) << Dump(g);
  EXPECT_TRUE(Has(g, "attends|Mặt trận Tổ quốc Việt Nam|" + named)) << Dump(g);
  for (const auto& x : g) EXPECT_EQ(x.find("đại biểu|"), std::string::npos) << x;
}

TEST_F(RulesTest, AwardGivenToPerson) {
  auto f = Facts(
      "Liên bang Nga tặng Thượng tướng Nguyễn Chí Thanh Huân chương Hữu nghị.");
  EXPECT_TRUE(Has(f, "awards|Liên bang Nga|Nguyễn Chí Thanh")) << Dump(f);
  EXPECT_TRUE(Has(f, "received_award|Nguyễn Chí Thanh|Huân chương Hữu nghị")) << Dump(f);
}

TEST_F(RulesTest, AwardWithClassAndQuotedTitle) {
  auto f = Facts("Công ty Cổ phần Sông Đà nhận Huân chương Lao động hạng Nhất.");
  EXPECT_TRUE(Has(f, "received_award|Công ty Cổ phần Sông Đà|Huân chương Lao động hạng Nhất"))
      << Dump(f);
  auto g = Facts("Bà Đinh Thị Hoa được tặng Kỷ niệm chương “Vì sự nghiệp Giáo dục”.");
  EXPECT_TRUE(Has(g, "received_award|Đinh Thị Hoa|Kỷ niệm chương \"Vì sự nghiệp Giáo dục\"")) << Dump(g);
}

TEST_F(RulesTest, AwardFromATitleOrTheState) {
  // A giver named by a title alone or by "Đảng, Nhà nước" is no body or
  // person: the recipient still receives, and nobody awards.
  auto f = Facts("Bà Dương Thị Tuyết vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Ba.");
  EXPECT_TRUE(Has(f, "received_award|Dương Thị Tuyết|Huân chương Lao động hạng Ba")) << Dump(f);
  for (const auto& x : f) EXPECT_EQ(x.rfind("awards|", 0), std::string::npos) << x;
  auto g = Facts(
      "NXB Kim Đồng được Thủ tướng Chính phủ Nguyễn Xuân Phúc tặng Bằng khen.");
  EXPECT_TRUE(Has(g, "awards|Nguyễn Xuân Phúc|NXB Kim Đồng")) << Dump(g);
  EXPECT_TRUE(Has(g, "received_award|NXB Kim Đồng|Bằng khen")) << Dump(g);
  EXPECT_FALSE(Has(g, "awards|Chính phủ|NXB Kim Đồng")) << Dump(g);
}

TEST_F(RulesTest, EachAwardOfAList) {
  auto f = Facts(
      "Ban Cơ yếu Trung ương đã được Đảng, Nhà nước tặng thưởng Huân chương Giải phóng hạng "
      "Nhất và Huân chương Thành đồng.");
  EXPECT_TRUE(Has(f, "received_award|Ban Cơ yếu Trung ương|Huân chương Giải phóng hạng Nhất"))
      << Dump(f);
  EXPECT_TRUE(Has(f, "received_award|Ban Cơ yếu Trung ương|Huân chương Thành đồng")) << Dump(f);
  for (const auto& x : f) EXPECT_EQ(x.rfind("awards|", 0), std::string::npos) << x;
}

TEST_F(RulesTest, AwardHandedOverOnSomeonesBehalfOrByDecision) {
  // The one who hands the award over gives it, not the one named after
  // "thay mặt".
  auto f = Facts(
      "Ông Hoàng Bình Quân thay mặt Thủ tướng Chính phủ Nguyễn Xuân Phúc trao Bằng khen cho "
      "Nhà xuất bản Kim Đồng.");
  EXPECT_TRUE(Has(f, "awards|Hoàng Bình Quân|Nhà xuất bản Kim Đồng")) << Dump(f);
  EXPECT_TRUE(Has(f, "received_award|Nhà xuất bản Kim Đồng|Bằng khen")) << Dump(f);
  EXPECT_FALSE(Has(f, "awards|Nguyễn Xuân Phúc|Nhà xuất bản Kim Đồng")) << Dump(f);
  auto g = Facts(
      "Thủ tướng Chính phủ Nguyễn Xuân Phúc đã ký quyết định tặng Bằng khen cho Công ty Cổ "
      "phần Sông Đà.");
  EXPECT_TRUE(Has(g, "awards|Nguyễn Xuân Phúc|Công ty Cổ phần Sông Đà")) << Dump(g);
  EXPECT_TRUE(Has(g, "received_award|Công ty Cổ phần Sông Đà|Bằng khen")) << Dump(g);
}

TEST_F(RulesTest, RecipientsAfterTheirCollectiveOrAColon) {
  auto f = Facts(
      "Đồng chí Nguyễn Văn Nam, Bí thư Đảng ủy Bộ Ngoại giao đã trao Huy hiệu 50 năm tuổi Đảng "
      "cho các đồng chí: Trần Văn Bình, Lê Thị Hoa.");
  EXPECT_TRUE(Has(f, "awards|Nguyễn Văn Nam|Trần Văn Bình")) << Dump(f);
  EXPECT_TRUE(Has(f, "received_award|Lê Thị Hoa|Huy hiệu 50 năm tuổi Đảng")) << Dump(f);
  EXPECT_FALSE(Has(f, "received_award|Nguyễn Văn Nam|Huy hiệu 50 năm tuổi Đảng")) << Dump(f);
  auto g = Facts("Bộ trưởng Nguyễn Chí Dũng trao Bằng khen cho tập thể Công ty Cổ phần Sông Đà.");
  EXPECT_TRUE(Has(g, "awards|Nguyễn Chí Dũng|Công ty Cổ phần Sông Đà")) << Dump(g);
  EXPECT_TRUE(Has(g, "received_award|Công ty Cổ phần Sông Đà|Bằng khen")) << Dump(g);
}

TEST_F(RulesTest, CaptionThatOpensWithTheAward) {
  auto f = Facts("Bằng khen của UBND tỉnh Tây Ninh tặng bà Phạm Thị Màng.");
  EXPECT_TRUE(Has(f, "awards|UBND tỉnh Tây Ninh|Phạm Thị Màng")) << Dump(f);
  EXPECT_TRUE(Has(f, "received_award|Phạm Thị Màng|Bằng khen của UBND tỉnh Tây Ninh")) << Dump(f);
  // Mid-sentence, with a verb that gives nothing, the award names no gift.
  auto g = Facts("Ông Lê Văn Tám giữ Bằng khen của UBND tỉnh Tây Ninh cho bà Phạm Thị Màng xem.");
  for (const auto& x : g) {
    EXPECT_EQ(x.rfind("awards|", 0), std::string::npos) << x;
    EXPECT_EQ(x.rfind("received_award|", 0), std::string::npos) << x;
  }
}

TEST_F(RulesTest, BodyThatCelebratesAndReceives) {
  auto f = Facts(
      "Sáng 8/7, Công ty CP Licogi 14 tổ chức lễ kỷ niệm 35 năm thành lập và đón nhận Huân "
      "chương Lao động hạng Nhất.",
      "2017-07-08");
  EXPECT_TRUE(Has(f, "received_award|Công ty CP Licogi 14|Huân chương Lao động hạng Nhất"))
      << Dump(f);
  // A co-organizer does not receive what the celebrated place receives.
  auto g = Facts(
      "Tối 12/6, Bộ Văn hóa, Thể thao và Du lịch phối hợp với UBND tỉnh Quảng Nam tổ chức Lễ "
      "kỷ niệm 415 năm Dinh trấn Thanh Chiêm và đón nhận Bằng công nhận Di tích Quốc gia.",
      "2017-06-12");
  for (const auto& x : g) EXPECT_EQ(x.rfind("received_award|", 0), std::string::npos) << x;
}

TEST_F(RulesTest, GenericAwardIsNamedWithItsBody) {
  // "Bằng khen của Bộ Y tế" is the award's name; the ministry still gives it.
  auto f = Facts("Bệnh viện Đa khoa tỉnh Quảng Nam nhận Bằng khen của Bộ Y tế.");
  EXPECT_TRUE(Has(f, "received_award|Bệnh viện Đa khoa tỉnh Quảng Nam|Bằng khen của Bộ Y tế"))
      << Dump(f);
  EXPECT_TRUE(Has(f, "awards|Bộ Y tế|Bệnh viện Đa khoa tỉnh Quảng Nam")) << Dump(f);
  EXPECT_FALSE(Has(f, "received_award|Bệnh viện Đa khoa tỉnh Quảng Nam|Bằng khen")) << Dump(f);
  // In lower case the class closes a full name.
  auto g = Facts("Tổng công ty Bưu điện Việt Nam đón nhận huân chương lao động hạng Ba.");
  EXPECT_TRUE(Has(g, "received_award|Tổng công ty Bưu điện Việt Nam|huân chương lao động hạng Ba"))
      << Dump(g);
  EXPECT_FALSE(Has(g, "received_award|Tổng công ty Bưu điện Việt Nam|huân chương")) << Dump(g);
}

TEST_F(RulesTest, SecondAwardWithItsOwnRecipient) {
  auto f = Facts(
      "Ông Nguyễn Thiện Nhân đã trao Huy hiệu 70 năm tuổi Đảng cho ông Trần Thăng Phúc và Huy "
      "hiệu 60 năm tuổi Đảng cho vợ ông, bà Hoàng Thị Thường.");
  EXPECT_TRUE(Has(f, "received_award|Trần Thăng Phúc|Huy hiệu 70 năm tuổi Đảng")) << Dump(f);
  EXPECT_TRUE(Has(f, "received_award|Hoàng Thị Thường|Huy hiệu 60 năm tuổi Đảng")) << Dump(f);
  EXPECT_TRUE(Has(f, "awards|Nguyễn Thiện Nhân|Hoàng Thị Thường")) << Dump(f);
  // Each recipient has the award told right before it, not the other one.
  EXPECT_FALSE(Has(f, "received_award|Hoàng Thị Thường|Huy hiệu 70 năm tuổi Đảng")) << Dump(f);
  EXPECT_FALSE(Has(f, "received_award|Trần Thăng Phúc|Huy hiệu 60 năm tuổi Đảng")) << Dump(f);
}

TEST_F(RulesTest, AwardGivenToInThePassive) {
  auto f = Facts("Giải ba trị giá 100 triệu đồng được trao cho Công ty TNHH Kiến trúc ATA.");
  EXPECT_TRUE(Has(f, "received_award|Công ty TNHH Kiến trúc ATA|Giải ba")) << Dump(f);
  // A work is no recipient, nor is its author named after "của" here.
  auto g = Facts("Giải Nhì được trao cho các tác phẩm của Nguyễn Văn An.");
  for (const auto& x : g) EXPECT_EQ(x.rfind("received_award|", 0), std::string::npos) << x;
}

TEST_F(RulesTest, MembersOfABodyAreNotTheBody) {
  auto f = Facts("Các đảng viên của Đảng bộ Văn phòng Chính phủ đã được trao tặng Huy hiệu Đảng.");
  for (const auto& x : f) EXPECT_EQ(x.rfind("received_award|", 0), std::string::npos) << x;
  auto g = Facts("Đảng bộ Văn phòng Chính phủ đã được trao tặng Cờ thi đua.");
  EXPECT_TRUE(Has(g, "received_award|Đảng bộ Văn phòng Chính phủ|Cờ thi đua")) << Dump(g);
}

TEST_F(RulesTest, CollectiveIsNoRecipient) {
  auto f = Facts(
      "Bộ Y tế đã tặng Bằng khen cho các tập thể và cá nhân có thành tích xuất sắc.");
  for (const auto& x : f) {
    EXPECT_EQ(x.rfind("awards|", 0), std::string::npos) << x;
    EXPECT_EQ(x.rfind("received_award|", 0), std::string::npos) << x;
  }
}

TEST_F(RulesTest, AbbreviationIntroducedInParentheses) {
  auto f = Facts(
      "Phòng Thương mại và Công nghiệp Việt Nam (VCCI) tổ chức Diễn đàn Doanh nghiệp Việt Nam "
      "2023. Chủ tịch VCCI Phạm Tấn Công phát biểu.");
  EXPECT_TRUE(Has(f, "organizes|Phòng Thương mại và Công nghiệp Việt Nam|Diễn đàn Doanh "
                     "nghiệp Việt Nam 2023"))
      << Dump(f);
  EXPECT_TRUE(Has(f, "holds_title|Phạm Tấn Công|Chủ tịch VCCI")) << Dump(f);
}

TEST_F(RulesTest, ShortMentionIsTheFullName) {
  auto f = Facts(
      "Ông Lê Văn Thành, Phó Thủ tướng Chính phủ, dự lễ khánh thành. Ông Thành đã tham dự Lễ "
      "khánh thành nhà máy điện gió Bạc Liêu.");
  EXPECT_TRUE(Has(f, "attends|Lê Văn Thành|Lễ khánh thành nhà máy điện gió Bạc Liêu")) << Dump(f);
  for (const auto& x : f) EXPECT_EQ(x.find("|Thành|"), std::string::npos) << x;
}

TEST_F(RulesTest, PresentAtAnEventAttendsIt) {
  auto f = Facts(
      "Ngày 5/6, Bộ Ngoại giao tổ chức Hội nghị Ngoại giao lần thứ 30. Phó Thủ tướng Phạm Bình "
      "Minh có mặt tại hội nghị.",
      "2023");
  EXPECT_TRUE(Has(f, "attends|Phạm Bình Minh|Hội nghị Ngoại giao lần thứ 30")) << Dump(f);
  // Present at a place is no attendance.
  auto g = Facts("Ông Phạm Bình Minh có mặt tại Hà Nội từ sáng nay.");
  for (const auto& x : g) EXPECT_EQ(x.rfind("attends|", 0), std::string::npos) << x;
}

TEST_F(RulesTest, TitleSaidOnSomeonesBehalfIsNotTheSpeakers) {
  auto f = Facts(
      "Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Tư pháp Lê Thành Long trình bày tờ trình.");
  EXPECT_TRUE(Has(f, "holds_title|Lê Thành Long|Bộ trưởng Bộ Tư pháp")) << Dump(f);
  EXPECT_FALSE(Has(f, "holds_title|Lê Thành Long|Thủ tướng Chính phủ")) << Dump(f);
}

TEST_F(RulesTest, TwoHeadsAreTwoPositions) {
  // Without the comma, still two positions: not "Phó Thủ tướng Bộ trưởng".
  auto f = Facts("Phó Thủ tướng Bộ trưởng Bộ Ngoại giao Phạm Bình Minh tiếp đoàn.");
  EXPECT_TRUE(Has(f, "holds_title|Phạm Bình Minh|Bộ trưởng Bộ Ngoại giao")) << Dump(f);
  for (const auto& x : f) EXPECT_EQ(x.find("Thủ tướng Bộ trưởng"), std::string::npos) << x;
}

TEST_F(RulesTest, TwoRolesShareTheBodyNamedAfterTheSecond) {
  auto f = Facts(
      "Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam Trần Thanh Mẫn phát biểu.");
  EXPECT_TRUE(Has(f, "holds_title|Trần Thanh Mẫn|Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"))
      << Dump(f);
  EXPECT_TRUE(Has(f, "holds_title|Trần Thanh Mẫn|Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam"))
      << Dump(f);
  // A party role is a post of the party committee, not of the UBND.
  auto g = Facts("Ông Nguyễn Văn Thọ, Phó Bí thư, Chủ tịch UBND huyện Phú Xuyên phát biểu.");
  EXPECT_TRUE(Has(g, "holds_title|Nguyễn Văn Thọ|Chủ tịch UBND huyện Phú Xuyên")) << Dump(g);
  for (const auto& x : g) EXPECT_EQ(x.find("Phó Bí thư UBND"), std::string::npos) << x;
  // A role that stands alone keeps standing alone.
  auto h = Facts("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh dự hội nghị.");
  EXPECT_TRUE(Has(h, "holds_title|Phạm Bình Minh|Phó Thủ tướng")) << Dump(h);
  EXPECT_FALSE(Has(h, "holds_title|Phạm Bình Minh|Phó Thủ tướng Bộ Ngoại giao")) << Dump(h);
}

// "Tham dự có ...": the verb stands for the event mentioned last before it.
TEST_F(RulesTest, AttendanceWithoutTheEventsNameIsTheLastEventTold) {
  auto f = Facts(
      "Sáng 10/2, Bộ Tư pháp tổ chức Hội nghị tổng kết công tác tư pháp năm 2016. Tham dự có "
      "Phó Thủ tướng Trương Hòa Bình, Bộ trưởng Bộ Tư pháp Lê Thành Long.",
      "2017");
  EXPECT_TRUE(Has(f, "attends|Trương Hòa Bình|Hội nghị tổng kết công tác tư pháp năm 2016"))
      << Dump(f);
  EXPECT_TRUE(Has(f, "attends|Lê Thành Long|Hội nghị tổng kết công tác tư pháp năm 2016"))
      << Dump(f);
  // The event told last is an unnamed meeting: no attendance of the
  // conference named before it.
  auto g = Facts(
      "Sáng 10/2, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác năm 2016. Chiều cùng "
      "ngày, Chủ tịch nước dự buổi gặp mặt các cựu chiến binh. Cùng dự có Phó Thủ tướng Trương "
      "Hòa Bình.",
      "2017");
  for (const auto& x : g) EXPECT_EQ(x.rfind("attends|Trương Hòa Bình", 0), std::string::npos) << x;
}

TEST_F(RulesTest, UnrelatedTextStatesNothing) {
  EXPECT_TRUE(Facts("Giá vàng hôm nay tăng nhẹ, giao dịch ở mức 66 triệu đồng mỗi lượng.").empty());
  EXPECT_TRUE(Facts("").empty());
  EXPECT_TRUE(Facts("Nguyễn Văn A").empty());
}


TEST_F(RulesTest, ContestPrizeGoesToTheMakerOfTheWork) {
  auto f = Facts(
      "Giải Nhất cho tác phẩm: \"Bình gốm Tâm-Thức\" của Công ty TNHH SX&TM Sứ Bộ Trại (Hà Nội). "
      "Giải Ba được trao cho đề tài “Cánh tay robot cho người khuyết tật” của em Phạm Huy.");
  EXPECT_TRUE(Has(f, "received_award|Công ty TNHH SX&TM Sứ Bộ Trại|Giải Nhất")) << Dump(f);
  EXPECT_TRUE(Has(f, "received_award|Phạm Huy|Giải Ba")) << Dump(f);
  // In brackets after "tác giả": the authors, not where they work.
  auto g = Facts(
      "Giải Nhất thể loại ảnh được trao cho tác phẩm “Bầu cử sớm ở Trường Sa” (tác giả Trần Lê "
      "Lâm, Ban Biên tập Ảnh, Thông tấn xã Việt Nam).");
  EXPECT_TRUE(Has(g, "received_award|Trần Lê Lâm|Giải Nhất")) << Dump(g);
  EXPECT_FALSE(Has(g, "received_award|Thông tấn xã Việt Nam|Giải Nhất")) << Dump(g);
}

TEST_F(RulesTest, PrizeBelongsToTheWinner) {
  auto f = Facts("Giải ba thuộc về ca sĩ Vi Thảo, giải nhất thuộc về em Phạm Huy (Trường THPT Thị xã Quảng Trị).");
  EXPECT_TRUE(Has(f, "received_award|Vi Thảo|Giải ba")) << Dump(f);
  EXPECT_TRUE(Has(f, "received_award|Phạm Huy|giải nhất")) << Dump(f);
  for (const auto& x : f) EXPECT_EQ(x.find("Trường"), std::string::npos) << x;
}

TEST_F(RulesTest, AwardNamedByTheCeremony) {
  auto f = Facts(
      "Tối 9/6, tại Lễ trao giải “Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam 2016”, "
      "Vietjet được vinh danh khi thuộc nhóm dẫn đầu.",
      "2017-06-10");
  EXPECT_TRUE(Has(f, "received_award|Vietjet|\"Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam 2016\""))
      << Dump(f);
  // The ceremony keeps its whole name and its date.
  EXPECT_TRUE(Has(f, "held_on|Lễ trao giải \"Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam "
                     "2016\"|2017-06-09"))
      << Dump(f);
}

TEST_F(RulesTest, BodyHoldingTheCeremonyOfReceivingReceives) {
  auto f = Facts(
      "Sáng 5/9, Trường Đại học Vinh long trọng tổ chức Lễ đón nhận Huân chương Lao động hạng "
      "Nhất.",
      "2017-09-05");
  EXPECT_TRUE(Has(f, "received_award|Trường Đại học Vinh|Huân chương Lao động hạng Nhất")) << Dump(f);
  EXPECT_TRUE(Has(f, "organizes|Trường Đại học Vinh|Lễ đón nhận Huân chương Lao động hạng Nhất"))
      << Dump(f);
  // An award handed on to others is not the organizer's.
  auto g = Facts(
      "Đại sứ quán Việt Nam tại Liên bang Nga tổ chức lễ đón nhận Huân chương Lao động phong "
      "tặng cho tập thể, cá nhân có thành tích xuất sắc.");
  for (const auto& x : g) EXPECT_EQ(x.rfind("received_award|", 0), std::string::npos) << x;
}

}  // namespace
}  // namespace lienket
