// GraphML: declared, typed keys under the names Gephi maps; every edge kept
// with an id; hostile names well-formed and read back by networkx.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <string>

#include "data/export/fixture_graphs.h"
#include "data/export/test_util.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using testing::Render;

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
  return n;
}

// The in-process checker the other tests rely on does reject broken XML.
TEST(ExportGraphML, XmlCheckerRejectsWhatParsersReject) {
  using testing::XmlProblem;
  EXPECT_EQ(XmlProblem("<?xml version=\"1.0\"?>\n<a x=\"1&amp;2\"><b/>t&#10;</a>\n"), "");
  EXPECT_NE(XmlProblem("<a>\x01</a>"), "");
  EXPECT_NE(XmlProblem("<a>&#1;</a>"), "");
  EXPECT_NE(XmlProblem("<a>x & y</a>"), "");
  EXPECT_NE(XmlProblem("<a x=\"<\"/>"), "");
  EXPECT_NE(XmlProblem("<a><b></a></b>"), "");
  EXPECT_NE(XmlProblem("<a x='1' x='2'/>"), "");
  EXPECT_NE(XmlProblem("<a/><b/>"), "");
  EXPECT_NE(XmlProblem("<a>\xEF\xBF\xBE</a>"), "");  // U+FFFE
  EXPECT_NE(XmlProblem("<a>\xff</a>"), "");
}

TEST(ExportGraphML, KeysDeclaredWithDomainAndType) {
  std::string out = Render([](std::ostream& o) { WriteGraphML(testing::SeedGraph(), o); });
  EXPECT_EQ(testing::XmlProblem(out), "");
  for (const char* key : {
           R"(<key id="label" for="node" attr.name="label" attr.type="string"/>)",
           R"(<key id="type" for="node" attr.name="type" attr.type="string"/>)",
           R"(<key id="aliases" for="node" attr.name="aliases" attr.type="string"/>)",
           R"(<key id="relation" for="edge" attr.name="relation" attr.type="string"/>)",
           R"(<key id="edge_label" for="edge" attr.name="label" attr.type="string"/>)",
           R"(<key id="weight" for="edge" attr.name="weight" attr.type="double"/>)",
           R"(<key id="former" for="edge" attr.name="former" attr.type="boolean"/>)",
           R"(<key id="first_seen" for="edge" attr.name="first_seen" attr.type="string"/>)",
           R"(<key id="last_seen" for="edge" attr.name="last_seen" attr.type="string"/>)"})
    EXPECT_NE(out.find(key), std::string::npos) << key;
  EXPECT_EQ(Count(out, "<key "), 9u);
  EXPECT_NE(out.find(R"(<graph id="lienket" edgedefault="directed">)"), std::string::npos);
}

TEST(ExportGraphML, EveryNodeAndEdgeWithIdsAndParallelEdgesKept) {
  Graph g = testing::SeedGraph();
  std::string out = Render([&](std::ostream& o) { WriteGraphML(g, o); });
  EXPECT_EQ(Count(out, "<node id="), boost::num_vertices(g));
  EXPECT_EQ(Count(out, "<edge id="), boost::num_edges(g));
  // chairs and attends between the same person and event: two edges.
  EXPECT_NE(out.find(R"(<edge id="per-hoang-binh-quan-1a2b--chairs--evt-)"), std::string::npos);
  EXPECT_NE(out.find(R"(<edge id="per-hoang-binh-quan-1a2b--attends--evt-)"), std::string::npos);
  EXPECT_NE(out.find(R"(<data key="label">Trưởng Ban Đối ngoại Trung ương</data>)"), std::string::npos);
  EXPECT_NE(out.find(R"(<data key="aliases">Trưởng Ban Đối ngoại Trung ương Đảng; Trưởng ban Đối ngoại Trung ương</data>)"),
            std::string::npos);
  EXPECT_NE(out.find(R"(<data key="former">true</data>)"), std::string::npos);
  EXPECT_NE(out.find(R"(<data key="weight">2</data>)"), std::string::npos);
}

TEST(ExportGraphML, HostileNamesEscapedNeverRaw) {
  std::string out = Render([](std::ostream& o) { WriteGraphML(testing::HostileGraph(), o); });
  EXPECT_EQ(testing::XmlProblem(out), "");
  EXPECT_NE(out.find("&lt;b&gt;Nguyễn&lt;/b&gt; &quot;Văn&quot; &amp; &apos;Tèo&apos;"), std::string::npos);
  EXPECT_EQ(out.find("</graphml>"), out.rfind("</graphml>"));  // the alias "</graphml>" is text
  EXPECT_NE(out.find("&amp;amp; already escaped"), std::string::npos);
  EXPECT_NE(out.find("Bộ\uFFFDNgoại\uFFFDgiao"), std::string::npos);   // \x01 and \x1b
  EXPECT_NE(out.find("&#13;&#10;line"), std::string::npos);           // CR LF kept, as references
  EXPECT_NE(out.find(R"(<node id="org-x y&lt;z&gt;&quot;&amp;&apos;%/ă#?">)"), std::string::npos);
  EXPECT_NE(out.find(R"(<edge id="edge &lt;with&gt; &quot;quotes&quot;")"), std::string::npos);
  EXPECT_NE(out.find(testing::TenThousandLetters()), std::string::npos);
}

TEST(ExportGraphML, ElementTreeAndNetworkxReadTheHostileGraph) {
  if (!testing::HavePythonModule("networkx")) GTEST_SKIP() << "python3 with networkx is not installed";
  testing::TempDir dir("graphml");
  testing::WriteFile(dir / "graph.graphml", Render([](std::ostream& o) { WriteGraphML(testing::HostileGraph(), o); }));
  testing::WriteFile(dir / "read.py", R"(
import json, sys
import xml.etree.ElementTree as ET
import networkx as nx
ET.parse(sys.argv[1])
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": {n: a for n, a in g.nodes(data=True)},
                  "edges": [[u, v, k, a] for u, v, k, a in nx.MultiDiGraph(g).edges(keys=True, data=True)]}))
)");
  int status;
  std::string json = testing::Run("python3 " + testing::ShellQuote((dir / "read.py").string()) + " " +
                                      testing::ShellQuote((dir / "graph.graphml").string()),
                                  &status);
  ASSERT_EQ(status, 0);
  rapidjson::Document d;
  d.Parse(json.c_str());
  ASSERT_FALSE(d.HasParseError()) << json.substr(0, 300);
  const auto& nodes = d["nodes"];
  EXPECT_EQ(nodes.MemberCount(), 9u);
  for (const auto& n : nodes.GetObject()) {
    EXPECT_TRUE(n.value.HasMember("label")) << n.name.GetString();
    EXPECT_TRUE(n.value.HasMember("type")) << n.name.GetString();
  }
  EXPECT_STREQ(nodes["per-markup"]["label"].GetString(), "<b>Nguyễn</b> \"Văn\" & 'Tèo' <![CDATA[x]]> --> ]]>");
  EXPECT_STREQ(nodes["org-controls"]["label"].GetString(),
               "Bộ\uFFFDNgoại\uFFFDgiao\x7f\ttab\r\nline \\ backslash \\\" \\u0041");
  EXPECT_STREQ(nodes["evt-newline"]["label"].GetString(), "Hội nghị\nngày 23/12\n");
  EXPECT_EQ(std::string(nodes["per-long"]["label"].GetString()), testing::TenThousandLetters());
  EXPECT_STREQ(nodes["org-x y<z>\"&'%/ă#?"]["type"].GetString(), "Organization");
  EXPECT_STREQ(nodes["n6"]["label"].GetString(), "Nơi không có id");
  EXPECT_EQ(d["edges"].Size(), 9u);
  bool former_seen = false;
  for (const auto& e : d["edges"].GetArray()) {
    const auto& a = e[3];
    EXPECT_TRUE(a["weight"].IsNumber());
    if (a["former"].GetBool()) {
      former_seen = true;
      EXPECT_STREQ(a["relation"].GetString(), "holds_title");
      EXPECT_STREQ(a["first_seen"].GetString(), "2019");
    }
  }
  EXPECT_TRUE(former_seen);
}

}  // namespace
}  // namespace lienket
