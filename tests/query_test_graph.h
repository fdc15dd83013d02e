// A small graph of the people, positions and events of the seed articles,
// built directly with Boost (no extraction, no resolution), for the query
// tests. Facts as the articles state them; dates as their datelines.
#ifndef LIENKET_TESTS_QUERY_TEST_GRAPH_H_
#define LIENKET_TESTS_QUERY_TEST_GRAPH_H_

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>
#include <string>
#include <vector>

#include "lienket/graph.h"

namespace lienket::testing {

// Collects nodes and edges, then builds the graph in the canonical order
// the store keeps (vertices by id, edges by source, relation, target), so
// that SaveGraph / LoadGraph take it as it is.
class GraphMaker {
 public:
  void Node(const std::string& id, EntityType type, const std::string& label,
            std::vector<std::string> aliases = {}) {
    NodeProps p;
    p.id = id;
    p.type = type;
    p.label = label;
    p.key = label;
    p.aliases = std::move(aliases);
    nodes_[id] = std::move(p);
  }

  // An edge stated by `docs`, all of the same date `date` (or "" for none),
  // or first/last seen as given when `last` is set. The returned properties
  // may be changed until Build().
  EdgeProps& Edge(const std::string& s, Relation r, const std::string& o,
                  const std::vector<std::string>& docs, const std::string& date,
                  const std::string& last = "", bool former = false) {
    EdgeProps p;
    p.id = std::string(RelationName(r)) + ":" + s + ":" + o;
    p.relation = r;
    p.former = former;
    p.first_seen = date;
    p.last_seen = last.empty() ? date : last;
    uint32_t begin = 100;
    for (const std::string& d : docs) {
      p.evidence.push_back({d, begin, begin + 60, "rule-" + std::string(RelationName(r)), date});
      begin += 200;
    }
    p.weight = static_cast<uint32_t>(docs.size());
    edges_.push_back({s, o, std::move(p)});
    return edges_.back().props;
  }

  Graph Build() const {
    Graph g;
    std::map<std::string, Vertex> vertex;
    for (const auto& [id, props] : nodes_) vertex[id] = boost::add_vertex(props, g);
    std::vector<const PendingEdge*> order;
    for (const PendingEdge& e : edges_) order.push_back(&e);
    std::sort(order.begin(), order.end(), [&](const PendingEdge* a, const PendingEdge* b) {
      return std::tuple(vertex.at(a->source), a->props.relation, vertex.at(a->target)) <
             std::tuple(vertex.at(b->source), b->props.relation, vertex.at(b->target));
    });
    for (const PendingEdge* e : order)
      boost::add_edge(vertex.at(e->source), vertex.at(e->target), e->props, g);
    return g;
  }

 private:
  struct PendingEdge {
    std::string source, target;
    EdgeProps props;
  };
  std::map<std::string, NodeProps> nodes_;
  std::deque<PendingEdge> edges_;
};

inline Graph SeedGraph() {
  GraphMaker m;
  using T = EntityType;
  using R = Relation;
  // People. Hoàng Vân shares a surname with Hoàng Bình Quân and is another man.
  m.Node("per-hoang-binh-quan", T::kPerson, "Hoàng Bình Quân");
  m.Node("per-le-hoai-trung", T::kPerson, "Lê Hoài Trung");
  m.Node("per-tran-quoc-vuong", T::kPerson, "Trần Quốc Vượng", {"đồng chí Trần Quốc Vượng"});
  m.Node("per-le-van-han", T::kPerson, "Lê Văn Hân");
  m.Node("per-nguyen-phuong-nga", T::kPerson, "Nguyễn Phương Nga");
  m.Node("per-truong-quang-khanh", T::kPerson, "Trương Quang Khánh");
  m.Node("per-hoang-van", T::kPerson, "Hoàng Vân");
  m.Node("per-pham-minh-chinh", T::kPerson, "Phạm Minh Chính");
  m.Node("per-dang-thi-loan", T::kPerson, "Đặng Thị Loan");
  // Positions.
  m.Node("pos-truong-ban-doi-ngoai-tw", T::kPosition, "Trưởng Ban Đối ngoại Trung ương",
         {"Trưởng ban đối ngoại Trung ương"});
  m.Node("pos-uy-vien-bct", T::kPosition, "Ủy viên Bộ Chính trị");
  m.Node("pos-thuong-truc-bbt", T::kPosition, "Thường trực Ban Bí thư");
  m.Node("pos-uy-vien-tw", T::kPosition, "Ủy viên Trung ương Đảng",
         {"UVBCH TW", "Ủy viên Ban Chấp hành Trung ương Đảng"});
  m.Node("pos-chu-tich-hoi-ho-tro", T::kPosition, "Chủ tịch Hội Hỗ trợ gia đình liệt sĩ Việt Nam");
  m.Node("pos-chu-tich-vufo", T::kPosition, "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam");
  m.Node("pos-pho-chu-nhiem-tcct", T::kPosition, "Phó Chủ nhiệm Tổng cục Chính trị");
  // Organizations.
  m.Node("org-ban-doi-ngoai-tw", T::kOrganization, "Ban Đối ngoại Trung ương",
         {"Ban Đối ngoại Trung ương Đảng", "Ban đối ngoại Trung ương Đảng"});
  m.Node("org-vufo", T::kOrganization, "Liên hiệp các tổ chức hữu nghị Việt Nam",
         {"VUFO", "Liên hiệp các Tổ chức hữu nghị Việt Nam"});
  m.Node("org-hoi-ho-tro", T::kOrganization, "Hội Hỗ trợ gia đình liệt sĩ Việt Nam");
  m.Node("org-lien-bang-nga", T::kOrganization, "Liên bang Nga", {"LB Nga"});
  m.Node("org-tong-cuc-chinh-tri", T::kOrganization, "Tổng cục Chính trị");
  // Events, awards, places, dates.
  m.Node("evt-hoi-nghi-tong-ket-2020", T::kEvent,
         "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2020");
  m.Node("evt-le-don-nhan", T::kEvent, "Lễ đón nhận Cờ thi đua");
  m.Node("awd-co-thi-dua", T::kAward, "Cờ thi đua", {"Cờ Thi đua"});
  m.Node("awd-huan-chuong-huu-nghi", T::kAward, "Huân chương Hữu nghị");
  m.Node("awd-kniem-chuong", T::kAward, "Kỷ niệm chương \"Vì sự nghiệp Đối ngoại nhân dân\"");
  m.Node("loc-ha-noi", T::kLocation, "Hà Nội");
  m.Node("loc-binh-dinh", T::kLocation, "Bình Định");
  m.Node("date-2020-12-23", T::kDate, "2020-12-23");

  const std::string d000 = "000_caf8910c1fa3905f", d001 = "001_328ab6b4f8dbd291",
                    d002 = "002_a7365d6d7674c872", d003 = "003_05e19c51071f0b04",
                    d004 = "004_4c33edc76b0aa510";
  // Who held what, when.
  m.Edge("per-hoang-binh-quan", R::kHoldsTitle, "pos-truong-ban-doi-ngoai-tw", {d000, d001},
         "2020-12-24");
  m.Edge("per-le-hoai-trung", R::kHoldsTitle, "pos-truong-ban-doi-ngoai-tw", {d003}, "2022-04-12");
  m.Edge("per-hoang-binh-quan", R::kHoldsTitle, "pos-uy-vien-tw", {d000}, "2020-12-24");
  m.Edge("per-tran-quoc-vuong", R::kHoldsTitle, "pos-uy-vien-bct", {d000, d001}, "2020-12-24");
  m.Edge("per-pham-minh-chinh", R::kHoldsTitle, "pos-uy-vien-bct", {d003}, "2022-04-12");
  m.Edge("per-tran-quoc-vuong", R::kHoldsTitle, "pos-thuong-truc-bbt", {d000}, "2020-12-24");
  m.Edge("per-le-van-han", R::kHoldsTitle, "pos-chu-tich-hoi-ho-tro", {d000}, "2020-12-24");
  m.Edge("per-nguyen-phuong-nga", R::kHoldsTitle, "pos-chu-tich-vufo", {d002}, "2021-01-15",
         "2022-04-12");
  m.Edge("per-truong-quang-khanh", R::kHoldsTitle, "pos-pho-chu-nhiem-tcct", {d004}, "2019-11-05",
         "", /*former=*/true);
  m.Edge("pos-truong-ban-doi-ngoai-tw", R::kPositionOf, "org-ban-doi-ngoai-tw", {d000, d003},
         "2020-12-24", "2022-04-12");
  m.Edge("pos-chu-tich-hoi-ho-tro", R::kPositionOf, "org-hoi-ho-tro", {d000}, "2020-12-24");
  m.Edge("pos-chu-tich-vufo", R::kPositionOf, "org-vufo", {d002}, "2021-01-15");
  m.Edge("pos-pho-chu-nhiem-tcct", R::kPositionOf, "org-tong-cuc-chinh-tri", {d004}, "2019-11-05");
  // The conference of 23 December 2020.
  m.Edge("org-ban-doi-ngoai-tw", R::kOrganizes, "evt-hoi-nghi-tong-ket-2020", {d000, d001},
         "2020-12-24");
  m.Edge("per-hoang-binh-quan", R::kChairs, "evt-hoi-nghi-tong-ket-2020", {d000}, "2020-12-24");
  m.Edge("per-tran-quoc-vuong", R::kAttends, "evt-hoi-nghi-tong-ket-2020", {d000, d001},
         "2020-12-24");
  m.Edge("per-le-van-han", R::kAttends, "evt-hoi-nghi-tong-ket-2020", {d000}, "2020-12-24");
  m.Edge("per-hoang-van", R::kAttends, "evt-hoi-nghi-tong-ket-2020", {d001}, "2020-12-24");
  m.Edge("evt-hoi-nghi-tong-ket-2020", R::kHeldIn, "loc-ha-noi", {d000}, "2020-12-24");
  m.Edge("evt-hoi-nghi-tong-ket-2020", R::kHeldOn, "date-2020-12-23", {d000, d001}, "2020-12-24");
  // A ceremony in Bình Định on the same day: joined to the conference only by the date.
  m.Edge("evt-le-don-nhan", R::kHeldOn, "date-2020-12-23", {d002}, "2020-12-24");
  m.Edge("evt-le-don-nhan", R::kHeldIn, "loc-binh-dinh", {d002}, "2020-12-24");
  m.Edge("per-dang-thi-loan", R::kAttends, "evt-le-don-nhan", {d002}, "");
  // Awards.
  m.Edge("org-ban-doi-ngoai-tw", R::kAwards, "org-vufo", {d002}, "2021-01-15");
  m.Edge("org-vufo", R::kReceivedAward, "awd-co-thi-dua", {d002}, "2021-01-15");
  m.Edge("org-lien-bang-nga", R::kAwards, "per-truong-quang-khanh", {d004}, "2019-11-05");
  m.Edge("per-truong-quang-khanh", R::kReceivedAward, "awd-huan-chuong-huu-nghi", {d004},
         "2019-11-05");
  m.Edge("per-le-van-han", R::kReceivedAward, "awd-kniem-chuong", {d000}, "2020-12-24");
  return m.Build();
}

}  // namespace lienket::testing

#endif  // LIENKET_TESTS_QUERY_TEST_GRAPH_H_
