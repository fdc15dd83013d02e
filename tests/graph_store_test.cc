// The store (every DocumentFacts, JSONL) and the built graph file: what
// `build --into`, `merge` and `query` rely on.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "lienket/graph.h"

namespace lienket {
namespace {

const std::string kData = std::string(LIENKET_TEST_DATA) + "/graph/";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<DocumentFacts> SeedFacts() {
  std::ifstream in(kData + "seeds.facts.jsonl");
  std::vector<DocumentFacts> docs;
  std::string line, error;
  while (std::getline(in, line)) {
    DocumentFacts d;
    EXPECT_TRUE(DocumentFactsFromJson(line, &d, &error)) << error;
    docs.push_back(std::move(d));
  }
  EXPECT_EQ(docs.size(), 5u);
  return docs;
}

AliasTables ShippedTables() {
  AliasTables t;
  std::string error;
  EXPECT_TRUE(LoadAliasTables(std::string(LIENKET_RULES_DIR) + "/lexicons/aliases.tsv", &t, &error))
      << error;
  return t;
}

std::string GraphBytes(const Graph& g) {
  std::ostringstream out;
  SaveGraph(g, out);
  return out.str();
}

std::string StoreBytes(const GraphBuilder& b) {
  std::ostringstream out;
  b.Save(out);
  return out.str();
}

std::string BuildBytes(const std::vector<DocumentFacts>& docs) {
  GraphBuilder b(ShippedTables());
  for (const DocumentFacts& d : docs) b.Add(d);
  return GraphBytes(b.Build());
}

// ------------------------------------------------------------ determinism

TEST(GraphOrder, ShuffledInputGivesByteIdenticalGraph) {
  std::vector<DocumentFacts> docs = SeedFacts();
  const std::string expected = BuildBytes(docs);
  ASSERT_GT(expected.size(), 1000u);
  std::mt19937 rng(20201223);
  for (int round = 0; round < 10; ++round) {
    std::shuffle(docs.begin(), docs.end(), rng);
    // The order of facts inside a document does not matter either.
    for (DocumentFacts& d : docs) std::shuffle(d.facts.begin(), d.facts.end(), rng);
    EXPECT_EQ(BuildBytes(docs), expected) << "round " << round;
  }
}

TEST(GraphOrder, SameIdReplacesTheEarlierDocument) {
  std::vector<DocumentFacts> docs = SeedFacts();
  GraphBuilder b(ShippedTables());
  DocumentFacts stale = docs[2];
  stale.facts.resize(1);
  stale.facts[0].subject.text = "Một Tổ chức Cũ";
  b.Add(stale);
  for (const DocumentFacts& d : docs) b.Add(d);
  EXPECT_EQ(b.document_count(), docs.size());
  EXPECT_EQ(GraphBytes(b.Build()), BuildBytes(docs));
  // And the other way round: the stale one, added last, wins.
  b.Add(stale);
  EXPECT_EQ(b.document_count(), docs.size());
  EXPECT_NE(StoreBytes(b).find("Một Tổ chức Cũ"), std::string::npos);
}

// ------------------------------------------------------------------ store

TEST(Store, SaveLoadRoundTrip) {
  GraphBuilder a(ShippedTables());
  for (const DocumentFacts& d : SeedFacts()) a.Add(d);
  const std::string saved = StoreBytes(a);
  EXPECT_EQ(saved.substr(0, saved.find('\n')),
            R"({"format":"lienket-store","version":1,"documents":5})");
  EXPECT_EQ(std::count(saved.begin(), saved.end(), '\n'), 6);

  GraphBuilder b(ShippedTables());
  std::istringstream in(saved);
  std::string error;
  ASSERT_TRUE(b.Load(in, "graph.store", &error)) << error;
  EXPECT_EQ(b.document_count(), 5u);
  EXPECT_EQ(StoreBytes(b), saved);
  EXPECT_EQ(GraphBytes(b.Build()), GraphBytes(a.Build()));
}

// The store keeps each distinct name and mention once, found again by
// content: mentions that differ only in where one field ends and the next
// begins, or in which list a name is in, must stay apart, and so must
// thousands of names (its indices grow as they fill).
TEST(Store, KeepsEveryMentionAsGiven) {
  auto mention = [](EntityType type, std::string text, std::vector<std::string> aliases,
                    std::string role, std::string org, std::vector<std::string> org_aliases) {
    Mention m;
    m.type = type;
    m.text = std::move(text);
    m.aliases = std::move(aliases);
    m.role = std::move(role);
    m.org = std::move(org);
    m.org_aliases = std::move(org_aliases);
    return m;
  };
  const std::vector<Mention> objects = {
      mention(EntityType::kPosition, "Chủ tịch UBND", {}, "Chủ tịch", "UBND", {}),
      mention(EntityType::kPosition, "Chủ tịch UBND", {}, "Chủ tịch UBND", "", {}),
      mention(EntityType::kPosition, "Chủ tịch UBND", {}, "", "Chủ tịch UBND", {}),
      mention(EntityType::kPosition, "Chủ tịch UBND", {"a", "b"}, "Chủ tịch", "UBND", {}),
      mention(EntityType::kPosition, "Chủ tịch UBND", {"ab"}, "Chủ tịch", "UBND", {}),
      mention(EntityType::kPosition, "Chủ tịch UBND", {"a"}, "Chủ tịch", "UBND", {"b"}),
      mention(EntityType::kPosition, "Chủ tịch UBND", {}, "Chủ tịch", "UBND", {"a", "b"}),
      mention(EntityType::kOrganization, "Chủ tịch UBND", {}, "Chủ tịch", "UBND", {}),
      mention(EntityType::kPosition, "Chủ tịch UBND", {}, "Chủ tịchU", "BND", {}),
      mention(EntityType::kPosition, "Chủ tịch UBND", {"x"}, "y", "", {}),
      mention(EntityType::kPosition, "Chủ tịch UBND", {"xy"}, "", "", {}),
  };
  std::vector<DocumentFacts> docs;
  for (int i = 0; i < 3000; ++i) {
    DocumentFacts d;
    d.doc_id = "doc" + std::to_string(i);
    d.date = "2017-01-" + std::to_string(10 + i % 20);
    Fact f;
    f.relation = Relation::kHoldsTitle;
    f.subject = mention(EntityType::kPerson, "Người " + std::to_string(i / 2), {}, "", "", {});
    f.object = objects[static_cast<size_t>(i) % objects.size()];
    f.rule = "rule-" + std::to_string(i % 7);
    f.evidence = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 5)};
    d.facts.push_back(f);
    docs.push_back(std::move(d));
  }
  GraphBuilder b;
  for (const DocumentFacts& d : docs) b.Add(d);
  std::sort(docs.begin(), docs.end(),
            [](const DocumentFacts& x, const DocumentFacts& y) { return x.doc_id < y.doc_id; });
  std::istringstream saved(StoreBytes(b));
  std::string line;
  ASSERT_TRUE(std::getline(saved, line));  // the header
  for (const DocumentFacts& d : docs) {
    ASSERT_TRUE(std::getline(saved, line));
    EXPECT_EQ(line, DocumentFactsToJson(d));
  }
  EXPECT_FALSE(std::getline(saved, line));
}

TEST(Store, VersionOneFilesStayReadable) {
  // A store written by this version, committed: later versions must read it
  // and (while the format is 1) write it back byte for byte.
  const std::string v1 = ReadFile(kData + "store_v1.jsonl");
  GraphBuilder b(ShippedTables());
  std::istringstream in(v1);
  std::string error;
  ASSERT_TRUE(b.Load(in, "store_v1.jsonl", &error)) << error;
  EXPECT_EQ(b.document_count(), 2u);
  EXPECT_EQ(StoreBytes(b), v1);
}

TEST(Store, LoadThenAddEqualsBuildingEverything) {
  // `build A -o out; build --into out B` and `build A B -o out`.
  std::vector<DocumentFacts> docs = SeedFacts();
  GraphBuilder first(ShippedTables());
  for (size_t i = 0; i < 3; ++i) first.Add(docs[i]);
  std::istringstream saved(StoreBytes(first));
  GraphBuilder into(ShippedTables());
  std::string error;
  ASSERT_TRUE(into.Load(saved, "out/graph.store", &error)) << error;
  for (size_t i = 3; i < docs.size(); ++i) into.Add(docs[i]);
  EXPECT_EQ(GraphBytes(into.Build()), BuildBytes(docs));
}

TEST(Store, MergingShardsEqualsOneBuild) {
  // `merge a b -o ab` with overlapping shards (a document in both).
  std::vector<DocumentFacts> docs = SeedFacts();
  GraphBuilder a(ShippedTables()), b(ShippedTables());
  for (size_t i = 0; i < docs.size(); ++i) (i % 2 ? a : b).Add(docs[i]);
  a.Add(docs[0]);
  GraphBuilder ab(ShippedTables());
  std::string error;
  for (const GraphBuilder* shard : {&b, &a}) {
    std::istringstream in(StoreBytes(*shard));
    ASSERT_TRUE(ab.Load(in, "shard", &error)) << error;
  }
  EXPECT_EQ(ab.document_count(), docs.size());
  EXPECT_EQ(GraphBytes(ab.Build()), BuildBytes(docs));
}

struct Damage {
  const char* name;
  std::string (*make)(const std::string& good);
  const char* message;
};

class StoreRefuses : public ::testing::TestWithParam<Damage> {};

TEST_P(StoreRefuses, NamingFileLineAndReason) {
  const std::string good = ReadFile(kData + "store_v1.jsonl");
  ASSERT_FALSE(good.empty());
  GraphBuilder b;
  DocumentFacts existing;
  existing.doc_id = "already-here";
  b.Add(existing);
  std::istringstream in(GetParam().make(good));
  std::string error;
  EXPECT_FALSE(b.Load(in, "out/graph.store", &error));
  EXPECT_NE(error.find(GetParam().message), std::string::npos) << error;
  // Nothing of a refused store is added; nothing is lost either.
  EXPECT_EQ(b.document_count(), 1u);
}

std::string FirstLineOff(const std::string& s) { return s.substr(s.find('\n') + 1); }
std::string NewerVersion(const std::string& s) {
  std::string t = s;
  t.replace(t.find("\"version\":1"), 11, "\"version\":2");
  return t;
}
std::string CutMidLine(const std::string& s) { return s.substr(0, s.size() - 40); }
std::string CutAtLineEnd(const std::string& s) {
  return s.substr(0, s.rfind('\n', s.size() - 2) + 1);
}
std::string BadRelation(const std::string& s) {
  std::string t = s;
  t.replace(t.rfind("\"holds_title\""), 13, "\"holds_tittle\"");
  return t;
}
std::string Duplicate(const std::string& s) {
  std::string header = s.substr(0, s.find('\n') + 1);
  std::string line = s.substr(header.size(), s.find('\n', header.size()) + 1 - header.size());
  header.replace(header.find("\"documents\":2"), 13, "\"documents\":3");
  return header + line + FirstLineOff(s);
}
std::string Empty(const std::string&) { return ""; }
std::string Graphml(const std::string&) { return "<?xml version=\"1.0\"?>\n<graphml>\n"; }
std::string BlankLine(const std::string& s) { return s + "\n"; }

INSTANTIATE_TEST_SUITE_P(
    Files, StoreRefuses,
    ::testing::Values(
        Damage{"NoHeader", FirstLineOff, "out/graph.store:1: not a lienket store"},
        Damage{"Foreign", Graphml, "out/graph.store:1: not a lienket store"},
        Damage{"Empty", Empty, "out/graph.store: empty file"},
        Damage{"Newer", NewerVersion, "out/graph.store:1: store format version 2 is newer"},
        Damage{"CutMidLine", CutMidLine, "out/graph.store:3: invalid JSON"},
        Damage{"CutAtLineEnd", CutAtLineEnd, "promises 2 documents but 1 follow"},
        Damage{"BadRelation", BadRelation,
               "out/graph.store:3: facts[8].relation: unknown relation \"holds_tittle\""},
        Damage{"Duplicate", Duplicate,
               "out/graph.store:3: document \"002_a7365d6d7674c872\" already on line 2"},
        Damage{"BlankLine", BlankLine, "out/graph.store:4: empty line"}),
    [](const ::testing::TestParamInfo<Damage>& info) { return std::string(info.param.name); });

// ------------------------------------------------------------------ graph file

TEST(GraphFile, RoundTripKeepsEverything) {
  GraphBuilder b(ShippedTables());
  for (const DocumentFacts& d : SeedFacts()) b.Add(d);
  Graph g = b.Build();
  const std::string bytes = GraphBytes(g);
  Graph back;
  std::istringstream in(bytes);
  std::string error;
  ASSERT_TRUE(LoadGraph(in, &back, &error)) << error;
  ASSERT_EQ(boost::num_vertices(back), boost::num_vertices(g));
  ASSERT_EQ(boost::num_edges(back), boost::num_edges(g));
  for (size_t v = 0; v < boost::num_vertices(g); ++v) {
    EXPECT_EQ(back[v].id, g[v].id);
    EXPECT_EQ(back[v].type, g[v].type);
    EXPECT_EQ(back[v].label, g[v].label);
    EXPECT_EQ(back[v].key, g[v].key);
    EXPECT_EQ(back[v].aliases, g[v].aliases);
  }
  auto [e1, end1] = boost::edges(g);
  auto [e2, end2] = boost::edges(back);
  for (; e1 != end1; ++e1, ++e2) {
    EXPECT_EQ(boost::source(*e1, g), boost::source(*e2, back));
    EXPECT_EQ(boost::target(*e1, g), boost::target(*e2, back));
    const EdgeProps &a = g[*e1], &c = back[*e2];
    EXPECT_EQ(a.id, c.id);
    EXPECT_EQ(a.relation, c.relation);
    EXPECT_EQ(a.former, c.former);
    EXPECT_EQ(a.first_seen, c.first_seen);
    EXPECT_EQ(a.last_seen, c.last_seen);
    EXPECT_EQ(a.weight, c.weight);
    EXPECT_EQ(a.evidence, c.evidence);
  }
  EXPECT_EQ(GraphBytes(back), bytes);
}

TEST(GraphFile, RefusesDamage) {
  GraphBuilder b(ShippedTables());
  for (const DocumentFacts& d : SeedFacts()) b.Add(d);
  const std::string good = GraphBytes(b.Build());
  auto load = [](const std::string& bytes) {
    Graph g;
    std::istringstream in(bytes);
    std::string error;
    EXPECT_FALSE(LoadGraph(in, &g, &error));
    return error;
  };
  EXPECT_NE(load("").find("not a lienket graph file"), std::string::npos);
  EXPECT_NE(load(ReadFile(kData + "store_v1.jsonl")).find("not a lienket graph file"),
            std::string::npos);
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x20;
  EXPECT_NE(load(flipped).find("checksum"), std::string::npos);
  EXPECT_NE(load(good.substr(0, good.size() - 100)).find("checksum"), std::string::npos);
  std::string newer = good;
  newer[8] = 2;
  EXPECT_NE(load(newer).find("version 2 is newer"), std::string::npos);
}

TEST(GraphFile, FindVertexByBinarySearch) {
  GraphBuilder b(ShippedTables());
  for (const DocumentFacts& d : SeedFacts()) b.Add(d);
  Graph g = b.Build();
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    auto found = FindVertex(g, g[*v].id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, *v);
  }
  EXPECT_FALSE(FindVertex(g, "per-nobody-000000").has_value());
  EXPECT_FALSE(FindVertex(g, "").has_value());
  EXPECT_FALSE(FindVertex(g, "zzz").has_value());
}

}  // namespace
}  // namespace lienket
