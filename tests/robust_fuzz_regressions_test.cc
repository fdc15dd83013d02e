// The fuzz targets (tests/fuzz/fuzz_targets.h) run as plain tests over their
// seed corpora and over every input a fuzzer once crashed on
// (tests/fuzz/regressions/<target>/), so that the crashes stay fixed in
// every build, with or without clang, and under ASan/UBSan
// (scripts/run-sanitizers.sh). The inputs the fuzzers found are also
// spelled out below as named cases.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/fuzz_targets.h"

namespace lienket::fuzz {
namespace {

const fs::path kFuzzDir = fs::path(LIENKET_SOURCE_DIR) / "tests" / "fuzz";

using Target = void (*)(const uint8_t*, size_t);

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// As libFuzzer does: the input in a heap block of exactly its size, so that
// AddressSanitizer sees a read one byte past its end (a std::string would
// have its terminating NUL there).
void Run(Target target, std::string_view bytes) {
  std::unique_ptr<uint8_t[]> copy(new uint8_t[bytes.size()]);
  std::memcpy(copy.get(), bytes.data(), bytes.size());
  target(copy.get(), bytes.size());
}

// Runs `target` on every file of corpus/<name>/ and regressions/<name>/;
// returns how many corpus files there were.
size_t RunAll(const std::string& name, Target target) {
  size_t corpus = 0;
  for (const char* kind : {"corpus", "regressions"}) {
    const fs::path dir = kFuzzDir / kind / name;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      SCOPED_TRACE(f.string());
      Run(target, Slurp(f));
      if (std::string(kind) == "corpus") ++corpus;
    }
  }
  return corpus;
}

TEST(RobustFuzzCorpus, Text) { EXPECT_GE(RunAll("text", FuzzText), 5u); }
TEST(RobustFuzzCorpus, Extract) { EXPECT_GE(RunAll("extract", FuzzExtract), 5u); }
TEST(RobustFuzzCorpus, Rules) { EXPECT_GE(RunAll("rules", FuzzRules), 5u); }
TEST(RobustFuzzCorpus, Query) { EXPECT_GE(RunAll("query", FuzzQuery), 5u); }

// The seed rule files are the project's own rule set: each loads alone
// beside the lexicons or fails with a reason, and broken.rules fails.
TEST(RobustFuzzCorpus, BrokenRuleFileIsRefusedWithItsLine) {
  std::string text = Slurp(kFuzzDir / "corpus" / "rules" / "broken");
  ASSERT_FALSE(text.empty());
  const fs::path dir = Scratch().path() / "broken-rules";
  fs::create_directories(dir);
  WriteBytes(dir / "broken.rules", text);
  std::vector<RuleError> errors;
  EXPECT_EQ(RuleSet::Load({dir.string()}, &errors), nullptr);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].line, 3) << errors[0].ToString();
}

// ---------------------------------------------------------------- found by fuzzing

// query_fuzzer, first minute: a bare word with a '-' in it ("a-b", "?r-x")
// made the lexer look for the bad character past the end of the word
// (heap-buffer-overflow read in query/parse.cc, Lexer::Run) and report
// "unexpected '\0'" at a column after the end of the query.
// regressions/query/word-with-dash-*.
TEST(RobustFuzzRegression, QueryWordWithADashIsAnErrorInsideTheQuery) {
  // The column of the word's first character and of its dash: the error
  // points at one of them (or between), never past the end.
  struct Case {
    const char* query;
    int word, dash;
  } cases[] = {{"a-b", 1, 2}, {"?r-x", 3, 3}, {"path a-b", 6, 7},
               {"?who holds_title Chu-tich", 18, 21}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.query);
    // Exactly sized, so that ASan catches a read past the end.
    const std::string_view text(c.query);
    std::unique_ptr<char[]> query(new char[text.size()]);
    std::memcpy(query.get(), text.data(), text.size());
    QueryError error;
    EXPECT_FALSE(CheckQuery(std::string_view(query.get(), text.size()), &error));
    EXPECT_EQ(error.message.find('\0'), std::string::npos) << "a NUL in the message";
    EXPECT_GE(error.column, c.word) << error.message;
    EXPECT_LE(error.column, c.dash) << error.message;
  }
}

}  // namespace
}  // namespace lienket::fuzz
