// Configuration mistakes through the built command: a missing input, an
// OUTDIR that cannot be written, a rule directory with a bad regular
// expression, an unknown field, an unknown class or type. Each gives one
// line on stderr naming the path (and the line, for a rule file) and the
// reason, exit status 2, and leaves OUTDIR as it was: not created when it
// did not exist, byte for byte the previous build when it did.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_test_util.h"

namespace lienket::testing {
namespace {

const std::string kArticle = std::string(LIENKET_TEST_DATA) + "/robust/hoa_binh_thuy_loi.txt";

// One rule directory with one mistake: its .rules file, the line of the
// mistake and words the reason must contain.
struct BadRules {
  std::string name;
  std::string rules;
  int line;
  std::vector<std::string> words;
};

const std::vector<BadRules>& BadRuleSets() {
  static const std::vector<BadRules> cases = {
      {"unbalanced-group",
       "phase extra\n\nrule bad-group\n  match [Cap] ( [Cap]\n  emit Organization\n", 4,
       {"bad-group", "missing )"}},
      {"bad-repetition",
       "phase extra\n\nrule bad-repeat\n  match [Cap]{3,1}\n  emit Organization\n", 4,
       {"bad-repeat", "{3,1}"}},
      {"unknown-field",
       "phase extra\n\nrule bad-field\n  match [Cap]\n  colour blue\n  emit Organization\n", 5,
       {"colour"}},
      {"unknown-class",
       "phase extra\n\nrule bad-class\n  match [org_hed & Cap]\n  emit Organization\n", 4,
       {"bad-class", "org_hed"}},
      {"unknown-type",
       "phase extra\n\nrule bad-type\n  match (?P<a>[Cap])\n  emit Spaceship\n", 5, {"emit"}},
      {"unknown-capture",
       "phase extra\n\nrule bad-capture\n  match (?P<a>[Person]) \"chủ trì\" (?P<b>[Event])\n"
       "  emit a chairs c\n",
       5, {"capture", "'c'"}},
      {"unknown-relation",
       "phase extra\n\nrule bad-relation\n  match (?P<a>[Person]) \"chủ trì\" (?P<b>[Event])\n"
       "  emit a presides b\n",
       5, {}},
  };
  return cases;
}

class RobustConfig : public ::testing::Test {
 protected:
  // Builds the article into `out` first, so that there is an OUTDIR to keep.
  void BuildPrevious() {
    ASSERT_EQ(Lienket("build -q " + Sh(kArticle) + " -o " + Sh(out_.string()), tmp_).exit, 0);
    previous_ = Files(out_);
    ASSERT_FALSE(previous_.empty());
  }

  // Exactly one line on stderr, naming `what`, and exit 2.
  void ExpectOneLineError(const RunResult& r, const std::string& what) {
    EXPECT_EQ(r.exit, 2) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find(what), std::string::npos) << "no " << what << " in: " << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }

  void ExpectNoStagingLeft() {
    for (const auto& e : fs::directory_iterator(tmp_.path()))
      EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();
  }

  TempDir tmp_;
  fs::path out_ = tmp_.path() / "out";
  std::map<std::string, std::string> previous_;
};

TEST_F(RobustConfig, MissingInput) {
  const std::string missing = tmp_ / "khong-co.jsonl";
  RunResult r = Lienket("build " + Sh(kArticle) + " " + Sh(missing) + " -o " + Sh(out_.string()),
                        tmp_);
  ExpectOneLineError(r, missing);
  EXPECT_FALSE(fs::exists(out_));

  BuildPrevious();
  r = Lienket("build " + Sh(missing) + " -o " + Sh(out_.string()), tmp_);
  ExpectOneLineError(r, missing);
  EXPECT_TRUE(Files(out_) == previous_);
  ExpectNoStagingLeft();
}

TEST_F(RobustConfig, InputThatIsNoArticle) {
  for (const std::string input : {std::string("/dev/null"), tmp_ / "notes.pdf"}) {
    WriteFile(tmp_.path() / "notes.pdf", "%PDF-1.4\n");
    RunResult r = Lienket("build " + Sh(input) + " -o " + Sh(out_.string()), tmp_);
    ExpectOneLineError(r, input);
    EXPECT_FALSE(fs::exists(out_));
  }
}

TEST_F(RobustConfig, UnwritableOutdir) {
  // Running as root, permissions stop nothing: use places no one can write.
  WriteFile(tmp_.path() / "a-file", "giữ nguyên\n");
  for (const std::string outdir :
       {tmp_ / "a-file", tmp_ / "a-file/out", std::string("/proc/lienket-robust-out"),
        std::string("/dev/null/out")}) {
    SCOPED_TRACE(outdir);
    RunResult r = Lienket("build " + Sh(kArticle) + " -o " + Sh(outdir), tmp_);
    ExpectOneLineError(r, outdir);
  }
  EXPECT_EQ(ReadFile(tmp_.path() / "a-file"), "giữ nguyên\n");
  ExpectNoStagingLeft();
}

TEST_F(RobustConfig, BadRuleDirectoryNamesFileLineAndReason) {
  BuildPrevious();
  for (const BadRules& c : BadRuleSets()) {
    SCOPED_TRACE(c.name);
    const fs::path dir = tmp_.path() / ("rules-" + c.name);
    fs::create_directories(dir);
    const std::string file = (dir / "90-extra.rules").string();
    WriteFile(file, c.rules);

    // A fresh OUTDIR is not created...
    const std::string fresh = tmp_ / ("fresh-" + c.name);
    RunResult r = Lienket("build --rules " + Sh(dir.string()) + " " + Sh(kArticle) + " -o " +
                              Sh(fresh),
                          tmp_);
    ExpectOneLineError(r, file + ":" + std::to_string(c.line) + ":");
    for (const std::string& w : c.words) EXPECT_NE(r.err.find(w), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(fresh));

    // ...an old one is left as it was...
    r = Lienket("build --rules " + Sh(dir.string()) + " " + Sh(kArticle) + " -o " +
                    Sh(out_.string()),
                tmp_);
    EXPECT_EQ(r.exit, 2) << r.err;
    EXPECT_TRUE(Files(out_) == previous_);

    // ...and `rules check` says the same.
    r = Lienket("rules check " + Sh(dir.string()), tmp_);
    EXPECT_EQ(r.exit, 2) << r.err;
    EXPECT_NE(r.err.find(file + ":" + std::to_string(c.line) + ":"), std::string::npos) << r.err;
  }
  ExpectNoStagingLeft();
}

// The RE2 error of a bad pattern is given in the user's terms: the rule file
// says nothing of the token encoding the pattern is compiled to.
//
// (It once quoted the compiled regular expression, control bytes and
// private-use code points included.)
TEST_F(RobustConfig, BadRegexErrorDoesNotLeakTheCompiledPattern) {
  const fs::path dir = tmp_.path() / "rules-regex";
  fs::create_directories(dir);
  WriteFile(dir / "90-extra.rules", BadRuleSets()[0].rules);
  RunResult r = Lienket("rules check " + Sh(dir.string()), tmp_);
  EXPECT_EQ(r.exit, 2);
  EXPECT_EQ(r.err.find("\\x01"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("\\x{E000}"), std::string::npos) << r.err;
  EXPECT_LT(r.err.size(), 200u) << r.err;
}

// A rule file or lexicon is text: bytes that are no UTF-8 are a mistake to
// name, not rule names or words to carry into every output.
//
TEST_F(RobustConfig, RuleFilesMustBeUtf8) {
  const fs::path dir = tmp_.path() / "rules-latin1";
  fs::create_directories(dir / "lexicons");
  WriteFile(dir / "90-extra.rules", "phase extra\n\nrule t\xEAn-h\xF4ng\n  match [Cap]\n"
                                    "  emit Organization\n");
  RunResult r = Lienket("rules check " + Sh(dir.string()), tmp_);
  EXPECT_EQ(r.exit, 2) << r.out;
  EXPECT_NE(r.err.find("90-extra.rules:3:"), std::string::npos) << r.err;

  fs::remove(dir / "90-extra.rules");
  WriteFile(dir / "lexicons" / "extra_words.txt", "t\xF4i\nH\xF2" "a B\xECnh\n");
  r = Lienket("rules check " + Sh(dir.string()), tmp_);
  EXPECT_EQ(r.exit, 2) << r.out;
  EXPECT_NE(r.err.find("extra_words.txt:1:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lienket::testing
