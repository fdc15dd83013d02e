// The same input gives byte-identical outputs: across two runs, across
// thread counts, and whatever order the inputs are listed in (the graph is a
// reduce over documents). report.json is compared without its "run" section
// (threads and timings) and its list of inputs.
#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

#include "cli_test_util.h"

namespace lienket::testing {
namespace {

const std::string kData = LIENKET_TEST_DATA;

// report.json without what may differ between equal builds.
std::string StableReport(const fs::path& outdir) {
  rapidjson::Document d = ParseJson(ReadFile(outdir / "report.json"));
  if (d.HasParseError() || !d.IsObject()) return "<bad report.json>";
  d.RemoveMember("run");
  if (d.HasMember("input")) d["input"].RemoveMember("inputs");
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  d.Accept(w);
  return buf.GetString();
}

void ExpectIdentical(const fs::path& a, const fs::path& b) {
  auto fa = Files(a), fb = Files(b);
  ASSERT_GE(fa.size(), ExpectedOutputs().size());
  std::set<std::string> names;
  for (const auto& [name, bytes] : fa) names.insert(name);
  for (const auto& [name, bytes] : fb) names.insert(name);
  for (const std::string& name : names) {
    ASSERT_TRUE(fa.count(name) && fb.count(name)) << name << " in only one of " << a << ", " << b;
    if (name == "report.json") continue;
    EXPECT_TRUE(fa[name] == fb[name]) << name << " differs between " << a << " and " << b;
  }
  EXPECT_EQ(StableReport(a), StableReport(b));
}

class RobustDeterminism : public ::testing::Test {
 protected:
  void SetUp() override {
    // Enough documents that two threads interleave: the cli fixtures, the
    // robust article and its NFD twin under another id, a JSONL with bad
    // lines, and the same articles again as JSONL.
    fs::create_directories(tmp_.path() / "more");
    std::string article = ReadFile(kData + "/robust/hoa_binh_thuy_loi.txt");
    ASSERT_FALSE(article.empty());
    WriteFile(tmp_.path() / "more" / "hoa_binh.txt", article);
    WriteFile(tmp_.path() / "more" / "hoa_binh_crlf.txt",
              [&] {
                std::string s;
                for (char c : article) s += c == '\n' ? std::string("\r\n") : std::string(1, c);
                return s;
              }());
    std::string jsonl;
    int n = 0;
    for (const char* dir : {"a", "b"})
      for (const auto& e : fs::directory_iterator(kData + "/cli/" + dir)) {
        rapidjson::StringBuffer buf;
        rapidjson::Writer<rapidjson::StringBuffer> w(buf);
        const std::string text = ReadFile(e.path());
        w.StartObject();
        w.Key("id");
        w.String(("copy-" + std::to_string(n++)).c_str());
        w.Key("text");
        w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
        w.EndObject();
        jsonl += std::string(buf.GetString()) + "\n";
      }
    WriteFile(tmp_.path() / "copies.jsonl", jsonl);
    inputs_ = {kData + "/cli/a", kData + "/cli/b", kData + "/cli/mixed.jsonl",
               (tmp_.path() / "more").string(), (tmp_.path() / "copies.jsonl").string()};
  }

  RunResult Build(const std::string& out, const std::string& options,
                  bool reversed = false) {
    std::string args;
    for (size_t i = 0; i < inputs_.size(); ++i)
      args += " " + Sh(inputs_[reversed ? inputs_.size() - 1 - i : i]);
    return Lienket("build -q " + options + args + " -o " + Sh(tmp_ / out), tmp_);
  }

  TempDir tmp_;
  std::vector<std::string> inputs_;
};

TEST_F(RobustDeterminism, TwoRunsAndTwoThreadCountsGiveTheSameBytes) {
  ASSERT_EQ(Build("run1", "--threads 2").exit, 0);
  ASSERT_EQ(Build("run2", "--threads 2").exit, 0);
  ASSERT_EQ(Build("t1", "--threads 1").exit, 0);
  ExpectIdentical(tmp_.path() / "run1", tmp_.path() / "run2");
  ExpectIdentical(tmp_.path() / "run1", tmp_.path() / "t1");
  rapidjson::Document report = ParseJson(ReadFile(tmp_.path() / "run1" / "report.json"));
  EXPECT_GE(report["graph"]["documents"].GetUint64(), 16u);
  EXPECT_EQ(report["input"]["documents_skipped"].GetUint64(), 4u);
}

TEST_F(RobustDeterminism, InputOrderDoesNotMatter) {
  ASSERT_EQ(Build("forward", "--threads 2").exit, 0);
  ASSERT_EQ(Build("backward", "--threads 2", /*reversed=*/true).exit, 0);
  auto fa = Files(tmp_.path() / "forward"), fb = Files(tmp_.path() / "backward");
  for (const char* name : {"triples.jsonl", "graph.graphml", "graph.gexf", "graph.ttl",
                           "graph.nt", "graph.nq", "nodes.csv", "relationships.csv",
                           "graph.lkg", "store.jsonl"})
    EXPECT_TRUE(fa[name] == fb[name]) << name;
  // The skipped list follows the reading order; the set is the same.
  EXPECT_EQ(ReportGraph(tmp_.path() / "forward"), ReportGraph(tmp_.path() / "backward"));
}

TEST_F(RobustDeterminism, ExportFromGraphLkgEqualsTheBuild) {
  ASSERT_EQ(Build("out", "").exit, 0);
  for (const char* format : {"graphml", "gexf", "turtle", "ntriples", "nquads", "jsonl"}) {
    SCOPED_TRACE(format);
    RunResult r = Lienket("export " + Sh(tmp_ / "out") + " --to " + format, tmp_);
    ASSERT_EQ(r.exit, 0) << r.err;
    RunResult again = Lienket("export " + Sh(tmp_ / "out") + " --to " + format, tmp_);
    EXPECT_TRUE(r.out == again.out);
  }
}

}  // namespace
}  // namespace lienket::testing
