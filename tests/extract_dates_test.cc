// Which year a date written without one ("Sáng 10/2") takes in extraction:
// the article's own day when it has one, else none yet (resolution gives
// it the collection's year; graph_resolve_test.cc).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract_rules_fixture.h"
#include "lienket/extract.h"
#include "lienket/types.h"

namespace lienket {
namespace {

class DatesTest : public DefaultRulesTest {
 protected:
  // The held_on dates extraction states for the text.
  static std::vector<std::string> HeldOn(const std::string& text, const std::string& date = "") {
    std::vector<std::string> out;
    for (const Fact& f : ExtractText(text, date).facts)
      if (f.relation == Relation::kHeldOn) out.push_back(f.object.text);
    return out;
  }
};

// A review of 2016 held in February 2017 names 2016 most; without a
// dateline the article's year is that count, too weak to date the event.
TEST_F(DatesTest, AYearCountedInTheTextDoesNotDateAnEvent) {
  const std::string text =
      "Tổng kết công tác năm 2016, triển khai nhiệm vụ năm 2017\n"
      "Sáng 10/2, tại Hà Nội, Bộ Tư pháp tổ chức Hội nghị tổng kết công tác tư pháp năm 2016. "
      "Năm 2016, ngành đã hoàn thành các nhiệm vụ được giao.";
  EXPECT_EQ(HeldOn(text), std::vector<std::string>{"--02-10"});
}

// A dateline, or the date the input gives, is the article's day.
TEST_F(DatesTest, TheArticlesOwnDayDatesAnEvent) {
  const std::string body =
      "Sáng 10/2, tại Hà Nội, Bộ Tư pháp tổ chức Hội nghị tổng kết công tác tư pháp năm 2016.";
  EXPECT_EQ(HeldOn("10/02/2017 09:38\n" + body), std::vector<std::string>{"2017-02-10"});
  EXPECT_EQ(HeldOn(body, "2017-02-11"), std::vector<std::string>{"2017-02-10"});
  // A date with its year needs no help.
  EXPECT_EQ(HeldOn("Sáng 10/2/2016, tại Hà Nội, Bộ Tư pháp tổ chức Hội nghị tổng kết công tác."),
            std::vector<std::string>{"2016-02-10"});
}

}  // namespace
}  // namespace lienket
