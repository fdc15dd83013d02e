// Quoted words in a rule's match (extract/pattern.h): records carry a code
// per word, not the words, so these check that a literal still matches what
// its words spell, and only that: whole words, in any case, one token or
// several, and never a word no pattern names.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extract_rules_fixture.h"
#include "lienket/extract.h"
#include "lienket/types.h"

namespace lienket {
namespace {

class PatternWords : public TempRulesTest {
 protected:
  void SetUp() override {
    TempRulesTest::SetUp();
    Write("lexicons/head.txt", "hội\n");
    // "xin chào" is a lexicon entry, so its two words become one token.
    Write("lexicons/greeting.txt", "xin chào\n");
    Write("10-words.rules",
          "phase things\n"
          "rule thing\n"
          "  match [head] [Cap] [Cap]\n"
          "  emit Organization\n"
          "phase relations\n"
          "rule greets\n"
          "  match (?P<a>[Organization]) \"xin chào\" (?P<b>[Organization])\n"
          "  emit a awards b\n"
          "rule sends\n"
          "  match (?P<a>[Organization]) \"gửi lời\" (?P<b>[Organization])\n"
          "  emit a awards b\n"
          // A token or two of context first: tried just before the tokens
          // its first test names (PatternPlan::lead), not everywhere.
          "rule thanks\n"
          "  match (^ | [!Punct] | [Punct] [lower]) (?P<a>[Organization]) \"cảm ơn\" (?P<b>[Organization])\n"
          "  emit a awards b\n");
    std::vector<RuleError> errors;
    rules_ = RuleSet::Load({dir_.string()}, &errors);
    ASSERT_NE(rules_, nullptr) << (errors.empty() ? "" : errors[0].ToString());
  }
  // "subject > object" of every fact of `text`.
  std::set<std::string> Facts(const std::string& text) const {
    Document d;
    d.id = "t";
    d.text = text;
    std::set<std::string> out;
    for (const Fact& f : Extract(*rules_, d).facts) out.insert(f.subject.text + " > " + f.object.text);
    return out;
  }

  std::unique_ptr<RuleSet> rules_;
};

const std::set<std::string> kMet = {"Hội Nông Dân > Hội Phụ Nữ"};

TEST_F(PatternWords, LiteralMatchesItsWordsInOneTokenOrSeveral) {
  EXPECT_EQ(Facts("Hội Nông Dân xin chào Hội Phụ Nữ."), kMet);  // one merged token
  EXPECT_EQ(Facts("Hội Nông Dân gửi lời Hội Phụ Nữ."), kMet);   // two tokens
}

TEST_F(PatternWords, LiteralIgnoresCase) {
  EXPECT_EQ(Facts("Hội Nông Dân XIN CHÀO Hội Phụ Nữ."), kMet);
  EXPECT_EQ(Facts("Hội Nông Dân Gửi Lời Hội Phụ Nữ."), kMet);
}

TEST_F(PatternWords, LiteralMatchesWholeWordsOnly) {
  EXPECT_TRUE(Facts("Hội Nông Dân gửi lờii Hội Phụ Nữ.").empty());
  EXPECT_TRUE(Facts("Hội Nông Dân gửi lờ Hội Phụ Nữ.").empty());
  EXPECT_TRUE(Facts("Hội Nông Dân gửi thư Hội Phụ Nữ.").empty());
  // Two words a pattern names, but not in the order it names them.
  EXPECT_TRUE(Facts("Hội Nông Dân lời gửi Hội Phụ Nữ.").empty());
  EXPECT_TRUE(Facts("Hội Nông Dân gửi chào Hội Phụ Nữ.").empty());
}

TEST_F(PatternWords, ContextBeforeTheFirstTestedToken) {
  EXPECT_EQ(Facts("Hội Nông Dân cảm ơn Hội Phụ Nữ."), kMet);          // at the start
  EXPECT_EQ(Facts("Hôm qua Hội Nông Dân cảm ơn Hội Phụ Nữ."), kMet);  // one token before
  EXPECT_EQ(Facts("Rồi, tất Hội Nông Dân cảm ơn Hội Phụ Nữ."), kMet);
  EXPECT_EQ(Facts("Rồi , hôm Hội Nông Dân cảm ơn Hội Phụ Nữ."), kMet);  // two tokens before
  EXPECT_TRUE(Facts("Rồi , Hội Nông Dân cảm ơn Hội Phụ Nữ.").empty());  // a comma alone
}

}  // namespace
}  // namespace lienket
