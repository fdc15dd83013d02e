// The default rule set (rules/), loaded once for a test suite, and the facts
// it finds in a text written for a test, as strings a test can assert on:
// what the extract_*_test.cc files that test the rules share.
#ifndef LIENKET_TESTS_EXTRACT_RULES_FIXTURE_H_
#define LIENKET_TESTS_EXTRACT_RULES_FIXTURE_H_

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "lienket/extract.h"
#include "lienket/types.h"

namespace lienket {

class DefaultRulesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<RuleError> errors;
    rules_ = RuleSet::Load({LIENKET_RULES_DIR}, &errors).release();
    for (const auto& e : errors) ADD_FAILURE() << e.ToString();
    ASSERT_NE(rules_, nullptr);
  }
  static void TearDownTestSuite() {
    delete rules_;
    rules_ = nullptr;
  }

  static const RuleSet& rules() { return *rules_; }

  // The facts of `text` in an article of `date` ("" for none).
  static DocumentFacts ExtractText(const std::string& text, const std::string& date) {
    Document d;
    d.id = "t";
    d.text = text;
    d.date = date;
    return Extract(*rules_, d);
  }

  // "relation|subject|object" for every fact of the text; a former position
  // is marked "holds_title|A|B (former)".
  static std::set<std::string> Facts(const std::string& text, const std::string& date) {
    std::set<std::string> out;
    for (const Fact& f : ExtractText(text, date).facts) {
      std::string s =
          std::string(RelationName(f.relation)) + "|" + f.subject.text + "|" + f.object.text;
      if (f.former) s += " (former)";
      out.insert(s);
    }
    return out;
  }

  static bool Has(const std::set<std::string>& facts, const std::string& fact) {
    return facts.count(fact) > 0;
  }

  // Whether some fact has `part` in it ("holds_title", "|Công|").
  static bool Mentions(const std::set<std::string>& facts, const std::string& part) {
    for (const auto& f : facts)
      if (f.find(part) != std::string::npos) return true;
    return false;
  }

 private:
  static inline RuleSet* rules_ = nullptr;
};

// A rule directory of a test's own, with a lexicons/ folder, made fresh for
// each test and removed after it.
class TempRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("lienket-rules-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "lexicons");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }

  std::filesystem::path dir_;
};

// The facts one a line, for a failure message.
inline std::string Dump(const std::set<std::string>& facts) {
  std::string s;
  for (const auto& f : facts) s += "\n  " + f;
  return s;
}

}  // namespace lienket

#endif  // LIENKET_TESTS_EXTRACT_RULES_FIXTURE_H_
