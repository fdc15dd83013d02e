// Answers written as TSV, JSON and JSON Lines, with and without evidence,
// alone and labelled; hostile names stay data.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <sstream>
#include <string>
#include <vector>

#include "lienket/query.h"
#include "query_test_graph.h"

namespace lienket {
namespace {

class QueryOutputTest : public ::testing::Test {
 protected:
  QueryOutputTest() : graph_(testing::SeedGraph()), engine_(graph_) {}

  QueryAnswer Run(const std::string& query) {
    QueryAnswer answer;
    QueryError error;
    EXPECT_TRUE(engine_.Run(query, &answer, &error)) << FormatQueryError(query, error);
    return answer;
  }

  std::string Write(const std::string& query, AnswerFormat format, bool evidence = false,
                    const std::map<std::pair<std::string, uint32_t>, std::string>* sentences = nullptr) {
    const QueryAnswer answer = Run(query);
    std::ostringstream out;
    AnswerWriter writer(graph_, {format, evidence, sentences}, out);
    writer.Write(answer);
    writer.Finish();
    return out.str();
  }

  static rapidjson::Document Json(const std::string& text) {
    rapidjson::Document d;
    d.Parse(text.c_str(), text.size());
    EXPECT_FALSE(d.HasParseError()) << text;
    return d;
  }

  Graph graph_;
  QueryEngine engine_;
};

const char kTruongBan[] = "?who holds_title \"Trưởng Ban Đối ngoại Trung ương\"";

TEST_F(QueryOutputTest, TsvHasAHeaderAndOneBindingALine) {
  EXPECT_EQ(Write(kTruongBan, AnswerFormat::kTsv), "who\nHoàng Bình Quân\nLê Hoài Trung\n");
  EXPECT_EQ(Write("?giver awards ?r . ?r received_award ?award", AnswerFormat::kTsv),
            "giver\tr\taward\n"
            "Ban Đối ngoại Trung ương\tLiên hiệp các tổ chức hữu nghị Việt Nam\tCờ thi đua\n"
            "Liên bang Nga\tTrương Quang Khánh\tHuân chương Hữu nghị\n");
  EXPECT_EQ(Write("\"Lê Văn Hân\" ?rel ?x . ?x a Award", AnswerFormat::kTsv),
            "rel\tx\nreceived_award\tKỷ niệm chương \"Vì sự nghiệp Đối ngoại nhân dân\"\n");
}

TEST_F(QueryOutputTest, NoAnswerIsTheHeaderOnly) {
  EXPECT_EQ(Write("?who holds_title \"Tổng Bí thư\"", AnswerFormat::kTsv), "who\n");
  EXPECT_EQ(Write("?who holds_title \"Tổng Bí thư\"", AnswerFormat::kJson), "[]\n");
  EXPECT_EQ(Write("?who holds_title \"Tổng Bí thư\"", AnswerFormat::kJsonl), "");
  EXPECT_EQ(Write("about \"Tổng Bí thư\"", AnswerFormat::kTsv),
            "subject\trelation\tobject\tformer\tfirst_seen\tlast_seen\tweight\n");
}

TEST_F(QueryOutputTest, Count) {
  EXPECT_EQ(Write("?p a Person count", AnswerFormat::kTsv), "count\n9\n");
  EXPECT_EQ(Write("?p a Person count", AnswerFormat::kJson), "[\n{\"count\":9}\n]\n");
  EXPECT_EQ(Write("?p a Person count", AnswerFormat::kJsonl), "{\"count\":9}\n");
}

TEST_F(QueryOutputTest, JsonBindingsCarryIdLabelAndType) {
  const std::string text = Write("\"VUFO\" ?rel ?x . ?x a Award", AnswerFormat::kJson);
  EXPECT_EQ(text,
            "[\n{\"rel\":\"received_award\",\"x\":{\"id\":\"awd-co-thi-dua\",\"label\":\"Cờ thi "
            "đua\",\"type\":\"Award\"}}\n]\n");
  const rapidjson::Document d = Json(Write(kTruongBan, AnswerFormat::kJson));
  ASSERT_TRUE(d.IsArray());
  ASSERT_EQ(d.Size(), 2u);
  EXPECT_STREQ(d[0]["who"]["id"].GetString(), "per-hoang-binh-quan");
  EXPECT_STREQ(d[0]["who"]["label"].GetString(), "Hoàng Bình Quân");
  EXPECT_STREQ(d[0]["who"]["type"].GetString(), "Person");
  EXPECT_STREQ(d[1]["who"]["label"].GetString(), "Lê Hoài Trung");
  EXPECT_FALSE(d[0].HasMember("_edges"));
}

TEST_F(QueryOutputTest, JsonlIsOneBindingALine) {
  const std::string text = Write(kTruongBan, AnswerFormat::kJsonl);
  std::istringstream in(text);
  std::vector<std::string> who;
  for (std::string line; std::getline(in, line);)
    who.push_back(Json(line)["who"]["label"].GetString());
  EXPECT_EQ(who, (std::vector<std::string>{"Hoàng Bình Quân", "Lê Hoài Trung"}));
}

TEST_F(QueryOutputTest, TsvEvidenceIsOneLinePerDocument) {
  EXPECT_EQ(Write(kTruongBan, AnswerFormat::kTsv, true),
            "who\tpattern\tdoc\tbegin\tend\trule\tdate\n"
            "Hoàng Bình Quân\t1\t000_caf8910c1fa3905f\t100\t160\trule-holds_title\t2020-12-24\n"
            "Hoàng Bình Quân\t1\t001_328ab6b4f8dbd291\t300\t360\trule-holds_title\t2020-12-24\n"
            "Lê Hoài Trung\t1\t003_05e19c51071f0b04\t100\t160\trule-holds_title\t2022-04-12\n");
}

TEST_F(QueryOutputTest, JsonEvidenceNestsEdgesAndSentences) {
  std::map<std::pair<std::string, uint32_t>, std::string> sentences = {
      {{"003_05e19c51071f0b04", 100}, "Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung phát biểu."}};
  const rapidjson::Document d =
      Json(Write(std::string(kTruongBan) + " during 2022", AnswerFormat::kJson, true, &sentences));
  ASSERT_EQ(d.Size(), 1u);
  const auto& edges = d[0]["_edges"];
  ASSERT_EQ(edges.Size(), 1u);
  EXPECT_EQ(edges[0]["pattern"].GetInt(), 1);
  EXPECT_STREQ(edges[0]["relation"].GetString(), "holds_title");
  EXPECT_STREQ(edges[0]["subject"]["label"].GetString(), "Lê Hoài Trung");
  EXPECT_STREQ(edges[0]["object"]["id"].GetString(), "pos-truong-ban-doi-ngoai-tw");
  EXPECT_STREQ(edges[0]["first_seen"].GetString(), "2022-04-12");
  EXPECT_FALSE(edges[0]["former"].GetBool());
  EXPECT_EQ(edges[0]["weight"].GetInt(), 1);
  const auto& evidence = edges[0]["evidence"];
  ASSERT_EQ(evidence.Size(), 1u);
  EXPECT_STREQ(evidence[0]["doc"].GetString(), "003_05e19c51071f0b04");
  EXPECT_EQ(evidence[0]["begin"].GetInt(), 100);
  EXPECT_EQ(evidence[0]["end"].GetInt(), 160);
  EXPECT_STREQ(evidence[0]["sentence"].GetString(),
               "Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung phát biểu.");
}

TEST_F(QueryOutputTest, AboutAndPathAreEdgeTables) {
  EXPECT_EQ(Write("about \"Lê Hoài Trung\"", AnswerFormat::kTsv),
            "subject\trelation\tobject\tformer\tfirst_seen\tlast_seen\tweight\n"
            "Lê Hoài Trung\tholds_title\tTrưởng Ban Đối ngoại Trung ương\tfalse\t2022-04-12\t"
            "2022-04-12\t1\n");
  EXPECT_EQ(Write("path \"Trần Quốc Vượng\" \"Lê Văn Hân\"", AnswerFormat::kTsv),
            "step\tsubject\trelation\tobject\tformer\tfirst_seen\tlast_seen\tweight\n"
            "1\tTrần Quốc Vượng\tattends\tHội nghị tổng kết công tác đối ngoại nhân dân năm "
            "2020\tfalse\t2020-12-24\t2020-12-24\t2\n"
            "2\tLê Văn Hân\tattends\tHội nghị tổng kết công tác đối ngoại nhân dân năm "
            "2020\tfalse\t2020-12-24\t2020-12-24\t1\n");
  const rapidjson::Document d =
      Json(Write("path \"Trần Quốc Vượng\" \"Lê Văn Hân\"", AnswerFormat::kJson, true));
  ASSERT_EQ(d.Size(), 2u);
  EXPECT_EQ(d[1]["step"].GetInt(), 2);
  EXPECT_STREQ(d[1]["subject"]["type"].GetString(), "Person");
  EXPECT_STREQ(d[1]["object"]["type"].GetString(), "Event");
  EXPECT_EQ(d[0]["evidence"].Size(), 2u);
  EXPECT_EQ(Write("about \"Trương Quang Khánh\" former", AnswerFormat::kTsv, true),
            "subject\trelation\tobject\tformer\tfirst_seen\tlast_seen\tweight\tdoc\tbegin\tend\t"
            "rule\tdate\n"
            "Trương Quang Khánh\tholds_title\tPhó Chủ nhiệm Tổng cục Chính trị\ttrue\t2019-11-05\t"
            "2019-11-05\t1\t004_4c33edc76b0aa510\t100\t160\trule-holds_title\t2019-11-05\n");
}

TEST_F(QueryOutputTest, LabelledAnswers) {
  const QueryAnswer a = Run(kTruongBan), b = Run("?p a Location count");
  {
    std::ostringstream out;
    AnswerWriter w(graph_, {AnswerFormat::kTsv}, out);
    w.WriteLabelled(2, kTruongBan, a);
    w.WriteLabelled(5, "?p a Location count", b);
    w.Finish();
    EXPECT_EQ(out.str(), std::string("# line 2: ") + kTruongBan +
                             "\nwho\nHoàng Bình Quân\nLê Hoài Trung\n"
                             "\n# line 5: ?p a Location count\ncount\n2\n");
  }
  {
    std::ostringstream out;
    {
      AnswerWriter w(graph_, {AnswerFormat::kJson}, out);
      w.WriteLabelled(2, kTruongBan, a);
      w.WriteLabelled(5, "?p a Location count", b);
    }  // the destructor closes the array
    const rapidjson::Document d = Json(out.str());
    ASSERT_TRUE(d.IsArray());
    ASSERT_EQ(d.Size(), 2u);
    EXPECT_EQ(d[0]["line"].GetInt(), 2);
    EXPECT_STREQ(d[0]["query"].GetString(), kTruongBan);
    EXPECT_EQ(d[0]["answer"].Size(), 2u);
    EXPECT_EQ(d[1]["answer"][0]["count"].GetInt(), 2);
  }
  {
    std::ostringstream out;
    AnswerWriter w(graph_, {AnswerFormat::kJsonl}, out);
    w.WriteLabelled(2, kTruongBan, a);
    w.WriteLabelled(5, "?p a Location count", b);
    w.Finish();
    EXPECT_EQ(out.str(),
              "{\"_line\":2,\"who\":{\"id\":\"per-hoang-binh-quan\",\"label\":\"Hoàng Bình "
              "Quân\",\"type\":\"Person\"}}\n"
              "{\"_line\":2,\"who\":{\"id\":\"per-le-hoai-trung\",\"label\":\"Lê Hoài "
              "Trung\",\"type\":\"Person\"}}\n"
              "{\"_line\":5,\"count\":2}\n");
  }
}

TEST(QueryOutputHostileTest, NamesAreDataInEveryFormat) {
  testing::GraphMaker m;
  const std::string evil = "A\tB\nC\\D \"<&>\" \x01 😀";
  m.Node("per-evil", EntityType::kPerson, evil, {"Ác"});
  m.Node("org-x", EntityType::kOrganization, "X");
  m.Edge("org-x", Relation::kAwards, "per-evil", {"doc\t1"}, "2020");
  const Graph g = m.Build();
  QueryEngine engine(g);
  QueryAnswer answer;
  QueryError error;
  // The name is found through its alias and, quoted with escapes, as itself.
  ASSERT_TRUE(engine.Run("?who awards \"Ác\"", &answer, &error));
  ASSERT_EQ(answer.rows.size(), 1u);
  ASSERT_TRUE(engine.Run("\"X\" awards ?who", &answer, &error));
  ASSERT_EQ(answer.rows.size(), 1u);
  QueryAnswer same;
  ASSERT_TRUE(engine.Run("?g awards \"A\tB\nC\\\\D \\\"<&>\\\" \x01 😀\"", &same, &error))
      << FormatQueryError("", error);
  EXPECT_EQ(same.rows.size(), 1u);

  std::ostringstream tsv;
  AnswerWriter(g, {AnswerFormat::kTsv, true}, tsv).Write(answer);
  EXPECT_EQ(tsv.str(),
            "who\tpattern\tdoc\tbegin\tend\trule\tdate\n"
            "A\\tB\\nC\\\\D \"<&>\" \x01 😀\t1\tdoc\\t1\t100\t160\trule-awards\t2020\n");

  for (AnswerFormat f : {AnswerFormat::kJson, AnswerFormat::kJsonl}) {
    std::ostringstream out;
    AnswerWriter(g, {f, true}, out).Write(answer);
    std::string text = out.str();
    if (f == AnswerFormat::kJsonl) {
      ASSERT_EQ(std::count(text.begin(), text.end(), '\n'), 1) << text;
    }
    rapidjson::Document d;
    d.Parse(text.c_str(), text.size());
    ASSERT_FALSE(d.HasParseError()) << text;
    const rapidjson::Value& row = f == AnswerFormat::kJson ? d[0] : d;
    EXPECT_EQ(std::string(row["who"]["label"].GetString()), evil);
    EXPECT_STREQ(row["_edges"][0]["evidence"][0]["doc"].GetString(), "doc\t1");
  }
}

}  // namespace
}  // namespace lienket
