// Each construct of the query language, answered over the seed graph.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lienket/query.h"
#include "query_test_graph.h"

namespace lienket {
namespace {

using Strings = std::vector<std::string>;

class QueryEngineTest : public ::testing::Test {
 protected:
  QueryEngineTest() : graph_(testing::SeedGraph()), engine_(graph_) {}

  QueryAnswer Run(const std::string& query) {
    QueryAnswer answer;
    QueryError error;
    EXPECT_TRUE(engine_.Run(query, &answer, &error)) << FormatQueryError(query, error);
    return answer;
  }

  // The labels bound to variable `column`, one per row.
  std::vector<std::string> Column(const QueryAnswer& a, size_t column) {
    std::vector<std::string> out;
    for (const auto& row : a.rows) {
      if (a.is_relation[column]) {
        out.emplace_back(RelationName(static_cast<Relation>(row.values[column])));
      } else {
        out.push_back(graph_[row.values[column]].label);
      }
    }
    return out;
  }
  std::vector<std::string> Column(const std::string& query, size_t column = 0) {
    return Column(Run(query), column);
  }

  // "subject relation object" of each edge row.
  std::vector<std::string> Edges(const QueryAnswer& a) {
    std::vector<std::string> out;
    for (const auto& row : a.rows) {
      const EdgeDesc& e = row.edges.at(0);
      out.push_back(graph_[boost::source(e, graph_)].label + " " +
                    std::string(RelationName(graph_[e].relation)) + " " +
                    graph_[boost::target(e, graph_)].label);
    }
    return out;
  }

  Graph graph_;
  QueryEngine engine_;
};

constexpr char kTruongBan[] = "\"Trưởng Ban Đối ngoại Trung ương\"";

TEST_F(QueryEngineTest, TriplePatternWithAName) {
  const QueryAnswer a = Run(std::string("?who holds_title ") + kTruongBan);
  EXPECT_EQ(a.kind, QueryAnswer::Kind::kBindings);
  EXPECT_EQ(a.variables, (Strings{"who"}));
  EXPECT_EQ(a.pattern_count, 1u);
  // Both holders, in Vietnamese alphabetical order.
  EXPECT_EQ(Column(a, 0), (Strings{"Hoàng Bình Quân", "Lê Hoài Trung"}));
  EXPECT_TRUE((a.notes).empty());
  // Each row carries the edge it matched.
  ASSERT_EQ(a.rows[0].edges.size(), 1u);
  EXPECT_EQ(graph_[a.rows[0].edges[0]].first_seen, "2020-12-24");
}

TEST_F(QueryEngineTest, NamesMatchLabelOrAliasIgnoringCaseAndTonePlacement) {
  EXPECT_EQ(Column("?who holds_title \"trưởng ban đối ngoại trung ương\""), (Strings{"Hoàng Bình Quân", "Lê Hoài Trung"}));
  EXPECT_EQ(Column("?who holds_title \"TRƯỞNG BAN ĐỐI NGOẠI TRUNG ƯƠNG\""), (Strings{"Hoàng Bình Quân", "Lê Hoài Trung"}));
  // Old-style tone placement: "Uỷ" for "Ủy".
  EXPECT_EQ(Column("?who holds_title \"Uỷ viên Bộ Chính trị\""), (Strings{"Phạm Minh Chính", "Trần Quốc Vượng"}));
  // An abbreviation the graph resolved as an alias.
  EXPECT_EQ(Column("\"VUFO\" received_award ?award"), (Strings{"Cờ thi đua"}));
  EXPECT_EQ(Column("\"vufo\" received_award ?award"), (Strings{"Cờ thi đua"}));
  EXPECT_EQ(Column("?who holds_title \"UVBCH TW\""), (Strings{"Hoàng Bình Quân"}));
}

TEST_F(QueryEngineTest, NameWithoutDiacriticsMatchesWithANote) {
  const QueryAnswer a = Run("\"Hoang Binh Quan\" chairs ?event");
  EXPECT_EQ(Column(a, 0), (Strings{"Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020"}));
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_NE(a.notes[0].find("without diacritics"), std::string::npos) << a.notes[0];
  EXPECT_NE(a.notes[0].find("Hoàng Bình Quân"), std::string::npos) << a.notes[0];
}

TEST_F(QueryEngineTest, UnknownNameIsAnEmptyAnswerWithANote) {
  const QueryAnswer a = Run("?who holds_title \"Tổng Bí thư\"");
  EXPECT_EQ(a.kind, QueryAnswer::Kind::kBindings);
  EXPECT_EQ(a.variables, (Strings{"who"}));
  EXPECT_TRUE((a.rows).empty());
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_EQ(a.notes[0], "no node is named \"Tổng Bí thư\"");
}

TEST_F(QueryEngineTest, JoinOverTwoPatterns) {
  const QueryAnswer a = Run("?giver awards ?r . ?r received_award ?award");
  EXPECT_EQ(a.variables, (Strings{"giver", "r", "award"}));
  EXPECT_EQ(Column(a, 0), (Strings{"Ban Đối ngoại Trung ương", "Liên bang Nga"}));
  EXPECT_EQ(Column(a, 1), (Strings{"Liên hiệp các tổ chức hữu nghị Việt Nam", "Trương Quang Khánh"}));
  EXPECT_EQ(Column(a, 2), (Strings{"Cờ thi đua", "Huân chương Hữu nghị"}));
  ASSERT_EQ(a.rows[0].edges.size(), 2u);
  EXPECT_EQ(graph_[a.rows[0].edges[0]].relation, Relation::kAwards);
  EXPECT_EQ(graph_[a.rows[0].edges[1]].relation, Relation::kReceivedAward);
}

TEST_F(QueryEngineTest, ThreeWayJoinThroughAPosition) {
  // Who heads an organization that organized an event in Hà Nội?
  const QueryAnswer a = Run(
      "?p holds_title ?t . ?t position_of ?org . ?org organizes ?e . ?e held_in \"Hà Nội\"");
  EXPECT_EQ(a.variables, (Strings{"p", "t", "org", "e"}));
  EXPECT_EQ(Column(a, 0), (Strings{"Hoàng Bình Quân", "Lê Hoài Trung"}));
  EXPECT_EQ(Column(a, 2), (Strings{"Ban Đối ngoại Trung ương", "Ban Đối ngoại Trung ương"}));
}

TEST_F(QueryEngineTest, SharedVariableMustAgree) {
  // Who both chairs and attends the same event? Nobody here.
  EXPECT_TRUE((Run("?p chairs ?e . ?p attends ?e").rows).empty());
  // Who attends an event that Hoàng Bình Quân chairs?
  EXPECT_EQ(Column("\"Hoàng Bình Quân\" chairs ?e . ?p attends ?e", 1), (Strings{"Hoàng Vân", "Lê Văn Hân", "Trần Quốc Vượng"}));
}

TEST_F(QueryEngineTest, TypeConstraints) {
  EXPECT_EQ(Column("?x attends \"Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020\" . ?x a Person"), (Strings{"Hoàng Vân", "Lê Văn Hân", "Trần Quốc Vượng"}));
  EXPECT_EQ(Column("?giver awards ?r . ?r a Organization"), (Strings{"Ban Đối ngoại Trung ương"}));
  EXPECT_EQ(Column("?giver awards ?r . ?r a person"), (Strings{"Liên bang Nga"}));
  // A type alone lists every node of it.
  EXPECT_EQ(Column("?l a Location"), (Strings{"Bình Định", "Hà Nội"}));
  // Contradictory types: nothing.
  EXPECT_TRUE((Run("?x a Person . ?x a Event").rows).empty());
}

TEST_F(QueryEngineTest, TypeNarrowsAConstant) {
  EXPECT_EQ(Column("\"Cờ thi đua\" a Award . ?who received_award \"Cờ thi đua\""), (Strings{"Liên hiệp các tổ chức hữu nghị Việt Nam"}));
  EXPECT_TRUE((Run("\"Cờ thi đua\" a Person . ?who received_award \"Cờ thi đua\"").rows).empty());
}

TEST_F(QueryEngineTest, RelationVariable) {
  const QueryAnswer a = Run("\"Hoàng Bình Quân\" ?rel ?x");
  EXPECT_EQ(a.variables, (Strings{"rel", "x"}));
  EXPECT_EQ(a.is_relation, (std::vector<bool>{true, false}));
  EXPECT_EQ(Column(a, 0), (Strings{"holds_title", "holds_title", "chairs"}));
  EXPECT_EQ(Column(a, 1), (Strings{"Trưởng Ban Đối ngoại Trung ương", "Ủy viên Trung ương Đảng",
                                        "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020"}));
  // A relation variable used twice must be the same relation.
  EXPECT_EQ(Column("\"Lê Văn Hân\" ?r ?e . \"Trần Quốc Vượng\" ?r ?e"), (Strings{"attends"}));
}

TEST_F(QueryEngineTest, DuringUsesFirstAndLastSightings) {
  const std::string q = std::string("?who holds_title ") + kTruongBan;
  EXPECT_EQ(Column(q + " during 2020"), (Strings{"Hoàng Bình Quân"}));
  EXPECT_EQ(Column(q + " during 2022"), (Strings{"Lê Hoài Trung"}));
  EXPECT_EQ(Column(q + " during 2020-12"), (Strings{"Hoàng Bình Quân"}));
  EXPECT_TRUE((Column(q + " during 2020-12-23")).empty());
  EXPECT_TRUE((Column(q + " during 2021")).empty());
  // Seen from 2021-01-15 to 2022-04-12: also during 2021-06 though no article is from then.
  EXPECT_EQ(Column("?who holds_title ?t during 2021-06"), (Strings{"Nguyễn Phương Nga"}));
  // Undated edges are in no period.
  EXPECT_EQ(Column("?who attends \"Lễ đón nhận Cờ thi đua\""), (Strings{"Đặng Thị Loan"}));
  EXPECT_TRUE((Column("?who attends \"Lễ đón nhận Cờ thi đua\" during 2020")).empty());
}

TEST_F(QueryEngineTest, AsOfFormerCurrent) {
  const std::string q = std::string("?who holds_title ") + kTruongBan;
  // Hoàng Bình Quân was the last one seen holding it by mid-2021 ...
  EXPECT_EQ(Column(q + " as_of 2021-06-30"), (Strings{"Hoàng Bình Quân"}));
  EXPECT_TRUE((Column(q + " as_of 2020-01-01")).empty());
  // ... and Lê Hoài Trung succeeded him.
  EXPECT_EQ(Column(q + " as_of 2022-12-31"), (Strings{"Lê Hoài Trung"}));
  EXPECT_EQ(Column(q + " current"), (Strings{"Lê Hoài Trung"}));
  EXPECT_EQ(Column(q + " former"), (Strings{"Hoàng Bình Quân"}));
  // A "nguyên" title is former; a seat several hold at once passes to nobody.
  EXPECT_EQ(Column("?who holds_title ?t former"), (Strings{"Hoàng Bình Quân", "Trương Quang Khánh"}));
  EXPECT_EQ(Column("?who holds_title \"Ủy viên Bộ Chính trị\" current"), (Strings{"Phạm Minh Chính", "Trần Quốc Vượng"}));
  EXPECT_EQ(Column("?who holds_title \"Ủy viên Bộ Chính trị\" as_of 2021"), (Strings{"Trần Quốc Vượng"}));
  // Filters qualify the pattern before them only.
  EXPECT_EQ(Column("?who holds_title ?t during 2022 . ?t position_of ?o", 2), (Strings{"Ban Đối ngoại Trung ương", "Liên hiệp các tổ chức hữu nghị Việt Nam"}));
}

TEST_F(QueryEngineTest, LimitAndCount) {
  EXPECT_EQ(Column("?p a Person limit 2"), (Strings{"Đặng Thị Loan", "Hoàng Bình Quân"}));
  const QueryAnswer count = Run("?p a Person count");
  EXPECT_EQ(count.kind, QueryAnswer::Kind::kCount);
  EXPECT_EQ(count.count, 9u);
  // Distinct bindings are counted, not edges.
  EXPECT_EQ(Run("?who holds_title ?t . ?who a Person count").count, 9u);
  EXPECT_EQ(Run("?who holds_title ?t count").count, 9u);
  EXPECT_EQ(Run("?p a Person . ?p holds_title ?t . ?t position_of ?o count").count, 5u);
  EXPECT_EQ(Run("?who holds_title \"Không có\" count").count, 0u);
}

TEST_F(QueryEngineTest, IdsAndDates) {
  EXPECT_EQ(Column("<org-vufo> received_award ?a"), (Strings{"Cờ thi đua"}));
  EXPECT_EQ(Column("?e held_on 2020-12-23"), (Strings{"Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020",
                          "Lễ đón nhận Cờ thi đua"}));
  EXPECT_EQ(Column("?e held_on 2020-12 . ?e held_in \"Hà Nội\""), (Strings{"Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020"}));
  EXPECT_EQ(Column("?e held_on ?d . ?d a Date", 1), (Strings{"2020-12-23", "2020-12-23"}));
  const QueryAnswer a = Run("?e held_on 2019");
  EXPECT_TRUE((a.rows).empty());
  EXPECT_EQ(a.notes, (Strings{"no date node falls in 2019"}));
  EXPECT_EQ(Run("<per-nobody> ?r ?x").notes, (Strings{"no node has the id <per-nobody>"}));
}

TEST_F(QueryEngineTest, PatternWithoutVariablesListsItsEdges) {
  const QueryAnswer a = Run(
      "\"Hoàng Bình Quân\" chairs \"Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020\"");
  EXPECT_EQ(a.kind, QueryAnswer::Kind::kEdges);
  EXPECT_EQ(Edges(a), (Strings{"Hoàng Bình Quân chairs Hội nghị tổng kết công tác đối ngoại "
                                    "nhân dân năm 2020"}));
  EXPECT_TRUE((Run("\"Lê Văn Hân\" chairs \"Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020\"")
                  .rows).empty());
}

TEST_F(QueryEngineTest, About) {
  const QueryAnswer a = Run("about \"Hoàng Bình Quân\"");
  EXPECT_EQ(a.kind, QueryAnswer::Kind::kEdges);
  EXPECT_FALSE(a.is_path);
  EXPECT_EQ(Edges(a), (Strings{"Hoàng Bình Quân holds_title Trưởng Ban Đối ngoại Trung ương",
                          "Hoàng Bình Quân holds_title Ủy viên Trung ương Đảng",
                          "Hoàng Bình Quân chairs Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020"}));
  // Edges in both directions.
  EXPECT_EQ(Edges(Run("about \"VUFO\"")), (Strings{"Ban Đối ngoại Trung ương awards Liên hiệp các tổ chức hữu nghị Việt Nam",
                          "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam position_of Liên hiệp "
                          "các tổ chức hữu nghị Việt Nam",
                          "Liên hiệp các tổ chức hữu nghị Việt Nam received_award Cờ thi đua"}));
  EXPECT_EQ(Edges(Run("about \"Trưởng Ban Đối ngoại Trung ương\" during 2022")), (Strings{"Lê Hoài Trung holds_title Trưởng Ban Đối ngoại Trung ương",
                          "Trưởng Ban Đối ngoại Trung ương position_of Ban Đối ngoại Trung ương"}));
  EXPECT_EQ(Run("about \"Hoàng Bình Quân\" count").count, 3u);
  EXPECT_EQ(Edges(Run("about \"Hoàng Bình Quân\" limit 1")), (Strings{"Hoàng Bình Quân holds_title Trưởng Ban Đối ngoại Trung ương"}));
  EXPECT_EQ(Run("about \"Không Ai\"").notes, (Strings{"no node is named \"Không Ai\""}));
}

TEST_F(QueryEngineTest, PathIsShortestAndWalksEdgesEitherWay) {
  const QueryAnswer a = Run("path \"Trần Quốc Vượng\" \"Lê Văn Hân\"");
  EXPECT_EQ(a.kind, QueryAnswer::Kind::kEdges);
  EXPECT_TRUE(a.is_path);
  EXPECT_EQ(Edges(a), (Strings{
                            "Trần Quốc Vượng attends Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020",
                            "Lê Văn Hân attends Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020"}));
  // Four steps from a person to a place: person -> position <- person -> event -> place.
  EXPECT_EQ(Edges(Run("path \"Lê Hoài Trung\" \"Hà Nội\"")), (Strings{"Lê Hoài Trung holds_title Trưởng Ban Đối ngoại Trung ương",
                          "Hoàng Bình Quân holds_title Trưởng Ban Đối ngoại Trung ương",
                          "Hoàng Bình Quân chairs Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020",
                          "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020 held_in Hà Nội"}));
}

TEST_F(QueryEngineTest, PathAvoidsDatesAndHonoursFilters) {
  // The two events share only a date: no connection.
  const QueryAnswer a = Run("path \"Lê Văn Hân\" \"Đặng Thị Loan\"");
  EXPECT_TRUE((a.rows).empty());
  EXPECT_EQ(a.notes, (Strings{"no connection between \"Lê Văn Hân\" and \"Đặng Thị Loan\""}));
  // A date is fine as an endpoint.
  EXPECT_EQ(Edges(Run("path \"Lê Văn Hân\" 2020-12-23")), (Strings{"Lê Văn Hân attends Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020",
                          "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020 held_on 2020-12-23"}));
  // Only edges seen in 2022: Lê Hoài Trung reaches the Ban but not the 2020 conference.
  EXPECT_TRUE((Run("path \"Lê Hoài Trung\" \"Hà Nội\" during 2022").rows).empty());
  EXPECT_EQ(Edges(Run("path \"Lê Hoài Trung\" \"Ban Đối ngoại Trung ương\" during 2022")), (Strings{"Lê Hoài Trung holds_title Trưởng Ban Đối ngoại Trung ương",
                          "Trưởng Ban Đối ngoại Trung ương position_of Ban Đối ngoại Trung ương"}));
  // The same node at both ends: nothing to walk.
  EXPECT_EQ(Run("path \"VUFO\" \"Liên hiệp các tổ chức hữu nghị Việt Nam\"").notes, (Strings{"\"VUFO\" and \"Liên hiệp các tổ chức hữu nghị Việt Nam\" name the same node"}));
}

TEST_F(QueryEngineTest, AnswersAreDeterministic) {
  const std::string q = "?x ?r ?y";
  const QueryAnswer a = Run(q), b = Run(q);
  ASSERT_EQ(a.rows.size(), boost::num_edges(graph_));
  for (size_t i = 0; i < a.rows.size(); ++i) EXPECT_EQ(a.rows[i].values, b.rows[i].values);
}

TEST_F(QueryEngineTest, TooManyBindingsIsAnError) {
  QueryEngine small(graph_, QueryOptions{.max_bindings = 20});
  QueryAnswer answer;
  QueryError error;
  EXPECT_FALSE(small.Run("?a a Person . ?b a Position", &answer, &error));
  EXPECT_EQ(error.column, 0);
  EXPECT_NE(error.message.find("more than 20 bindings"), std::string::npos) << error.message;
  EXPECT_FALSE(small.Run("?x ?r ?y", &answer, &error));
  EXPECT_TRUE(small.Run("?a a Person . ?a holds_title ?t", &answer, &error)) << error.message;
}

}  // namespace
}  // namespace lienket
