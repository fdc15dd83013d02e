// DOT for Graphviz and the CSV pair for neo4j-admin import; plus the format
// names and file names the CLI uses.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "data/export/fixture_graphs.h"
#include "data/export/test_util.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using testing::Lines;
using testing::Render;

// RFC 4180: records of fields, "" inside quotes for ", line breaks allowed
// inside quotes. Returns false on a malformed file.
bool ParseCsv(const std::string& s, std::vector<std::vector<std::string>>* rows) {
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      if (!field.empty() || was_quoted) return false;  // a quote inside an unquoted field
      quoted = was_quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\n') {
      row.push_back(std::move(field));
      rows->push_back(std::move(row));
      row.clear();
      field.clear();
      was_quoted = false;
    } else {
      if (was_quoted) return false;  // text after the closing quote
      field += c;
    }
  }
  return !quoted && field.empty() && row.empty();
}

TEST(ExportCsv, Neo4jHeadersAndRows) {
  Graph g = testing::SeedGraph();
  std::vector<std::vector<std::string>> nodes, rels;
  ASSERT_TRUE(ParseCsv(Render([&](std::ostream& o) { WriteCsvNodes(g, o); }), &nodes));
  ASSERT_TRUE(ParseCsv(Render([&](std::ostream& o) { WriteCsvRelationships(g, o); }), &rels));
  ASSERT_EQ(nodes.size(), boost::num_vertices(g) + 1);
  ASSERT_EQ(rels.size(), boost::num_edges(g) + 1);
  EXPECT_EQ(nodes[0], (std::vector<std::string>{"id:ID", "label", "type", "aliases:string[]", ":LABEL"}));
  EXPECT_EQ(rels[0], (std::vector<std::string>{":START_ID", ":END_ID", ":TYPE", "weight:int", "former:boolean",
                                               "first_seen", "last_seen"}));
  bool found = false;
  for (const auto& r : nodes)
    if (r[0] == "pos-truong-ban-doi-ngoai-trung-uong-8c9d") {
      found = true;
      EXPECT_EQ(r, (std::vector<std::string>{"pos-truong-ban-doi-ngoai-trung-uong-8c9d", "Trưởng Ban Đối ngoại Trung ương",
                                             "Position", "Trưởng Ban Đối ngoại Trung ương Đảng;Trưởng ban Đối ngoại Trung ương",
                                             "Position"}));
    }
  EXPECT_TRUE(found);
  found = false;
  for (const auto& r : rels)
    if (r[0] == "per-le-van-han-4c5d" && r[2] == "HOLDS_TITLE") {
      found = true;
      EXPECT_EQ(r, (std::vector<std::string>{"per-le-van-han-4c5d", "pos-pho-chu-nhiem-tong-cuc-chinh-tri-6e7f",
                                             "HOLDS_TITLE", "1", "true", "2020-12-24", "2020-12-24"}));
    }
  EXPECT_TRUE(found);
}

TEST(ExportCsv, HostileFieldsQuotedAndRoundTrip) {
  using namespace std::string_literals;
  Graph g = testing::HostileGraph();
  std::vector<std::vector<std::string>> nodes;
  ASSERT_TRUE(ParseCsv(Render([&](std::ostream& o) { WriteCsvNodes(g, o); }), &nodes));
  ASSERT_EQ(nodes.size(), boost::num_vertices(g) + 1);
  for (const auto& r : nodes) EXPECT_EQ(r.size(), 5u);
  std::vector<std::string> labels;
  for (const auto& r : nodes) labels.push_back(r[1]);
  auto has = [&](const std::string& s) { return std::find(labels.begin(), labels.end(), s) != labels.end(); };
  EXPECT_TRUE(has("<b>Nguyễn</b> \"Văn\" & 'Tèo' <![CDATA[x]]> --> ]]>"));
  EXPECT_TRUE(has("Bộ\x01Ngoại\x1bgiao\x7f\ttab\r\nline \\ backslash \\\" \\u0041"s));
  EXPECT_TRUE(has("Hội nghị\nngày 23/12\n"));
  EXPECT_TRUE(has(testing::TenThousandLetters()));
  EXPECT_EQ(nodes[1][3], "</graphml>;&amp; already escaped;a;b,c");  // neo4j splits on ';' (README)
  EXPECT_EQ(nodes[6][0], "org-x y<z>\"&'%/ă#?");
}

TEST(ExportDot, ShapesColoursAndEscapedLabels) {
  std::string dot = Render([](std::ostream& o) { WriteDot(testing::SeedGraph(), o); });
  EXPECT_EQ(dot.rfind("digraph lienket {\n", 0), 0u);
  EXPECT_NE(dot.find(R"("per-hoang-binh-quan-1a2b" [label="Hoàng Bình Quân", shape=ellipse, fillcolor="#4E79A7")"),
            std::string::npos);
  EXPECT_NE(dot.find(R"(shape=note, fillcolor="#59A14F")"), std::string::npos);  // a Position
  EXPECT_NE(dot.find(R"x( -> "pos-pho-chu-nhiem-tong-cuc-chinh-tri-6e7f" [label="holds_title (former)", style=dashed];)x"),
            std::string::npos);

  std::string hostile = Render([](std::ostream& o) { WriteDot(testing::HostileGraph(), o); });
  EXPECT_NE(hostile.find(R"(label="<b>Nguyễn</b> \"Văn\" & 'Tèo' <![CDATA[x]]> --> ]]>")"), std::string::npos);
  EXPECT_NE(hostile.find(R"(label="Bộ�Ngoại�giao� tab\nline \\ backslash \\\" \\u0041")"), std::string::npos);
  for (char c : hostile) EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 && c != '\n') << int(c);
  // Graphviz refuses a quoted string over 16384 bytes: the long name is
  // written in concatenated pieces.
  size_t at = hostile.find("\"per-long\" [label=");
  ASSERT_NE(at, std::string::npos);
  std::string line = hostile.substr(at, hostile.find('\n', at) - at);
  EXPECT_NE(line.find("\" + \""), std::string::npos);
  size_t longest = 0, run = 0;
  for (char c : line) run = c == '"' ? (longest = std::max(longest, run), 0) : run + 1;
  EXPECT_LT(longest, 16384u);
}

TEST(ExportDot, GraphvizRendersTheHostileGraph) {
  if (!testing::HaveProgram("dot")) GTEST_SKIP() << "graphviz (dot) is not installed";
  testing::TempDir dir("dot");
  testing::WriteFile(dir / "graph.dot", Render([](std::ostream& o) { WriteDot(testing::HostileGraph(), o); }));
  int status;
  std::string svg = testing::Run("dot -Tsvg " + testing::ShellQuote((dir / "graph.dot").string()), &status);
  ASSERT_EQ(status, 0);
  EXPECT_EQ(testing::XmlProblem(svg), "");
  EXPECT_NE(svg.find("&lt;b&gt;Nguyễn&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(svg.find("ưệơđưệơđ"), std::string::npos);
}

TEST(ExportFormats, NamesAndFiles) {
  EXPECT_EQ(ParseExportFormat("graphml"), ExportFormat::kGraphML);
  EXPECT_EQ(ParseExportFormat("gexf"), ExportFormat::kGexf);
  EXPECT_EQ(ParseExportFormat("turtle"), ExportFormat::kTurtle);
  EXPECT_EQ(ParseExportFormat("ntriples"), ExportFormat::kNTriples);
  EXPECT_EQ(ParseExportFormat("nquads"), ExportFormat::kNQuads);
  EXPECT_EQ(ParseExportFormat("jsonl"), ExportFormat::kJsonl);
  EXPECT_EQ(ParseExportFormat("dot"), ExportFormat::kDot);
  EXPECT_EQ(ParseExportFormat("csv"), ExportFormat::kCsvNodes);
  EXPECT_EQ(ParseExportFormat("ttl"), ExportFormat::kTurtle);
  EXPECT_EQ(ParseExportFormat("GraphML"), std::nullopt);
  EXPECT_EQ(ParseExportFormat("xml"), std::nullopt);
  for (ExportFormat f : {ExportFormat::kGraphML, ExportFormat::kGexf, ExportFormat::kTurtle, ExportFormat::kNTriples,
                         ExportFormat::kNQuads, ExportFormat::kJsonl, ExportFormat::kDot, ExportFormat::kCsvNodes,
                         ExportFormat::kCsvEdges}) {
    EXPECT_EQ(ParseExportFormat(ExportFormatName(f)), f);
    // Write() dispatches to the same writer.
    Graph g = testing::SeedGraph();
    std::string via_write = Render([&](std::ostream& o) { Write(f, g, {}, o); });
    EXPECT_FALSE(via_write.empty()) << ExportFormatName(f);
  }
  EXPECT_EQ(DefaultFileName(ExportFormat::kJsonl), "triples.jsonl");
  EXPECT_EQ(DefaultFileName(ExportFormat::kNQuads), "graph.nq");
  EXPECT_EQ(DefaultFileName(ExportFormat::kCsvEdges), "relationships.csv");
  EXPECT_EQ(Render([](std::ostream& o) { Write(ExportFormat::kGexf, testing::SeedGraph(), {}, o); }),
            Render([](std::ostream& o) { WriteGexf(testing::SeedGraph(), o); }));
}

// The ids column of nodes.csv for nodes with the given ids, in order.
std::vector<std::string> CsvIdsOf(const std::vector<std::string>& ids) {
  Graph g;
  for (const std::string& id : ids) testing::AddNode(g, id, EntityType::kPerson, "x");
  std::vector<std::string> out;
  const std::vector<std::string> lines = Lines(Render([&](std::ostream& o) { WriteCsvNodes(g, o); }));
  for (size_t i = 1; i < lines.size(); ++i) out.push_back(lines[i].substr(0, lines[i].find(',')));
  return out;
}

// Ids sorted as graph/ makes them take a shortcut past the uniqueness check;
// anything else (an empty id, a repeat, even right after its twin) must
// still get a fallback that no real id has.
TEST(ExportIds, SortedIdsAreKeptAndOthersGetUniqueFallbacks) {
  using V = std::vector<std::string>;
  EXPECT_EQ(CsvIdsOf({"a", "b", "c"}), (V{"a", "b", "c"}));
  EXPECT_EQ(CsvIdsOf({"a", "b", "b"}), (V{"a", "b", "n2"}));
  EXPECT_EQ(CsvIdsOf({"a", "a", "b"}), (V{"a", "n1", "b"}));
  EXPECT_EQ(CsvIdsOf({"", "a"}), (V{"n0", "a"}));
  EXPECT_EQ(CsvIdsOf({"b", "a"}), (V{"b", "a"}));
  // The fallback "n1" is taken by a real id, and so is "n1_".
  EXPECT_EQ(CsvIdsOf({"n1_", "", "n1"}), (V{"n1_", "n1__", "n1"}));
}

}  // namespace
}  // namespace lienket
