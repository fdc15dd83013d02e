// The proof by real consumers: every format of the seed-like graph and of
// the hostile-names graph, written as `lienket export` names the files, is
// handed to scripts/check-consumers.sh (rapper, networkx, graphviz, oxigraph).
// The files are also kept under tests/data/export/{seed,hostile}/: output
// must stay byte-identical to them (LIENKET_UPDATE_GOLDEN=1 rewrites them
// after an intended change), so they can be opened in Gephi or a triple store
// without building anything.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "data/export/fixture_graphs.h"
#include "data/export/test_util.h"
#include "lienket/export.h"

namespace lienket {
namespace {

namespace fs = std::filesystem;

constexpr ExportFormat kAll[] = {ExportFormat::kGraphML, ExportFormat::kGexf,  ExportFormat::kTurtle,
                                 ExportFormat::kNTriples, ExportFormat::kNQuads, ExportFormat::kJsonl,
                                 ExportFormat::kDot,      ExportFormat::kCsvNodes, ExportFormat::kCsvEdges};

testing::TempDir WriteAll(const Graph& g, const std::string& name) {
  testing::TempDir dir("consumers-" + name);
  for (ExportFormat f : kAll)
    testing::WriteFile(dir / DefaultFileName(f), testing::Render([&](std::ostream& o) { Write(f, g, {}, o); }));
  return dir;
}

void ExpectSameAsCommitted(const fs::path& dir, const std::string& name) {
  fs::path committed = fs::path(LIENKET_TEST_DATA) / "export" / name;
  bool update = std::getenv("LIENKET_UPDATE_GOLDEN") != nullptr;
  if (update) fs::create_directories(committed);
  for (ExportFormat f : kAll) {
    std::string file(DefaultFileName(f));
    std::string now = testing::ReadFile(dir / file);
    if (update) testing::WriteFile(committed / file, now);
    EXPECT_TRUE(now == testing::ReadFile(committed / file))
        << name << "/" << file << " differs from tests/data/export/" << name << "/" << file
        << " (LIENKET_UPDATE_GOLDEN=1 rewrites it after an intended change)";
  }
}

std::string SkipReason() {
  for (const char* p : {"rapper", "node", "bash"})
    if (!testing::HaveProgram(p)) return std::string(p) + " is not installed";
  if (!testing::HavePythonModule("networkx")) return "python3 with networkx is not installed";
  if (!fs::exists(fs::path(LIENKET_SOURCE_DIR) / "tests/consumers/node_modules/oxigraph"))
    return "oxigraph is not installed: run `npm ci` in tests/consumers";
  return "";
}

std::string CheckConsumers(const fs::path& dir, const std::string& post, int* status) {
  std::string script = (fs::path(LIENKET_SOURCE_DIR) / "scripts/check-consumers.sh").string();
  return testing::Run("bash " + testing::ShellQuote(script) + " " + testing::ShellQuote(dir.string()) + " --post " +
                          testing::ShellQuote(post),
                      status);
}

TEST(ExportConsumers, SeedGraph) {
  testing::TempDir dir = WriteAll(testing::SeedGraph(), "seed");
  ExpectSameAsCommitted(dir.path(), "seed");
  if (auto why = SkipReason(); !why.empty()) GTEST_SKIP() << why;
  int status;
  std::string out = CheckConsumers(dir.path(), "Trưởng Ban Đối ngoại Trung ương", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("rapper: turtle 164 triples, ntriples 164 triples"), std::string::npos) << out;
  EXPECT_NE(out.find("every node has label and type: True"), std::string::npos) << out;
  EXPECT_NE(out.find("Hoàng Bình Quân\tcurrent\t000_hoi-nghi-tong-ket, 001_bieu-duong"), std::string::npos) << out;
  EXPECT_NE(out.find("check-consumers: OK"), std::string::npos) << out;
  // Case does not matter to the question; "nguyên" shows as former.
  out = testing::Run("node " + testing::ShellQuote((fs::path(LIENKET_SOURCE_DIR) / "tests/consumers/sparql-holders.mjs").string()) +
                         " " + testing::ShellQuote((dir / "graph.nq").string()) + " 'phó chủ nhiệm tổng cục chính trị'",
                     &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("Lê Văn Hân\tformer"), std::string::npos) << out;
}

TEST(ExportConsumers, HostileNamesGraph) {
  testing::TempDir dir = WriteAll(testing::HostileGraph(), "hostile");
  ExpectSameAsCommitted(dir.path(), "hostile");
  if (auto why = SkipReason(); !why.empty()) GTEST_SKIP() << why;
  int status;
  std::string out = CheckConsumers(dir.path(), "Trưởng Ban 🇻🇳 Đối ngoại 🎉👍🏽 Trung ương", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("check-consumers: OK"), std::string::npos) << out;
  EXPECT_NE(out.find("<b>Nguyễn</b> \"Văn\" & 'Tèo' <![CDATA[x]]> --> ]]>\tformer"), std::string::npos) << out;
  EXPECT_NE(out.find("…(10000 characters)\tcurrent"), std::string::npos) << out;
}

TEST(ExportConsumers, CheckerFailsOnABrokenFile) {
  if (auto why = SkipReason(); !why.empty()) GTEST_SKIP() << why;
  testing::TempDir dir = WriteAll(testing::SeedGraph(), "broken");
  testing::WriteFile(dir / "graph.nt", testing::ReadFile(dir / "graph.nt") + "<a> <b> \"unterminated .\n");
  int status;
  std::string out = CheckConsumers(dir.path(), "Trưởng Ban Đối ngoại Trung ương", &status);
  EXPECT_EQ(status, 1) << out;
}

}  // namespace
}  // namespace lienket
