// A synthetic graph of 100,000 nodes and about 270,000 edges, shaped like a
// year of news (a few hub positions and places, many people and events):
// every kind of query answers well under a second, and the joins agree with
// a brute-force count.
#include <gtest/gtest.h>

#include <time.h>

#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "lienket/query.h"
#include "query_test_graph.h"

namespace lienket {
namespace {

#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
constexpr double kBudgetSeconds = 5.0;  // unoptimized or instrumented builds
#else
constexpr double kBudgetSeconds = 0.5;
#endif

constexpr const char* kSurnames[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng", "Huỳnh", "Phan",
                                     "Vũ",     "Võ",   "Đặng", "Bùi", "Đỗ",    "Hồ",    "Ngô"};
constexpr const char* kMiddles[] = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc"};
constexpr const char* kGiven[] = {"Hùng", "Lan", "Quân", "Trung", "Hương", "Dũng",  "Hải",
                                  "Yến",  "Sơn", "Tuấn", "Hân",   "Vượng", "Khánh", "Nga"};
constexpr const char* kRoles[] = {"Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Bí thư", "Trưởng Ban"};

struct Synthetic {
  Graph graph;
  int persons = 0;
};

std::string Date(std::mt19937& rng) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2015 + static_cast<int>(rng() % 8),
                1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
  return buf;
}

Synthetic Build() {
  testing::GraphMaker m;
  std::mt19937 rng(20201223);
  using T = EntityType;
  using R = Relation;
  const int kPersons = 40000, kPositions = 15000, kOrgs = 15000, kEvents = 15000, kAwards = 5000,
            kLocations = 5000, kDates = 5000;
  auto id = [](const char* prefix, int i) { return std::string(prefix) + std::to_string(i); };
  for (int i = 0; i < kPersons; ++i)
    m.Node(id("per-", i), T::kPerson,
           std::string(kSurnames[i % 14]) + " " + kMiddles[(i / 14) % 8] + " " +
               kGiven[(i / 112) % 14] + " " + std::to_string(i));
  m.Node(id("pos-", 0), T::kPosition, "Ủy viên Bộ Chính trị");
  for (int i = 1; i < kPositions; ++i)
    m.Node(id("pos-", i), T::kPosition,
           std::string(kRoles[i % 5]) + " Hội Hữu nghị số " + std::to_string(i));
  for (int i = 0; i < kOrgs; ++i)
    m.Node(id("org-", i), T::kOrganization, "Hội Hữu nghị số " + std::to_string(i),
           {"HHN " + std::to_string(i)});
  for (int i = 0; i < kEvents; ++i)
    m.Node(id("evt-", i), T::kEvent, "Hội nghị thường niên lần thứ " + std::to_string(i));
  for (int i = 0; i < kAwards; ++i)
    m.Node(id("awd-", i), T::kAward, "Huân chương Lao động hạng " + std::to_string(i));
  m.Node(id("loc-", 0), T::kLocation, "Hà Nội");
  for (int i = 1; i < kLocations; ++i)
    m.Node(id("loc-", i), T::kLocation, "Xã " + std::to_string(i));
  for (int i = 0; i < kDates; ++i) m.Node(id("date-", i), T::kDate, Date(rng));

  auto pick = [&](int n) { return static_cast<int>(rng() % n); };
  auto edge = [&](const std::string& s, R r, const std::string& o) {
    const std::string first = Date(rng);
    m.Edge(s, r, o, {"doc-" + std::to_string(rng() % 35000)}, first,
           std::max(first, Date(rng)));
  };
  std::set<std::pair<std::string, std::string>> seen;  // one edge per (s, o) and relation
  auto once = [&](const std::string& s, R r, const std::string& o) {
    if (seen.insert({s + std::string(RelationName(r)), o}).second) edge(s, r, o);
  };
  for (int i = 0; i < kPersons; ++i) {
    // One in eight sits in the Politburo: a hub of 5,000 holders.
    once(id("per-", i), R::kHoldsTitle, id("pos-", i % 8 == 0 ? 0 : 1 + pick(kPositions - 1)));
    if (i % 3 == 0) once(id("per-", i), R::kHoldsTitle, id("pos-", 1 + pick(kPositions - 1)));
    once(id("per-", i), R::kAttends, id("evt-", pick(kEvents)));
    once(id("per-", i), R::kAttends, id("evt-", pick(kEvents)));
  }
  for (int i = 1; i < kPositions; ++i) once(id("pos-", i), R::kPositionOf, id("org-", i));
  for (int i = 0; i < kEvents; ++i) {
    once(id("org-", pick(kOrgs)), R::kOrganizes, id("evt-", i));
    once(id("per-", pick(kPersons)), R::kChairs, id("evt-", i));
    // A third of all events are in Hà Nội.
    once(id("evt-", i), R::kHeldIn, id("loc-", i % 3 == 0 ? 0 : pick(kLocations)));
    once(id("evt-", i), R::kHeldOn, id("date-", pick(kDates)));
  }
  for (int i = 0; i < 20000; ++i) {
    once(id("org-", pick(kOrgs)), R::kAwards, id("per-", pick(kPersons)));
    once(id("per-", pick(kPersons)), R::kReceivedAward, id("awd-", pick(kAwards)));
  }
  return {m.Build(), kPersons};
}

// CPU time of this thread: the machine running the tests may be shared, and
// waiting for a core is not the query's doing.
double CpuNow() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

class QuerySpeedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    synthetic_ = new Synthetic(Build());
    const double start = CpuNow();
    engine_ = new QueryEngine(synthetic_->graph);
    std::printf("graph: %zu nodes, %zu edges; index %.3f s CPU\n",
                boost::num_vertices(synthetic_->graph), boost::num_edges(synthetic_->graph),
                CpuNow() - start);
  }
  static void TearDownTestSuite() {
    delete engine_;
    delete synthetic_;
  }

  // Runs `query`, checks the time, returns the answer.
  QueryAnswer Timed(const std::string& query) {
    QueryAnswer answer;
    QueryError error;
    const double start = CpuNow();
    EXPECT_TRUE(engine_->Run(query, &answer, &error)) << FormatQueryError(query, error);
    const double seconds = CpuNow() - start;
    std::printf("%8.4f s  %6zu rows  %s\n", seconds,
                answer.kind == QueryAnswer::Kind::kCount ? static_cast<size_t>(answer.count)
                                                         : answer.rows.size(),
                query.c_str());
    EXPECT_LT(seconds, kBudgetSeconds) << query;
    return answer;
  }

  static Synthetic* synthetic_;
  static QueryEngine* engine_;
};

Synthetic* QuerySpeedTest::synthetic_ = nullptr;
QueryEngine* QuerySpeedTest::engine_ = nullptr;

TEST_F(QuerySpeedTest, EveryKindOfQueryIsFast) {
  const Graph& g = synthetic_->graph;
  // The first name lookup builds the name index: it counts.
  EXPECT_EQ(Timed("?who holds_title \"Ủy viên Bộ Chính trị\" count").count, 5000u);
  EXPECT_EQ(Timed("?who holds_title \"uỷ viên bộ chính trị\" limit 3").rows.size(), 3u);
  Timed("\"HHN 77\" organizes ?e");
  EXPECT_EQ(Timed("?t position_of \"HHN 77\"").rows.size(), 1u);
  Timed("?p holds_title ?t . ?t position_of \"HHN 77\"");
  Timed("?giver awards ?r . ?r received_award ?award limit 10");
  Timed("?p holds_title \"Ủy viên Bộ Chính trị\" . ?p attends ?e . ?e held_in \"Hà Nội\" count");
  Timed("?e held_in \"Hà Nội\" . ?p chairs ?e . ?p holds_title ?t during 2020 limit 20");
  Timed("?p a Person . ?p holds_title ?t . ?t position_of ?o count");
  Timed("?x ?r ?y count");
  Timed("?x ?r ?y limit 5");
  Timed("about \"Nguyễn Văn Hùng 0\"");
  Timed("?who holds_title ?t current . ?t position_of ?o limit 10");
  const QueryAnswer path = Timed("path \"Nguyễn Văn Hùng 0\" \"Trần Thị Yến 39999\"");
  EXPECT_FALSE(path.rows.empty());
  // The path is connected: each step shares a node with the next.
  for (size_t i = 1; i < path.rows.size(); ++i) {
    const EdgeDesc &a = path.rows[i - 1].edges[0], &b = path.rows[i].edges[0];
    const std::set<Vertex> ends = {boost::source(a, g), boost::target(a, g)};
    EXPECT_TRUE(ends.count(boost::source(b, g)) || ends.count(boost::target(b, g)));
  }
  Timed("path \"Hội nghị thường niên lần thứ 1\" \"Xã 4999\"");
}

TEST_F(QuerySpeedTest, JoinAgreesWithBruteForce) {
  const Graph& g = synthetic_->graph;
  // Politburo members who attended an event in Hà Nội, counted the slow way.
  std::set<std::pair<Vertex, Vertex>> expected;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    if (g[*it].relation != Relation::kAttends) continue;
    const Vertex p = boost::source(*it, g), e = boost::target(*it, g);
    bool politburo = false, hanoi = false;
    for (auto [o, oe] = boost::out_edges(p, g); o != oe; ++o)
      politburo |= g[*o].relation == Relation::kHoldsTitle &&
                   g[boost::target(*o, g)].label == "Ủy viên Bộ Chính trị";
    for (auto [o, oe] = boost::out_edges(e, g); o != oe; ++o)
      hanoi |= g[*o].relation == Relation::kHeldIn && g[boost::target(*o, g)].label == "Hà Nội";
    if (politburo && hanoi) expected.insert({p, e});
  }
  ASSERT_GT(expected.size(), 100u);
  const QueryAnswer a = Timed(
      "?e held_in \"Hà Nội\" . ?p attends ?e . ?p holds_title \"Ủy viên Bộ Chính trị\"");
  std::set<std::pair<Vertex, Vertex>> got;
  for (const auto& row : a.rows) got.insert({row.values[1], row.values[0]});
  EXPECT_EQ(got, expected);
}

}  // namespace
}  // namespace lienket
