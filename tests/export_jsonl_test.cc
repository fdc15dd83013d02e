// triples.jsonl: the scorer's format, every line JSON, names kept exactly.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "data/export/fixture_graphs.h"
#include "data/export/test_util.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using testing::HostileGraph;
using testing::Lines;
using testing::Render;
using testing::SeedGraph;

std::vector<rapidjson::Document> ParseLines(const std::string& text) {
  std::vector<rapidjson::Document> docs;
  for (const std::string& line : Lines(text)) {
    rapidjson::Document d;
    d.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
    EXPECT_FALSE(d.HasParseError()) << "offset " << d.GetErrorOffset() << " in: " << line.substr(0, 200);
    EXPECT_TRUE(d.IsObject());
    docs.push_back(std::move(d));
  }
  return docs;
}

std::string Str(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

TEST(ExportJsonl, OneLinePerEdgeInTheScorersShape) {
  Graph g = SeedGraph();
  std::string out = Render([&](std::ostream& o) { WriteTriplesJsonl(g, o); });
  auto docs = ParseLines(out);
  ASSERT_EQ(docs.size(), boost::num_edges(g));
  for (const auto& d : docs) {
    ASSERT_TRUE(d.HasMember("s") && d.HasMember("p") && d.HasMember("o") && d.HasMember("q") &&
                d.HasMember("evidence"));
    EXPECT_TRUE(d["q"]["former"].IsBool());
    for (const char* side : {"s", "o"}) {
      const auto& n = d[side];
      if (n.HasMember("value")) continue;  // a Date literal
      EXPECT_TRUE(n["id"].IsString() && n["label"].IsString() && n["type"].IsString() && n["aliases"].IsArray());
    }
    for (const auto& ev : d["evidence"].GetArray()) {
      EXPECT_TRUE(ev["doc"].IsString() && ev["start"].IsUint() && ev["end"].IsUint() && ev["rule"].IsString());
      EXPECT_LT(ev["start"].GetUint(), ev["end"].GetUint());
    }
  }
}

TEST(ExportJsonl, HoldsTitleLineCarriesNamesAliasesAndEvidence) {
  Graph g = SeedGraph();
  auto docs = ParseLines(Render([&](std::ostream& o) { WriteTriplesJsonl(g, o); }));
  const rapidjson::Document* holds = nullptr;
  for (const auto& d : docs)
    if (Str(d["p"]) == "holds_title" && Str(d["s"]["label"]) == "Hoàng Bình Quân") holds = &d;
  ASSERT_NE(holds, nullptr);
  const auto& o = (*holds)["o"];
  EXPECT_EQ(Str(o["label"]), "Trưởng Ban Đối ngoại Trung ương");
  EXPECT_EQ(Str(o["type"]), "Position");
  ASSERT_EQ(o["aliases"].Size(), 2u);
  EXPECT_EQ(Str(o["aliases"][1]), "Trưởng ban Đối ngoại Trung ương");
  EXPECT_FALSE((*holds)["q"]["former"].GetBool());
  EXPECT_EQ((*holds)["weight"].GetUint(), 2u);
  EXPECT_EQ(Str((*holds)["first_seen"]), "2020-12-24");
  EXPECT_EQ(Str((*holds)["last_seen"]), "2021-12-14");
  ASSERT_EQ((*holds)["evidence"].Size(), 2u);
  EXPECT_EQ(Str((*holds)["evidence"][0]["doc"]), "000_hoi-nghi-tong-ket");
  EXPECT_EQ(Str((*holds)["evidence"][0]["rule"]), "title-before-person");
}

TEST(ExportJsonl, FormerAndDateLiteral) {
  Graph g = SeedGraph();
  auto docs = ParseLines(Render([&](std::ostream& o) { WriteTriplesJsonl(g, o); }));
  bool saw_former = false, saw_date = false;
  for (const auto& d : docs) {
    if (Str(d["s"]["label"]) == "Lê Văn Hân" && Str(d["p"]) == "holds_title") {
      EXPECT_TRUE(d["q"]["former"].GetBool());
      saw_former = true;
    }
    if (Str(d["p"]) == "held_on") {
      // {"value": "2020-12-23", "type": "Date"}: no id, no label.
      EXPECT_EQ(Str(d["o"]["value"]), "2020-12-23");
      EXPECT_EQ(Str(d["o"]["type"]), "Date");
      EXPECT_FALSE(d["o"].HasMember("label"));
      saw_date = true;
    }
  }
  EXPECT_TRUE(saw_former);
  EXPECT_TRUE(saw_date);
}

TEST(ExportJsonl, HostileNamesRoundTripExactly) {
  using namespace std::string_literals;
  Graph g = HostileGraph();
  std::string out = Render([&](std::ostream& o) { WriteTriplesJsonl(g, o); });
  // No raw control character anywhere: JSON escapes them, lines stay lines.
  for (char c : out) EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 && c != '\n') << int(c);
  auto docs = ParseLines(out);
  ASSERT_EQ(docs.size(), boost::num_edges(g));
  std::vector<std::string> labels, aliases;
  for (const auto& d : docs)
    for (const char* side : {"s", "o"})
      if (d[side].HasMember("label")) {
        labels.push_back(Str(d[side]["label"]));
        for (const auto& a : d[side]["aliases"].GetArray()) aliases.push_back(Str(a));
      }
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  EXPECT_TRUE(has(labels, "<b>Nguyễn</b> \"Văn\" & 'Tèo' <![CDATA[x]]> --> ]]>"));
  EXPECT_TRUE(has(labels, "Bộ\x01Ngoại\x1bgiao\x7f\ttab\r\nline \\ backslash \\\" \\u0041"s));
  EXPECT_TRUE(has(labels, "Trưởng Ban 🇻🇳 Đối ngoại 🎉👍🏽 Trung ương"));
  EXPECT_TRUE(has(labels, testing::TenThousandLetters()));
  EXPECT_TRUE(has(labels, "Hội nghị\nngày 23/12\n"));
  EXPECT_TRUE(has(aliases, "nul\0inside"s));
  // Ill-formed UTF-8 becomes U+FFFD, one per bad byte, never raw.
  EXPECT_TRUE(has(aliases, "bad utf8 \uFFFD\uFFFD\uFFFD( end"));
}

TEST(ExportJsonl, FallbackIdsAreUniqueAndStable) {
  Graph g = HostileGraph();
  auto docs = ParseLines(Render([&](std::ostream& o) { WriteTriplesJsonl(g, o); }));
  std::set<std::string> edge_ids;
  std::map<std::string, std::string> label_of_id;
  for (const auto& d : docs) {
    EXPECT_TRUE(edge_ids.insert(Str(d["id"])).second) << Str(d["id"]);
    for (const char* side : {"s", "o"}) {
      if (!d[side].HasMember("id")) continue;
      auto [it, added] = label_of_id.emplace(Str(d[side]["id"]), Str(d[side]["label"]));
      EXPECT_EQ(it->second, Str(d[side]["label"])) << "two nodes share id " << it->first;
    }
  }
  EXPECT_EQ(label_of_id["n6"], "Nơi không có id");      // empty id
  EXPECT_EQ(label_of_id["n7"], "Giải trùng id");        // repeated id
  EXPECT_EQ(label_of_id["per-markup"].substr(0, 3), "<b>");
  EXPECT_EQ(Render([&](std::ostream& o) { WriteTriplesJsonl(g, o); }),
            Render([&](std::ostream& o) { WriteTriplesJsonl(g, o); }));
}

}  // namespace
}  // namespace lienket
