// SplitSentences() on normalized Vietnamese news text.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "lienket/text.h"

namespace lienket {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Strings = std::vector<std::string>;

TEST(SplitSentences, PlainSentences) {
  EXPECT_EQ(Sentences("Hội nghị bắt đầu lúc 8 giờ. Các đại biểu đã có mặt đông đủ! Ai chủ trì?"),
            (Strings{"Hội nghị bắt đầu lúc 8 giờ.", "Các đại biểu đã có mặt đông đủ!",
                     "Ai chủ trì?"}));
}

TEST(SplitSentences, EmptyAndBlank) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences(" \n ").empty());
}

TEST(SplitSentences, LineBreakAlwaysEndsASentence) {
  EXPECT_EQ(Sentences("Trao tặng Huân chương Lao động\nChiều 3/5, lễ trao tặng diễn ra tại Hà Nội."),
            (Strings{"Trao tặng Huân chương Lao động", "Chiều 3/5, lễ trao tặng diễn ra tại Hà Nội."}));
  // Even after an abbreviation that would otherwise hold the sentence.
  EXPECT_EQ(Sentences("Ảnh: Trần Anh/TP.\nĐoàn công tác đến thăm."),
            (Strings{"Ảnh: Trần Anh/TP.", "Đoàn công tác đến thăm."}));
}

TEST(SplitSentences, TitlesAndDegreesDoNotEndASentence) {
  EXPECT_EQ(Sentences("Tham dự có GS. TS. Nguyễn Văn An và PGS. Lê Thị Bích. Hội thảo kết thúc lúc 17 giờ."),
            (Strings{"Tham dự có GS. TS. Nguyễn Văn An và PGS. Lê Thị Bích.",
                     "Hội thảo kết thúc lúc 17 giờ."}));
  EXPECT_EQ(Sentences("Báo cáo do ThS. Phạm Minh và Th.S. Hoàng Lan trình bày. Sau đó là thảo luận."),
            (Strings{"Báo cáo do ThS. Phạm Minh và Th.S. Hoàng Lan trình bày.",
                     "Sau đó là thảo luận."}));
  EXPECT_EQ(Sentences("Hội nghị diễn ra tại TP. Hồ Chí Minh. Đoàn sẽ tới Cần Thơ."),
            (Strings{"Hội nghị diễn ra tại TP. Hồ Chí Minh.", "Đoàn sẽ tới Cần Thơ."}));
  // At the very start of a line too.
  EXPECT_EQ(Sentences("Tin mới\nTS. Đỗ Hùng cho biết dự án đã xong. Ông cảm ơn các bên."),
            (Strings{"Tin mới", "TS. Đỗ Hùng cho biết dự án đã xong.", "Ông cảm ơn các bên."}));
}

TEST(SplitSentences, InitialsDoNotEndASentence) {
  EXPECT_EQ(Sentences("Tác giả N. V. Bình đã nhận giải. Lễ trao giải diễn ra sáng nay."),
            (Strings{"Tác giả N. V. Bình đã nhận giải.", "Lễ trao giải diễn ra sáng nay."}));
  EXPECT_EQ(Sentences("Ông Đ. Thanh phát biểu khai mạc."), (Strings{"Ông Đ. Thanh phát biểu khai mạc."}));
}

TEST(SplitSentences, WordsEndingLikeAnAbbreviationStillEndSentences) {
  // "không." ends in "ông.", "WTO." in "O.": neither is the abbreviation.
  EXPECT_EQ(Sentences("Ông hỏi đoàn có đến không. Đoàn trả lời ngay."),
            (Strings{"Ông hỏi đoàn có đến không.", "Đoàn trả lời ngay."}));
  EXPECT_EQ(Sentences("Việt Nam gia nhập WTO. Kinh tế tăng trưởng nhanh."),
            (Strings{"Việt Nam gia nhập WTO.", "Kinh tế tăng trưởng nhanh."}));
  EXPECT_EQ(Sentences("Hội nghị tổ chức tại TP.HCM. Sau đó đoàn về Hà Nội."),
            (Strings{"Hội nghị tổ chức tại TP.HCM.", "Sau đó đoàn về Hà Nội."}));
}

TEST(SplitSentences, DatesNumbersAndTpHcmDoNotSplit) {
  EXPECT_EQ(Sentences("Ngày 12/4/2022, hội quyên góp 1.000.000 đồng cho quỹ tại TP.HCM và 2,5 tấn gạo."),
            (Strings{"Ngày 12/4/2022, hội quyên góp 1.000.000 đồng cho quỹ tại TP.HCM và 2,5 tấn gạo."}));
  EXPECT_EQ(Sentences("Lễ kỷ niệm diễn ra ngày 12.4.2022 tại Hà Nội. Nhiều đại biểu tham dự."),
            (Strings{"Lễ kỷ niệm diễn ra ngày 12.4.2022 tại Hà Nội.", "Nhiều đại biểu tham dự."}));
}

TEST(SplitSentences, SpansExcludeSurroundingSpaceAndPointIntoTheText) {
  const std::string text = "Câu thứ nhất.   Câu thứ hai.\nCâu thứ ba. ";
  const std::vector<Span> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0], (Span{0, static_cast<uint32_t>(std::string("Câu thứ nhất.").size())}));
  for (const Span& s : spans) {
    ASSERT_LT(s.begin, s.end);
    EXPECT_NE(text[s.begin], ' ');
    EXPECT_NE(text[s.end - 1], ' ');
    EXPECT_NE(text[s.end - 1], '\n');
  }
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "Câu thứ ba.");
}

TEST(SplitSentences, QuotedSpeech) {
  EXPECT_EQ(Sentences("Ông nói: \"Chúng tôi sẽ tiếp tục hợp tác.\" Sau đó ông rời hội trường."),
            (Strings{"Ông nói: \"Chúng tôi sẽ tiếp tục hợp tác.\"", "Sau đó ông rời hội trường."}));
}

TEST(SplitSentences, WorksFromSeveralThreads) {
  const std::string text = "GS. Trần Văn Giàu phát biểu. Hội nghị bế mạc.\nTin khác.";
  const std::vector<Span> expected = SplitSentences(text);
  ASSERT_EQ(expected.size(), 3u);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      bool same = true;
      for (int i = 0; i < 200; ++i) same = same && SplitSentences(text) == expected;
      ok[t] = same;
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_TRUE(ok[t]) << t;
}

}  // namespace
}  // namespace lienket
