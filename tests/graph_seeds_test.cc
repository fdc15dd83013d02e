// Resolution over the facts of the five seed articles (tests/data/graph/
// seeds.facts.jsonl: what an ideal extractor states, with real byte spans),
// with the shipped alias table: every entity named in several articles is
// one node, and no node stands for two entities.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lienket/graph.h"

namespace lienket {
namespace {

class Seeds : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    AliasTables tables;
    std::string error;
    ASSERT_TRUE(
        LoadAliasTables(std::string(LIENKET_RULES_DIR) + "/lexicons/aliases.tsv", &tables, &error))
        << error;
    GraphBuilder builder(tables);
    std::ifstream in(std::string(LIENKET_TEST_DATA) + "/graph/seeds.facts.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      DocumentFacts d;
      ASSERT_TRUE(DocumentFactsFromJson(line, &d, &error)) << error;
      builder.Add(std::move(d));
    }
    ASSERT_EQ(builder.document_count(), 5u);
    graph_ = new Graph(builder.Build());
  }
  static void TearDownTestSuite() { delete graph_; }

  const Graph& g() const { return *graph_; }

  Vertex Named(EntityType type, const std::string& name) const {
    std::vector<Vertex> found;
    for (auto [v, end] = boost::vertices(g()); v != end; ++v) {
      const NodeProps& n = g()[*v];
      if (n.type == type &&
          (n.label == name || std::count(n.aliases.begin(), n.aliases.end(), name)))
        found.push_back(*v);
    }
    EXPECT_EQ(found.size(), 1u) << name;
    return found.empty() ? Vertex(-1) : found[0];
  }

  const EdgeProps* Edge(Vertex s, Relation r, Vertex o) const {
    for (auto [e, end] = boost::out_edges(s, g()); e != end; ++e)
      if (boost::target(*e, g()) == o && g()[*e].relation == r) return &g()[*e];
    return nullptr;
  }

  std::set<std::string> DocsOf(const EdgeProps& e) const {
    std::set<std::string> docs;
    for (const Evidence& ev : e.evidence) docs.insert(ev.doc.substr(0, 3));
    return docs;
  }

  static Graph* graph_;
};

Graph* Seeds::graph_ = nullptr;

TEST_F(Seeds, TheConferenceOfArticles000And001IsOneEvent) {
  Vertex conf = Named(
      EntityType::kEvent,
      "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020 và triển khai nhiệm vụ năm 2021");
  Vertex ban = Named(EntityType::kOrganization, "Ban Đối ngoại Trung ương");
  const EdgeProps* organizes = Edge(ban, Relation::kOrganizes, conf);
  ASSERT_NE(organizes, nullptr);
  EXPECT_EQ(DocsOf(*organizes), (std::set<std::string>{"000", "001"}));
  EXPECT_EQ(organizes->weight, 2u);
  const EdgeProps* held_on = Edge(conf, Relation::kHeldOn, Named(EntityType::kDate, "2020-12-23"));
  ASSERT_NE(held_on, nullptr);
  EXPECT_EQ(held_on->weight, 2u);
  // The headline's shorter form of 000 is an alias of the same node.
  EXPECT_EQ(g()[conf].aliases,
            std::vector<std::string>{"Hội nghị tổng kết Công tác Đối ngoại nhân dân năm 2020"});
  // 002's conference of 29/12 is another one.
  Vertex other = Named(EntityType::kEvent,
                       "Hội nghị Tổng kết công tác năm 2020 và triển khai nhiệm vụ năm 2021");
  EXPECT_NE(other, conf);
}

TEST_F(Seeds, TheCommissionIsOneNodeInEveryArticle) {
  Vertex ban = Named(EntityType::kOrganization, "Ban Đối ngoại Trung ương Đảng");
  std::set<std::string> docs;
  for (auto [e, end] = boost::out_edges(ban, g()); e != end; ++e)
    for (const std::string& d : DocsOf(g()[*e])) docs.insert(d);
  EXPECT_EQ(docs, (std::set<std::string>{"000", "001", "002", "003"}));
}

TEST_F(Seeds, HeadOfTheCommissionIn2020And2022) {
  Vertex head = Named(EntityType::kPosition, "Trưởng Ban Đối ngoại Trung ương");
  EXPECT_EQ(boost::in_degree(head, g()), 2u);
  const EdgeProps* quan =
      Edge(Named(EntityType::kPerson, "Hoàng Bình Quân"), Relation::kHoldsTitle, head);
  const EdgeProps* trung =
      Edge(Named(EntityType::kPerson, "Lê Hoài Trung"), Relation::kHoldsTitle, head);
  ASSERT_NE(quan, nullptr);
  ASSERT_NE(trung, nullptr);
  EXPECT_EQ(DocsOf(*quan), (std::set<std::string>{"000", "002"}));
  EXPECT_EQ(quan->first_seen.substr(0, 4), "2020");
  EXPECT_EQ(quan->last_seen.substr(0, 4), "2020");
  EXPECT_FALSE(quan->former);
  EXPECT_EQ(trung->first_seen, "2022");
  EXPECT_EQ(trung->last_seen, "2022");
  // 003 states it twice (with and without "Đảng"): one edge, one document.
  EXPECT_EQ(trung->weight, 1u);
  EXPECT_EQ(trung->evidence.size(), 2u);
}

TEST_F(Seeds, CentralCommitteeMembershipUnderFourSpellings) {
  // "UVBCH TW", "Ủy viên Trung ương Đảng" (000, 002) and "Ủy viên Ban Chấp
  // hành Trung ương Đảng" (003).
  Vertex member = Named(EntityType::kPosition, "Ủy viên Ban Chấp hành Trung ương Đảng");
  EXPECT_EQ(g()[member].label, "Ủy viên Ban Chấp hành Trung ương Đảng");
  EXPECT_EQ(member, Named(EntityType::kPosition, "UVBCH TW"));
  EXPECT_EQ(member, Named(EntityType::kPosition, "Ủy viên Trung ương Đảng"));
  const EdgeProps* quan =
      Edge(Named(EntityType::kPerson, "Hoàng Bình Quân"), Relation::kHoldsTitle, member);
  ASSERT_NE(quan, nullptr);
  EXPECT_EQ(DocsOf(*quan), (std::set<std::string>{"000", "002"}));
  EXPECT_NE(Edge(Named(EntityType::kPerson, "Lê Hoài Trung"), Relation::kHoldsTitle, member),
            nullptr);
}

TEST_F(Seeds, AbbreviatedBodiesAreSpelledOut) {
  EXPECT_EQ(g()[Named(EntityType::kOrganization, "VUFO")].label,
            "Liên hiệp các tổ chức hữu nghị Việt Nam");
  EXPECT_EQ(g()[Named(EntityType::kPosition, "Chủ tịch VUFO")].label,
            "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam");
  EXPECT_EQ(g()[Named(EntityType::kOrganization, "Hội Hữu nghị Việt Nam - LB Nga")].label,
            "Hội Hữu nghị Việt Nam - Liên bang Nga");
  EXPECT_EQ(g()[Named(EntityType::kPosition, "Phó ban đối ngoại trung ương")].label,
            "Phó Trưởng ban Đối ngoại Trung ương Đảng");
  EXPECT_EQ(g()[Named(EntityType::kPosition, "Ủy viên Bộ Chính trị BCH Trung ương")].label,
            "Ủy viên Bộ Chính trị");
}

TEST_F(Seeds, TwoDeputyMinistersShareOnePositionButStayTwoPeople) {
  Vertex deputy = Named(EntityType::kPosition, "Thứ trưởng Bộ Lao động - Thương binh và Xã hội");
  EXPECT_EQ(boost::in_degree(deputy, g()), 2u);
  EXPECT_NE(Named(EntityType::kPerson, "Lê Tấn Dũng"),
            Named(EntityType::kPerson, "Nguyễn Văn Hồi"));
}

TEST_F(Seeds, NoTwoNodesShareALabelAndNoneIsFormerWithoutNguyen) {
  std::map<std::pair<EntityType, std::string>, int> labels;
  for (auto [v, end] = boost::vertices(g()); v != end; ++v) ++labels[{g()[*v].type, g()[*v].label}];
  for (const auto& [label, count] : labels) EXPECT_EQ(count, 1) << label.second;
  int former = 0;
  for (auto [e, end] = boost::edges(g()); e != end; ++e) {
    if (!g()[*e].former) continue;
    ++former;
    EXPECT_EQ(g()[boost::target(*e, g())].label, "Phó Chủ nhiệm Tổng cục Chính trị");
  }
  EXPECT_EQ(former, 1);
}

}  // namespace
}  // namespace lienket
