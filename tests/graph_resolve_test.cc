// Alias resolution: which mentions become one node, which must not, and
// what the node and its edges say.
#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "lienket/graph.h"

namespace lienket {
namespace {

// ------------------------------------------------------------------ helpers

Mention M(EntityType type, std::string text, std::vector<std::string> aliases = {}) {
  Mention m;
  m.type = type;
  m.text = std::move(text);
  m.aliases = std::move(aliases);
  return m;
}
Mention Per(std::string text, std::vector<std::string> aliases = {}) {
  return M(EntityType::kPerson, std::move(text), std::move(aliases));
}
Mention Org(std::string text, std::vector<std::string> aliases = {}) {
  return M(EntityType::kOrganization, std::move(text), std::move(aliases));
}
Mention Pos(std::string text, std::string role = "", std::string org = "",
            std::vector<std::string> org_aliases = {}) {
  Mention m = M(EntityType::kPosition, std::move(text));
  m.role = std::move(role);
  m.org = std::move(org);
  m.org_aliases = std::move(org_aliases);
  return m;
}
Mention Evt(std::string text, std::string date = "", std::vector<std::string> aliases = {}) {
  Mention m = M(EntityType::kEvent, std::move(text), std::move(aliases));
  m.date = std::move(date);
  return m;
}
Mention Loc(std::string text) { return M(EntityType::kLocation, std::move(text)); }

Fact F(Relation r, Mention s, Mention o, Span evidence = {0, 0}, bool former = false,
       std::string rule = "test-rule") {
  Fact f;
  f.relation = r;
  f.subject = std::move(s);
  f.object = std::move(o);
  f.evidence = evidence;
  f.former = former;
  f.rule = std::move(rule);
  return f;
}

DocumentFacts Doc(std::string id, std::string date, std::vector<Fact> facts) {
  DocumentFacts d;
  d.doc_id = std::move(id);
  d.date = std::move(date);
  d.facts = std::move(facts);
  return d;
}

AliasTables ShippedTables() {
  AliasTables t;
  std::string error;
  EXPECT_TRUE(LoadAliasTables(std::string(LIENKET_RULES_DIR) + "/lexicons/aliases.tsv", &t, &error))
      << error;
  return t;
}

Graph BuildAll(std::vector<DocumentFacts> docs, AliasTables tables = ShippedTables()) {
  GraphBuilder b(std::move(tables));
  for (DocumentFacts& d : docs) b.Add(std::move(d));
  return b.Build();
}

std::vector<Vertex> OfType(const Graph& g, EntityType type) {
  std::vector<Vertex> out;
  for (auto [v, end] = boost::vertices(g); v != end; ++v)
    if (g[*v].type == type) out.push_back(*v);
  return out;
}

// The node of `type` that carries `name` as label or alias; fails the test
// when there is none or more than one.
Vertex Named(const Graph& g, EntityType type, const std::string& name) {
  std::vector<Vertex> found;
  for (Vertex v : OfType(g, type)) {
    const NodeProps& n = g[v];
    if (n.label == name || std::count(n.aliases.begin(), n.aliases.end(), name)) found.push_back(v);
  }
  EXPECT_EQ(found.size(), 1u) << "nodes named \"" << name << "\"";
  return found.empty() ? Vertex(-1) : found.front();
}

const EdgeProps* EdgeOf(const Graph& g, Vertex s, Relation r, Vertex o) {
  for (auto [e, end] = boost::out_edges(s, g); e != end; ++e)
    if (boost::target(*e, g) == o && g[*e].relation == r) return &g[*e];
  return nullptr;
}

bool HasAlias(const NodeProps& n, const std::string& alias) {
  return std::count(n.aliases.begin(), n.aliases.end(), alias) > 0;
}

const Mention kEventA = Evt("Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020", "2020-12-23");

// ------------------------------------------------------------ dates

TEST(ResolveDate, ADateWithoutItsYearTakesTheCollectionsYear) {
  const Mention event = Evt("Hội nghị Ban Chấp hành", "--05-12");
  std::vector<DocumentFacts> docs = {
      Doc("a", "2017-03-01", {F(Relation::kHoldsTitle, Per("Nguyễn Văn An"), Pos("Chủ tịch"))}),
      Doc("b", "2017", {F(Relation::kHoldsTitle, Per("Trần Văn Bình"), Pos("Chủ tịch"))}),
      Doc("c", "2016", {F(Relation::kHoldsTitle, Per("Lê Văn Cường"), Pos("Chủ tịch"))}),
      Doc("d", "", {F(Relation::kHeldOn, event, M(EntityType::kDate, "--05-12")),
                    F(Relation::kHeldOn, Evt("Lễ kỷ niệm", "--02-29"), M(EntityType::kDate, "--02-29"))}),
  };
  Graph g = BuildAll(docs);
  const Vertex e = Named(g, EntityType::kEvent, "Hội nghị Ban Chấp hành");
  EXPECT_NE(EdgeOf(g, e, Relation::kHeldOn, Named(g, EntityType::kDate, "2017-05-12")), nullptr);
  // 29 February is in no 2017: no date, no edge.
  EXPECT_EQ(OfType(g, EntityType::kDate).size(), 1u);
  // An undated collection leaves such dates unknown: their facts are dropped.
  Graph alone = BuildAll({docs[3]});
  EXPECT_TRUE(OfType(alone, EntityType::kDate).empty());
  EXPECT_EQ(boost::num_edges(alone), 0u);
}

// ------------------------------------------------------------ organizations

TEST(ResolveOrganization, AbbreviationLearnedFromTheText) {
  // "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO)" in one article, "VUFO"
  // alone in another; no table involved.
  Graph g = BuildAll(
      {Doc("a", "2020",
           {F(Relation::kAttends, Org("Liên hiệp các tổ chức hữu nghị Việt Nam", {"VUFO"}),
              kEventA)}),
       Doc("b", "2020",
           {F(Relation::kReceivedAward, Org("VUFO"), M(EntityType::kAward, "Cờ thi đua"))})},
      AliasTables{});
  ASSERT_EQ(OfType(g, EntityType::kOrganization).size(), 1u);
  const NodeProps& n = g[OfType(g, EntityType::kOrganization)[0]];
  EXPECT_EQ(n.label, "Liên hiệp các tổ chức hữu nghị Việt Nam");
  EXPECT_EQ(n.aliases, std::vector<std::string>{"VUFO"});
}

TEST(ResolveOrganization, ImplausibleAliasesJoinNothing) {
  // Only a one-word name (an abbreviation, a brand) stands for a longer
  // one, and never one whose meaning the table fixes. Otherwise one wrong
  // alias would join a company with the city, or every province's
  // committee through "UBND tỉnh".
  const std::string cho = "Công ty TNHH Quản lý và Kinh doanh chợ nông sản Thủ Đức";
  Graph g = BuildAll({
      Doc("a", "2017",
          {F(Relation::kAttends, Org(cho, {"TP.HCM", "Bệnh viện Nhi đồng 1"}), kEventA)}),
      Doc("b", "2017",
          {F(Relation::kAttends, Org("TP.HCM"), kEventA),
           F(Relation::kAttends, Org("Bệnh viện Nhi đồng 1"), kEventA)}),
      Doc("c", "2017",
          {F(Relation::kAwards, Org("Ủy ban nhân dân tỉnh Bình Định", {"UBND tỉnh"}),
             Per("Nguyễn Văn An"))}),
      Doc("d", "2017",
          {F(Relation::kAwards, Org("Ủy ban nhân dân tỉnh Nghệ An", {"UBND tỉnh"}),
             Per("Nguyễn Văn Ba"))}),
      Doc("e", "2017",
          {F(Relation::kReceivedAward, Org("Bộ Ngoại giao"),
             M(EntityType::kAward, "Cờ thi đua \"Đơn vị dẫn đầu\"", {"Cờ thi đua"})),
           F(Relation::kReceivedAward, Org("Bộ Công an"), M(EntityType::kAward, "Cờ thi đua"))}),
      Doc("f", "2017",
          {F(Relation::kAttends, Org("Tập đoàn Điện lực Việt Nam", {"EVN"}), kEventA)}),
      Doc("g", "2017", {F(Relation::kAttends, Org("EVN"), kEventA)}),
  });
  EXPECT_EQ(g[Named(g, EntityType::kOrganization, cho)].aliases, std::vector<std::string>{});
  EXPECT_EQ(g[Named(g, EntityType::kOrganization, "TP.HCM")].label, "Thành phố Hồ Chí Minh");
  Named(g, EntityType::kOrganization, "Bệnh viện Nhi đồng 1");
  EXPECT_NE(Named(g, EntityType::kOrganization, "Ủy ban nhân dân tỉnh Bình Định"),
            Named(g, EntityType::kOrganization, "Ủy ban nhân dân tỉnh Nghệ An"));
  EXPECT_EQ(OfType(g, EntityType::kAward).size(), 2u);
  EXPECT_EQ(g[Named(g, EntityType::kOrganization, "EVN")].label, "Tập đoàn Điện lực Việt Nam");
  EXPECT_EQ(OfType(g, EntityType::kOrganization).size(), 8u);
}

TEST(ResolveOrganization, AbbreviationFromTheTable) {
  // The table alone expands "VUFO": the node is labelled with the full name.
  Graph alone = BuildAll(
      {Doc("b", "2020",
           {F(Relation::kReceivedAward, Org("VUFO"), M(EntityType::kAward, "Cờ thi đua"))})});
  const NodeProps& n = alone[Named(alone, EntityType::kOrganization, "VUFO")];
  EXPECT_EQ(n.label, "Liên hiệp các tổ chức hữu nghị Việt Nam");
  EXPECT_EQ(n.aliases, std::vector<std::string>{"VUFO"});

  Graph both = BuildAll(
      {Doc("a", "2020",
           {F(Relation::kAttends, Org("Liên hiệp các tổ chức hữu nghị Việt Nam"), kEventA)}),
       Doc("b", "2020",
           {F(Relation::kReceivedAward, Org("VUFO"), M(EntityType::kAward, "Cờ thi đua"))})});
  EXPECT_EQ(OfType(both, EntityType::kOrganization).size(), 1u);
  // Without the table the two stay apart: the table is what joined them.
  Graph none = BuildAll(
      {Doc("a", "2020",
           {F(Relation::kAttends, Org("Liên hiệp các tổ chức hữu nghị Việt Nam"), kEventA)}),
       Doc("b", "2020",
           {F(Relation::kReceivedAward, Org("VUFO"), M(EntityType::kAward, "Cờ thi đua"))})},
      AliasTables{});
  EXPECT_EQ(OfType(none, EntityType::kOrganization).size(), 2u);
}

TEST(ResolveOrganization, TrailingDangAndCaseAreOneBody) {
  Graph g = BuildAll({
      Doc("000", "2020-12-24",
          {F(Relation::kOrganizes, Org("Ban đối ngoại Trung ương Đảng"), kEventA)}),
      Doc("002", "2020", {F(Relation::kOrganizes, Org("Ban Đối ngoại Trung ương"), kEventA)}),
      Doc("003", "2022", {F(Relation::kOrganizes, Org("Ban Đối ngoại Trung ương Đảng"), kEventA)}),
  });
  ASSERT_EQ(OfType(g, EntityType::kOrganization).size(), 1u);
  const NodeProps& n = g[OfType(g, EntityType::kOrganization)[0]];
  // Most complete form (six syllables) wins; of its two spellings the one
  // written in more documents... both are in one, so the byte-wise smaller.
  EXPECT_EQ(n.label, "Ban Đối ngoại Trung ương Đảng");
  EXPECT_EQ(n.key, "ban đối ngoại trung ương");
  EXPECT_EQ(n.aliases, std::vector<std::string>{"Ban Đối ngoại Trung ương"});
  const EdgeProps* e = EdgeOf(g, OfType(g, EntityType::kOrganization)[0], Relation::kOrganizes,
                              OfType(g, EntityType::kEvent)[0]);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->weight, 3u);
}

TEST(ResolveOrganization, LBNgaIsLienBangNgaAloneAndInsideNames) {
  Graph g = BuildAll({
      Doc("a", "2022", {F(Relation::kAwards, Org("LB Nga"), Per("Trương Quang Khánh"))}),
      Doc("b", "2022", {F(Relation::kAwards, Org("Liên bang Nga"), Per("Trương Quang Khánh"))}),
      Doc("c", "2022", {F(Relation::kAttends, Org("Hội Hữu nghị Việt Nam - LB Nga"), kEventA)}),
  });
  EXPECT_EQ(g[Named(g, EntityType::kOrganization, "LB Nga")].label, "Liên bang Nga");
  // Only the short form was written, yet the label spells it out and the
  // written form stays an alias.
  const NodeProps& hoi = g[Named(g, EntityType::kOrganization, "Hội Hữu nghị Việt Nam - LB Nga")];
  EXPECT_EQ(hoi.label, "Hội Hữu nghị Việt Nam - Liên bang Nga");
  EXPECT_EQ(hoi.aliases, std::vector<std::string>{"Hội Hữu nghị Việt Nam - LB Nga"});
  EXPECT_EQ(OfType(g, EntityType::kOrganization).size(), 2u);
}

TEST(ResolveOrganization, AbbreviationsInsideLongerNames) {
  Graph g = BuildAll({
      Doc("a", "2021", {F(Relation::kAwards, Org("UBND tỉnh Bình Định"), Per("Nguyễn Văn An"))}),
      Doc("b", "2021",
          {F(Relation::kAwards, Org("Ủy ban nhân dân tỉnh Bình Định"), Per("Nguyễn Văn An"))}),
      Doc("c", "2021", {F(Relation::kAwards, Org("Sở GD&ĐT Hà Nội"), Per("Nguyễn Văn An"))}),
      Doc("d", "2021",
          {F(Relation::kAwards, Org("Sở Giáo dục và Đào tạo Hà Nội"), Per("Nguyễn Văn An"))}),
  });
  EXPECT_EQ(OfType(g, EntityType::kOrganization).size(), 2u);
  EXPECT_EQ(g[Named(g, EntityType::kOrganization, "UBND tỉnh Bình Định")].label,
            "Ủy ban nhân dân tỉnh Bình Định");
  EXPECT_EQ(g[Named(g, EntityType::kOrganization, "Sở GD&ĐT Hà Nội")].label,
            "Sở Giáo dục và Đào tạo Hà Nội");
}

TEST(ResolveLocation, CityAbbreviations) {
  Graph g = BuildAll({
      Doc("a", "2021", {F(Relation::kHeldIn, Evt("Hội nghị A", "2021-01-01"), Loc("TP.HCM"))}),
      Doc("b", "2021",
          {F(Relation::kHeldIn, Evt("Hội nghị B", "2021-01-02"), Loc("TP. Hồ Chí Minh"))}),
      Doc("c", "2021", {F(Relation::kHeldIn, Evt("Hội nghị C", "2021-01-03"), Loc("Hà Nội"))}),
  });
  ASSERT_EQ(OfType(g, EntityType::kLocation).size(), 2u);
  const NodeProps& hcm = g[Named(g, EntityType::kLocation, "TP.HCM")];
  EXPECT_EQ(hcm.label, "Thành phố Hồ Chí Minh");
  EXPECT_TRUE(HasAlias(hcm, "TP. Hồ Chí Minh"));
}

// ------------------------------------------------------------------ positions

TEST(ResolvePosition, CentralCommitteeMemberFromTheTable) {
  Graph g = BuildAll({
      Doc("000", "2020-12-24",
          {F(Relation::kHoldsTitle, Per("Hoàng Bình Quân"), Pos("UVBCH TW")),
           F(Relation::kHoldsTitle, Per("Hoàng Bình Quân"), Pos("Ủy viên Trung ương Đảng"))}),
      Doc("003", "2022",
          {F(Relation::kHoldsTitle, Per("Lê Hoài Trung"),
             Pos("Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên",
                 "Ban Chấp hành Trung ương Đảng"))}),
      Doc("x", "2021", {F(Relation::kHoldsTitle, Per("Nguyễn Văn An"), Pos("Ủy viên BCH TW"))}),
  });
  ASSERT_EQ(OfType(g, EntityType::kPosition).size(), 1u);
  const NodeProps& n = g[OfType(g, EntityType::kPosition)[0]];
  EXPECT_EQ(n.label, "Ủy viên Ban Chấp hành Trung ương Đảng");
  EXPECT_TRUE(HasAlias(n, "UVBCH TW"));
  EXPECT_TRUE(HasAlias(n, "Ủy viên Trung ương Đảng"));
  EXPECT_TRUE(HasAlias(n, "Ủy viên BCH TW"));
  EXPECT_EQ(boost::in_degree(OfType(g, EntityType::kPosition)[0], g), 3u);
}

TEST(ResolvePosition, TitleOfAnOrganizationNamedByItsAbbreviation) {
  Graph g = BuildAll({
      Doc("002", "2020",
          {F(Relation::kHoldsTitle, Per("Nguyễn Phương Nga"),
             Pos("Chủ tịch VUFO", "Chủ tịch", "VUFO"))}),
      Doc("004", "2021",
          {F(Relation::kHoldsTitle, Per("Nguyễn Phương Nga"),
             Pos("Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam", "Chủ tịch",
                 "Liên hiệp các tổ chức hữu nghị Việt Nam"))}),
  });
  ASSERT_EQ(OfType(g, EntityType::kPosition).size(), 1u);
  const NodeProps& n = g[OfType(g, EntityType::kPosition)[0]];
  EXPECT_EQ(n.label, "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam");
  EXPECT_EQ(n.aliases, std::vector<std::string>{"Chủ tịch VUFO"});
}

TEST(ResolvePosition, TitleOfAnOrganizationAbbreviatedInTheText) {
  // "(Vinacorvuz)" is in no table: the article itself says what it stands for.
  const std::string hiep_hoi =
      "Hiệp hội những người Việt Nam được đào tạo tại các trường đại học Liên Xô/LB Nga";
  Graph g = BuildAll({
      Doc("003", "2022",
          {F(Relation::kHoldsTitle, Per("Trần Đình Long"),
             Pos("Chủ tịch " + hiep_hoi, "Chủ tịch", hiep_hoi, {"Vinacorvuz"}))}),
      Doc("009", "2023",
          {F(Relation::kHoldsTitle, Per("Trần Đình Long"),
             Pos("Chủ tịch Vinacorvuz", "Chủ tịch", "Vinacorvuz"))}),
  });
  ASSERT_EQ(OfType(g, EntityType::kPosition).size(), 1u);
  const NodeProps& n = g[OfType(g, EntityType::kPosition)[0]];
  EXPECT_EQ(n.label,
            "Chủ tịch Hiệp hội những người Việt Nam được đào tạo tại các trường đại học Liên "
            "Xô/Liên bang Nga");
  EXPECT_TRUE(HasAlias(n, "Chủ tịch Vinacorvuz"));
  const EdgeProps* e = EdgeOf(g, Named(g, EntityType::kPerson, "Trần Đình Long"),
                              Relation::kHoldsTitle, OfType(g, EntityType::kPosition)[0]);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->first_seen, "2022");
  EXPECT_EQ(e->last_seen, "2023");
}

TEST(ResolvePosition, RoleAndOrgMeetThePlainSpelling) {
  // With and without "Đảng", split into role and org or not, one title.
  Graph g = BuildAll({
      Doc("000", "2020-12-24",
          {F(Relation::kHoldsTitle, Per("Hoàng Bình Quân"),
             Pos("Trưởng ban đối ngoại Trung ương"))}),
      Doc("003", "2022",
          {F(Relation::kHoldsTitle, Per("Lê Hoài Trung"),
             Pos("Trưởng Ban Đối ngoại Trung ương Đảng", "Trưởng Ban",
                 "Ban Đối ngoại Trung ương Đảng"))}),
      Doc("005", "2022",
          {F(Relation::kHoldsTitle, Per("Lê Hoài Trung"),
             Pos("Trưởng Ban Đối ngoại Trung ương", "Trưởng Ban", "Ban Đối ngoại Trung ương"))}),
  });
  ASSERT_EQ(OfType(g, EntityType::kPosition).size(), 1u);
  EXPECT_EQ(g[OfType(g, EntityType::kPosition)[0]].key, "trưởng ban đối ngoại trung ương");
}

TEST(ResolvePosition, SameRoleInDifferentBodiesStaysApart) {
  Graph g = BuildAll({
      Doc("a", "2021",
          {F(Relation::kHoldsTitle, Per("Nguyễn Văn An"),
             Pos("Chủ tịch Hội Hữu nghị Việt Nam - Cuba", "Chủ tịch",
                 "Hội Hữu nghị Việt Nam - Cuba"))}),
      Doc("b", "2021",
          {F(Relation::kHoldsTitle, Per("Nguyễn Văn Ba"),
             Pos("Chủ tịch Hội Hữu nghị Việt Nam - Lào", "Chủ tịch",
                 "Hội Hữu nghị Việt Nam - Lào"))}),
      Doc("c", "2021",
          {F(Relation::kHoldsTitle, Per("Nguyễn Văn Ba"),
             Pos("Chủ tịch Hội Hữu nghị Việt Nam - Lào"))}),
  });
  ASSERT_EQ(OfType(g, EntityType::kPosition).size(), 2u);
  Vertex cuba = Named(g, EntityType::kPosition, "Chủ tịch Hội Hữu nghị Việt Nam - Cuba");
  Vertex lao = Named(g, EntityType::kPosition, "Chủ tịch Hội Hữu nghị Việt Nam - Lào");
  EXPECT_NE(cuba, lao);
  EXPECT_EQ(boost::in_degree(lao, g), 1u);
  EXPECT_EQ(g[*boost::out_edges(Named(g, EntityType::kPerson, "Nguyễn Văn Ba"), g).first].weight,
            2u);
}

// ------------------------------------------------------------------ persons

TEST(ResolvePerson, SharedNamePartsNeverMerge) {
  // Aliases of persons are names on the node, never keys: "Nguyễn" and even
  // a wrongly attached full name join nothing.
  Graph g = BuildAll({
      Doc("a", "2021", {F(Relation::kAttends, Per("Nguyễn Văn An", {"Nguyễn", "An"}), kEventA)}),
      Doc("b", "2021",
          {F(Relation::kAttends, Per("Nguyễn Văn Ba", {"Nguyễn", "Nguyễn Văn An"}), kEventA)}),
      Doc("c", "2021", {F(Relation::kAttends, Per("Nguyễn Văn An"), kEventA)}),
  });
  ASSERT_EQ(OfType(g, EntityType::kPerson).size(), 2u);
  std::vector<std::string> labels;
  for (Vertex v : OfType(g, EntityType::kPerson)) labels.push_back(g[v].label);
  std::sort(labels.begin(), labels.end());
  EXPECT_EQ(labels, (std::vector<std::string>{"Nguyễn Văn An", "Nguyễn Văn Ba"}));
  for (Vertex v : OfType(g, EntityType::kPerson)) {
    if (g[v].label == "Nguyễn Văn An") {
      EXPECT_EQ(g[v].aliases, (std::vector<std::string>{"An", "Nguyễn"}));
      EXPECT_EQ(g[*boost::out_edges(v, g).first].weight, 2u);
    }
  }
}

TEST(ResolveGraph, NamesThatFoldToNothingJoinNothing) {
  // Punctuation as an alias must not become a key shared by every body
  // that has it, and a mention with no name gives no node.
  Graph g = BuildAll({
      Doc("a", "2021", {F(Relation::kAttends, Org("Bộ Ngoại giao", {"...", "\"\""}), kEventA)}),
      Doc("b", "2021",
          {F(Relation::kAttends, Org("Bộ Công an", {"..."}), kEventA),
           F(Relation::kAttends, Org(" . "), kEventA),
           F(Relation::kHoldsTitle, Per("Nguyễn Văn An"), Pos(":", "", ""))}),
  });
  EXPECT_EQ(OfType(g, EntityType::kOrganization).size(), 2u);
  EXPECT_EQ(OfType(g, EntityType::kPerson).size(), 0u);
  EXPECT_EQ(OfType(g, EntityType::kPosition).size(), 0u);
  EXPECT_EQ(boost::num_edges(g), 2u);
}

// ------------------------------------------------------------------ events

TEST(ResolveEvent, SameNameAndDateInTwoArticlesIsOneEvent) {
  // Seeds 000 and 001 tell one conference, with different capitalisation.
  Graph g = BuildAll({
      Doc("000", "2020-12-24",
          {F(Relation::kOrganizes, Org("Ban đối ngoại Trung ương Đảng"),
             Evt("Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020 và triển khai nhiệm vụ "
                 "năm 2021",
                 "2020-12-23"))}),
      Doc("001", "2020",
          {F(Relation::kHeldIn,
             Evt("Hội nghị tổng kết công tác Đối ngoại nhân dân năm 2020 và triển khai nhiệm vụ "
                 "năm 2021",
                 "2020-12-23"),
             Loc("Hà Nội"))}),
      // Same name, another day: another event.
      Doc("009", "2021",
          {F(Relation::kHeldIn,
             Evt("Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020 và triển khai nhiệm vụ "
                 "năm 2021",
                 "2021-01-05"),
             Loc("Hà Nội"))}),
  });
  EXPECT_EQ(OfType(g, EntityType::kEvent).size(), 2u);
  for (Vertex v : OfType(g, EntityType::kEvent)) {
    if (g[v].key.find("@2020-12-23") != std::string::npos) {
      EXPECT_EQ(boost::out_degree(v, g) + boost::in_degree(v, g), 2u);
    }
  }
}

TEST(ResolveEvent, UndatedSameNameStaysInsideItsDocument) {
  Graph g = BuildAll({
      Doc("a", "2021",
          {F(Relation::kAttends, Per("Nguyễn Văn An"), Evt("Hội nghị")),
           F(Relation::kHeldIn, Evt("Hội nghị"), Loc("Hà Nội"))}),
      Doc("b", "2021", {F(Relation::kAttends, Per("Nguyễn Văn An"), Evt("Hội nghị"))}),
  });
  // Within "a" the two mentions are one event; "b"'s is another.
  EXPECT_EQ(OfType(g, EntityType::kEvent).size(), 2u);
  for (Vertex v : OfType(g, EntityType::kEvent)) EXPECT_EQ(g[v].label, "Hội nghị");
}

TEST(ResolveEvent, HeadlineFormJoinsTheFullName) {
  const std::string full =
      "Hội nghị đối ngoại toàn quốc triển khai thực hiện Nghị quyết đại hội đại biểu toàn quốc lần "
      "thứ XIII của Đảng";
  const std::string headline =
      "Hội nghị đối ngoại toàn quốc triển khai Nghị quyết Đại hội XIII của Đảng";
  Graph g = BuildAll(
      {Doc("004", "2021-12-14",
           {F(Relation::kHeldOn, Evt(full, "2021-12-14", {headline}),
              M(EntityType::kDate, "2021-12-14")),
            F(Relation::kAttends, Per("Nguyễn Phú Trọng"), Evt(headline, "2021-12-14"))})});
  ASSERT_EQ(OfType(g, EntityType::kEvent).size(), 1u);
  const NodeProps& n = g[OfType(g, EntityType::kEvent)[0]];
  EXPECT_EQ(n.label, full);
  EXPECT_EQ(n.aliases, std::vector<std::string>{headline});
  EXPECT_EQ(n.key,
            "hội nghị đối ngoại toàn quốc triển khai thực hiện nghị quyết đại hội đại biểu toàn "
            "quốc lần thứ xiii của đảng@2021-12-14");
}

// ------------------------------------------------------------------ time

TEST(ResolveTime, HeadOfTheCommissionChangesHands) {
  Graph g = BuildAll({
      Doc("000", "2020-12-24",
          {F(Relation::kHoldsTitle, Per("Hoàng Bình Quân"),
             Pos("Trưởng ban đối ngoại Trung ương", "Trưởng ban", "ban đối ngoại Trung ương"),
             {10, 60}, false, "person-comma-title")}),
      Doc("002", "2020",
          {F(Relation::kHoldsTitle, Per("Hoàng Bình Quân"),
             Pos("Trưởng Ban Đối ngoại Trung ương", "Trưởng Ban", "Ban Đối ngoại Trung ương"),
             {0, 45}, false, "title-before-person")}),
      Doc("003", "2022",
          {F(Relation::kHoldsTitle, Per("Lê Hoài Trung"),
             Pos("Trưởng Ban Đối ngoại Trung ương Đảng", "Trưởng Ban",
                 "Ban Đối ngoại Trung ương Đảng"),
             {5, 70}, false, "title-before-person")}),
  });
  ASSERT_EQ(OfType(g, EntityType::kPosition).size(), 1u);
  Vertex pos = OfType(g, EntityType::kPosition)[0];
  const EdgeProps* quan =
      EdgeOf(g, Named(g, EntityType::kPerson, "Hoàng Bình Quân"), Relation::kHoldsTitle, pos);
  const EdgeProps* trung =
      EdgeOf(g, Named(g, EntityType::kPerson, "Lê Hoài Trung"), Relation::kHoldsTitle, pos);
  ASSERT_NE(quan, nullptr);
  ASSERT_NE(trung, nullptr);
  EXPECT_EQ(quan->first_seen, "2020");
  EXPECT_EQ(quan->last_seen, "2020-12-24");
  EXPECT_EQ(quan->weight, 2u);
  EXPECT_EQ(trung->first_seen, "2022");
  EXPECT_EQ(trung->last_seen, "2022");
  EXPECT_EQ(trung->weight, 1u);
  ASSERT_EQ(quan->evidence.size(), 2u);
  EXPECT_EQ(quan->evidence[0], (Evidence{"000", 10, 60, "person-comma-title", "2020-12-24"}));
  EXPECT_EQ(quan->evidence[1], (Evidence{"002", 0, 45, "title-before-person", "2020"}));
}

TEST(ResolveTime, FormerIsWhatTheLatestStatementsSay) {
  auto held = [](std::string doc, std::string date, bool former) {
    return Doc(std::move(doc), std::move(date),
               {F(Relation::kHoldsTitle, Per("Lê Văn Hân"),
                  Pos("Phó Chủ nhiệm Tổng cục Chính trị", "Phó Chủ nhiệm", "Tổng cục Chính trị"),
                  {0, 10}, former)});
  };
  auto former_of = [](const Graph& g) { return g[*boost::edges(g).first].former; };
  EXPECT_TRUE(former_of(BuildAll({held("000", "2020-12-24", true)})));
  EXPECT_FALSE(former_of(BuildAll({held("a", "2015", false)})));
  // Held in 2015, "nguyên" in 2020: former.
  EXPECT_TRUE(former_of(BuildAll({held("a", "2015", false), held("b", "2020", true)})));
  // "nguyên" in 2015 but holding it again in 2020: not former.
  EXPECT_FALSE(former_of(BuildAll({held("a", "2015", true), held("b", "2020", false)})));
  // Undated statements count only when none is dated.
  EXPECT_FALSE(former_of(BuildAll({held("a", "", true), held("b", "2020", false)})));
  EXPECT_TRUE(former_of(BuildAll({held("a", "", true), held("b", "", true)})));
}

// ------------------------------------------------------------ nodes and edges

TEST(ResolveGraph, EvidenceIsSortedUniqueAndWeightCountsDocuments) {
  Fact f = F(Relation::kAttends, Per("Nguyễn Văn An"), kEventA, {50, 90}, false, "attendees");
  Fact g1 = F(Relation::kAttends, Per("Nguyễn Văn An"), kEventA, {10, 30}, false, "attendees");
  Graph g = BuildAll({Doc("b", "2020-12-24", {f, g1, f}), Doc("a", "2020-12-23", {f})});
  ASSERT_EQ(boost::num_edges(g), 1u);
  const EdgeProps& e = g[*boost::edges(g).first];
  EXPECT_EQ(e.weight, 2u);
  ASSERT_EQ(e.evidence.size(), 3u);
  EXPECT_EQ(e.evidence[0].doc, "a");
  EXPECT_EQ(e.evidence[1].begin, 10u);
  EXPECT_EQ(e.evidence[2].begin, 50u);
  EXPECT_TRUE(std::is_sorted(e.evidence.begin(), e.evidence.end()));
  EXPECT_EQ(e.first_seen, "2020-12-23");
  EXPECT_EQ(e.last_seen, "2020-12-24");
  EXPECT_TRUE(std::regex_match(e.id, std::regex("e-[0-9a-f]{16}"))) << e.id;
}

TEST(ResolveGraph, IdsAreReadableAndStable) {
  Graph g = BuildAll({Doc("000", "2020-12-24",
                          {F(Relation::kHoldsTitle, Per("Trần Quốc Vượng"),
                             Pos("Thường trực Ban Bí thư", "Thường trực", "Ban Bí thư")),
                           F(Relation::kHeldIn, kEventA, Loc("Hà Nội")),
                           F(Relation::kHeldOn, kEventA, M(EntityType::kDate, "2020-12-23")),
                           F(Relation::kReceivedAward, Org("Đảng bộ xã Đông Hòa"),
                             M(EntityType::kAward, "Huân chương Lao động hạng Nhất"))})});
  std::vector<std::string> ids;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) ids.push_back(g[*v].id);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  auto has = [&](const std::string& pattern) {
    return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
      return std::regex_match(id, std::regex(pattern));
    });
  };
  EXPECT_TRUE(has("per-tran-quoc-vuong-[0-9a-f]{6}"));
  EXPECT_TRUE(has("pos-thuong-truc-ban-bi-thu-[0-9a-f]{6}"));
  EXPECT_TRUE(has("loc-ha-noi-[0-9a-f]{6}"));
  EXPECT_TRUE(has("date-2020-12-23-[0-9a-f]{6}"));
  EXPECT_TRUE(has("org-dang-bo-xa-dong-hoa-[0-9a-f]{6}"));
  EXPECT_TRUE(has("awd-huan-chuong-lao-dong-hang-nhat-[0-9a-f]{6}"));
  // Slugs are cut near 48 characters, at a word boundary.
  EXPECT_TRUE(has("evt-hoi-nghi-tong-ket-cong-tac-doi-ngoai-nhan-dan-[0-9a-f]{6}"));

  // The id of a node depends on the entity, not on what else was built.
  Graph other = BuildAll(
      {Doc("zzz", "2019",
           {F(Relation::kAttends, Per("Trần Quốc Vượng"), Evt("Lễ kỷ niệm", "2019-05-19"))})});
  EXPECT_EQ(other[Named(other, EntityType::kPerson, "Trần Quốc Vượng")].id,
            g[Named(g, EntityType::kPerson, "Trần Quốc Vượng")].id);
}

// Ids spell a letter with diacritics as its base letter without ICU's
// transliterator, which is costly to make (graph/naming.h): every letter of
// Latin-1, Latin Extended and Vietnamese (U+1E00-U+1EFF) must come out as
// the transliterator writes it, between letters of either case.
TEST(ResolveGraph, IdsSpellLatinLettersAsTheTransliteratorDoes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> ascii(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
  ASSERT_TRUE(U_SUCCESS(status));
  auto slug = [&](const std::string& label) {  // Slugger::Slug of a one-word label
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(label);
    ascii->transliterate(u);
    std::string raw, out;
    u.toUTF8String(raw);
    for (unsigned char c : raw) {
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (alnum || (!out.empty() && out.back() != '-')) out.push_back(alnum ? c : '-');
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? std::string("x") : out;
  };
  std::vector<Fact> facts;
  for (const auto& [first, last] : {std::pair{0xc0, 0x250}, std::pair{0x1e00, 0x1f00}}) {
    for (UChar32 c = first; c < last; ++c) {
      for (const char* around : {"Xy", "XY", "xy"}) {
        std::string text(1, around[0]);
        icu::UnicodeString(c).toUTF8String(text);
        text.push_back(around[1]);
        text += std::to_string(facts.size());  // one node each
        facts.push_back(F(Relation::kHoldsTitle, Per(text), Pos("Giám đốc", "Giám đốc")));
      }
    }
  }
  Graph g = BuildAll({Doc("1", "", std::move(facts))}, AliasTables{});
  size_t checked = 0;
  for (Vertex v : OfType(g, EntityType::kPerson)) {
    const NodeProps& n = g[v];
    EXPECT_EQ(n.id.substr(0, n.id.size() - 7), "per-" + slug(n.label)) << n.label;
    ++checked;
  }
  EXPECT_GT(checked, 1900u);
}

TEST(ResolveGraph, LabelPrefersWrittenOutThenLongerThenCommoner) {
  // Non-abbreviation beats an all-capitals form seen more often.
  Graph a =
      BuildAll({Doc("1", "", {F(Relation::kAttends, Org("VCCI", {"Phòng Thương mại"}), kEventA)}),
                Doc("2", "", {F(Relation::kAttends, Org("VCCI"), kEventA)})},
               AliasTables{});
  EXPECT_EQ(a[OfType(a, EntityType::kOrganization)[0]].label, "Phòng Thương mại");
  // Among equally long names, the one in more documents.
  Graph b = BuildAll({Doc("1", "", {F(Relation::kAttends, Org("Bộ ngoại giao"), kEventA)}),
                      Doc("2", "", {F(Relation::kAttends, Org("Bộ Ngoại giao"), kEventA)}),
                      Doc("3", "", {F(Relation::kAttends, Org("Bộ Ngoại giao"), kEventA)})},
                     AliasTables{});
  EXPECT_EQ(b[OfType(b, EntityType::kOrganization)[0]].label, "Bộ Ngoại giao");
  // Spellings of the label (same FoldKey) are not repeated as aliases.
  EXPECT_TRUE(b[OfType(b, EntityType::kOrganization)[0]].aliases.empty());
  // A tie is broken byte-wise.
  Graph c = BuildAll({Doc("1", "", {F(Relation::kAttends, Org("Bộ ngoại giao"), kEventA)}),
                      Doc("2", "", {F(Relation::kAttends, Org("Bộ Ngoại giao"), kEventA)})},
                     AliasTables{});
  EXPECT_EQ(c[OfType(c, EntityType::kOrganization)[0]].label, "Bộ Ngoại giao");
}

TEST(ResolveGraph, EdgesAreInSourceRelationTargetOrder) {
  Graph g = BuildAll({Doc("a", "2021",
                          {
                              F(Relation::kAttends, Per("Nguyễn Văn An"), kEventA),
                              F(Relation::kChairs, Per("Nguyễn Văn An"), kEventA),
                              F(Relation::kHoldsTitle, Per("Nguyễn Văn An"), Pos("Tổng Bí thư")),
                              F(Relation::kAttends, Per("Lê Văn Hân"), kEventA),
                              F(Relation::kHeldIn, kEventA, Loc("Hà Nội")),
                          })});
  std::vector<std::tuple<std::string, int, std::string>> order;
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    order.emplace_back(g[boost::source(*e, g)].id, static_cast<int>(g[*e].relation),
                       g[boost::target(*e, g)].id);
  EXPECT_EQ(order.size(), 5u);
  EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
}

}  // namespace
}  // namespace lienket
