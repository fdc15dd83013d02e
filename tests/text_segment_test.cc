// SplitSentences() on normalized Vietnamese news text.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

#include "../text/segment.h"
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

// Within a line ICU reads only windows around the characters a sentence can
// end after (text/segment.cc). The tests below put those characters far
// into a line, so that the windows, not the line's start, must hold all
// that ICU's rules and the exceptions look at.
const std::string kLead = "Theo báo cáo mới nhất của cơ quan chức năng thì";

TEST(SplitSentences, LineWithoutTerminatorIsOneSentence) {
  // '…' is no terminator for ICU (U+2024 would be), nor is ':' or ';'.
  const std::string line = kLead + " “đoàn công tác” (gồm 12 người) đã đến, làm việc; rồi về…";
  EXPECT_EQ(Sentences(line + "\nTin khác"), (Strings{line, "Tin khác"}));
}

TEST(SplitSentences, TerminatorsCloseTogether) {
  EXPECT_EQ(Sentences(kLead + " quan trọng. 2. Tuổi Hợi sẽ gặp may."),
            (Strings{kLead + " quan trọng.", "2.", "Tuổi Hợi sẽ gặp may."}));
  EXPECT_EQ(Sentences(kLead + " 1.000.000 đồng tại TP.HCM và ngày 12.4.2022 tại Hà Nội. Hết."),
            (Strings{kLead + " 1.000.000 đồng tại TP.HCM và ngày 12.4.2022 tại Hà Nội.", "Hết."}));
}

TEST(SplitSentences, AbbreviationsFarIntoALine) {
  // The filter looks back over a space, "UBND" and the space before it.
  EXPECT_EQ(Sentences(kLead + " đã gặp Chủ tịch UBND. Xã Phước Hòa cho biết thêm."),
            (Strings{kLead + " đã gặp Chủ tịch UBND. Xã Phước Hòa cho biết thêm."}));
  EXPECT_EQ(Sentences(kLead + " gặp PGS.TSKH. Nguyễn Văn Lợi và Th.S. Lê Văn Bình. Sau đó về."),
            (Strings{kLead + " gặp PGS.TSKH. Nguyễn Văn Lợi và Th.S. Lê Văn Bình.", "Sau đó về."}));
  EXPECT_EQ(Sentences(kLead + " gặp ông Q. Trần. Đ. Thanh phát biểu."),
            (Strings{kLead + " gặp ông Q. Trần.", "Đ. Thanh phát biểu."}));
}

TEST(SplitSentences, LooksAheadToTheFirstLetter) {
  // After ". " ICU reads past digits and spaces: a lowercase letter there
  // holds the sentence (UAX #29 SB8), an uppercase one does not.
  EXPECT_EQ(Sentences(kLead + " giá tăng mạnh. 12 đợt điều chỉnh diễn ra. Giá tăng mạnh. 12 Đợt nữa."),
            (Strings{kLead + " giá tăng mạnh. 12 đợt điều chỉnh diễn ra.", "Giá tăng mạnh.",
                     "12 Đợt nữa."}));
}

TEST(SplitSentences, EllipsisQuestionsAndExclamations) {
  EXPECT_EQ(Sentences(kLead + " chờ đợi… rồi ra về. Họ chờ… Rồi họ về... nhà. Xong!"),
            (Strings{kLead + " chờ đợi… rồi ra về.", "Họ chờ… Rồi họ về... nhà.", "Xong!"}));
  // '?' and '!' end a sentence even before a lowercase letter; '.' does not.
  EXPECT_EQ(Sentences(kLead + " thật sao? bà hỏi lại. Thật à! ông đáp."),
            (Strings{kLead + " thật sao?", "bà hỏi lại.", "Thật à!", "ông đáp."}));
}

TEST(SplitSentences, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_EQ(Sentences(kLead + " ông nói: \"Xong rồi.\" Sau đó ông đi (về nhà.) Mọi người chờ."),
            (Strings{kLead + " ông nói: \"Xong rồi.\"", "Sau đó ông đi (về nhà.)",
                     "Mọi người chờ."}));
  EXPECT_EQ(Sentences(kLead + " họ nói “Được.” Rồi đi."),
            (Strings{kLead + " họ nói “Được.”", "Rồi đi."}));
}

// The windows against ICU over whole lines, on text made of pieces that
// stress them: terminators of several scripts, closing punctuation, the
// abbreviations, digits, letters with and without marks, separators
// (which normalized text has not, but which must not change the result).
TEST(SplitSentences, WindowsSplitAsWholeLines) {
  const std::vector<std::string> pieces = {
      " ", " ", " ", "  ", "\n", ".", ".", "!", "?", "…", "...", "\"", "“", "”", "(", ")", "'",
      "a", "x", "đ", "ổ", "A", "T", "Đ", "Ô", "1", "0", ",", ":", "-", "/", "TP.", "Th.S.", "GS.",
      "PGS.TS.", "ông.", "không.", "Ph.D.", "N.", "UBND.", "Mr.", "BS.CKII.", "。", "！", "‼", "؟",
      "։", "\u2024", "\u0301", "\u00ad", "«", "»", "Ông", "hôm nay", "Việt Nam", "1.000",
      "12.4.2022", "\u0085", "\u2029", "\r", "\u00a0", "𝐀", "😀", "ก", "một hai ba bốn năm"};
  std::mt19937 rng(29);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int n = static_cast<int>(rng() % 60); n > 0; --n) text += pieces[rng() % pieces.size()];
    ASSERT_EQ(SplitSentences(text), text_internal::SplitSentencesByWholeLines(text)) << text;
  }
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
