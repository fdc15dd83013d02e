// Hand-built graphs for the export tests (tests/export_*_test.cc), made
// directly with Boost so that they do not depend on graph/.
//
// SeedGraph() is a small Vietnamese graph in the shape the seeds give:
// positions and who holds them (one "nguyên", former), the body that
// organized a conference, who chaired and attended it, where and when, an
// award. HostileGraph() has names built to break careless writers: markup,
// quotes, backslashes, control characters, ill-formed UTF-8, emoji, a line
// break, a 10,000-letter name, and ids that are not slugs.
#ifndef LIENKET_TESTS_DATA_EXPORT_FIXTURE_GRAPHS_H_
#define LIENKET_TESTS_DATA_EXPORT_FIXTURE_GRAPHS_H_

#include <string>
#include <vector>

#include "lienket/graph.h"

namespace lienket::testing {

inline Vertex AddNode(Graph& g, std::string id, EntityType type, std::string label,
                      std::vector<std::string> aliases = {}) {
  NodeProps n;
  n.id = std::move(id);
  n.type = type;
  n.label = std::move(label);
  n.aliases = std::move(aliases);
  return boost::add_vertex(n, g);
}

struct Ev {
  std::string doc;
  std::string date;
};

inline void AddEdge(Graph& g, Vertex s, Relation r, Vertex o, std::vector<Ev> docs, bool former = false,
                    std::string id = "auto") {
  EdgeProps e;
  e.relation = r;
  e.former = former;
  e.id = id == "auto" ? g[s].id + "--" + std::string(RelationName(r)) + "--" + g[o].id : id;
  uint32_t begin = 100;
  for (const Ev& d : docs) {
    e.evidence.push_back({d.doc, begin, begin + 40, "title-before-person", d.date});
    begin += 50;
    if (!d.date.empty() && (e.first_seen.empty() || d.date < e.first_seen)) e.first_seen = d.date;
    if (!d.date.empty() && d.date > e.last_seen) e.last_seen = d.date;
  }
  e.weight = static_cast<uint32_t>(docs.size());
  boost::add_edge(s, o, e, g);
}

inline const Ev kDocA{"000_hoi-nghi-tong-ket", "2020-12-24"};
inline const Ev kDocB{"001_bieu-duong", "2021-12-14"};
inline const Ev kDocC{"002_vufo", "2022"};

inline Graph SeedGraph() {
  Graph g;
  Vertex date = AddNode(g, "dat-2020-12-23", EntityType::kDate, "2020-12-23");
  Vertex conf = AddNode(g, "evt-hoi-nghi-tong-ket-cong-tac-doi-ngoai-nhan-dan-nam-2020-7b1e", EntityType::kEvent,
                        "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020",
                        {"Hội nghị tổng kết Công tác Đối ngoại nhân dân năm 2020"});
  Vertex hanoi = AddNode(g, "loc-ha-noi-0c1d", EntityType::kLocation, "Hà Nội");
  Vertex co = AddNode(g, "awd-co-thi-dua-5e2f", EntityType::kAward, "Cờ thi đua", {"Cờ Thi đua"});
  Vertex bdn = AddNode(g, "org-ban-doi-ngoai-trung-uong-dang-3f2a", EntityType::kOrganization,
                       "Ban Đối ngoại Trung ương Đảng", {"Ban Đối ngoại Trung ương", "Ban đối ngoại Trung ương Đảng"});
  Vertex vufo = AddNode(g, "org-lien-hiep-cac-to-chuc-huu-nghi-viet-nam-9a0b", EntityType::kOrganization,
                        "Liên hiệp các tổ chức hữu nghị Việt Nam", {"VUFO"});
  Vertex han = AddNode(g, "per-le-van-han-4c5d", EntityType::kPerson, "Lê Văn Hân");
  Vertex quan = AddNode(g, "per-hoang-binh-quan-1a2b", EntityType::kPerson, "Hoàng Bình Quân");
  Vertex pcn = AddNode(g, "pos-pho-chu-nhiem-tong-cuc-chinh-tri-6e7f", EntityType::kPosition,
                       "Phó Chủ nhiệm Tổng cục Chính trị");
  Vertex tb = AddNode(g, "pos-truong-ban-doi-ngoai-trung-uong-8c9d", EntityType::kPosition,
                      "Trưởng Ban Đối ngoại Trung ương",
                      {"Trưởng Ban Đối ngoại Trung ương Đảng", "Trưởng ban Đối ngoại Trung ương"});

  AddEdge(g, conf, Relation::kHeldIn, hanoi, {kDocA});
  AddEdge(g, conf, Relation::kHeldOn, date, {kDocA});
  AddEdge(g, bdn, Relation::kAwards, vufo, {kDocC});
  AddEdge(g, bdn, Relation::kOrganizes, conf, {kDocA});
  AddEdge(g, vufo, Relation::kReceivedAward, co, {kDocC});
  AddEdge(g, han, Relation::kHoldsTitle, pcn, {kDocA}, /*former=*/true);
  AddEdge(g, han, Relation::kAttends, conf, {kDocA});
  AddEdge(g, quan, Relation::kHoldsTitle, tb, {kDocA, kDocB});
  // Two relations between the same two nodes: both edges must survive.
  AddEdge(g, quan, Relation::kChairs, conf, {kDocA});
  AddEdge(g, quan, Relation::kAttends, conf, {kDocA});
  AddEdge(g, tb, Relation::kPositionOf, bdn, {kDocA, kDocB});
  return g;
}

// A name of exactly 10,000 letters (Vietnamese ones, 2 or 3 bytes each).
inline std::string TenThousandLetters() {
  std::string s;
  const char* letters[] = {"ư", "ệ", "ơ", "đ"};
  for (int i = 0; i < 10000; ++i) s += letters[i % 4];
  return s;
}

inline Graph HostileGraph() {
  using namespace std::string_literals;
  Graph g;
  Vertex markup = AddNode(g, "per-markup", EntityType::kPerson,
                          "<b>Nguyễn</b> \"Văn\" & 'Tèo' <![CDATA[x]]> --> ]]>",
                          {"</graphml>", "&amp; already escaped", "a;b,c"});
  Vertex ctl = AddNode(g, "org-controls", EntityType::kOrganization,
                       "Bộ\x01Ngoại\x1bgiao\x7f\ttab\r\nline \\ backslash \\\" \\u0041"s,
                       {"nul\0inside"s, "bad utf8 \xff\xfe\xc3( end", "noncharacter \xEF\xBF\xBE\xEF\xBF\xBF"});
  Vertex emoji = AddNode(g, "pos-emoji", EntityType::kPosition, "Trưởng Ban 🇻🇳 Đối ngoại 🎉👍🏽 Trung ương",
                         {"𝕋𝕣ưở𝕟𝕘"});
  Vertex longname = AddNode(g, "per-long", EntityType::kPerson, TenThousandLetters());
  Vertex newline = AddNode(g, "evt-newline", EntityType::kEvent, "Hội nghị\nngày 23/12\n");
  // Ids that graph/ never makes: spaces, markup, quotes, non-ASCII; and an
  // empty one and a repeated one, which writers must still keep distinct.
  Vertex badid = AddNode(g, "org-x y<z>\"&'%/ă#?", EntityType::kOrganization, "Tổ chức");
  Vertex noid = AddNode(g, "", EntityType::kLocation, "Nơi không có id");
  Vertex dupid = AddNode(g, "per-markup", EntityType::kAward, "Giải trùng id");
  Vertex date = AddNode(g, "dat-2020", EntityType::kDate, "2020");

  const Ev odd_doc{"doc with space/<and>#hash\"", "2019"};
  const Ev plain{"003_plain", "2020-02"};
  AddEdge(g, markup, Relation::kHoldsTitle, emoji, {odd_doc, plain}, true);
  AddEdge(g, markup, Relation::kAttends, newline, {plain});
  AddEdge(g, ctl, Relation::kOrganizes, newline, {odd_doc}, false, "");
  AddEdge(g, longname, Relation::kHoldsTitle, emoji, {plain}, false, "");
  AddEdge(g, emoji, Relation::kPositionOf, ctl, {});
  AddEdge(g, newline, Relation::kHeldIn, noid, {plain}, false, "edge <with> \"quotes\"");
  AddEdge(g, newline, Relation::kHeldOn, date, {plain});
  AddEdge(g, badid, Relation::kAwards, markup, {odd_doc});
  AddEdge(g, markup, Relation::kReceivedAward, dupid, {odd_doc});
  return g;
}

}  // namespace lienket::testing

#endif  // LIENKET_TESTS_DATA_EXPORT_FIXTURE_GRAPHS_H_
