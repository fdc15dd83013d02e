// The event rules of rules/51-events-more.rules and
// rules/85-events-relations.rules on sentences written for these tests:
// what each phrasing family must find, and what it must not.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>

#include "extract_rules_fixture.h"
#include "lienket/extract.h"
#include "lienket/types.h"

namespace lienket {
namespace {

class EventRulesTest : public DefaultRulesTest {
 protected:
  static std::set<std::string> Facts(const std::string& text,
                                     const std::string& date = "2017-06-01") {
    return DefaultRulesTest::Facts(text, date);
  }

  // Whether some fact has this object (or subject), whatever its relation.
  static bool Names(const std::set<std::string>& facts, const std::string& name) {
    for (const auto& f : facts) {
      auto a = f.find('|');
      auto b = f.find('|', a + 1);
      if (f.substr(a + 1, b - a - 1) == name || f.substr(b + 1) == name) return true;
    }
    return false;
  }
};

// event-named-quoted-title: a capitalized head with only a quoted title.
TEST_F(EventRulesTest, HeadWithQuotedTitleIsTheName) {
  auto f = Facts(
      "Ngày 30/5, Bộ Văn hóa, Thể thao và Du lịch đã tổ chức Tọa đàm \"Phát triển du lịch bền "
      "vững\" tại Hà Nội.");
  const std::string ev = "Tọa đàm \"Phát triển du lịch bền vững\"";
  EXPECT_TRUE(Has(f, "organizes|Bộ Văn hóa, Thể thao và Du lịch|" + ev)) << Dump(f);
  EXPECT_TRUE(Has(f, "held_in|" + ev + "|Hà Nội")) << Dump(f);
  EXPECT_TRUE(Has(f, "held_on|" + ev + "|2017-05-30")) << Dump(f);
  // Not the head alone, which names nothing.
  EXPECT_FALSE(Names(f, "Tọa đàm")) << Dump(f);
}

TEST_F(EventRulesTest, QuotedTitleAfterSessionHead) {
  auto f = Facts(
      "Thủ tướng Chính phủ Nguyễn Xuân Phúc đã dự và phát biểu tại Phiên thảo luận \"Đầu tư cơ sở "
      "hạ tầng thông minh\".");
  EXPECT_TRUE(Has(f, "attends|Nguyễn Xuân Phúc|Phiên thảo luận \"Đầu tư cơ sở hạ tầng thông minh\""))
      << Dump(f);
  EXPECT_FALSE(Names(f, "Phiên thảo luận")) << Dump(f);
}

// event-named-pair: two named events joined by "và" are two events.
TEST_F(EventRulesTest, TwoNamedEventsJoinedByVa) {
  auto f = Facts(
      "Chiều 12/5, Thủ tướng Nguyễn Xuân Phúc đã tham dự Phiên bế mạc Hội nghị WEF ASEAN và Lễ "
      "bàn giao vai trò nước chủ nhà Hội nghị WEF ASEAN năm 2018.");
  EXPECT_TRUE(Has(f, "attends|Nguyễn Xuân Phúc|Phiên bế mạc Hội nghị WEF ASEAN")) << Dump(f);
  EXPECT_TRUE(Has(f, "held_on|Phiên bế mạc Hội nghị WEF ASEAN|2017-05-12")) << Dump(f);
  // Not one event that runs over both names.
  EXPECT_FALSE(Names(f,
                     "Phiên bế mạc Hội nghị WEF ASEAN và Lễ bàn giao vai trò nước chủ nhà Hội "
                     "nghị WEF ASEAN năm 2018"))
      << Dump(f);
}

TEST_F(EventRulesTest, SharedTailStaysOneEvent) {
  // "Hội nghị Cấp cao" shares "APEC 2017" with the next name: no split.
  auto f = Facts(
      "Tổng thống Nga Vladimir Putin sẽ dự Hội nghị Cấp cao và Hội nghị Thượng đỉnh Doanh nghiệp "
      "APEC 2017 tại Đà Nẵng.");
  EXPECT_FALSE(Names(f, "Hội nghị Cấp cao")) << Dump(f);
  EXPECT_TRUE(Has(f, "attends|Vladimir Putin|Hội nghị Cấp cao và Hội nghị Thượng đỉnh Doanh nghiệp "
                     "APEC 2017"))
      << Dump(f);
}

// attends-visit-and-attend: "thăm X và tham dự <event>".
TEST_F(EventRulesTest, VisitAndAttend) {
  auto f = Facts(
      "Nhận lời mời của Thủ tướng Nhật Bản Shinzo Abe, Thủ tướng Nguyễn Xuân Phúc và Phu nhân sẽ "
      "thăm chính thức Nhật Bản và tham dự Hội nghị Tương lai châu Á lần thứ 23 tại Tokyo.");
  EXPECT_TRUE(Has(f, "attends|Nguyễn Xuân Phúc|Hội nghị Tương lai châu Á lần thứ 23")) << Dump(f);
  // The one who invites does not attend.
  EXPECT_FALSE(Has(f, "attends|Shinzo Abe|Hội nghị Tương lai châu Á lần thứ 23")) << Dump(f);
}

TEST_F(EventRulesTest, InvitedToVisitIsNoAttendance) {
  auto f = Facts(
      "Chủ tịch nước Trần Đại Quang mời Tổng thống Nga Vladimir Putin sang thăm Việt Nam và dự "
      "Hội nghị cấp cao APEC 2017.");
  EXPECT_FALSE(Has(f, "attends|Vladimir Putin|Hội nghị cấp cao APEC 2017")) << Dump(f);
  EXPECT_FALSE(Has(f, "attends|Trần Đại Quang|Hội nghị cấp cao APEC 2017")) << Dump(f);
}

// organizes-jointly: "phối hợp cùng", "đồng tổ chức", "phối hợp tổ chức".
TEST_F(EventRulesTest, OrganizedJointly) {
  auto f = Facts(
      "Ngày 19/5, Ban Tuyên giáo Trung ương phối hợp cùng Hội Xuất bản Việt Nam tổ chức Hội nghị "
      "quán triệt Thông báo kết luận số 19 của Ban Bí thư.");
  const std::string ev = "Hội nghị quán triệt Thông báo kết luận số 19 của Ban Bí thư";
  EXPECT_TRUE(Has(f, "organizes|Ban Tuyên giáo Trung ương|" + ev)) << Dump(f);
  EXPECT_TRUE(Has(f, "organizes|Hội Xuất bản Việt Nam|" + ev)) << Dump(f);
}

TEST_F(EventRulesTest, CountryInBracketsIsNoCoOrganizer) {
  auto f = Facts(
      "Sáng 26/5, Đại học Đông Á (Đà Nẵng) cùng với Đại học Nagasaki (Nhật Bản) đồng tổ chức Hội "
      "thảo quốc tế \"Đầu tư trực tiếp nước ngoài tại Châu Á\".");
  const std::string ev = "Hội thảo quốc tế \"Đầu tư trực tiếp nước ngoài tại Châu Á\"";
  EXPECT_FALSE(Has(f, "organizes|Nhật Bản|" + ev)) << Dump(f);
  EXPECT_FALSE(Has(f, "organizes|Đà Nẵng|" + ev)) << Dump(f);
}

// event-held-verb-at-place: "tổ chức ở", and a name's tail before the verb.
TEST_F(EventRulesTest, HeldAtPlaceAfterVerb) {
  auto f = Facts("Tên lửa này lần đầu xuất hiện trong Lễ duyệt binh tổ chức ở Bắc Kinh vào năm 2015.");
  EXPECT_TRUE(Has(f, "held_in|Lễ duyệt binh|Bắc Kinh")) << Dump(f);
  auto g = Facts(
      "Ngày 7/7, Hội nghị xúc tiến đầu tư các doanh nghiệp Hàn Quốc vào Khu công nghệ cao Hòa Lạc "
      "đã diễn ra tại Hà Nội.");
  EXPECT_TRUE(Has(g, "held_in|Hội nghị xúc tiến đầu tư các doanh nghiệp Hàn Quốc|Hà Nội")) << Dump(g);
}

TEST_F(EventRulesTest, NoPlaceAcrossACapitalizedWord) {
  // Sochi is no place of the lexicon; Thổ Nhĩ Kỳ after it is not where the
  // talks were held.
  auto f = Facts(
      "Nhờ cuộc hội đàm của các ông Vladimir Putin và Recep Tayyip Erdogan diễn ra ở Sochi mà Thổ "
      "Nhĩ Kỳ đang tiến gần hơn tới thỏa thuận.");
  for (const auto& x : f) EXPECT_NE(x.rfind("held_in|", 0), 0u) << Dump(f);
}

// event-named-abbreviated: a name that ends in its abbreviation keeps its
// small words ("và mới nổi").
TEST_F(EventRulesTest, NameEndingInAbbreviation) {
  auto f = Facts(
      "Tổng thống Nga Vladimir Putin sẽ gặp Tổng thống Mỹ Donald Trump tại Hội nghị thượng đỉnh "
      "Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) ở Hamburg, Đức.");
  EXPECT_TRUE(Has(f,
                  "held_in|Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu "
                  "thế giới (G20)|Hamburg"))
      << Dump(f);
  // Not across "do": the organizer in brackets is no part of the name.
  auto g = Facts("Hội nghị Đại dương đầu tiên do Liên hợp quốc (LHQ) tổ chức đã khai mạc tại New York.");
  EXPECT_TRUE(Has(g, "organizes|Liên hợp quốc|Hội nghị Đại dương đầu tiên")) << Dump(g);
  EXPECT_FALSE(Names(g, "Hội nghị Đại dương đầu tiên do Liên hợp quốc (LHQ)")) << Dump(g);
}

// event-named-term: ", Quốc hội khóa XIV", ", nhiệm kỳ 2017-2022".
TEST_F(EventRulesTest, NameWithBodyAndTerm) {
  auto f = Facts("Sáng 22/5, Thủ tướng Nguyễn Xuân Phúc dự Lễ khai mạc Kỳ họp thứ ba, Quốc hội khóa XIV.");
  EXPECT_TRUE(Has(f, "attends|Nguyễn Xuân Phúc|Lễ khai mạc Kỳ họp thứ ba, Quốc hội khóa XIV")) << Dump(f);
  EXPECT_FALSE(Names(f, "Lễ khai mạc Kỳ họp thứ ba")) << Dump(f);
  auto g = Facts("Sáng 7/7, Công đoàn quận Long Biên đã tổ chức Đại hội Công đoàn lần thứ V, nhiệm kỳ 2017-2022.");
  EXPECT_TRUE(Has(g, "held_on|Đại hội Công đoàn lần thứ V, nhiệm kỳ 2017-2022|2017-07-07")) << Dump(g);
}

// event-o-place: "<event> ở <place>".
TEST_F(EventRulesTest, EventThenOPlace) {
  auto f = Facts("Ông Trump để lại ấn tượng sau Hội nghị thượng đỉnh NATO ở Brussels.");
  EXPECT_TRUE(Has(f, "held_in|Hội nghị thượng đỉnh NATO|Brussels")) << Dump(f);
  // In lower case only after "tại", "bên lề", "dự" ...: an online forum
  // or a programme is no event held there.
  auto g = Facts("Nhiều thành viên của diễn đàn fan Kpop ở Việt Nam đang khen ngợi.");
  for (const auto& x : g) EXPECT_NE(x.rfind("held_in|", 0), 0u) << Dump(g);
}

// date-at-event: "<date>, tại <event>, ..."; not a day of a session.
TEST_F(EventRulesTest, DateThenAtEvent) {
  auto f = Facts(
      "Tối 9/6, tại Lễ trao giải \"Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam 2016\", "
      "Vietjet được vinh danh.");
  EXPECT_TRUE(Has(f, "held_on|Lễ trao giải \"Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam "
                     "2016\"|2017-06-09"))
      << Dump(f);
  auto g = Facts(
      "Chiều 5/7, tại kỳ họp thứ 5 HĐND TP.HCM khóa IX, Giám đốc Sở GTVT Bùi Xuân Cường cho biết "
      "như vậy.");
  for (const auto& x : g) EXPECT_NE(x.rfind("held_on|", 0), 0u) << Dump(g);
}

}  // namespace
}  // namespace lienket
