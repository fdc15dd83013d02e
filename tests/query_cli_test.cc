// `lienket query` as a user runs it: over an OUTDIR holding graph.lkg (here
// the seed graph saved with SaveGraph), one query or a file of them, every
// output format, evidence with sentences, and each error with its exit code.
// Runs the built command (the default build target makes it).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli_test_util.h"
#include "lienket/graph.h"
#include "lienket/query.h"
#include "query_test_graph.h"

namespace lienket {
namespace {

using testing::Lienket;
using testing::ReadFile;
using testing::RunResult;
using testing::Sh;
using testing::TempDir;
using testing::WriteFile;

const std::string kQueryData = std::string(LIENKET_TEST_DATA) + "/query";

class QueryCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(testing::kBinary))
        << testing::kBinary << " is not built: build the default target";
    std::filesystem::create_directories(tmp_ / "out");
    std::ofstream out(tmp_ / "out/graph.lkg", std::ios::binary);
    SaveGraph(lienket::testing::SeedGraph(), out);
  }

  RunResult Query(const std::string& args) { return Lienket("query " + args, tmp_); }
  std::string Out() const { return Sh(tmp_ / "out"); }

  TempDir tmp_;
};

TEST_F(QueryCliTest, OneQueryAsTsv) {
  const RunResult r =
      Query(Out() + " " + Sh("?who holds_title \"Trưởng Ban Đối ngoại Trung ương\""));
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.out, "who\nHoàng Bình Quân\nLê Hoài Trung\n");
  EXPECT_EQ(r.err, "");
}

TEST_F(QueryCliTest, JsonAndJsonl) {
  RunResult r = Query(Out() + " " + Sh("\"VUFO\" received_award ?award") + " --format json");
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.out,
            "[\n{\"award\":{\"id\":\"awd-co-thi-dua\",\"label\":\"Cờ thi đua\",\"type\":\"Award\"}}\n]\n");
  r = Query("--format=jsonl " + Out() + " " + Sh("?l a Location"));
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"l\":{\"id\":\"loc-binh-dinh\",\"label\":\"Bình Định\",\"type\":\"Location\"}}\n"
            "{\"l\":{\"id\":\"loc-ha-noi\",\"label\":\"Hà Nội\",\"type\":\"Location\"}}\n");
}

TEST_F(QueryCliTest, NoAnswerIsHeaderOnlyAndExitZero) {
  const RunResult r = Query(Out() + " " + Sh("?who holds_title \"Tổng Bí thư\""));
  EXPECT_EQ(r.exit, 0);
  EXPECT_EQ(r.out, "who\n");
  EXPECT_EQ(r.err, "lienket query: note: no node is named \"Tổng Bí thư\"\n");
}

TEST_F(QueryCliTest, FileOfQueriesIsLabelled) {
  const RunResult r = Query(Out() + " -f " + Sh(kQueryData + "/queries.txt"));
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.out,
            "# line 2: ?who holds_title \"Trưởng Ban Đối ngoại Trung ương\" during 2020\n"
            "who\nHoàng Bình Quân\n"
            "\n# line 4: ?who holds_title \"Trưởng Ban Đối ngoại Trung ương\" current   # the "
            "latest holder\n"
            "who\nLê Hoài Trung\n"
            "\n# line 5: path \"Trần Quốc Vượng\" \"Lê Văn Hân\"\n"
            "step\tsubject\trelation\tobject\tformer\tfirst_seen\tlast_seen\tweight\n"
            "1\tTrần Quốc Vượng\tattends\tHội nghị tổng kết công tác đối ngoại nhân dân năm "
            "2020\tfalse\t2020-12-24\t2020-12-24\t2\n"
            "2\tLê Văn Hân\tattends\tHội nghị tổng kết công tác đối ngoại nhân dân năm "
            "2020\tfalse\t2020-12-24\t2020-12-24\t1\n"
            "\n# line 6: ?p a Person count\ncount\n9\n");
  // The same from stdin, as JSON.
  const RunResult j = Lienket("query " + Out() + " -f - --format json", tmp_,
                              kQueryData + "/queries.txt");
  EXPECT_EQ(j.exit, 0) << j.err;
  const rapidjson::Document d = testing::ParseJson(j.out);
  ASSERT_FALSE(d.HasParseError()) << j.out;
  ASSERT_EQ(d.Size(), 4u);
  EXPECT_EQ(d[1]["line"].GetInt(), 4);
  EXPECT_STREQ(d[1]["answer"][0]["who"]["label"].GetString(), "Lê Hoài Trung");
  EXPECT_EQ(d[3]["answer"][0]["count"].GetInt(), 9);
}

TEST_F(QueryCliTest, MalformedQueryPointsAtTheColumn) {
  const RunResult r = Query(Out() + " " + Sh("?who hold_title \"Trưởng Ban\""));
  EXPECT_EQ(r.exit, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "lienket query: error at column 6: unknown relation 'hold_title' (did you mean "
            "holds_title?)\n"
            "  ?who hold_title \"Trưởng Ban\"\n"
            "       ^\n");
}

TEST_F(QueryCliTest, MalformedLineOfAFileIsNamedAndNothingRuns) {
  WriteFile(tmp_ / "q.txt", "?p a Person count\n# fine so far\n?p a Persn\n");
  const RunResult r = Query(Out() + " -f " + Sh(tmp_ / "q.txt"));
  EXPECT_EQ(r.exit, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "lienket query: " + (tmp_ / "q.txt") +
                       ":3: error at column 6: unknown type 'Persn' (did you mean Person?)\n"
                       "  ?p a Persn\n"
                       "       ^\n");
}

TEST_F(QueryCliTest, MissingOrDamagedGraphIsOneLine) {
  RunResult r = Query(Sh(tmp_ / "nowhere") + " " + Sh("?p a Person"));
  EXPECT_EQ(r.exit, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(tmp_ / "nowhere/graph.lkg"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;

  WriteFile(tmp_ / "out/graph.lkg", "not a graph at all");
  r = Query(Out() + " " + Sh("?p a Person"));
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find(tmp_ / "out/graph.lkg"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

TEST_F(QueryCliTest, UsageErrors) {
  for (const std::string& args :
       {std::string(""), Out(), Out() + " " + Sh("?p a Person") + " --format xml",
        Out() + " " + Sh("?p a Person") + " -f x.txt", Out() + " ?p a Person",
        Out() + " " + Sh("?p a Person") + " --bogus",
        Out() + " " + Sh("?p a Person") + " --source x"}) {
    const RunResult r = Query(args);
    EXPECT_EQ(r.exit, 2) << args;
    EXPECT_EQ(r.out, "") << args;
    EXPECT_EQ(r.err.rfind("lienket query: ", 0), 0u) << args << "\n" << r.err;
  }
  const RunResult help = Query("--help");
  EXPECT_EQ(help.exit, 0);
  EXPECT_EQ(help.out.rfind("usage: lienket query OUTDIR 'QUERY'", 0), 0u) << help.out;
  EXPECT_NE(help.out.find("path \"Trần Quốc Vượng\" \"Lê Văn Hân\""), std::string::npos);
}

TEST_F(QueryCliTest, EvidenceWithSentencesFromTheSources) {
  // A graph whose one edge points into an article of the fixtures.
  const std::string article = ReadFile(kQueryData + "/articles/q001.txt");
  const std::string stated = "Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung";
  const size_t at = article.find(stated);
  ASSERT_NE(at, std::string::npos);
  lienket::testing::GraphMaker m;
  m.Node("per-le-hoai-trung", EntityType::kPerson, "Lê Hoài Trung");
  m.Node("pos-truong-ban", EntityType::kPosition, "Trưởng Ban Đối ngoại Trung ương");
  EdgeProps& e = m.Edge("per-le-hoai-trung", Relation::kHoldsTitle, "pos-truong-ban", {"q001"},
                        "2022-04-12");
  e.evidence[0].begin = static_cast<uint32_t>(at);
  e.evidence[0].end = static_cast<uint32_t>(at + stated.size());
  {
    std::ofstream out(tmp_ / "out/graph.lkg", std::ios::binary);
    SaveGraph(m.Build(), out);
  }
  const std::string span = std::to_string(at) + "\t" + std::to_string(at + stated.size());
  RunResult r = Query(Out() + " " + Sh("about \"Lê Hoài Trung\"") + " --evidence");
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.out,
            "subject\trelation\tobject\tformer\tfirst_seen\tlast_seen\tweight\tdoc\tbegin\tend\t"
            "rule\tdate\n"
            "Lê Hoài Trung\tholds_title\tTrưởng Ban Đối ngoại Trung ương\tfalse\t2022-04-12\t"
            "2022-04-12\t1\tq001\t" + span + "\trule-holds_title\t2022-04-12\n");
  r = Query(Out() + " " + Sh("?who holds_title ?t") + " --evidence --source " +
            Sh(kQueryData + "/articles"));
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.out,
            "who\tt\tpattern\tdoc\tbegin\tend\trule\tdate\tsentence\n"
            "Lê Hoài Trung\tTrưởng Ban Đối ngoại Trung ương\t1\tq001\t" + span +
                "\trule-holds_title\t2022-04-12\t"
                "Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung chủ trì Hội nghị.\n");
  r = Query(Out() + " " + Sh("?who holds_title ?t") + " --evidence --source " +
            Sh(tmp_ / "no-such-input"));
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("no-such-input"), std::string::npos) << r.err;
}

TEST_F(QueryCliTest, TimeGoesToStderr) {
  const RunResult r = Query(Out() + " " + Sh("?p a Person count") + " --time");
  EXPECT_EQ(r.exit, 0);
  EXPECT_EQ(r.out, "count\n9\n");
  EXPECT_EQ(r.err.rfind("lienket query: load ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("(29 nodes, 28 edges), index "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(", query "), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lienket
