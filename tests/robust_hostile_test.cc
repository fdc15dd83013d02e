// Hostile names through the whole pipeline: an article whose organizations
// and people the extractor does turn into entities, named with markup,
// quotes, backslashes, control characters, invisible and right-to-left
// marks, emoji, shell and SQL text, and 10,000 letters. Every export must
// parse with the program its users read it with (expat for GraphML and GEXF,
// rapper for Turtle, N-Triples and N-Quads, Python's csv, RapidJSON for
// triples.jsonl, Graphviz for DOT), give the names back as written, and
// `lienket query` must take them as data.
//
// (Markup outside quotes never reaches a name: the extractor stops a name at
// '<' or '&'. A quoted club name keeps everything but its closing quote.)
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "cli_test_util.h"

namespace lienket::testing {
namespace {

const std::string kLabelsScript = std::string(LIENKET_TEST_DATA) + "/robust/export_labels.py";

const std::string kLong = "Đ" + std::string(9999, 'a');
const std::string kLongPerson = "Hoàng Văn A" + std::string(9999, 'n');

// Club names kept exactly by every format.
const std::vector<std::string>& ExactNames() {
  static const std::vector<std::string> names = {
      "<Bạn> & Thân </graphml> ]]>",
      "Đường\\Chéo C:\\Tài liệu\\n",
      "Ẩn\u200BHiện\u202ENgược",
      "Ngôi sao 🌟 và 👨‍👩‍👧 Việt Nam",
      "'; DROP TABLE x; -- $(rm -rf /) `whoami`",
      kLong,
  };
  return names;
}
// Control characters: JSON and RDF can carry them (escaped), XML 1.0 cannot
// and gets U+FFFD for them; so this one is matched by its ends.
const std::string kControls = "Chuông\x07Reo\x1BThoát\x7FXóa Hết";
// A noncharacter: valid in every format but XML (U+FFFD there), and where
// rapper (raptor2 2.0.15) silently ends an RDF literal.
const std::string kNonchar = "Kết\uFFFEThúc";

std::string Club(const std::string& name) { return "Câu lạc bộ \"" + name + "\""; }

std::string Article() {
  std::string s = "Hà Nội tổng kết công tác câu lạc bộ năm 2022\n\n21/12/2022\n\n";
  const char* given[] = {"An", "Bình", "Cúc", "Dũng", "Em", "Giang", "Khánh", "Lan"};
  std::vector<std::string> names = ExactNames();
  names.push_back(kControls);
  names.push_back(kNonchar);
  for (size_t i = 0; i < names.size(); ++i)
    s += std::string("Ông Nguyễn Văn ") + given[i] + ", Chủ nhiệm " + Club(names[i]) +
         " phát biểu.\n\n";
  s += "Ông " + kLongPerson + ", Chủ tịch Hội Nông dân tỉnh Hòa Bình phát biểu.\n";
  return s;
}

bool Has(const rapidjson::Value& list, const std::string& label) {
  for (const auto& v : list.GetArray())
    if (label == std::string(v.GetString(), v.GetStringLength())) return true;
  return false;
}

bool HasWithEnds(const rapidjson::Value& list, const std::string& head, const std::string& tail) {
  for (const auto& v : list.GetArray()) {
    const std::string s(v.GetString(), v.GetStringLength());
    if (s.size() >= head.size() + tail.size() && s.rfind(head, 0) == 0 &&
        s.compare(s.size() - tail.size(), tail.size(), tail) == 0)
      return true;
  }
  return false;
}

class RobustHostile : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir();
    fs::create_directories(tmp_->path() / "in");
    WriteFile(tmp_->path() / "in" / "cau_lac_bo.txt", Article());
    build_ = new RunResult(Lienket("build -q " + Sh(*tmp_ / "in") + " -o " + Sh(Out()), *tmp_));
  }
  static void TearDownTestSuite() {
    delete build_;
    delete tmp_;
  }
  void SetUp() override { ASSERT_EQ(build_->exit, 0) << build_->err; }
  static std::string Out() { return *tmp_ / "out"; }

  static TempDir* tmp_;
  static RunResult* build_;
};
TempDir* RobustHostile::tmp_ = nullptr;
RunResult* RobustHostile::build_ = nullptr;

TEST_F(RobustHostile, EveryExportParsesAndGivesTheNamesBack) {
  if (Shell("command -v python3 >/dev/null && command -v rapper >/dev/null") != 0)
    GTEST_SKIP() << "python3 or rapper (raptor2-utils) is not installed";
  const std::string json_file = *tmp_ / "labels.json";
  ASSERT_EQ(Shell("python3 " + Sh(kLabelsScript) + " " + Sh(Out()) + " >" + Sh(json_file)), 0)
      << "a consumer could not parse an export";
  rapidjson::Document labels = ParseJson(ReadFile(json_file));
  ASSERT_FALSE(labels.HasParseError());

  for (const auto& m : labels["rapper_messages"].GetArray()) ADD_FAILURE() << m.GetString();
  const auto& counts = labels["rdf_counts"];
  EXPECT_GT(counts["turtle"].GetUint(), 100u);
  EXPECT_EQ(counts["turtle"].GetUint(), counts["ntriples"].GetUint());
  EXPECT_GE(counts["nquads"].GetUint(), counts["ntriples"].GetUint());

  for (const char* format :
       {"graphml", "gexf", "csv", "jsonl", "turtle", "ntriples", "nquads"}) {
    SCOPED_TRACE(format);
    const rapidjson::Value& list = labels[format];
    for (const std::string& name : ExactNames()) {
      EXPECT_TRUE(Has(list, Club(name))) << Club(name).substr(0, 80);
      EXPECT_TRUE(Has(list, "Chủ nhiệm " + Club(name))) << Club(name).substr(0, 80);
    }
    EXPECT_TRUE(Has(list, kLongPerson));
    EXPECT_TRUE(HasWithEnds(list, "Câu lạc bộ \"Chuông", "Hết\"")) << "the control-character name";
  }
  // Where the format can hold them, the control characters are kept.
  for (const char* format : {"jsonl", "turtle", "ntriples", "csv"})
    EXPECT_TRUE(Has(labels[format], Club(kControls))) << format;
}

// U+FFFE is legal in RDF literals (oxigraph reads it back whole), but rapper,
// one of the consumers the exports must satisfy, ends the literal there
// without a word ("Câu lạc bộ "Kết"): the RDF writers put U+FFFD in its place,
// as the XML writers do.
TEST_F(RobustHostile, RapperReadsANameWithANoncharacterWhole) {
  if (Shell("command -v python3 >/dev/null && command -v rapper >/dev/null") != 0)
    GTEST_SKIP() << "python3 or rapper (raptor2-utils) is not installed";
  const std::string json_file = *tmp_ / "labels-nonchar.json";
  ASSERT_EQ(Shell("python3 " + Sh(kLabelsScript) + " " + Sh(Out()) + " >" + Sh(json_file)), 0);
  rapidjson::Document labels = ParseJson(ReadFile(json_file));
  ASSERT_FALSE(labels.HasParseError());
  EXPECT_TRUE(Has(labels["jsonl"], Club(kNonchar)));
  for (const char* format : {"graphml", "gexf", "turtle", "ntriples", "nquads"})
    EXPECT_TRUE(HasWithEnds(labels[format], "Câu lạc bộ \"Kết", "Thúc\"")) << format;
}

TEST_F(RobustHostile, TriplesJsonlIsJsonLineByLine) {
  std::istringstream in(ReadFile(fs::path(Out()) / "triples.jsonl"));
  size_t lines = 0;
  std::set<std::string> holders;
  for (std::string line; std::getline(in, line); ++lines) {
    rapidjson::Document d = ParseJson(line);
    ASSERT_FALSE(d.HasParseError()) << "line " << lines + 1;
    if (std::string(d["p"].GetString()) == "holds_title") holders.insert(d["s"]["label"].GetString());
  }
  EXPECT_EQ(holders.size(), 9u);
  EXPECT_TRUE(holders.count(kLongPerson));
}

TEST_F(RobustHostile, GraphvizRendersTheDotExport) {
  if (Shell("command -v dot >/dev/null") != 0) GTEST_SKIP() << "Graphviz is not installed";
  RunResult r = Lienket("export " + Sh(Out()) + " --to dot -o " + Sh(*tmp_ / "g.dot"), *tmp_);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(Shell("dot -Tsvg " + Sh(*tmp_ / "g.dot") + " -o " + Sh(*tmp_ / "g.svg") +
                  " && python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' " +
                  Sh(*tmp_ / "g.svg")),
            0);
}

// The query language's own escapes: \" for a quote, \\ for a backslash.
std::string QueryName(const std::string& name) {
  std::string q = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  return q + "\"";
}

TEST_F(RobustHostile, QueryTakesTheNamesAsData) {
  std::vector<std::string> names = ExactNames();
  names.push_back(kControls);
  names.push_back(kNonchar);
  for (const std::string& name : names) {
    SCOPED_TRACE(name.substr(0, 60));
    const std::string query = "?who holds_title " + QueryName("Chủ nhiệm " + Club(name));
    RunResult r = Lienket("query " + Sh(Out()) + " " + Sh(query) + " --format json", *tmp_);
    ASSERT_EQ(r.exit, 0) << r.err;
    rapidjson::Document d = ParseJson(r.out);
    ASSERT_FALSE(d.HasParseError()) << r.out;
    ASSERT_EQ(d.Size(), 1u) << r.out << r.err;
    EXPECT_EQ(std::string(d[0]["who"]["label"].GetString()).rfind("Nguyễn Văn ", 0), 0u);

    // `about` on the club: its one position_of edge, the name intact.
    r = Lienket("query " + Sh(Out()) + " " + Sh("about " + QueryName(Club(name))) +
                    " --format jsonl",
                *tmp_);
    ASSERT_EQ(r.exit, 0) << r.err;
    rapidjson::Document edge = ParseJson(r.out);
    ASSERT_FALSE(edge.HasParseError()) << r.out;
    EXPECT_EQ(std::string(edge["object"]["label"].GetString()), Club(name));
  }
  // TSV escapes what would break its lines and fields.
  RunResult r = Lienket("query " + Sh(Out()) + " " +
                            Sh("?who holds_title " + QueryName("Chủ nhiệm " + Club(ExactNames()[1]))) +
                            " --format tsv",
                        *tmp_);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.out;

  // The 10,000-letter name as a query term.
  r = Lienket("query " + Sh(Out()) + " " + Sh(QueryName(kLongPerson) + " holds_title ?t"), *tmp_);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("Chủ tịch Hội Nông dân tỉnh Hòa Bình"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace lienket::testing
