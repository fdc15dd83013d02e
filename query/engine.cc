// Answers queries over an indexed graph.
//
// Indexes (built once per engine): every edge in a flat table with its
// relation, dates and qualifiers; adjacency as compressed rows per
// (vertex, relation) in both directions; vertices per type. Built lazily on
// first need: FoldKey -> vertices for names, a diacritic-free fallback of
// it, ids, ranks in Vietnamese collation order, the undirected view for
// `path`.
//
// Patterns are joined one at a time over a table of partial bindings. At
// each step the pattern that costs least given what is already bound goes
// next; costs are exact where cheap (the number of edges the step would
// visit), so constants and already-bound variables are taken first and
// unrelated patterns (cross products) last.
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/two_bit_color_map.hpp>
#include <boost/pending/queue.hpp>
#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <climits>
#include <mutex>
#include <numeric>
#include <unordered_map>

#include "lienket/query.h"
#include "lienket/text.h"
#include "parse.h"

namespace lienket {
namespace {

using query_internal::Filter;
using query_internal::ParsedQuery;
using query_internal::Period;
using query_internal::Term;

constexpr uint32_t kUnbound = UINT32_MAX;
constexpr int kNever = INT_MAX;
constexpr int kRelations = kRelationCount;

struct EdgeInfo {
  uint32_t source = 0;
  uint32_t target = 0;
  Relation relation = Relation::kHoldsTitle;
  bool former = false;
  int lo = 0;  // yyyymmdd of first_seen's start, last_seen's end; 0 = undated
  int hi = 0;
  // For holds_title of a position one person holds at a time: the first day
  // someone else was seen holding it after this edge's last sighting.
  int superseded_from = kNever;
};

bool EdgePasses(const EdgeInfo& x, const std::vector<Filter>& filters) {
  for (const Filter& f : filters) {
    switch (f.kind) {
      case Filter::Kind::kDuring:
        if (x.lo == 0 || x.lo > f.period.hi || x.hi < f.period.lo) return false;
        break;
      case Filter::Kind::kAsOf:
        if (x.former || x.lo == 0 || x.lo > f.period.hi || x.superseded_from <= f.period.hi)
          return false;
        break;
      case Filter::Kind::kFormer:
        if (!x.former && x.superseded_from == kNever) return false;
        break;
      case Filter::Kind::kCurrent:
        if (x.former || x.superseded_from != kNever) return false;
        break;
    }
  }
  return true;
}

// first_seen / last_seen as a period; tolerates a time after the date.
bool EdgeDate(const std::string& text, Period* p) {
  if (text.empty()) return false;
  std::string_view s = text;
  if (s.size() > 10) s = s.substr(0, 10);
  return query_internal::ParsePeriod(s, p);
}

// The key of a name with every diacritic gone and đ as d, for users
// typing without a Vietnamese keyboard ("Hoang Binh Quan").
std::string Skeleton(std::string_view folded) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(folded.data(), static_cast<int32_t>(folded.size())));
  if (U_SUCCESS(status)) s = nfd->normalize(s, status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0111 || c == 0x0110) c = 'd';
    out.append(c);
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

// Roles several people hold at once, whatever the dates say: a later holder
// of one of these never makes an earlier one former.
bool SharedRole(const std::string& folded_label) {
  static constexpr std::string_view kShared[] = {"ủy viên", "phó", "thành viên", "đại biểu",
                                                  "hội viên", "thứ trưởng"};
  for (std::string_view role : kShared)
    if (folded_label.size() > role.size() && folded_label.starts_with(role) &&
        folded_label[role.size()] == ' ')
      return true;
  return false;
}

using PathGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property,
                                                     uint32_t, boost::no_property, uint32_t>;

// Thrown by the BFS visitor to stop at the first endpoint reached: Boost's
// documented way of ending a search early.
struct Reached {
  uint32_t vertex;
};

}  // namespace

struct QueryEngine::Impl {
  Impl(const Graph& graph, QueryOptions opt) : g(graph), options(opt) { Index(); }

  const Graph& g;
  QueryOptions options;
  uint32_t vertex_count = 0;
  std::vector<EdgeDesc> edges;
  std::vector<EdgeInfo> info;
  // Edges of vertex v with relation r: out_list[out_start[v*R+r] .. out_start[v*R+r+1]).
  std::vector<uint32_t> out_start, out_list, in_start, in_list;
  std::array<std::vector<uint32_t>, kRelations> by_relation;
  std::array<std::vector<uint32_t>, kEntityTypeCount> by_type;

  mutable std::once_flag names_once, skeletons_once, ids_once, ranks_once, path_once;
  mutable std::unordered_map<std::string, std::vector<uint32_t>> names, skeletons;
  mutable std::unordered_map<std::string_view, uint32_t> ids;
  mutable std::vector<uint32_t> ranks;  // of every vertex, once needed
  mutable PathGraph path_graph;

  // ------------------------------------------------------------ indexes

  void Index() {
    vertex_count = static_cast<uint32_t>(boost::num_vertices(g));
    edges.reserve(boost::num_edges(g));
    for (auto [it, end] = boost::edges(g); it != end; ++it) edges.push_back(*it);
    info.resize(edges.size());
    std::vector<uint32_t> out_count(size_t{vertex_count} * kRelations + 1, 0);
    std::vector<uint32_t> in_count(out_count.size(), 0);
    for (uint32_t e = 0; e < edges.size(); ++e) {
      const EdgeProps& p = g[edges[e]];
      EdgeInfo& x = info[e];
      x.source = static_cast<uint32_t>(boost::source(edges[e], g));
      x.target = static_cast<uint32_t>(boost::target(edges[e], g));
      x.relation = p.relation;
      x.former = p.former;
      Period first, last;
      const bool has_first = EdgeDate(p.first_seen, &first);
      const bool has_last = EdgeDate(p.last_seen, &last);
      if (has_first || has_last) {
        x.lo = has_first ? first.lo : last.lo;
        x.hi = has_last ? last.hi : first.hi;
      }
      const int r = static_cast<int>(p.relation);
      ++out_count[size_t{x.source} * kRelations + r];
      ++in_count[size_t{x.target} * kRelations + r];
      by_relation[r].push_back(e);
    }
    auto fill = [&](std::vector<uint32_t>& count, std::vector<uint32_t>* start,
                    std::vector<uint32_t>* list, bool out) {
      start->assign(count.size(), 0);
      uint32_t sum = 0;
      for (size_t i = 0; i < count.size(); ++i) {
        (*start)[i] = sum;
        sum += count[i];
      }
      list->assign(edges.size(), 0);
      std::vector<uint32_t> next(start->begin(), start->end());
      for (uint32_t e = 0; e < edges.size(); ++e) {
        const uint32_t v = out ? info[e].source : info[e].target;
        (*list)[next[size_t{v} * kRelations + static_cast<int>(info[e].relation)]++] = e;
      }
    };
    fill(out_count, &out_start, &out_list, true);
    fill(in_count, &in_start, &in_list, false);
    for (uint32_t v = 0; v < vertex_count; ++v)
      by_type[static_cast<int>(g[v].type)].push_back(v);
    Successions();
  }

  // A position nobody was seen holding together with someone else passes
  // from one holder to the next: each holder but the last is superseded
  // from the day the next one was first seen.
  void Successions() {
    const int r = static_cast<int>(Relation::kHoldsTitle);
    std::vector<uint32_t> holders;
    for (uint32_t position : by_type[static_cast<int>(EntityType::kPosition)]) {
      holders.clear();
      for (uint32_t i = in_start[size_t{position} * kRelations + r],
                    n = in_start[size_t{position} * kRelations + r + 1];
           i < n; ++i) {
        const EdgeInfo& x = info[in_list[i]];
        if (!x.former && x.lo != 0) holders.push_back(in_list[i]);
      }
      if (holders.size() < 2 || SharedRole(FoldKey(g[position].label))) continue;
      std::sort(holders.begin(), holders.end(), [&](uint32_t a, uint32_t b) {
        return std::tie(info[a].lo, info[a].hi, a) < std::tie(info[b].lo, info[b].hi, b);
      });
      bool apart = true;
      for (size_t i = 1; i < holders.size() && apart; ++i)
        apart = info[holders[i - 1]].hi < info[holders[i]].lo;
      if (!apart) continue;
      for (size_t i = 0; i + 1 < holders.size(); ++i)
        info[holders[i]].superseded_from = info[holders[i + 1]].lo;
    }
  }

  const std::unordered_map<std::string, std::vector<uint32_t>>& Names() const {
    std::call_once(names_once, [&] {
      names.reserve(vertex_count * 2);
      for (uint32_t v = 0; v < vertex_count; ++v) {
        names[FoldKey(g[v].label)].push_back(v);
        for (const std::string& alias : g[v].aliases) names[FoldKey(alias)].push_back(v);
      }
      for (auto& [key, list] : names) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
      }
    });
    return names;
  }

  const std::unordered_map<std::string, std::vector<uint32_t>>& Skeletons() const {
    std::call_once(skeletons_once, [&] {
      for (const auto& [key, list] : Names()) {
        auto& into = skeletons[Skeleton(key)];
        into.insert(into.end(), list.begin(), list.end());
      }
      for (auto& [key, list] : skeletons) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
      }
    });
    return skeletons;
  }

  const std::unordered_map<std::string_view, uint32_t>& Ids() const {
    std::call_once(ids_once, [&] {
      ids.reserve(vertex_count);
      for (uint32_t v = 0; v < vertex_count; ++v) ids.emplace(g[v].id, v);
    });
    return ids;
  }

  // Ranks of `vertices` (indexable by vertex) when sorted by label in
  // Vietnamese collation ("Đ" after "D", tones after the bare letter), then
  // by id. Collation keys cost a few microseconds each, so a small answer
  // ranks only its own vertices; a large one ranks the whole graph once.
  struct Ranking {
    const std::vector<uint32_t>* ranks = nullptr;
    std::vector<uint32_t> local;
    uint32_t operator[](uint32_t v) const { return (*ranks)[v]; }
  };
  Ranking Rank(std::vector<uint32_t> vertices) const {
    Ranking out;
    std::sort(vertices.begin(), vertices.end());
    vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
    if (vertices.size() > vertex_count / 8) {
      std::call_once(ranks_once, [&] {
        std::vector<uint32_t> all(vertex_count);
        std::iota(all.begin(), all.end(), 0);
        ranks = RankAll(all);
      });
      out.ranks = &ranks;
    } else {
      out.local = RankAll(vertices);
      out.ranks = &out.local;
    }
    return out;
  }
  std::vector<uint32_t> RankAll(const std::vector<uint32_t>& vertices) const {
    std::vector<std::string> keys(vertices.size());
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(
        icu::Collator::createInstance(icu::Locale("vi"), status));
    for (size_t i = 0; i < vertices.size(); ++i) {
      const std::string& label = g[vertices[i]].label;
      if (U_FAILURE(status)) {  // no collation data: byte order is still an order
        keys[i] = label;
        continue;
      }
      const icu::UnicodeString s = icu::UnicodeString::fromUTF8(
          icu::StringPiece(label.data(), static_cast<int32_t>(label.size())));
      int32_t n = collator->getSortKey(s, nullptr, 0);
      keys[i].resize(n);
      n = collator->getSortKey(s, reinterpret_cast<uint8_t*>(keys[i].data()), n);
      keys[i].resize(n);
    }
    std::vector<uint32_t> order(vertices.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      if (keys[a] != keys[b]) return keys[a] < keys[b];
      return g[vertices[a]].id < g[vertices[b]].id;
    });
    std::vector<uint32_t> rank(vertex_count, 0);
    for (uint32_t i = 0; i < order.size(); ++i) rank[vertices[order[i]]] = i;
    return rank;
  }

  // Both directions of every edge: BFS over it walks the graph undirected.
  const PathGraph& Undirected() const {
    std::call_once(path_once, [&] {
      std::vector<std::pair<uint32_t, uint32_t>> arcs;
      std::vector<uint32_t> props;
      arcs.reserve(edges.size() * 2);
      props.reserve(edges.size() * 2);
      for (uint32_t e = 0; e < edges.size(); ++e) {
        arcs.emplace_back(info[e].source, info[e].target);
        props.push_back(e);
        arcs.emplace_back(info[e].target, info[e].source);
        props.push_back(e);
      }
      path_graph = PathGraph(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(),
                             props.begin(), vertex_count);
    });
    return path_graph;
  }

  // Edges of v with relation r (or any relation when r < 0), one direction.
  std::pair<const uint32_t*, const uint32_t*> Adjacent(uint32_t v, int r, bool out) const {
    const auto& start = out ? out_start : in_start;
    const auto& list = out ? out_list : in_list;
    const size_t base = size_t{v} * kRelations;
    const uint32_t b = r < 0 ? start[base] : start[base + r];
    const uint32_t e = r < 0 ? start[base + kRelations] : start[base + r + 1];
    return {list.data() + b, list.data() + e};
  }
  size_t Degree(uint32_t v, int r, bool out) const {
    auto [b, e] = Adjacent(v, r, out);
    return static_cast<size_t>(e - b);
  }

  bool Passes(uint32_t e, const std::vector<Filter>& filters) const {
    return EdgePasses(info[e], filters);
  }

  // The vertices a constant term stands for; notes what a user should know.
  std::vector<uint32_t> Resolve(const Term& term, std::vector<std::string>* notes) const {
    std::vector<uint32_t> out;
    switch (term.kind) {
      case Term::Kind::kName: {
        const std::string key = FoldKey(term.text);
        if (auto it = Names().find(key); it != Names().end()) return it->second;
        if (auto it = Skeletons().find(Skeleton(key)); it != Skeletons().end()) {
          out = it->second;
          std::string labels;
          for (size_t i = 0; i < out.size() && i < 3; ++i)
            labels += (i ? ", \"" : "\"") + g[out[i]].label + "\"";
          if (out.size() > 3) labels += ", ...";
          notes->push_back("\"" + term.text + "\" matched without diacritics: " + labels);
          return out;
        }
        notes->push_back("no node is named \"" + term.text + "\"");
        return out;
      }
      case Term::Kind::kId:
        if (auto it = Ids().find(term.text); it != Ids().end()) return {it->second};
        notes->push_back("no node has the id <" + term.text + ">");
        return out;
      case Term::Kind::kDate:
        for (uint32_t v : by_type[static_cast<int>(EntityType::kDate)]) {
          Period p;
          if (query_internal::ParsePeriod(g[v].label, &p) && p.lo >= term.date.lo &&
              p.hi <= term.date.hi)
            out.push_back(v);
        }
        if (out.empty()) notes->push_back("no date node falls in " + term.text);
        return out;
      case Term::Kind::kVariable:
        break;
    }
    return out;
  }

  bool RunPatterns(const ParsedQuery& q, QueryAnswer* answer, QueryError* error) const;
  bool RunAbout(const ParsedQuery& q, QueryAnswer* answer) const;
  bool RunPath(const ParsedQuery& q, QueryAnswer* answer) const;
  void SortEdgeRows(std::vector<uint32_t>* edge_rows) const;
  void FinishEdges(const ParsedQuery& q, std::vector<uint32_t> edge_rows, bool sort,
                   QueryAnswer* answer) const;
};

namespace {

// A variable or a constant of a pattern query; constants are hidden
// variables whose values are limited to the nodes they name.
struct Slot {
  std::string name;
  Term::Kind kind = Term::Kind::kVariable;
  bool relation = false;
  bool hidden = false;
  bool constant = false;
  std::vector<uint32_t> domain;  // constant: sorted candidate vertices
  uint8_t types = 0x7F;          // allowed EntityTypes, one bit each
  bool in_triple = false;
};

struct Step {
  int subject = 0;
  int object = 0;
  int relation_slot = -1;  // a relation variable
  int relation = -1;       // a fixed relation
  const std::vector<Filter>* filters = nullptr;
};

}  // namespace

bool QueryEngine::Impl::RunPatterns(const ParsedQuery& q, QueryAnswer* answer,
                                    QueryError* error) const {
  // ---- slots: one per variable, one per distinct constant
  std::vector<Slot> slots;
  auto slot_of = [&](const Term& t) -> int {
    for (size_t i = 0; i < slots.size(); ++i)
      if (!slots[i].relation && slots[i].kind == t.kind && slots[i].name == t.text)
        return static_cast<int>(i);
    Slot s;
    s.name = t.text;
    s.kind = t.kind;
    s.constant = t.kind != Term::Kind::kVariable;
    s.hidden = s.constant;
    if (s.constant) {
      s.domain = Resolve(t, &answer->notes);
      std::sort(s.domain.begin(), s.domain.end());
    }
    slots.push_back(std::move(s));
    return static_cast<int>(slots.size() - 1);
  };
  std::vector<Step> steps;
  for (const auto& t : q.triples) {
    Step step;
    step.subject = slot_of(t.subject);
    step.object = slot_of(t.object);
    slots[step.subject].in_triple = slots[step.object].in_triple = true;
    if (t.relation_is_variable) {
      int found = -1;
      for (size_t i = 0; i < slots.size(); ++i)
        if (slots[i].relation && slots[i].name == t.relation_variable) found = static_cast<int>(i);
      if (found < 0) {
        Slot s;
        s.name = t.relation_variable;
        s.relation = true;
        s.in_triple = true;
        slots.push_back(std::move(s));
        found = static_cast<int>(slots.size() - 1);
      }
      step.relation_slot = found;
    } else {
      step.relation = static_cast<int>(t.relation);
    }
    step.filters = &t.filters;
    steps.push_back(step);
  }
  std::vector<int> lonely;  // slots only in type constraints: enumerated last
  for (const auto& c : q.types) {
    const int i = slot_of(c.term);
    slots[i].types &= static_cast<uint8_t>(1u << static_cast<int>(c.type));
    if (!slots[i].in_triple && std::find(lonely.begin(), lonely.end(), i) == lonely.end())
      lonely.push_back(i);
  }
  for (Slot& s : slots) {
    if (!s.constant) continue;
    std::erase_if(s.domain, [&](uint32_t v) { return !(s.types >> static_cast<int>(g[v].type) & 1); });
  }

  // Output columns: the variables, in order of first appearance.
  std::vector<int> columns;
  for (const std::string& name : q.variables)
    for (size_t i = 0; i < slots.size(); ++i)
      if (!slots[i].constant && slots[i].name == name) columns.push_back(static_cast<int>(i));
  const bool edges_only = columns.empty();
  answer->kind = edges_only ? QueryAnswer::Kind::kEdges : QueryAnswer::Kind::kBindings;
  for (int c : columns) {
    answer->variables.push_back(slots[c].name);
    answer->is_relation.push_back(slots[c].relation);
  }
  answer->pattern_count = steps.size();
  if (q.count) answer->kind = QueryAnswer::Kind::kCount;

  // ---- join
  const size_t nslots = slots.size();
  const size_t width = nslots + steps.size();
  std::vector<uint32_t> rows(width, kUnbound);  // one empty binding
  std::vector<bool> bound(nslots, false);
  std::vector<bool> done(steps.size(), false);
  bool empty = std::any_of(slots.begin(), slots.end(),
                           [](const Slot& s) { return s.constant && s.domain.empty(); });

  auto admits = [&](int slot, uint32_t v) {
    const Slot& s = slots[slot];
    if (!(s.types >> static_cast<int>(g[v].type) & 1)) return false;
    return !s.constant || std::binary_search(s.domain.begin(), s.domain.end(), v);
  };
  auto domain_degree = [&](int slot, int r, bool out) {
    size_t sum = 0;
    for (uint32_t v : slots[slot].domain) sum += Degree(v, r, out);
    return sum;
  };

  for (size_t round = 0; round < steps.size() && !empty; ++round) {
    const size_t nrows = rows.size() / width;
    // Pick the cheapest step given what is bound.
    size_t best = steps.size();
    double best_cost = 0;
    for (size_t i = 0; i < steps.size(); ++i) {
      if (done[i]) continue;
      const Step& st = steps[i];
      const int r = st.relation_slot >= 0 && bound[st.relation_slot] ? -2 : st.relation;
      double cost;
      auto row_degree = [&](int slot, bool out) {
        double sum = 0;
        for (size_t k = 0; k < nrows; ++k) {
          const uint32_t* row = &rows[k * width];
          const int rel = r == -2 ? static_cast<int>(row[st.relation_slot]) : r;
          sum += static_cast<double>(Degree(row[slot], rel, out));
        }
        return sum;
      };
      const int rel_any = r == -2 ? -1 : r;
      if (bound[st.subject] && bound[st.object]) {
        cost = static_cast<double>(nrows);
      } else if (bound[st.subject]) {
        cost = row_degree(st.subject, true);
      } else if (bound[st.object]) {
        cost = row_degree(st.object, false);
      } else if (slots[st.subject].constant || slots[st.object].constant) {
        double c = 1e300;
        if (slots[st.subject].constant)
          c = std::min(c, static_cast<double>(domain_degree(st.subject, rel_any, true)));
        if (slots[st.object].constant)
          c = std::min(c, static_cast<double>(domain_degree(st.object, rel_any, false)));
        cost = static_cast<double>(nrows) * c;
      } else {
        const double all = rel_any < 0 ? static_cast<double>(edges.size())
                                       : static_cast<double>(by_relation[rel_any].size());
        cost = static_cast<double>(nrows) * all + 1;  // after any equal-cost anchored step
      }
      if (best == steps.size() || cost < best_cost) {
        best = i;
        best_cost = cost;
      }
    }
    const Step& st = steps[best];
    done[best] = true;
    const size_t edge_column = nslots + best;
    std::vector<uint32_t> next;
    bool overflow = false;

    // Extends `row` by edge e, whose ends are already checked against the slots.
    auto emit = [&](const uint32_t* row, uint32_t e) {
      const EdgeInfo& x = info[e];
      if (st.relation_slot >= 0 && bound[st.relation_slot] &&
          row[st.relation_slot] != static_cast<uint32_t>(x.relation))
        return;
      if (!Passes(e, *st.filters)) return;
      if ((next.size() / width) >= options.max_bindings) {
        overflow = true;
        return;
      }
      const size_t at = next.size();
      next.insert(next.end(), row, row + width);
      next[at + st.subject] = x.source;
      next[at + st.object] = x.target;
      if (st.relation_slot >= 0) next[at + st.relation_slot] = static_cast<uint32_t>(x.relation);
      next[at + edge_column] = e;
    };
    // All edges from a bound subject (out) or to a bound object (in).
    auto expand = [&](const uint32_t* row, uint32_t v, bool out) {
      const int rel = st.relation_slot >= 0 && bound[st.relation_slot]
                          ? static_cast<int>(row[st.relation_slot])
                          : st.relation;
      const int other = out ? st.object : st.subject;
      const bool other_bound = bound[other] || st.subject == st.object;
      const uint32_t other_value = st.subject == st.object ? v : row[other];
      auto [b, e] = Adjacent(v, rel, out);
      for (; b != e && !overflow; ++b) {
        const uint32_t w = out ? info[*b].target : info[*b].source;
        if (other_bound ? w != other_value : !admits(other, w)) continue;
        emit(row, *b);
      }
    };

    for (size_t k = 0; k < nrows && !overflow; ++k) {
      const uint32_t* row = &rows[k * width];
      if (bound[st.subject] && bound[st.object]) {
        const uint32_t s = row[st.subject], o = row[st.object];
        const int rel = st.relation_slot >= 0 && bound[st.relation_slot]
                            ? static_cast<int>(row[st.relation_slot])
                            : st.relation;
        const bool from_subject = Degree(s, rel, true) <= Degree(o, rel, false);
        expand(row, from_subject ? s : o, from_subject);
      } else if (bound[st.subject]) {
        expand(row, row[st.subject], true);
      } else if (bound[st.object]) {
        expand(row, row[st.object], false);
      } else if (slots[st.subject].constant || slots[st.object].constant) {
        const int rel_any = st.relation_slot >= 0 && bound[st.relation_slot] ? -1 : st.relation;
        const bool from_subject =
            slots[st.subject].constant &&
            (!slots[st.object].constant ||
             domain_degree(st.subject, rel_any, true) <= domain_degree(st.object, rel_any, false));
        const int anchor = from_subject ? st.subject : st.object;
        for (uint32_t v : slots[anchor].domain) expand(row, v, from_subject);
      } else {
        const int rel = st.relation_slot >= 0 && bound[st.relation_slot]
                            ? static_cast<int>(row[st.relation_slot])
                            : st.relation;
        auto visit = [&](uint32_t e) {
          const EdgeInfo& x = info[e];
          if (!admits(st.subject, x.source) || !admits(st.object, x.target)) return;
          if (st.subject == st.object && x.source != x.target) return;
          emit(row, e);
        };
        if (rel >= 0) {
          for (uint32_t e : by_relation[rel]) {
            if (overflow) break;
            visit(e);
          }
        } else {
          for (uint32_t e = 0; e < edges.size() && !overflow; ++e) visit(e);
        }
      }
    }
    if (overflow) {
      error->column = 0;
      error->message = "the query has more than " + std::to_string(options.max_bindings) +
                       " bindings; add a name or a type to narrow it";
      return false;
    }
    rows = std::move(next);
    bound[st.subject] = bound[st.object] = true;
    if (st.relation_slot >= 0) bound[st.relation_slot] = true;
    if (rows.empty()) empty = true;
  }

  // Slots that no triple binds: every node they admit.
  for (int slot : lonely) {
    if (empty) break;
    std::vector<uint32_t> candidates;
    if (slots[slot].constant) {
      candidates = slots[slot].domain;
    } else {
      for (int t = 0; t < kEntityTypeCount; ++t)
        if (slots[slot].types >> t & 1)
          candidates.insert(candidates.end(), by_type[t].begin(), by_type[t].end());
    }
    const size_t nrows = rows.size() / width;
    if (static_cast<double>(nrows) * static_cast<double>(candidates.size()) >
        static_cast<double>(options.max_bindings)) {
      error->column = 0;
      error->message = "the query has more than " + std::to_string(options.max_bindings) +
                       " bindings; add a name or a type to narrow it";
      return false;
    }
    std::vector<uint32_t> next;
    next.reserve(nrows * candidates.size() * width);
    for (size_t k = 0; k < nrows; ++k)
      for (uint32_t v : candidates) {
        const size_t at = next.size();
        next.insert(next.end(), rows.begin() + k * width, rows.begin() + (k + 1) * width);
        next[at + slot] = v;
      }
    rows = std::move(next);
    if (rows.empty()) empty = true;
  }
  if (empty) rows.clear();
  const size_t nrows = rows.size() / width;

  if (edges_only) {
    std::vector<uint32_t> edge_rows;
    for (size_t k = 0; k < nrows; ++k)
      for (size_t s = 0; s < steps.size(); ++s) edge_rows.push_back(rows[k * width + nslots + s]);
    FinishEdges(q, std::move(edge_rows), true, answer);
    return true;
  }

  // ---- distinct bindings, sorted, limited
  std::vector<uint32_t> order(nrows);
  std::iota(order.begin(), order.end(), 0);
  auto value = [&](uint32_t k, int c) { return rows[size_t{k} * width + c]; };
  auto same = [&](uint32_t a, uint32_t b) {
    for (int c : columns)
      if (value(a, c) != value(b, c)) return false;
    return true;
  };
  if (q.count) {
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      for (int c : columns)
        if (value(a, c) != value(b, c)) return value(a, c) < value(b, c);
      return false;
    });
    answer->count = static_cast<uint64_t>(
        std::unique(order.begin(), order.end(), same) - order.begin());
    return true;
  }
  std::vector<uint32_t> shown;
  for (int c : columns)
    if (!slots[c].relation)
      for (uint32_t k : order) shown.push_back(value(k, c));
  const Ranking rank = Rank(std::move(shown));
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    for (int c : columns) {
      const uint32_t x = value(a, c), y = value(b, c);
      if (x == y) continue;
      return slots[c].relation ? x < y : rank[x] < rank[y];
    }
    return false;
  });
  order.erase(std::unique(order.begin(), order.end(), same), order.end());
  if (q.limit >= 0 && order.size() > static_cast<size_t>(q.limit)) order.resize(q.limit);
  answer->rows.reserve(order.size());
  for (uint32_t k : order) {
    QueryAnswer::Row row;
    for (int c : columns) row.values.push_back(value(k, c));
    for (size_t s = 0; s < steps.size(); ++s) row.edges.push_back(edges[value(k, static_cast<int>(nslots + s))]);
    answer->rows.push_back(std::move(row));
  }
  return true;
}

void QueryEngine::Impl::SortEdgeRows(std::vector<uint32_t>* edge_rows) const {
  std::vector<uint32_t> shown;
  for (uint32_t e : *edge_rows) {
    shown.push_back(info[e].source);
    shown.push_back(info[e].target);
  }
  const Ranking rank = Rank(std::move(shown));
  std::sort(edge_rows->begin(), edge_rows->end(), [&](uint32_t a, uint32_t b) {
    const EdgeInfo& x = info[a];
    const EdgeInfo& y = info[b];
    if (x.source != y.source) return rank[x.source] < rank[y.source];
    if (x.relation != y.relation) return x.relation < y.relation;
    if (x.target != y.target) return rank[x.target] < rank[y.target];
    return a < b;
  });
}

// Rows of one edge each: distinct and sorted unless they are a path.
void QueryEngine::Impl::FinishEdges(const ParsedQuery& q, std::vector<uint32_t> edge_rows,
                                    bool sort, QueryAnswer* answer) const {
  answer->kind = QueryAnswer::Kind::kEdges;
  if (sort) {
    if (q.count) {
      std::sort(edge_rows.begin(), edge_rows.end());
    } else {
      SortEdgeRows(&edge_rows);
    }
    edge_rows.erase(std::unique(edge_rows.begin(), edge_rows.end()), edge_rows.end());
  }
  if (q.count) {
    answer->kind = QueryAnswer::Kind::kCount;
    answer->count = edge_rows.size();
    return;
  }
  if (q.limit >= 0 && edge_rows.size() > static_cast<size_t>(q.limit)) edge_rows.resize(q.limit);
  for (uint32_t e : edge_rows) answer->rows.push_back({{}, {edges[e]}});
}

bool QueryEngine::Impl::RunAbout(const ParsedQuery& q, QueryAnswer* answer) const {
  std::vector<uint32_t> edge_rows;
  for (uint32_t v : Resolve(q.from, &answer->notes))
    for (bool out : {true, false}) {
      auto [b, e] = Adjacent(v, -1, out);
      for (; b != e; ++b)
        if (Passes(*b, q.filters)) edge_rows.push_back(*b);
    }
  FinishEdges(q, std::move(edge_rows), true, answer);
  return true;
}

namespace {

struct ArcFilter {
  const std::vector<EdgeInfo>* info = nullptr;
  const PathGraph* graph = nullptr;
  const std::vector<Filter>* filters = nullptr;
  bool operator()(PathGraph::edge_descriptor arc) const {
    return EdgePasses((*info)[(*graph)[arc]], *filters);
  }
};

// Date literals join every event of a day; a path through one says nothing,
// so dates are walked only as endpoints.
struct NodeFilter {
  const Graph* graph = nullptr;
  const std::vector<char>* endpoint = nullptr;
  bool operator()(uint32_t v) const {
    return (*graph)[v].type != EntityType::kDate || (*endpoint)[v];
  }
};

struct PathRecorder : boost::default_bfs_visitor {
  const PathGraph* graph = nullptr;
  std::vector<uint32_t>* parent_arc_edge = nullptr;  // the graph edge a vertex was reached by
  std::vector<uint32_t>* parent = nullptr;
  const std::vector<char>* target = nullptr;
  template <class Arc, class G>
  void tree_edge(Arc arc, const G& g) const {
    const uint32_t to = static_cast<uint32_t>(boost::target(arc, g));
    (*parent_arc_edge)[to] = (*graph)[arc];
    (*parent)[to] = static_cast<uint32_t>(boost::source(arc, g));
    if ((*target)[to]) throw Reached{to};
  }
};

}  // namespace

bool QueryEngine::Impl::RunPath(const ParsedQuery& q, QueryAnswer* answer) const {
  answer->kind = QueryAnswer::Kind::kEdges;
  answer->is_path = true;
  std::vector<uint32_t> from = Resolve(q.from, &answer->notes);
  const std::vector<uint32_t> to = Resolve(q.to, &answer->notes);
  std::vector<uint32_t> edge_rows;
  if (from.empty() || to.empty()) {
    FinishEdges(q, {}, false, answer);
    return true;
  }
  std::vector<char> is_target(vertex_count, 0), endpoint(vertex_count, 0);
  for (uint32_t v : to) is_target[v] = endpoint[v] = 1;
  for (uint32_t v : from) {
    endpoint[v] = 1;
    if (is_target[v]) {
      answer->notes.push_back("\"" + q.from.text + "\" and \"" + q.to.text + "\" name the same node");
      FinishEdges(q, {}, false, answer);
      return true;
    }
  }
  const PathGraph& pg = Undirected();
  boost::filtered_graph<PathGraph, ArcFilter, NodeFilter> view(
      pg, ArcFilter{&info, &pg, &q.filters}, NodeFilter{&g, &endpoint});
  std::vector<uint32_t> parent_edge(vertex_count, kUnbound), parent(vertex_count, kUnbound);
  PathRecorder recorder;
  recorder.graph = &pg;
  recorder.parent_arc_edge = &parent_edge;
  recorder.parent = &parent;
  recorder.target = &is_target;
  boost::queue<uint32_t> queue;
  auto color = boost::make_two_bit_color_map(vertex_count, boost::get(boost::vertex_index, pg));
  uint32_t reached = kUnbound;
  try {
    boost::breadth_first_search(view, from.begin(), from.end(), queue, recorder, color);
  } catch (const Reached& r) {
    reached = r.vertex;
  }
  if (reached == kUnbound) {
    answer->notes.push_back("no connection between \"" + q.from.text + "\" and \"" +
                            q.to.text + "\"");
    FinishEdges(q, {}, false, answer);
    return true;
  }
  for (uint32_t v = reached; parent[v] != kUnbound; v = parent[v]) edge_rows.push_back(parent_edge[v]);
  std::reverse(edge_rows.begin(), edge_rows.end());
  FinishEdges(q, std::move(edge_rows), false, answer);
  return true;
}

QueryEngine::QueryEngine(const Graph& graph, QueryOptions options)
    : impl_(std::make_unique<Impl>(graph, options)) {}
QueryEngine::~QueryEngine() = default;

const Graph& QueryEngine::graph() const { return impl_->g; }

bool QueryEngine::Run(std::string_view query, QueryAnswer* answer, QueryError* error) const {
  *answer = QueryAnswer();
  ParsedQuery parsed;
  if (!query_internal::Parse(query, &parsed, error)) return false;
  switch (parsed.kind) {
    case ParsedQuery::Kind::kPatterns: return impl_->RunPatterns(parsed, answer, error);
    case ParsedQuery::Kind::kAbout: return impl_->RunAbout(parsed, answer);
    case ParsedQuery::Kind::kPath: return impl_->RunPath(parsed, answer);
  }
  return false;
}

}  // namespace lienket
