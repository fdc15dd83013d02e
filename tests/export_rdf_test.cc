// RDF: the vocabulary each relation maps to, N-Triples/N-Quads lines that
// match the grammar whatever the names hold, IRIs that depend only on the
// node, N-Quads provenance, and (when installed) rapper's verdict.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "data/export/fixture_graphs.h"
#include "data/export/test_util.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using testing::Lines;
using testing::Render;

const std::string kNode = "<https://lienket.example.org/node/";
const std::string kQuan = kNode + "per-hoang-binh-quan-1a2b>";
const std::string kTruongBan = kNode + "pos-truong-ban-doi-ngoai-trung-uong-8c9d>";
const std::string kBanDoiNgoai = kNode + "org-ban-doi-ngoai-trung-uong-dang-3f2a>";
const std::string kConf = kNode + "evt-hoi-nghi-tong-ket-cong-tac-doi-ngoai-nhan-dan-nam-2020-7b1e>";

std::string NTriples(const Graph& g, const ExportOptions& opt = {}) {
  return Render([&](std::ostream& o) { WriteNTriples(g, opt, o); });
}
std::string NQuads(const Graph& g, const ExportOptions& opt = {}) {
  return Render([&](std::ostream& o) { WriteNQuads(g, opt, o); });
}

bool HasLine(const std::string& doc, const std::string& line) {
  auto lines = Lines(doc);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

TEST(ExportRdf, LineCheckerRejectsWhatTheGrammarRejects) {
  using testing::NTriplesLineProblem;
  EXPECT_EQ(NTriplesLineProblem(R"(<http://a/b> <http://a/p> "x\"y\u00e9\n"@vi .)", false), "");
  EXPECT_EQ(NTriplesLineProblem(R"(<http://a/b> <http://a/p> "1"^^<http://x/int> <http://g/1> .)", true), "");
  EXPECT_NE(NTriplesLineProblem(R"(<http://a/b c> <http://a/p> "x" .)", false), "");   // space in IRI
  EXPECT_NE(NTriplesLineProblem(R"(<b> <http://a/p> "x" .)", false), "");              // relative
  EXPECT_NE(NTriplesLineProblem(R"(<http://a/b> <http://a/p> "x\q" .)", false), "");   // bad escape
  EXPECT_NE(NTriplesLineProblem(R"(<http://a/b> <http://a/p> "x" )", false), "");      // no dot
  EXPECT_NE(NTriplesLineProblem("<http://a/b> <http://a/p> \"x\ry\" .", false), "");   // raw CR
  EXPECT_NE(NTriplesLineProblem(R"(<http://a/b> <http://a/p> "x" <http://g/1> .)", false), "");
}

TEST(ExportRdf, EveryLineMatchesTheGrammar) {
  for (const Graph& g : {testing::SeedGraph(), testing::HostileGraph()}) {
    for (const std::string& line : Lines(NTriples(g))) EXPECT_EQ(testing::NTriplesLineProblem(line, false), "") << line.substr(0, 300);
    for (const std::string& line : Lines(NQuads(g))) EXPECT_EQ(testing::NTriplesLineProblem(line, true), "") << line.substr(0, 300);
  }
}

TEST(ExportRdf, SchemaOrgAndOrgVocabulary) {
  std::string nt = NTriples(testing::SeedGraph());
  const std::string rdf_type = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ";
  EXPECT_TRUE(HasLine(nt, kQuan + rdf_type + "<http://schema.org/Person> ."));
  EXPECT_TRUE(HasLine(nt, kTruongBan + rdf_type + "<http://www.w3.org/ns/org#Post> ."));
  EXPECT_TRUE(HasLine(nt, kBanDoiNgoai + rdf_type + "<http://schema.org/Organization> ."));
  EXPECT_TRUE(HasLine(nt, kBanDoiNgoai + rdf_type + "<http://www.w3.org/ns/org#Organization> ."));
  EXPECT_TRUE(HasLine(nt, kConf + rdf_type + "<http://schema.org/Event> ."));
  EXPECT_TRUE(HasLine(nt, kNode + "awd-co-thi-dua-5e2f>" + rdf_type + "<https://lienket.example.org/ns#Award> ."));
  EXPECT_TRUE(HasLine(nt, kNode + "loc-ha-noi-0c1d>" + rdf_type + "<http://schema.org/Place> ."));
  EXPECT_TRUE(HasLine(nt, kQuan + " <http://www.w3.org/2000/01/rdf-schema#label> \"Hoàng Bình Quân\"@vi ."));
  EXPECT_TRUE(HasLine(nt, kTruongBan + " <http://www.w3.org/2004/02/skos/core#altLabel> \"Trưởng ban Đối ngoại Trung ương\"@vi ."));
  // holds_title both ways, position_of as org:postIn.
  EXPECT_TRUE(HasLine(nt, kQuan + " <http://www.w3.org/ns/org#holds> " + kTruongBan + " ."));
  EXPECT_TRUE(HasLine(nt, kTruongBan + " <http://www.w3.org/ns/org#heldBy> " + kQuan + " ."));
  EXPECT_TRUE(HasLine(nt, kTruongBan + " <http://www.w3.org/ns/org#postIn> " + kBanDoiNgoai + " ."));
  // Events as schema.org states them: from the event.
  EXPECT_TRUE(HasLine(nt, kConf + " <http://schema.org/organizer> " + kBanDoiNgoai + " ."));
  EXPECT_TRUE(HasLine(nt, kConf + " <http://schema.org/attendee> " + kQuan + " ."));
  EXPECT_TRUE(HasLine(nt, kConf + " <http://schema.org/location> " + kNode + "loc-ha-noi-0c1d> ."));
  EXPECT_TRUE(HasLine(nt, kConf + " <http://schema.org/startDate> \"2020-12-23\"^^<http://www.w3.org/2001/XMLSchema#date> ."));
  EXPECT_TRUE(HasLine(nt, kQuan + " <https://lienket.example.org/ns#chairs> " + kConf + " ."));
  EXPECT_TRUE(HasLine(nt, kBanDoiNgoai + " <https://lienket.example.org/ns#awarded> " + kNode +
                              "org-lien-hiep-cac-to-chuc-huu-nghi-viet-nam-9a0b> ."));
  EXPECT_TRUE(HasLine(nt, kNode + "org-lien-hiep-cac-to-chuc-huu-nghi-viet-nam-9a0b> <http://schema.org/award> " +
                              kNode + "awd-co-thi-dua-5e2f> ."));
  // No node IRI for the date: it is a literal.
  EXPECT_EQ(nt.find(kNode + "dat-2020-12-23"), std::string::npos);
}

TEST(ExportRdf, FactsCarryFormerDatesWeightAndSources) {
  std::string nt = NTriples(testing::SeedGraph());
  const std::string fact = "<https://lienket.example.org/fact/per-le-van-han-4c5d--holds_title--pos-pho-chu-nhiem-tong-cuc-chinh-tri-6e7f>";
  EXPECT_TRUE(HasLine(nt, fact + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <http://www.w3.org/ns/org#holds> ."));
  EXPECT_TRUE(HasLine(nt, fact + " <https://lienket.example.org/ns#former> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> ."));
  EXPECT_TRUE(HasLine(nt, fact + " <https://lienket.example.org/ns#relation> \"holds_title\" ."));
  EXPECT_TRUE(HasLine(nt, fact + " <https://lienket.example.org/ns#firstSeen> \"2020-12-24\"^^<http://www.w3.org/2001/XMLSchema#date> ."));
  EXPECT_TRUE(HasLine(nt, fact + " <http://www.w3.org/ns/prov#wasDerivedFrom> <https://lienket.example.org/article/000_hoi-nghi-tong-ket> ."));
  const std::string award = "<https://lienket.example.org/fact/org-lien-hiep-cac-to-chuc-huu-nghi-viet-nam-9a0b--received_award--awd-co-thi-dua-5e2f>";
  EXPECT_TRUE(HasLine(nt, award + " <https://lienket.example.org/ns#lastSeen> \"2022\"^^<http://www.w3.org/2001/XMLSchema#gYear> ."));
  EXPECT_TRUE(HasLine(nt, "<https://lienket.example.org/article/002_vufo> <http://schema.org/identifier> \"002_vufo\" ."));
}

TEST(ExportRdf, NQuadsPutEachFactInItsArticlesGraph) {
  Graph g = testing::SeedGraph();
  std::string nq = NQuads(g);
  const std::string holds = kQuan + " <http://www.w3.org/ns/org#holds> " + kTruongBan;
  EXPECT_TRUE(HasLine(nq, holds + " <https://lienket.example.org/doc/000_hoi-nghi-tong-ket> ."));
  EXPECT_TRUE(HasLine(nq, holds + " <https://lienket.example.org/doc/001_bieu-duong> ."));
  EXPECT_TRUE(HasLine(nq, holds + " ."));  // and the default graph is the whole graph
  for (const char* doc : {"000_hoi-nghi-tong-ket", "001_bieu-duong", "002_vufo"}) {
    EXPECT_TRUE(HasLine(nq, "<https://lienket.example.org/doc/" + std::string(doc) +
                                "> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://lienket.example.org/article/" + doc + "> ."));
  }
  // The default graph holds exactly the N-Triples; the named graphs only
  // relation triples that are also in it.
  std::vector<std::string> default_graph, graph_descriptions;
  std::set<std::string> in_named_graphs;
  for (const std::string& line : Lines(nq)) {
    size_t last = line.rfind(" <https://lienket.example.org/doc/");
    if (line.rfind("<https://lienket.example.org/doc/", 0) == 0)
      graph_descriptions.push_back(line);
    else if (last == std::string::npos)
      default_graph.push_back(line);
    else
      in_named_graphs.insert(line.substr(0, last) + " .");
  }
  std::vector<std::string> nt = Lines(NTriples(g));
  EXPECT_EQ(default_graph, nt);
  EXPECT_EQ(graph_descriptions.size(), 3u * 2);  // 3 articles: a prov:Entity, prov:wasDerivedFrom
  for (const std::string& line : in_named_graphs)
    EXPECT_TRUE(std::find(nt.begin(), nt.end(), line) != nt.end()) << line;
  EXPECT_EQ(in_named_graphs.size(), 13u);  // one triple per edge, and org:heldBy for the 2 holds_title
}

TEST(ExportRdf, HostileLiteralsAndIdsEscaped) {
  std::string nt = NTriples(testing::HostileGraph());
  EXPECT_NE(nt.find(R"("Bộ\u0001Ngoại\u001Bgiao\u007F\ttab\r\nline \\ backslash \\\" \\u0041"@vi)"), std::string::npos);
  EXPECT_NE(nt.find(R"("nul\u0000inside"@vi)"), std::string::npos);
  EXPECT_NE(nt.find(R"("<b>Nguyễn</b> \"Văn\" & 'Tèo' <![CDATA[x]]> --> ]]>"@vi)"), std::string::npos);
  EXPECT_NE(nt.find(R"("Hội nghị\nngày 23/12\n"@vi)"), std::string::npos);
  EXPECT_NE(nt.find("<https://lienket.example.org/node/org-x%20y%3Cz%3E%22%26%27%25%2F%C4%83%23%3F>"), std::string::npos);
  EXPECT_NE(nt.find("<https://lienket.example.org/fact/edge%20%3Cwith%3E%20%22quotes%22>"), std::string::npos);
  std::string nq = NQuads(testing::HostileGraph());
  EXPECT_NE(nq.find("<https://lienket.example.org/doc/doc%20with%20space%2F%3Cand%3E%23hash%22>"), std::string::npos);
}

TEST(ExportRdf, BaseIriOptionAndItsValidation) {
  ExportOptions opt;
  opt.base_iri = "http://example.org/kg";  // no trailing slash: one is added
  std::string nt = NTriples(testing::SeedGraph(), opt);
  EXPECT_NE(nt.find("<http://example.org/kg/node/per-hoang-binh-quan-1a2b>"), std::string::npos);
  EXPECT_EQ(nt.find("lienket.example.org/node"), std::string::npos);
  // The vocabulary does not move with the base.
  EXPECT_NE(nt.find("<https://lienket.example.org/ns#chairs>"), std::string::npos);

  opt.base_iri = "http://example.org/a b<c>{d}";
  for (const std::string& line : Lines(NTriples(testing::SeedGraph(), opt)))
    ASSERT_EQ(testing::NTriplesLineProblem(line, false), "") << line;
  EXPECT_NE(NTriples(testing::SeedGraph(), opt).find("<http://example.org/a%20b%3Cc%3E%7Bd%7D/node/"), std::string::npos);

  std::string error;
  EXPECT_TRUE(IsValidBaseIri("https://lienket.example.org/", &error));
  EXPECT_TRUE(IsValidBaseIri("urn:x-lienket:", &error));
  EXPECT_FALSE(IsValidBaseIri("lienket.example.org/", &error));
  EXPECT_NE(error.find("absolute"), std::string::npos);
  EXPECT_FALSE(IsValidBaseIri("http://a b/", &error));
  EXPECT_FALSE(IsValidBaseIri("", &error));
}

TEST(ExportRdf, SameNodeSameIriInEveryBuild) {
  Graph g = testing::SeedGraph();
  EXPECT_EQ(NTriples(g), NTriples(g));
  // Another build with more nodes in front: the IRI depends on the node's
  // id only, not on its position.
  Graph bigger;
  testing::AddNode(bigger, "aaa-first", EntityType::kPerson, "Người khác");
  Vertex quan = testing::AddNode(bigger, "per-hoang-binh-quan-1a2b", EntityType::kPerson, "Hoàng Bình Quân");
  Vertex tb = testing::AddNode(bigger, "pos-truong-ban-doi-ngoai-trung-uong-8c9d", EntityType::kPosition,
                               "Trưởng Ban Đối ngoại Trung ương");
  testing::AddEdge(bigger, quan, Relation::kHoldsTitle, tb, {testing::kDocA});
  EXPECT_TRUE(HasLine(NTriples(bigger), kQuan + " <http://www.w3.org/ns/org#holds> " + kTruongBan + " ."));
}

TEST(ExportRdf, TurtleHasTheSameTriplesForRapper) {
  if (!testing::HaveProgram("rapper")) GTEST_SKIP() << "rapper (raptor2-utils) is not installed";
  for (auto [name, g] : {std::pair{"seed", testing::SeedGraph()}, std::pair{"hostile", testing::HostileGraph()}}) {
    testing::TempDir dir(std::string("rdf-") + name);
    testing::WriteFile(dir / "graph.ttl", Render([&](std::ostream& o) { WriteTurtle(g, {}, o); }));
    testing::WriteFile(dir / "graph.nt", NTriples(g));
    testing::WriteFile(dir / "graph.nq", NQuads(g));
    int status;
    // Errors and warnings both go to stderr, merged here so any shows up.
    auto parse = [&](const char* syntax, const char* file) {
      return testing::Run("rapper -q -i " + std::string(syntax) + " -o ntriples " +
                              testing::ShellQuote((dir / file).string()) + " 2>&1 | LC_ALL=C sort",
                          &status);
    };
    std::string from_ttl = parse("turtle", "graph.ttl");
    std::string from_nt = parse("ntriples", "graph.nt");
    EXPECT_EQ(from_ttl.find("rapper:"), std::string::npos) << name << ": " << from_ttl.substr(0, 500);
    EXPECT_EQ(from_nt.find("rapper:"), std::string::npos) << name << ": " << from_nt.substr(0, 500);
    EXPECT_EQ(from_ttl, from_nt) << name;
    EXPECT_GT(Lines(from_nt).size(), 100u);
    std::string from_nq = parse("nquads", "graph.nq");
    EXPECT_EQ(from_nq.find("rapper:"), std::string::npos) << name << ": " << from_nq.substr(0, 500);
  }
}

}  // namespace
}  // namespace lienket
