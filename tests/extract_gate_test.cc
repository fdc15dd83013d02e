// The sentence gate (extract/gate.h): which sentences it passes over, the
// `common` directive, and that it changes no fact on real articles.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <memory>
#include <string>
#include <vector>

#include "../extract/gate.h"
#include "../extract/rule_set_impl.h"
#include "extract_rules_fixture.h"
#include "lienket/extract.h"
#include "lienket/text.h"

namespace lienket {
namespace {

using extract::Gate;
using extract::Need;

std::unique_ptr<RuleSet> Load(const std::vector<std::string>& dirs,
                              std::vector<RuleError>* errors) {
  return RuleSet::Load(dirs, errors);
}

bool May(const RuleSet& rules, Need need, const std::string& sentence) {
  Gate::Found found;
  const Gate& gate = *rules.impl().gate;
  gate.Scan(Normalize(sentence).text, &found);
  return gate.May(need, found);
}

using DefaultRules = DefaultRulesTest;

TEST_F(DefaultRules, PassesOverSentencesNoRelationRuleCanUse) {
  EXPECT_FALSE(May(rules(), Need::kFact, "Giá vàng hôm nay tăng nhẹ, khoảng 66 triệu đồng."));
  EXPECT_TRUE(May(rules(), Need::kFact, "Chủ tịch nước Trần Đại Quang tiếp Đại sứ Nhật Bản."));
  // Case does not hide a word: the scan folds case as the tokenizer does.
  EXPECT_TRUE(May(rules(), Need::kFact, "CHỦ TỊCH NƯỚC TRẦN ĐẠI QUANG TIẾP ĐẠI SỨ NHẬT BẢN."));
  // Nor does a line break inside a lexicon entry of two words.
  EXPECT_TRUE(May(rules(), Need::kFact, "Chủ\ntịch nước Trần Đại Quang tiếp Đại sứ Nhật Bản."));
}

TEST_F(DefaultRules, TellsWhatASentenceMayName) {
  EXPECT_TRUE(May(rules(), Need::kEvent, "Hội nghị Ngoại giao lần thứ 30 bế mạc."));
  EXPECT_FALSE(May(rules(), Need::kEvent, "Giá vàng hôm nay tăng nhẹ."));
  EXPECT_TRUE(May(rules(), Need::kAward, "Ông được tặng Huân chương Lao động hạng Ba."));
  EXPECT_FALSE(May(rules(), Need::kAward, "Giá vàng hôm nay tăng nhẹ."));
  EXPECT_TRUE(May(rules(), Need::kIntroducedOrganization,
                  "Phòng Thương mại và Công nghiệp Việt Nam (VCCI) cho biết."));
  EXPECT_FALSE(May(rules(), Need::kIntroducedOrganization, "Phòng Thương mại cho biết."));
}

// "ông Thành" states the fact; the full name is in a sentence the gate
// passes over at first, and is read because the fact needs it.
TEST_F(DefaultRules, ShortNameFindsItsFullNameInASentenceWithoutFacts) {
  const std::string full = "Ông Lê Văn Thành về thăm quê hôm qua.";
  ASSERT_FALSE(May(rules(), Need::kFact, full));
  DocumentFacts facts =
      ExtractText(full + " Sáng nay, ông Thành dự Lễ khánh thành nhà máy điện gió Bạc Liêu.", "");
  ASSERT_EQ(facts.facts.size(), 1u);
  EXPECT_EQ(facts.facts[0].subject.text, "Lê Văn Thành");
  EXPECT_EQ(facts.facts[0].object.text, "Lễ khánh thành nhà máy điện gió Bạc Liêu");
}

// A bare "hội nghị" after the named event it stands for, told in a
// sentence that states nothing itself.
TEST_F(DefaultRules, BareEventFindsTheNamedOneInASentenceWithoutFacts) {
  const std::string named = "Hội nghị Ngoại giao lần thứ 30 kết thúc.";
  ASSERT_FALSE(May(rules(), Need::kFact, named));
  ASSERT_TRUE(May(rules(), Need::kEvent, named));
  auto f = Facts(named + " Phó Thủ tướng Phạm Bình Minh chủ trì hội nghị.", "2023-06-05");
  EXPECT_TRUE(Has(f, "chairs|Phạm Bình Minh|Hội nghị Ngoại giao lần thứ 30")) << Dump(f);
}

// Everything a fact says, to compare two extractions.
std::string Describe(const DocumentFacts& d) {
  std::string s = d.doc_id + " " + d.date + "\n";
  auto mention = [&](const Mention& m) {
    s += std::string(EntityTypeName(m.type)) + ":" + m.text + "[";
    for (const auto& a : m.aliases) s += a + ";";
    s += "] " + m.role + "/" + m.org + " " + m.date + " " + std::to_string(m.span.begin) + "-" +
         std::to_string(m.span.end) + " ";
  };
  for (const Fact& f : d.facts) {
    s += RelationName(f.relation);
    s += " ";
    mention(f.subject);
    mention(f.object);
    s += f.rule + " " + std::to_string(f.evidence.begin) + "-" + std::to_string(f.evidence.end) +
         (f.former ? " former" : "") + "\n";
  }
  return s;
}

// The gate only passes over sentences in which no rule could have fired:
// the development articles give the same facts, in the same order, with it
// and with every sentence read (LIENKET_GATE=off).
TEST_F(DefaultRules, SameFactsWithAndWithoutTheGate) {
  size_t documents = 0, facts = 0;
  for (const char* set : {"devgold", "devgold-3", "devgold-heldout"}) {
    DocumentReader reader({std::string(LIENKET_SOURCE_DIR) + "/tests/" + set + "/articles.jsonl"},
                          ReaderOptions());
    std::string error;
    ASSERT_TRUE(reader.Open(&error)) << error;
    Document doc;
    while (reader.Next(&doc, [](const Skipped&) {})) {
      unsetenv("LIENKET_GATE");
      DocumentFacts gated = Extract(rules(), doc);
      setenv("LIENKET_GATE", "off", 1);
      DocumentFacts all = Extract(rules(), doc);
      unsetenv("LIENKET_GATE");
      EXPECT_EQ(Describe(gated), Describe(all));
      ++documents;
      facts += all.facts.size();
    }
  }
  EXPECT_GE(documents, 60u);
  EXPECT_GE(facts, 300u);
}

class TempRules : public TempRulesTest {
 protected:
  void SetUp() override {
    TempRulesTest::SetUp();
    Write("lexicons/head.txt", "hội\n");
    Write("lexicons/greeting.txt", "xin chào\n");
    Write("10-things.rules",
          "phase things\n"
          "rule thing\n"
          "  trigger [head]\n"
          "  match [head] [Cap]+\n"
          "  emit Organization\n"
          "phase relations\n"
          "rule meets\n"
          "  trigger [Organization]\n"
          "  trigger [greeting]\n"
          "  match (?P<a>[Organization]) [greeting] (?P<b>[Organization])\n"
          "  emit a awards b\n");
  }
};

TEST_F(TempRules, ConditionsFollowTriggersDownToWords) {
  std::vector<RuleError> errors;
  auto rules = Load({dir_.string()}, &errors);
  ASSERT_NE(rules, nullptr) << (errors.empty() ? "" : errors[0].ToString());
  // The relation needs an Organization (so "hội") and a greeting.
  EXPECT_TRUE(May(*rules, Need::kFact, "Hội Nông dân xin chào Hội Phụ nữ"));
  EXPECT_FALSE(May(*rules, Need::kFact, "Hội Nông dân gặp Hội Phụ nữ"));
  EXPECT_FALSE(May(*rules, Need::kFact, "Xin chào các bạn"));
}

// Thirteen trigger lines of two words each would multiply out to 8,192
// terms: past 4,096 the gate lets every sentence through for the rule
// instead, which is still never wrong.
TEST_F(TempRules, ManyTriggerLinesDoNotMultiplyOut) {
  std::string rule = "phase relations\nrule many\n";
  for (int i = 0; i < 13; ++i)
    rule += "  trigger \"a" + std::to_string(i) + "\" | \"b" + std::to_string(i) + "\"\n";
  rule += "  match (?P<a>[Organization]) [greeting] (?P<b>[Organization])\n  emit a awards b\n";
  Write("90-many.rules", rule);
  std::vector<RuleError> errors;
  auto rules = Load({dir_.string()}, &errors);
  ASSERT_NE(rules, nullptr) << (errors.empty() ? "" : errors[0].ToString());
  EXPECT_TRUE(May(*rules, Need::kFact, "Không có từ nào ở đây"));
}

TEST_F(TempRules, CommonClassesAreTakenToBeEverywhere) {
  Write("00-common.rules", "common [greeting]\n");
  std::vector<RuleError> errors;
  auto rules = Load({dir_.string()}, &errors);
  ASSERT_NE(rules, nullptr) << (errors.empty() ? "" : errors[0].ToString());
  EXPECT_TRUE(May(*rules, Need::kFact, "Hội Nông dân gặp Hội Phụ nữ"));
  EXPECT_FALSE(May(*rules, Need::kFact, "Xin chào các bạn"));
}

TEST_F(TempRules, CommonNamesFileLineAndReason) {
  Write("00-common.rules", "# classes\ncommon [greeting] [nope]\ncommon greeting\n");
  std::vector<RuleError> errors;
  EXPECT_EQ(Load({dir_.string()}, &errors), nullptr);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_NE(errors[0].reason.find("common takes classes as [name]"), std::string::npos);
  EXPECT_EQ(errors[1].line, 2);
  EXPECT_NE(errors[1].reason.find("unknown class 'nope'"), std::string::npos);
  EXPECT_NE(errors[1].file.find("00-common.rules"), std::string::npos);
}

}  // namespace
}  // namespace lienket
