// GEXF 1.3: colour by type, size by degree, holds_title in time, kinds for
// parallel edges; hostile names well-formed and read back by networkx.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <string>

#include "data/export/fixture_graphs.h"
#include "data/export/test_util.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using testing::Render;

// The opening tag of the element whose attribute `marker` is given.
std::string TagWith(const std::string& doc, const std::string& marker) {
  size_t at = doc.find(marker);
  if (at == std::string::npos) return "";
  size_t begin = doc.rfind('<', at);
  return doc.substr(begin, doc.find('>', at) - begin + 1);
}

// The <node ...> ... </node> element whose id is `id`.
std::string NodeElement(const std::string& doc, const std::string& id) {
  size_t at = doc.find("<node id=\"" + id + "\"");
  if (at == std::string::npos) return "";
  return doc.substr(at, doc.find("</node>", at) - at);
}

TEST(ExportGexf, HeaderIsGexf13Dynamic) {
  std::string out = Render([](std::ostream& o) { WriteGexf(testing::SeedGraph(), o); });
  EXPECT_EQ(testing::XmlProblem(out), "");
  EXPECT_NE(out.find(R"(<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz")"), std::string::npos);
  EXPECT_NE(out.find(R"(version="1.3">)"), std::string::npos);
  EXPECT_NE(out.find(R"(<graph defaultedgetype="directed" mode="dynamic" timeformat="date")"), std::string::npos);
  EXPECT_NE(out.find(R"(<attribute id="type" title="type" type="string"/>)"), std::string::npos);
  EXPECT_NE(out.find(R"(<attribute id="former" title="former" type="boolean"/>)"), std::string::npos);
}

TEST(ExportGexf, ColourByTypeSizeByDegree) {
  std::string out = Render([](std::ostream& o) { WriteGexf(testing::SeedGraph(), o); });
  std::string quan = NodeElement(out, "per-hoang-binh-quan-1a2b");
  std::string han = NodeElement(out, "per-le-van-han-4c5d");
  std::string org = NodeElement(out, "org-ban-doi-ngoai-trung-uong-dang-3f2a");
  std::string conf = NodeElement(out, "evt-hoi-nghi-tong-ket-cong-tac-doi-ngoai-nhan-dan-nam-2020-7b1e");
  ASSERT_FALSE(quan.empty() || han.empty() || org.empty() || conf.empty());
  auto colour = [](const std::string& n) { return n.substr(n.find("<viz:color"), n.find("/>", n.find("<viz:color")) - n.find("<viz:color")); };
  auto size = [](const std::string& n) {
    size_t v = n.find("<viz:size value=\"") + 17;
    return std::stod(n.substr(v, n.find('"', v) - v));
  };
  EXPECT_EQ(colour(quan), colour(han));  // both Person
  EXPECT_NE(colour(quan), colour(org));
  EXPECT_NE(colour(org), colour(conf));
  EXPECT_NE(quan.find(R"(<attvalue for="type" value="Person"/>)"), std::string::npos);
  // Degrees: the conference 6, Hoàng Bình Quân 3, Lê Văn Hân 2.
  EXPECT_GT(size(conf), size(quan));
  EXPECT_GT(size(quan), size(han));
}

TEST(ExportGexf, HoldsTitleSpansFirstToLastSighting) {
  std::string out = Render([](std::ostream& o) { WriteGexf(testing::SeedGraph(), o); });
  std::string holds = TagWith(out, R"(id="per-hoang-binh-quan-1a2b--holds_title--)");
  EXPECT_NE(holds.find(R"(start="2020-12-24" end="2021-12-14")"), std::string::npos) << holds;
  EXPECT_NE(holds.find(R"(kind="holds_title")"), std::string::npos);
  EXPECT_NE(holds.find(R"(weight="2")"), std::string::npos);
  // Only holds_title lives in time; the others are always there.
  std::string chairs = TagWith(out, R"(id="per-hoang-binh-quan-1a2b--chairs--)");
  ASSERT_FALSE(chairs.empty());
  EXPECT_EQ(chairs.find("start="), std::string::npos);
  EXPECT_NE(chairs.find(R"(kind="chairs")"), std::string::npos);
}

TEST(ExportGexf, YearAndMonthDatesBecomeWholePeriods) {
  std::string out = Render([](std::ostream& o) { WriteGexf(testing::HostileGraph(), o); });
  // first_seen "2019", last_seen "2020-02" (a leap year).
  std::string holds = TagWith(out, R"(id="per-markup--holds_title--pos-emoji")");
  EXPECT_NE(holds.find(R"(start="2019-01-01" end="2020-02-29")"), std::string::npos) << holds;
}

TEST(ExportGexf, HostileNamesWellFormed) {
  std::string out = Render([](std::ostream& o) { WriteGexf(testing::HostileGraph(), o); });
  EXPECT_EQ(testing::XmlProblem(out), "");
  EXPECT_NE(out.find(R"(label="&lt;b&gt;Nguyễn&lt;/b&gt; &quot;Văn&quot; &amp; &apos;Tèo&apos;)"), std::string::npos);
  EXPECT_NE(out.find(R"(label="Hội nghị&#10;ngày 23/12&#10;")"), std::string::npos);
}

TEST(ExportGexf, NetworkxReadsItBack) {
  if (!testing::HavePythonModule("networkx")) GTEST_SKIP() << "python3 with networkx is not installed";
  testing::TempDir dir("gexf");
  testing::WriteFile(dir / "graph.gexf", Render([](std::ostream& o) { WriteGexf(testing::HostileGraph(), o); }));
  testing::WriteFile(dir / "read.py", R"(
import json, sys
import networkx as nx
g = nx.MultiDiGraph(nx.read_gexf(sys.argv[1], version="1.3"))
print(json.dumps({"nodes": {n: a for n, a in g.nodes(data=True)},
                  "edges": [a for _, _, a in g.edges(data=True)]}))
)");
  int status;
  std::string json = testing::Run("python3 " + testing::ShellQuote((dir / "read.py").string()) + " " +
                                      testing::ShellQuote((dir / "graph.gexf").string()),
                                  &status);
  ASSERT_EQ(status, 0);
  rapidjson::Document d;
  d.Parse(json.c_str());
  ASSERT_FALSE(d.HasParseError()) << json.substr(0, 300);
  EXPECT_EQ(d["nodes"].MemberCount(), 9u);
  for (const auto& n : d["nodes"].GetObject()) {
    EXPECT_TRUE(n.value["viz"].HasMember("color")) << n.name.GetString();
    EXPECT_TRUE(n.value["viz"].HasMember("size")) << n.name.GetString();
    EXPECT_TRUE(n.value.HasMember("type"));
  }
  EXPECT_STREQ(d["nodes"]["per-markup"]["label"].GetString(), "<b>Nguyễn</b> \"Văn\" & 'Tèo' <![CDATA[x]]> --> ]]>");
  EXPECT_EQ(std::string(d["nodes"]["per-long"]["label"].GetString()), testing::TenThousandLetters());
  EXPECT_EQ(d["edges"].Size(), 9u);
  int timed = 0;
  for (const auto& e : d["edges"].GetArray()) timed += e.HasMember("start");
  EXPECT_EQ(timed, 2);
}

}  // namespace
}  // namespace lienket
