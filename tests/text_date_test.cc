// DetectDocumentDate() on normalized article text.
#include <gtest/gtest.h>

#include <string>

#include "lienket/text.h"

namespace lienket {
namespace {

std::string Date(const std::string& raw) { return DetectDocumentDate(Normalize(raw).text); }

TEST(DetectDocumentDate, DatelineWithTime) {
  EXPECT_EQ(Date("Hội Cựu chiến binh tổng kết năm 2021\n\n24/12/2021 09:38:00 AM\n\n"
                 "Sáng ngày 23 tháng 12 năm 2021, tại Hà Nội, Hội đã tổ chức hội nghị tổng kết."),
            "2021-12-24");
}

TEST(DetectDocumentDate, DatelineAlone) {
  EXPECT_EQ(Date("Skip to main content\nSign In\n\nHội nghị đối ngoại toàn quốc\n\n14/12/2021\n\n"
                 "Sáng ngày 14/12, tại Hà Nội, hội nghị đã diễn ra. Năm 2022 sẽ có nhiều sự kiện."),
            "2021-12-14");
}

TEST(DetectDocumentDate, DatelineWithWeekdayOrDashes) {
  EXPECT_EQ(Date("Tin đối ngoại\nThứ Hai, 12/04/2022 10:05\nNội dung bài viết."), "2022-04-12");
  EXPECT_EQ(Date("Tin đối ngoại\nChủ nhật, 3/7/2022 - 08:15 (GMT+7)\nNội dung."), "2022-07-03");
  EXPECT_EQ(Date("Tin đối ngoại\n12-04-2022\nNội dung."), "2022-04-12");
  EXPECT_EQ(Date("Tin đối ngoại\nCập nhật: 05.01.2023 14:20\nNội dung."), "2023-01-05");
}

TEST(DetectDocumentDate, WrittenOutDateOnItsOwnLine) {
  EXPECT_EQ(Date("Thông báo của Ban Tổ chức\nngày 14 tháng 12 năm 2021\nBan Tổ chức thông báo..."),
            "2021-12-14");
  EXPECT_EQ(Date("QUYẾT ĐỊNH\nHà Nội, ngày 2 tháng 9 năm 2020\nVề việc khen thưởng."), "2020-09-02");
}

TEST(DetectDocumentDate, DateInsideASentenceIsNoDateline) {
  // The event's date, not the article's: the year count decides.
  EXPECT_EQ(Date("Tin tức - Hoạt động\n\nTriển khai nhiệm vụ năm 2022\n\n"
                 "Sáng 12/4/2022, tại Hà Nội, Ban Đối ngoại tổ chức hội nghị. Năm 2021 đã qua."),
            "2022");
  EXPECT_EQ(Date("Tiêu đề\nSáng ngày 23 tháng 12 năm 2020, tại Hà Nội, hội nghị diễn ra."), "2020");
}

TEST(DetectDocumentDate, DatelineMustBeNearTheTop) {
  std::string text = "Tiêu đề\n";
  for (int i = 0; i < 8; ++i) text += "Đoạn văn số " + std::to_string(i) + " nói về năm 2019.\n";
  text += "14/12/2021\n";
  EXPECT_EQ(Date(text), "2019");
}

TEST(DetectDocumentDate, InvalidDatelineIsIgnored) {
  EXPECT_EQ(Date("Tiêu đề\n31/02/2021\nNăm 2020 và năm 2020."), "2020");
  EXPECT_EQ(Date("Tiêu đề\n12/13/2021\nNăm 2018 và năm 2018."), "2018");
}

TEST(DetectDocumentDate, MostFrequentYear) {
  EXPECT_EQ(Date("Giai đoạn 2011-2020 đã khép lại. Năm 2020 là năm bản lề, năm 2020 nhiều thử "
                 "thách; kế hoạch 2021."),
            "2020");
  // A tie goes to the later year.
  EXPECT_EQ(Date("Năm 2019 và năm 2021 đều quan trọng."), "2021");
  // Out of range, or part of a longer number: not a year.
  EXPECT_EQ(Date("Mã số 12345, giá 1.2020 đồng, năm 1975, năm 2050 và năm 2016."), "2016");
}

TEST(DetectDocumentDate, SpansOfYearsSayNothingOfTheArticle) {
  EXPECT_EQ(Date("Chương trình giai đoạn 2016-2020 và nhiệm kỳ 2016 - 2021; năm 2017 triển khai."),
            "2017");
}

TEST(DetectDocumentDate, TargetYearsSayNothingOfTheArticle) {
  EXPECT_EQ(Date("Chiến lược đến năm 2030, tầm nhìn 2045, tới năm 2030; năm 2017 khởi động."),
            "2017");
}

TEST(DetectDocumentDate, AFullDateOutweighsMentions) {
  // A review of 2016 told in February 2017.
  EXPECT_EQ(Date("Tổng kết năm 2016, kết quả năm 2016 khả quan. Ngày 10/2/2017, hai bên ký kết."),
            "2017");
  // An invalid date is no such sign.
  EXPECT_EQ(Date("Năm 2016, năm 2016. Mã 31/02/2017."), "2016");
}

TEST(DetectDocumentDate, NothingFound) {
  EXPECT_EQ(Date("Bài viết không có ngày tháng nào cả."), "");
  EXPECT_EQ(Date(""), "");
}

}  // namespace
}  // namespace lienket
