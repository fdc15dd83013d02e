// RDF: Turtle, N-Triples and N-Quads. One walk over the graph (Emit) states
// every triple once, in graph order, to a Sink that knows the syntax; so the
// three files hold the same statements, and Turtle only abbreviates them.
// The vocabulary is in export/README.md.
#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "common.h"
#include "escape.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using export_detail::DateKind;

#define LK_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define LK_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define LK_XSD "http://www.w3.org/2001/XMLSchema#"
#define LK_SCHEMA "http://schema.org/"
#define LK_ORG "http://www.w3.org/ns/org#"
#define LK_SKOS "http://www.w3.org/2004/02/skos/core#"
#define LK_PROV "http://www.w3.org/ns/prov#"
// Our own terms live at a fixed address whatever --base-iri says: the
// vocabulary is part of the format, the data is the user's.
#define LK_LK "https://lienket.example.org/ns#"

constexpr std::string_view kRdfType = LK_RDF "type";

struct Term {
  enum Kind { kIri, kLiteral };
  Kind kind = kIri;
  std::string_view value;     // an IRI already safe to write, or a lexical form
  std::string_view lang;      // literals only
  std::string_view datatype;  // literals only; a full IRI
};

Term Iri(std::string_view iri) { return {Term::kIri, iri, {}, {}}; }
Term Text(std::string_view s, std::string_view lang = {}) { return {Term::kLiteral, s, lang, {}}; }
Term Typed(std::string_view s, std::string_view datatype) { return {Term::kLiteral, s, {}, datatype}; }

// A date string as the most precise XSD calendar type it fits.
Term DateLiteral(std::string_view s) {
  switch (export_detail::ClassifyDate(s)) {
    case DateKind::kDate: return Typed(s, LK_XSD "date");
    case DateKind::kYearMonth: return Typed(s, LK_XSD "gYearMonth");
    case DateKind::kYear: return Typed(s, LK_XSD "gYear");
    case DateKind::kNone: break;
  }
  return Text(s);
}

// How a relation becomes RDF: subject --predicate--> object, or, when
// `reversed`, object --predicate--> subject (schema.org states organizer and
// attendee from the event); `inverse` is also stated backwards when set.
struct Mapping {
  std::string_view predicate;
  bool reversed = false;
  std::string_view inverse;
};

Mapping MappingOf(Relation r) {
  switch (r) {
    case Relation::kHoldsTitle: return {LK_ORG "holds", false, LK_ORG "heldBy"};
    case Relation::kPositionOf: return {LK_ORG "postIn", false, {}};
    case Relation::kAwards: return {LK_LK "awarded", false, {}};
    case Relation::kReceivedAward: return {LK_SCHEMA "award", false, {}};
    case Relation::kOrganizes: return {LK_SCHEMA "organizer", true, {}};
    case Relation::kChairs: return {LK_LK "chairs", false, {}};
    case Relation::kAttends: return {LK_SCHEMA "attendee", true, {}};
    case Relation::kHeldIn: return {LK_SCHEMA "location", false, {}};
    case Relation::kHeldOn: return {LK_SCHEMA "startDate", false, {}};
  }
  return {LK_LK "related", false, {}};
}

std::vector<std::string_view> ClassesOf(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return {LK_SCHEMA "Person"};
    case EntityType::kOrganization: return {LK_SCHEMA "Organization", LK_ORG "Organization"};
    case EntityType::kPosition: return {LK_ORG "Post"};
    case EntityType::kEvent: return {LK_SCHEMA "Event"};
    case EntityType::kAward: return {LK_LK "Award"};
    case EntityType::kLocation: return {LK_SCHEMA "Place"};
    case EntityType::kDate: return {};
  }
  return {};
}

// The base with every character N-Triples forbids in an IRIREF (and any
// ill-formed UTF-8) percent-encoded, ending in '/' or '#'.
std::string NormalizeBase(std::string_view base) {
  if (base.empty()) base = kDefaultBaseIri;
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  const auto* p = reinterpret_cast<const uint8_t*>(base.data());
  size_t i = 0;
  while (i < base.size()) {
    size_t start = i;
    UChar32 c;
    U8_NEXT(p, i, base.size(), c);
    bool forbidden = c < 0 || c <= 0x20 || c == 0x7F ||
                     (c < 0x80 && std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) != std::string_view::npos);
    for (size_t k = start; k < i; ++k) {
      if (forbidden) {
        out += '%';
        out += kHex[p[k] >> 4];
        out += kHex[p[k] & 15];
      } else {
        out += static_cast<char>(p[k]);
      }
    }
  }
  if (out.back() != '/' && out.back() != '#') out += '/';
  return out;
}

// Receives the statements, as terms it rendered itself (Render,
// RenderPredicate): a node's IRI is rendered once and written wherever the
// node appears, and a statement is a few copies of ready text. `graphs` are
// the rendered named graphs of the articles that state it (empty for what no
// single article states: names, facts).
class Sink {
 public:
  explicit Sink(std::ostream& out) : out_(out) {}
  virtual ~Sink() = default;
  // Appends `t` as subject or object to *text.
  virtual void Render(const Term& t, std::string* text) const = 0;
  // Appends the predicate `iri` to *text.
  virtual void RenderPredicate(std::string_view iri, std::string* text) const { Render(Iri(iri), text); }
  virtual void Statement(std::string_view s, std::string_view p, std::string_view o,
                         const std::vector<std::string_view>& graphs) = 0;
  virtual void Finish() {}

  std::string Rendered(const Term& t) const {
    std::string text;
    Render(t, &text);
    return text;
  }
  std::string RenderedPredicate(std::string_view iri) const {
    std::string text;
    RenderPredicate(iri, &text);
    return text;
  }

 protected:
  export_detail::Out out_;
};

class NTriplesSink : public Sink {
 public:
  NTriplesSink(std::ostream& out, bool quads) : Sink(out), quads_(quads) {}

  void Render(const Term& t, std::string* text) const override {
    if (t.kind == Term::kIri) {
      text->append("<").append(t.value).append(">");
      return;
    }
    text->push_back('"');
    export_detail::WriteRdfStringBody(*text, t.value);
    text->push_back('"');
    if (!t.lang.empty())
      text->append("@").append(t.lang);
    else if (!t.datatype.empty())
      text->append("^^<").append(t.datatype).append(">");
  }

  // N-Quads state every triple in the default graph too, so that it alone is
  // the whole graph (what N-Triples holds) for a store that does not merge
  // named graphs into it; the named graphs add who said it.
  void Statement(std::string_view s, std::string_view p, std::string_view o,
                 const std::vector<std::string_view>& graphs) override {
    Triple(s, p, o);
    out_ << " .\n";
    if (!quads_) return;
    for (std::string_view g : graphs) {
      Triple(s, p, o);
      out_ << ' ' << g << " .\n";
    }
  }

 private:
  void Triple(std::string_view s, std::string_view p, std::string_view o) {
    out_ << s << ' ' << p << ' ' << o;
  }
  bool quads_;
};

class TurtleSink : public Sink {
 public:
  TurtleSink(std::ostream& out, const std::string& base) : Sink(out) {
    prefixes_ = {{"rdf", LK_RDF},         {"rdfs", LK_RDFS},         {"xsd", LK_XSD},
                 {"schema", LK_SCHEMA},   {"org", LK_ORG},           {"skos", LK_SKOS},
                 {"prov", LK_PROV},       {"lk", LK_LK},             {"node", base + "node/"},
                 {"fact", base + "fact/"}, {"article", base + "article/"}};
    for (const auto& [name, ns] : prefixes_) out_ << "@prefix " << name << ": <" << ns << "> .\n";
  }

  void Render(const Term& t, std::string* text) const override {
    if (t.kind == Term::kIri) return RenderIri(t.value, text);
    text->push_back('"');
    export_detail::WriteRdfStringBody(*text, t.value);
    text->push_back('"');
    if (!t.lang.empty()) {
      text->append("@").append(t.lang);
    } else if (!t.datatype.empty()) {
      text->append("^^");
      RenderIri(t.datatype, text);
    }
  }

  void RenderPredicate(std::string_view iri, std::string* text) const override {
    if (iri == kRdfType)
      text->push_back('a');
    else
      RenderIri(iri, text);
  }

  // Rendering is one-to-one, so comparing rendered subjects and predicates
  // is comparing the terms.
  void Statement(std::string_view s, std::string_view p, std::string_view o,
                 const std::vector<std::string_view>&) override {
    if (open_ && s == subject_) {
      if (p == predicate_) {
        out_ << ", ";
      } else {
        out_ << " ;\n    " << p << ' ';
      }
    } else {
      if (open_) out_ << " .\n";
      out_ << '\n' << s << ' ' << p << ' ';
      subject_.assign(s);
      open_ = true;
    }
    predicate_.assign(p);
    out_ << o;
  }

  void Finish() override {
    if (open_) out_ << " .\n";
    open_ = false;
  }

 private:
  // A prefixed name when the local part is plainly safe in every Turtle
  // parser (raptor's included); a full <IRI> otherwise.
  static bool SimpleLocalName(std::string_view s) {
    if (s.empty()) return false;
    auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; };
    if (!alpha(s[0])) return false;
    for (char c : s)
      if (!alpha(c) && !(c >= '0' && c <= '9') && c != '-') return false;
    return true;
  }

  void RenderIri(std::string_view iri, std::string* text) const {
    for (const auto& [name, ns] : prefixes_) {
      if (iri.size() > ns.size() && iri.substr(0, ns.size()) == ns && SimpleLocalName(iri.substr(ns.size()))) {
        text->append(name).append(":").append(iri.substr(ns.size()));
        return;
      }
    }
    text->append("<").append(iri).append(">");
  }

  std::vector<std::pair<std::string, std::string>> prefixes_;
  bool open_ = false;
  std::string subject_, predicate_;
};

// The distinct documents of the evidence, numbered in document order, and
// each edge's documents as those numbers: sorting numbers once replaces
// sorting and comparing strings for every edge each time it is written.
struct Documents {
  std::vector<std::string_view> name;  // by number
  std::vector<std::string_view> date;  // the earliest not empty, or empty
  // Edge i (in boost::edges order) has docs[offset[i]] .. docs[offset[i+1]-1], ascending.
  std::vector<uint32_t> offset;
  std::vector<uint32_t> docs;
};

Documents NumberDocuments(const Graph& g) {
  Documents d;
  // Each distinct document numbered as first seen, through a hash of its
  // name: sorting every piece of evidence by name would compare strings
  // many times over.
  std::unordered_map<std::string_view, uint32_t> seen;
  std::vector<uint32_t> number;  // of every piece of evidence, in edge order
  d.offset.reserve(boost::num_edges(g) + 1);
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
    d.offset.push_back(static_cast<uint32_t>(number.size()));
    for (const Evidence& ev : g[e].evidence) {
      auto [it, added] = seen.emplace(ev.doc, static_cast<uint32_t>(d.name.size()));
      if (added) {
        d.name.push_back(ev.doc);
        d.date.push_back(ev.date);
      } else if (std::string_view& date = d.date[it->second];
                 !ev.date.empty() && (date.empty() || ev.date < date)) {
        date = ev.date;  // the earliest date not empty
      }
      number.push_back(it->second);
    }
  }
  d.offset.push_back(static_cast<uint32_t>(number.size()));

  // Renumbered in document order, so that ascending numbers are sorted names.
  std::vector<uint32_t> order(d.name.size()), rank(d.name.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return d.name[a] < d.name[b]; });
  std::vector<std::string_view> name(order.size()), date(order.size());
  for (uint32_t k = 0; k < order.size(); ++k) {
    rank[order[k]] = k;
    name[k] = d.name[order[k]];
    date[k] = d.date[order[k]];
  }
  d.name = std::move(name);
  d.date = std::move(date);

  d.docs.reserve(number.size());
  for (size_t i = 0; i + 1 < d.offset.size(); ++i) {
    const auto first = d.docs.size();
    for (uint32_t k = d.offset[i]; k < d.offset[i + 1]; ++k) d.docs.push_back(rank[number[k]]);
    std::sort(d.docs.begin() + first, d.docs.end());
    d.docs.erase(std::unique(d.docs.begin() + first, d.docs.end()), d.docs.end());
    d.offset[i] = static_cast<uint32_t>(first);
  }
  d.offset.back() = static_cast<uint32_t>(d.docs.size());
  return d;
}

// States the whole graph to `sink`. With `describe_graphs`, also describes
// each article's named graph (N-Quads only: the other syntaxes have none).
void Emit(const Graph& g, const ExportOptions& opt, bool describe_graphs, Sink& sink) {
  const std::string base = NormalizeBase(opt.base_iri);
  const export_detail::Ids node_ids = export_detail::NodeIds(g);
  const export_detail::Ids edge_ids = export_detail::EdgeIds(g);
  const Documents docs = NumberDocuments(g);

  auto minted = [&](std::string_view kind, std::string_view id) {
    std::string iri;
    iri.reserve(base.size() + kind.size() + id.size() + 16);
    iri += base;
    iri += kind;
    export_detail::AppendPercentEncodedSegment(&iri, id);
    return iri;
  };
  auto iri = [&](std::string_view i) { return sink.Rendered(Iri(i)); };
  auto predicate = [&](std::string_view i) { return sink.RenderedPredicate(i); };

  std::vector<std::string> node_terms(boost::num_vertices(g));
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    node_terms[v] = g[v].type == EntityType::kDate ? sink.Rendered(DateLiteral(g[v].label))
                                                   : iri(minted("node/", node_ids[v]));
  }
  std::vector<std::string> article_terms(docs.name.size()), graph_terms;
  for (size_t d = 0; d < docs.name.size(); ++d) article_terms[d] = iri(minted("article/", docs.name[d]));
  if (describe_graphs) {
    graph_terms.resize(docs.name.size());
    for (size_t d = 0; d < docs.name.size(); ++d) graph_terms[d] = iri(minted("doc/", docs.name[d]));
  }
  // Edge index by edge, for the edges reached from their nodes: only the
  // named graphs need it.
  std::unordered_map<const void*, uint32_t> edge_index;
  if (describe_graphs) {
    edge_index.reserve(boost::num_edges(g));
    uint32_t i = 0;
    for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) edge_index.emplace(e.get_property(), i++);
  }
  std::vector<std::string_view> graphs;
  const std::vector<std::string_view> no_graphs;
  auto graphs_of = [&](EdgeDesc e) -> const std::vector<std::string_view>& {
    if (!describe_graphs) return no_graphs;
    const uint32_t edge = edge_index.at(e.get_property());
    graphs.clear();
    for (uint32_t k = docs.offset[edge]; k < docs.offset[edge + 1]; ++k) graphs.push_back(graph_terms[docs.docs[k]]);
    return graphs;
  };

  // The vocabulary, rendered once.
  const std::string type = predicate(kRdfType);
  const std::string label = predicate(LK_RDFS "label"), alt_label = predicate(LK_SKOS "altLabel");
  std::vector<std::string> classes[kEntityTypeCount];
  for (int t = 0; t < kEntityTypeCount; ++t)
    for (std::string_view c : ClassesOf(static_cast<EntityType>(t))) classes[t].push_back(iri(c));
  std::string forward[kRelationCount], backward[kRelationCount], mapped[kRelationCount], relation_name[kRelationCount];
  for (int r = 0; r < kRelationCount; ++r) {
    Mapping m = MappingOf(static_cast<Relation>(r));
    forward[r] = predicate(m.predicate);
    std::string_view back = m.reversed ? m.predicate : m.inverse;
    if (!back.empty()) backward[r] = predicate(back);
    mapped[r] = iri(m.predicate);
    relation_name[r] = sink.Rendered(Text(RelationName(static_cast<Relation>(r))));
  }
  const std::string statement = iri(LK_RDF "Statement");
  const std::string rdf_subject = predicate(LK_RDF "subject"), rdf_predicate = predicate(LK_RDF "predicate"),
                    rdf_object = predicate(LK_RDF "object");
  const std::string lk_relation = predicate(LK_LK "relation"), lk_former = predicate(LK_LK "former"),
                    lk_weight = predicate(LK_LK "weight"), lk_first_seen = predicate(LK_LK "firstSeen"),
                    lk_last_seen = predicate(LK_LK "lastSeen");
  const std::string former_true = sink.Rendered(Typed("true", LK_XSD "boolean"));
  const std::string former_false = sink.Rendered(Typed("false", LK_XSD "boolean"));
  const std::string derived_from = predicate(LK_PROV "wasDerivedFrom");
  const std::string prov_entity = iri(LK_PROV "Entity"), news_article = iri(LK_SCHEMA "NewsArticle");
  const std::string identifier = predicate(LK_SCHEMA "identifier");
  const std::string date_published = predicate(LK_SCHEMA "datePublished");

  // Each entity: what it is, its names, and the relations it is the RDF
  // subject of, together, so Turtle writes it as one block.
  std::string text;  // scratch for a term rendered to be written once
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    if (n.type == EntityType::kDate) continue;  // a literal, never a subject
    const std::string& self = node_terms[v];
    for (const std::string& c : classes[static_cast<int>(n.type)]) sink.Statement(self, type, c, no_graphs);
    text.clear();
    sink.Render(Text(n.label, "vi"), &text);
    sink.Statement(self, label, text, no_graphs);
    for (const std::string& a : n.aliases) {
      text.clear();
      sink.Render(Text(a, "vi"), &text);
      sink.Statement(self, alt_label, text, no_graphs);
    }
    for (EdgeDesc e : boost::make_iterator_range(boost::out_edges(v, g))) {
      const int r = static_cast<int>(g[e].relation);
      if (MappingOf(g[e].relation).reversed) continue;
      sink.Statement(self, forward[r], node_terms[boost::target(e, g)], graphs_of(e));
    }
    for (EdgeDesc e : boost::make_iterator_range(boost::in_edges(v, g))) {
      const int r = static_cast<int>(g[e].relation);
      if (backward[r].empty()) continue;
      sink.Statement(self, backward[r], node_terms[boost::source(e, g)], graphs_of(e));
    }
  }

  // Each edge as a reified statement carrying what a triple cannot: the
  // relation's name, "nguyên" (former), when it was seen, in how many
  // articles, and which ones.
  uint32_t i = 0;
  std::string fact;
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& ep = g[e];
    const uint32_t edge = i++;
    Mapping m = MappingOf(ep.relation);
    Vertex s = boost::source(e, g), o = boost::target(e, g);
    if (m.reversed) std::swap(s, o);
    if (g[s].type == EntityType::kDate) continue;
    const int r = static_cast<int>(ep.relation);
    fact = iri(minted("fact/", edge_ids[edge]));
    sink.Statement(fact, type, statement, no_graphs);
    sink.Statement(fact, rdf_subject, node_terms[s], no_graphs);
    sink.Statement(fact, rdf_predicate, mapped[r], no_graphs);
    sink.Statement(fact, rdf_object, node_terms[o], no_graphs);
    sink.Statement(fact, lk_relation, relation_name[r], no_graphs);
    sink.Statement(fact, lk_former, ep.former ? former_true : former_false, no_graphs);
    text.clear();
    sink.Render(Typed(std::to_string(ep.weight), LK_XSD "integer"), &text);
    sink.Statement(fact, lk_weight, text, no_graphs);
    if (!ep.first_seen.empty()) {
      text.clear();
      sink.Render(DateLiteral(ep.first_seen), &text);
      sink.Statement(fact, lk_first_seen, text, no_graphs);
    }
    if (!ep.last_seen.empty()) {
      text.clear();
      sink.Render(DateLiteral(ep.last_seen), &text);
      sink.Statement(fact, lk_last_seen, text, no_graphs);
    }
    for (uint32_t k = docs.offset[edge]; k < docs.offset[edge + 1]; ++k)
      sink.Statement(fact, derived_from, article_terms[docs.docs[k]], no_graphs);
  }

  // The articles, each with its earliest date, and (N-Quads) each
  // article's graph derived from it.
  for (size_t d = 0; d < docs.name.size(); ++d) {
    const std::string& article = article_terms[d];
    sink.Statement(article, type, prov_entity, no_graphs);
    sink.Statement(article, type, news_article, no_graphs);
    text.clear();
    sink.Render(Text(docs.name[d]), &text);
    sink.Statement(article, identifier, text, no_graphs);
    if (!docs.date[d].empty()) {
      text.clear();
      sink.Render(DateLiteral(docs.date[d]), &text);
      sink.Statement(article, date_published, text, no_graphs);
    }
    if (describe_graphs) {
      sink.Statement(graph_terms[d], type, prov_entity, no_graphs);
      sink.Statement(graph_terms[d], derived_from, article, no_graphs);
    }
  }
  sink.Finish();
}

}  // namespace

void WriteTurtle(const Graph& g, const ExportOptions& opt, std::ostream& out) {
  TurtleSink sink(out, NormalizeBase(opt.base_iri));
  Emit(g, opt, /*describe_graphs=*/false, sink);
}

void WriteNTriples(const Graph& g, const ExportOptions& opt, std::ostream& out) {
  NTriplesSink sink(out, /*quads=*/false);
  Emit(g, opt, /*describe_graphs=*/false, sink);
}

void WriteNQuads(const Graph& g, const ExportOptions& opt, std::ostream& out) {
  NTriplesSink sink(out, /*quads=*/true);
  Emit(g, opt, /*describe_graphs=*/true, sink);
}

}  // namespace lienket

#undef LK_RDF
#undef LK_RDFS
#undef LK_XSD
#undef LK_SCHEMA
#undef LK_ORG
#undef LK_SKOS
#undef LK_PROV
#undef LK_LK
