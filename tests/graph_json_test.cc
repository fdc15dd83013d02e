// DocumentFacts <-> JSON line: the format of `lienket extract` and the store.
#include <gtest/gtest.h>

#include <string>

#include "lienket/graph.h"

namespace lienket {
namespace {

DocumentFacts FullDocument() {
  DocumentFacts d;
  d.doc_id = "003_05e19c51071f0b04";
  d.date = "2022-04-12";
  Fact f;
  f.relation = Relation::kHoldsTitle;
  f.subject.type = EntityType::kPerson;
  f.subject.text = "Trần Đình Long";
  f.subject.span = {100, 118};
  f.object.type = EntityType::kPosition;
  f.object.text =
      "Chủ tịch Hiệp hội những người Việt Nam được đào tạo tại các trường đại học Liên Xô/LB Nga";
  f.object.aliases = {"Chủ tịch Vinacorvuz"};
  f.object.role = "Chủ tịch";
  f.object.org = "Hiệp hội những người Việt Nam được đào tạo tại các trường đại học Liên Xô/LB Nga";
  f.object.org_aliases = {"Vinacorvuz"};
  f.object.span = {120, 260};
  f.former = true;
  f.rule = "person-comma-title";
  f.evidence = {100, 260};
  d.facts.push_back(f);
  Fact e;
  e.relation = Relation::kHeldOn;
  e.subject.type = EntityType::kEvent;
  e.subject.text = "Hội nghị triển khai nhiệm vụ công tác đối ngoại nhân dân năm 2022";
  e.subject.date = "2022-04-12";
  e.object.type = EntityType::kDate;
  e.object.text = "2022-04-12";
  d.facts.push_back(e);
  return d;
}

void ExpectSameMention(const Mention& a, const Mention& b) {
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.aliases, b.aliases);
  EXPECT_EQ(a.role, b.role);
  EXPECT_EQ(a.org, b.org);
  EXPECT_EQ(a.org_aliases, b.org_aliases);
  EXPECT_EQ(a.date, b.date);
  EXPECT_EQ(a.span, b.span);
}

TEST(FactsJson, RoundTripKeepsEveryField) {
  DocumentFacts in = FullDocument();
  std::string line = DocumentFactsToJson(in);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  DocumentFacts out;
  std::string error;
  ASSERT_TRUE(DocumentFactsFromJson(line, &out, &error)) << error;
  EXPECT_EQ(out.doc_id, in.doc_id);
  EXPECT_EQ(out.date, in.date);
  ASSERT_EQ(out.facts.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(out.facts[i].relation, in.facts[i].relation);
    ExpectSameMention(out.facts[i].subject, in.facts[i].subject);
    ExpectSameMention(out.facts[i].object, in.facts[i].object);
    EXPECT_EQ(out.facts[i].former, in.facts[i].former);
    EXPECT_EQ(out.facts[i].rule, in.facts[i].rule);
    EXPECT_EQ(out.facts[i].evidence, in.facts[i].evidence);
  }
  // Writing what was read gives the same bytes.
  EXPECT_EQ(DocumentFactsToJson(out), line);
}

TEST(FactsJson, ADateWithoutItsYearRoundTrips) {
  // What extraction writes when the article never tells its year.
  const std::string line =
      R"({"doc":"1","facts":[{"relation":"held_on","subject":{"type":"Event","text":"Hội nghị A","date":"--05-12"},"object":{"type":"Date","text":"--05-12"},"rule":"r","evidence":[0,1]}]})";
  DocumentFacts d;
  std::string error;
  ASSERT_TRUE(DocumentFactsFromJson(line, &d, &error)) << error;
  EXPECT_EQ(d.facts[0].object.text, "--05-12");
  EXPECT_EQ(DocumentFactsToJson(d), line);
  // A document's own date always has its year.
  EXPECT_FALSE(DocumentFactsFromJson(R"({"doc":"1","date":"--05-12"})", &d, &error));
  EXPECT_NE(error.find("is not a date"), std::string::npos) << error;
}

TEST(FactsJson, CompactLineOmitsEmptyFields) {
  DocumentFacts d;
  d.doc_id = "001";
  Fact f;
  f.relation = Relation::kHeldIn;
  f.subject.type = EntityType::kEvent;
  f.subject.text = "Hội nghị";
  f.object.type = EntityType::kLocation;
  f.object.text = "Hà Nội";
  f.object.span = {5, 11};
  d.facts.push_back(f);
  EXPECT_EQ(
      DocumentFactsToJson(d),
      R"({"doc":"001","facts":[{"relation":"held_in","subject":{"type":"Event","text":"Hội nghị"},)"
      R"("object":{"type":"Location","text":"Hà Nội","span":[5,11]}}]})");
  DocumentFacts empty;
  empty.doc_id = "x";
  EXPECT_EQ(DocumentFactsToJson(empty), R"({"doc":"x"})");
}

TEST(FactsJson, EscapesByConstruction) {
  DocumentFacts d;
  d.doc_id = "a\"b\\c\n";
  std::string line = DocumentFactsToJson(d);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  DocumentFacts back;
  std::string error;
  ASSERT_TRUE(DocumentFactsFromJson(line, &back, &error)) << error;
  EXPECT_EQ(back.doc_id, d.doc_id);
}

struct BadLine {
  const char* json;
  const char* message;  // expected part of the error
};

class FactsJsonRejects : public ::testing::TestWithParam<BadLine> {};

TEST_P(FactsJsonRejects, WithAClearMessage) {
  DocumentFacts d;
  d.doc_id = "untouched";
  std::string error;
  EXPECT_FALSE(DocumentFactsFromJson(GetParam().json, &d, &error));
  EXPECT_NE(error.find(GetParam().message), std::string::npos) << error;
  EXPECT_EQ(d.doc_id, "untouched");
}

INSTANTIATE_TEST_SUITE_P(
    Lines, FactsJsonRejects,
    ::testing::Values(
        BadLine{R"({"doc":"1","facts":[)", "invalid JSON at byte"},
        BadLine{R"({"doc":"1"} {"doc":"2"})", "invalid JSON"},
        BadLine{R"(["doc"])", "expected a JSON object"},
        BadLine{R"({"date":"2020"})", "no \"doc\" id"}, BadLine{R"({"doc":""})", "no \"doc\" id"},
        BadLine{R"({"doc":"1","dat":"2020"})", "dat: unknown field"},
        BadLine{R"({"doc":"1","date":"24/12/2020"})", "date: \"24/12/2020\" is not a date"},
        BadLine{R"({"doc":"1","facts":{}})", "facts: expected an array"},
        BadLine{
            R"({"doc":"1","facts":[{"relation":"likes","subject":{"type":"Person","text":"A"},"object":{"type":"Person","text":"B"}}]})",
            "facts[0].relation: unknown relation \"likes\""},
        BadLine{
            R"({"doc":"1","facts":[{"relation":"attends","subject":{"type":"Human","text":"A"},"object":{"type":"Event","text":"B"}}]})",
            "facts[0].subject.type: unknown entity type \"Human\""},
        BadLine{
            R"({"doc":"1","facts":[{"relation":"attends","subject":{"type":"Person"},"object":{"type":"Event","text":"B"}}]})",
            "facts[0].subject: no \"text\""},
        BadLine{
            R"({"doc":"1","facts":[{"relation":"attends","subject":{"type":"Person","text":"A"}}]})",
            "facts[0]: no \"object\""},
        BadLine{
            R"({"doc":"1","facts":[{"relation":"attends","subject":{"type":"Person","text":"A","span":[9,3]},"object":{"type":"Event","text":"B"}}]})",
            "facts[0].subject.span: begin is after end"},
        BadLine{
            R"({"doc":"1","facts":[{"relation":"attends","subject":{"type":"Person","text":"A"},"object":{"type":"Event","text":"B"},"evidence":[1]}]})",
            "facts[0].evidence: expected [begin, end]"},
        BadLine{
            R"({"doc":"1","facts":[{"relation":"attends","subject":{"type":"Person","text":"A","aliases":["x",""]},"object":{"type":"Event","text":"B"}}]})",
            "facts[0].subject.aliases[1]: empty name"},
        BadLine{
            R"({"doc":"1","facts":[{"relation":"held_on","subject":{"type":"Event","text":"A"},"object":{"type":"Date","text":"hôm qua"}}]})",
            "facts[0].object.text: \"hôm qua\" is not a date"},
        BadLine{
            R"({"doc":"1","facts":[{"relation":"attends","subject":{"type":"Person","text":"A"},"object":{"type":"Event","text":"B"},"former":"yes"}]})",
            "facts[0].former: expected true or false"},
        BadLine{"{\"doc\":\"\xC3\x28\"}", "invalid JSON"}));

}  // namespace
}  // namespace lienket
