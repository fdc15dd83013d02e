// `lienket build`, `export`, `rules` and the help texts, run as a user
// would: outputs, errors and exit codes, skipped documents, --strict,
// --into, thread counts.
#include <gtest/gtest.h>

#include <string>

#include "cli_test_util.h"

namespace lienket::testing {
namespace {

const std::string kA = Sh(kData + "/a");
const std::string kB = Sh(kData + "/b");
const std::string kMixed = Sh(kData + "/mixed.jsonl");
const std::string kBad = Sh(kData + "/bad");

TEST(CliBuild, WritesEveryOutput) {
  TempDir tmp;
  RunResult r = Lienket("build " + kA + " " + kB + " -o " + Sh(tmp / "out"), tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  for (const std::string& name : ExpectedOutputs())
    EXPECT_TRUE(fs::is_regular_file(tmp.path() / "out" / name)) << name;
  // Nothing left beside it: no staging directory, no temporary file inside.
  for (const auto& e : fs::directory_iterator(tmp.path()))
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();
  for (const auto& e : fs::directory_iterator(tmp.path() / "out"))
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();

  // The articles name Nguyễn Văn Thành, Phó Chủ tịch Ủy ban nhân dân tỉnh
  // Bình Định, several times.
  std::string triples = ReadFile(tmp.path() / "out" / "triples.jsonl");
  EXPECT_NE(triples.find("Nguyễn Văn Thành"), std::string::npos);

  rapidjson::Document report = ParseJson(ReadFile(tmp.path() / "out" / "report.json"));
  ASSERT_FALSE(report.HasParseError());
  EXPECT_EQ(report["graph"]["documents"].GetUint64(), 6u);
  EXPECT_EQ(report["input"]["documents_read"].GetUint64(), 6u);
  EXPECT_EQ(report["input"]["documents_skipped"].GetUint64(), 0u);
  EXPECT_GT(report["graph"]["edges"]["total"].GetUint64(), 0u);
  for (const char* stage : {"read", "extract", "resolve", "export", "total"})
    EXPECT_TRUE(report["run"]["seconds"].HasMember(stage)) << stage;
  EXPECT_TRUE(report["run"].HasMember("mb_per_s"));
  EXPECT_TRUE(report["rules"].HasMember("rules"));
}

TEST(CliBuild, RebuildReplacesTheWholeSet) {
  TempDir tmp;
  std::string out = tmp / "out";
  ASSERT_EQ(Lienket("build -q " + kA + " -o " + Sh(out), tmp).exit, 0);
  std::string first = ReadFile(fs::path(out) / "store.jsonl");
  ASSERT_EQ(Lienket("build -q " + kA + " " + kB + " -o " + Sh(out), tmp).exit, 0);
  EXPECT_NE(ReadFile(fs::path(out) / "store.jsonl"), first);
  EXPECT_EQ(ParseJson(ReadFile(fs::path(out) / "report.json"))["graph"]["documents"].GetUint64(),
            6u);
}

TEST(CliBuild, OneAndTwoThreadsGiveIdenticalOutput) {
  TempDir tmp;
  std::string inputs = kA + " " + kMixed + " " + kB;
  ASSERT_EQ(Lienket("build -q --threads 1 " + inputs + " -o " + Sh(tmp / "t1"), tmp).exit, 0);
  ASSERT_EQ(Lienket("build -q --threads 2 " + inputs + " -o " + Sh(tmp / "t2"), tmp).exit, 0);
  ASSERT_EQ(Lienket("build -q -j 5 " + inputs + " -o " + Sh(tmp / "t5"), tmp).exit, 0);
  ExpectSameOutputs(tmp.path() / "t1", tmp.path() / "t2");
  ExpectSameOutputs(tmp.path() / "t1", tmp.path() / "t5");
}

TEST(CliBuild, BadDocumentsAreSkippedWithReasons) {
  TempDir tmp;
  RunResult r = Lienket("build " + kMixed + " " + kBad + " -o " + Sh(tmp / "out"), tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  // Warnings name where each one was.
  EXPECT_NE(r.err.find("mixed.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary.txt"), std::string::npos) << r.err;

  rapidjson::Document report = ParseJson(ReadFile(tmp.path() / "out" / "report.json"));
  ASSERT_FALSE(report.HasParseError());
  const auto& input = report["input"];
  // Good: j1, j2 and bad/good_tin_ngan. Bad: not JSON, no text, invalid
  // UTF-8, NUL byte, empty file, binary file.
  EXPECT_EQ(input["documents_read"].GetUint64(), 3u);
  EXPECT_EQ(input["documents_skipped"].GetUint64(), 6u);
  ASSERT_EQ(input["skipped"].Size(), 6u);
  std::string origins;
  for (const auto& s : input["skipped"].GetArray()) {
    EXPECT_GT(s["reason"].GetStringLength(), 0u);
    origins += std::string(s["origin"].GetString()) + "\n";
  }
  for (const char* where : {"mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:4", "mixed.jsonl:5",
                            "empty.txt", "binary.txt"})
    EXPECT_NE(origins.find(where), std::string::npos) << where << " not in\n" << origins;
  EXPECT_EQ(report["graph"]["documents"].GetUint64(), 3u);
}

TEST(CliBuild, QuietReportsOnlyTheCount) {
  TempDir tmp;
  RunResult r = Lienket("build --quiet " + kMixed + " -o " + Sh(tmp / "out"), tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.err.find("mixed.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("4 documents skipped"), std::string::npos) << r.err;
  // Not a terminal: no progress bar.
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
}

TEST(CliBuild, StrictStopsAtTheFirstBadDocument) {
  TempDir tmp;
  std::string out = tmp / "out";
  ASSERT_EQ(Lienket("build -q " + kA + " -o " + Sh(out), tmp).exit, 0);
  auto before = Files(out);
  RunResult r = Lienket("build --strict " + kMixed + " -o " + Sh(out), tmp);
  EXPECT_EQ(r.exit, 1) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:2"), std::string::npos) << r.err;
  EXPECT_EQ(Files(out), before);  // the previous result stands
  // Good input is no problem under --strict.
  EXPECT_EQ(Lienket("build --strict -q " + kB + " -o " + Sh(tmp / "b"), tmp).exit, 0);
}

TEST(CliBuild, AnIdReadTwiceIsReported) {
  TempDir tmp;
  const std::string doc = ReadFile(kData + "/a/a1_hoi_nghi_doi_ngoai.txt");
  std::string line = "{\"id\": \"same\", \"text\": \"";
  for (char c : doc) line += c == '\n' ? std::string("\\n") : c == '"' ? std::string("\\\"") : std::string(1, c);
  line += "\"}\n";
  WriteFile(tmp.path() / "twice.jsonl", line + line);
  RunResult r = Lienket("build -q " + Sh(tmp / "twice.jsonl") + " -o " + Sh(tmp / "out"), tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  rapidjson::Document report = ParseJson(ReadFile(tmp.path() / "out" / "report.json"));
  EXPECT_EQ(report["graph"]["documents"].GetUint64(), 1u);
  ASSERT_EQ(report["input"]["documents_skipped"].GetUint64(), 1u);
  EXPECT_STREQ(report["input"]["skipped"][0]["id"].GetString(), "same");
  EXPECT_EQ(Lienket("build --strict -q " + Sh(tmp / "twice.jsonl") + " -o " + Sh(tmp / "s"), tmp)
                .exit,
            1);
  // Adding an article again to a graph that has it is no mistake.
  WriteFile(tmp.path() / "once.jsonl", line);
  r = Lienket("build -q --strict --into " + Sh(tmp / "out") + " " + Sh(tmp / "once.jsonl"), tmp);
  EXPECT_EQ(r.exit, 0) << r.err;
}

TEST(CliBuild, MissingInputIsAConfigurationError) {
  TempDir tmp;
  std::string missing = tmp / "no-such-article.txt";
  RunResult r = Lienket("build " + kA + " " + Sh(missing) + " -o " + Sh(tmp / "out"), tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find(missing), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(tmp.path() / "out"));
  EXPECT_EQ(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator()), 2)
      << "only the captured .stdout and .stderr";
}

TEST(CliBuild, UnwritableOutdirIsAConfigurationError) {
  TempDir tmp;
  WriteFile(tmp.path() / "plain-file", "not a directory\n");
  for (std::string outdir : {tmp / "plain-file", tmp / "plain-file/out",
                             std::string("/proc/lienket-test-out")}) {
    RunResult r = Lienket("build " + kA + " -o " + Sh(outdir), tmp);
    EXPECT_EQ(r.exit, 2) << outdir;
    EXPECT_NE(r.err.find(outdir), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
  EXPECT_EQ(ReadFile(tmp.path() / "plain-file"), "not a directory\n");
}

TEST(CliBuild, RefusesToReplaceADirectoryItDidNotWrite) {
  TempDir tmp;
  fs::create_directory(tmp.path() / "mine");
  WriteFile(tmp.path() / "mine" / "thesis.txt", "do not delete\n");
  RunResult r = Lienket("build " + kA + " -o " + Sh(tmp / "mine"), tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("refusing"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFile(tmp.path() / "mine" / "thesis.txt"), "do not delete\n");
}

TEST(CliBuild, BadRuleFileIsAConfigurationError) {
  TempDir tmp;
  RunResult r = Lienket("build --rules " + Sh(kData + "/badrules") + " " + kA + " -o " +
                            Sh(tmp / "out"),
                        tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("broken.rules:3:"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(tmp.path() / "out"));

  r = Lienket("rules check " + Sh(kData + "/badrules"), tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("broken.rules:3:"), std::string::npos) << r.err;

  r = Lienket("build --rules " + Sh(tmp / "nowhere") + " " + kA + " -o " + Sh(tmp / "out"), tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find(tmp / "nowhere"), std::string::npos) << r.err;
}

TEST(CliBuild, IntoAddsToAnEarlierBuild) {
  TempDir tmp;
  std::string x = tmp / "x";
  ASSERT_EQ(Lienket("build -q " + kA + " -o " + Sh(x), tmp).exit, 0);
  RunResult r = Lienket("build -q --into " + Sh(x) + " " + kB + " " + kMixed, tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  ASSERT_EQ(Lienket("build -q " + kA + " " + kB + " " + kMixed + " -o " + Sh(tmp / "all"), tmp)
                .exit,
            0);
  ExpectSameOutputs(x, tmp.path() / "all");
  // The skipped documents of both runs are still listed.
  EXPECT_EQ(ParseJson(ReadFile(fs::path(x) / "report.json"))["input"]["documents_skipped"]
                .GetUint64(),
            4u);
}

TEST(CliBuild, IntoRefusesADamagedStore) {
  TempDir tmp;
  std::string x = tmp / "x";
  ASSERT_EQ(Lienket("build -q " + kA + " -o " + Sh(x), tmp).exit, 0);
  fs::path store = fs::path(x) / "store.jsonl";
  std::string good = ReadFile(store);

  // Cut in the middle of a line, as a full disk would.
  WriteFile(store, good.substr(0, good.size() * 2 / 3));
  auto before = Files(x);
  RunResult r = Lienket("build -q --into " + Sh(x) + " " + kB, tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("store.jsonl"), std::string::npos) << r.err;
  EXPECT_EQ(Files(x), before);

  // A store of another (older) format.
  WriteFile(store, "{\"lienket_store\": 0}\n");
  r = Lienket("build -q --into " + Sh(x) + " " + kB, tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("store.jsonl"), std::string::npos) << r.err;

  // No store at all, in a directory that is not empty.
  fs::remove(store);
  r = Lienket("build -q --into " + Sh(x) + " " + kB, tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("store.jsonl"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(store));
}

TEST(CliBuild, IntoAFreshDirectoryStartsANewGraph) {
  TempDir tmp;
  ASSERT_EQ(Lienket("build -q --into " + Sh(tmp / "new") + " " + kA, tmp).exit, 0);
  ASSERT_EQ(Lienket("build -q " + kA + " -o " + Sh(tmp / "ref"), tmp).exit, 0);
  ExpectSameOutputs(tmp.path() / "new", tmp.path() / "ref");
}

TEST(CliBuild, ReadsJsonlFromStdin) {
  TempDir tmp;
  RunResult r = Lienket("build -q - -o " + Sh(tmp / "stdin"), tmp, kData + "/mixed.jsonl");
  ASSERT_EQ(r.exit, 0) << r.err;
  ASSERT_EQ(Lienket("build -q " + kMixed + " -o " + Sh(tmp / "file"), tmp).exit, 0);
  EXPECT_EQ(ReadFile(tmp.path() / "stdin" / "triples.jsonl"),
            ReadFile(tmp.path() / "file" / "triples.jsonl"));
}

TEST(CliBuild, ReadsLegacyWindows1258) {
  TempDir tmp;
  // legacy/ holds a1 in Windows-1258, tone marks as combining characters.
  RunResult r = Lienket("build -q --encoding windows-1258 " + Sh(kData + "/legacy") + " -o " +
                            Sh(tmp / "legacy"),
                        tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  ASSERT_EQ(Lienket("build -q " + Sh(kData + "/a/a1_hoi_nghi_doi_ngoai.txt") + " -o " +
                        Sh(tmp / "utf8"),
                    tmp)
                .exit,
            0);
  // The same graph; only the evidence offsets, into each file as it is,
  // differ.
  EXPECT_EQ(ReadFile(tmp.path() / "legacy" / "graph.graphml"),
            ReadFile(tmp.path() / "utf8" / "graph.graphml"));
  EXPECT_NE(ReadFile(tmp.path() / "legacy" / "graph.graphml").find("Trần Thị Hồng Nhung"),
            std::string::npos);
  EXPECT_EQ(Lienket("build --encoding klingon " + kA + " -o " + Sh(tmp / "x"), tmp).exit, 2);
  // Evidence sentences are read back from the sources in their encoding.
  const std::string query = "query " + Sh(tmp / "legacy") +
                            " '?p holds_title ?t' --format jsonl --evidence --source " +
                            Sh(kData + "/legacy");
  r = Lienket(query + " --encoding windows-1258", tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("\"sentence\":\"Tham dự hội nghị có bà Trần Thị Hồng Nhung, "),
            std::string::npos)
      << r.out;
  r = Lienket(query, tmp);  // read as UTF-8, the article is no text: no sentence
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.out.find("\"sentence\":\""), std::string::npos) << r.out;
}

TEST(CliExport, WritesEachFormatFromGraphLkg) {
  TempDir tmp;
  std::string out = tmp / "out";
  ASSERT_EQ(Lienket("build -q " + kA + " " + kB + " -o " + Sh(out), tmp).exit, 0);
  for (const char* format : {"graphml", "gexf", "turtle", "ntriples", "nquads", "jsonl", "dot",
                             "csv-nodes", "csv-relationships"}) {
    RunResult r = Lienket("export " + Sh(out) + " --to " + format, tmp);
    EXPECT_EQ(r.exit, 0) << format << ": " << r.err;
    EXPECT_FALSE(r.out.empty()) << format;
  }
  // Written from graph.lkg, the same bytes as the build wrote.
  RunResult r = Lienket("export " + Sh(out) + " --to graphml -o " + Sh(tmp / "g.graphml"), tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(ReadFile(tmp.path() / "g.graphml"), ReadFile(fs::path(out) / "graph.graphml"));
  r = Lienket("export " + Sh(out) + " --to csv -o " + Sh(tmp / "neo4j"), tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(ReadFile(tmp.path() / "neo4j" / "nodes.csv"), ReadFile(fs::path(out) / "nodes.csv"));

  EXPECT_EQ(Lienket("export " + Sh(out) + " --to pdf", tmp).exit, 2);
  EXPECT_EQ(Lienket("export " + Sh(tmp / "nothing") + " --to dot", tmp).exit, 2);
}

TEST(CliRules, CheckAndList) {
  TempDir tmp;
  RunResult r = Lienket("rules check", tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.out.rfind("ok: ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find(" rules, "), std::string::npos) << r.out;
  r = Lienket("rules list", tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_FALSE(r.out.empty());
}

TEST(CliHelp, EveryCommandHasHelpAndExitCodes) {
  TempDir tmp;
  RunResult r = Lienket("--help", tmp);
  EXPECT_EQ(r.exit, 0);
  EXPECT_NE(r.out.find("usage: lienket"), std::string::npos);
  for (const char* cmd : {"build", "extract", "merge", "export", "rules"}) {
    r = Lienket(std::string(cmd) + " --help", tmp);
    EXPECT_EQ(r.exit, 0) << cmd;
    EXPECT_NE(r.out.find(std::string("usage: lienket ") + cmd), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("exit status"), std::string::npos) << cmd;
    EXPECT_EQ(Lienket(std::string("help ") + cmd, tmp).out, r.out);
  }
  EXPECT_EQ(Lienket("query --help", tmp).exit, 0);
  r = Lienket("--version", tmp);
  EXPECT_EQ(r.exit, 0);
  EXPECT_EQ(r.out.rfind("lienket ", 0), 0u);
}

TEST(CliHelp, UsageErrorsExitTwo) {
  TempDir tmp;
  for (const char* args : {"", "frobnicate", "build --frob x -o y", "build -o", "build x",
                           "merge", "extract --threads many", "export", "rules",
                           "rules fix"}) {
    RunResult r = Lienket(args, tmp);
    EXPECT_EQ(r.exit, 2) << args;
    EXPECT_FALSE(r.err.empty()) << args;
  }
  RunResult r = Lienket("build --frob " + kA + " -o " + Sh(tmp / "out"), tmp);
  EXPECT_NE(r.err.find("unknown option --frob"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lienket::testing
