// RDF: Turtle, N-Triples and N-Quads. One walk over the graph (Emit) states
// every triple once, in graph order, to a Sink that knows the syntax; so the
// three files hold the same statements, and Turtle only abbreviates them.
// The vocabulary is in export/README.md.
#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
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

// Receives the statements. `graphs` are the named graphs of the articles
// that state it (null for what no single article states: names, facts).
class Sink {
 public:
  virtual ~Sink() = default;
  virtual void Statement(const Term& s, const Term& p, const Term& o, const std::vector<std::string>* graphs) = 0;
  virtual void Finish() {}
};

void WriteFullTerm(std::ostream& out, const Term& t) {
  if (t.kind == Term::kIri) {
    out << '<' << t.value << '>';
    return;
  }
  out << '"';
  export_detail::WriteRdfStringBody(out, t.value);
  out << '"';
  if (!t.lang.empty())
    out << '@' << t.lang;
  else if (!t.datatype.empty())
    out << "^^<" << t.datatype << '>';
}

class NTriplesSink : public Sink {
 public:
  NTriplesSink(std::ostream& out, bool quads) : out_(out), quads_(quads) {}
  // N-Quads state every triple in the default graph too, so that it alone is
  // the whole graph (what N-Triples holds) for a store that does not merge
  // named graphs into it; the named graphs add who said it.
  void Statement(const Term& s, const Term& p, const Term& o, const std::vector<std::string>* graphs) override {
    Line(s, p, o, {});
    if (quads_ && graphs)
      for (const std::string& g : *graphs) Line(s, p, o, g);
  }

 private:
  void Line(const Term& s, const Term& p, const Term& o, std::string_view graph) {
    WriteFullTerm(out_, s);
    out_ << ' ';
    WriteFullTerm(out_, p);
    out_ << ' ';
    WriteFullTerm(out_, o);
    if (!graph.empty()) out_ << " <" << graph << '>';
    out_ << " .\n";
  }
  std::ostream& out_;
  bool quads_;
};

class TurtleSink : public Sink {
 public:
  TurtleSink(std::ostream& out, const std::string& base) : out_(out) {
    prefixes_ = {{"rdf", LK_RDF},         {"rdfs", LK_RDFS},         {"xsd", LK_XSD},
                 {"schema", LK_SCHEMA},   {"org", LK_ORG},           {"skos", LK_SKOS},
                 {"prov", LK_PROV},       {"lk", LK_LK},             {"node", base + "node/"},
                 {"fact", base + "fact/"}, {"article", base + "article/"}};
    for (const auto& [name, ns] : prefixes_) out_ << "@prefix " << name << ": <" << ns << "> .\n";
  }

  void Statement(const Term& s, const Term& p, const Term& o, const std::vector<std::string>*) override {
    if (open_ && s.value == subject_) {
      if (p.value == predicate_) {
        out_ << ", ";
      } else {
        out_ << " ;\n    ";
        WritePredicate(p);
        out_ << ' ';
      }
    } else {
      if (open_) out_ << " .\n";
      out_ << '\n';
      WriteTerm(s);
      out_ << ' ';
      WritePredicate(p);
      out_ << ' ';
      subject_.assign(s.value);
      open_ = true;
    }
    predicate_.assign(p.value);
    WriteTerm(o);
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

  void WriteIri(std::string_view iri) {
    for (const auto& [name, ns] : prefixes_) {
      if (iri.size() > ns.size() && iri.substr(0, ns.size()) == ns && SimpleLocalName(iri.substr(ns.size()))) {
        out_ << name << ':' << iri.substr(ns.size());
        return;
      }
    }
    out_ << '<' << iri << '>';
  }

  void WritePredicate(const Term& p) {
    if (p.value == kRdfType)
      out_ << 'a';
    else
      WriteIri(p.value);
  }

  void WriteTerm(const Term& t) {
    if (t.kind == Term::kIri) return WriteIri(t.value);
    out_ << '"';
    export_detail::WriteRdfStringBody(out_, t.value);
    out_ << '"';
    if (!t.lang.empty()) {
      out_ << '@' << t.lang;
    } else if (!t.datatype.empty()) {
      out_ << "^^";
      WriteIri(t.datatype);
    }
  }

  std::ostream& out_;
  std::vector<std::pair<std::string, std::string>> prefixes_;
  bool open_ = false;
  std::string subject_, predicate_;
};

// States the whole graph to `sink`. With `describe_graphs`, also describes
// each article's named graph (N-Quads only: the other syntaxes have none).
void Emit(const Graph& g, const ExportOptions& opt, bool describe_graphs, Sink& sink) {
  const std::string base = NormalizeBase(opt.base_iri);
  const std::vector<std::string> node_ids = export_detail::NodeIds(g);
  const std::vector<std::string> edge_ids = export_detail::EdgeIds(g);

  std::vector<std::string> node_iris(boost::num_vertices(g));
  std::vector<Term> node_terms(boost::num_vertices(g));
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (g[v].type == EntityType::kDate) {
      node_terms[v] = DateLiteral(g[v].label);
    } else {
      node_iris[v] = base + "node/";
      export_detail::AppendPercentEncodedSegment(&node_iris[v], node_ids[v]);
      node_terms[v] = Iri(node_iris[v]);
    }
  }
  auto minted = [&](std::string_view kind, std::string_view id) {
    std::string iri = base;
    iri += kind;
    export_detail::AppendPercentEncodedSegment(&iri, id);
    return iri;
  };
  auto graphs_of = [&](const EdgeProps& e) {
    std::vector<std::string> graphs;
    for (std::string_view doc : export_detail::EvidenceDocs(e)) graphs.push_back(minted("doc/", doc));
    return graphs;
  };
  const Term type = Iri(kRdfType);

  // Each entity: what it is, its names, and the relations it is the RDF
  // subject of, together, so Turtle writes it as one block.
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    if (n.type == EntityType::kDate) continue;  // a literal, never a subject
    const Term& self = node_terms[v];
    for (std::string_view c : ClassesOf(n.type)) sink.Statement(self, type, Iri(c), nullptr);
    sink.Statement(self, Iri(LK_RDFS "label"), Text(n.label, "vi"), nullptr);
    for (const std::string& a : n.aliases) sink.Statement(self, Iri(LK_SKOS "altLabel"), Text(a, "vi"), nullptr);
    for (EdgeDesc e : boost::make_iterator_range(boost::out_edges(v, g))) {
      Mapping m = MappingOf(g[e].relation);
      if (m.reversed) continue;
      std::vector<std::string> graphs = graphs_of(g[e]);
      sink.Statement(self, Iri(m.predicate), node_terms[boost::target(e, g)], &graphs);
    }
    for (EdgeDesc e : boost::make_iterator_range(boost::in_edges(v, g))) {
      Mapping m = MappingOf(g[e].relation);
      std::string_view predicate = m.reversed ? m.predicate : m.inverse;
      if (predicate.empty()) continue;
      std::vector<std::string> graphs = graphs_of(g[e]);
      sink.Statement(self, Iri(predicate), node_terms[boost::source(e, g)], &graphs);
    }
  }

  // Each edge as a reified statement carrying what a triple cannot: the
  // relation's name, "nguyên" (former), when it was seen, in how many
  // articles, and which ones.
  // Every piece of evidence, sorted below to name each article once: a
  // list of pointers takes a fraction of the memory of a map of articles.
  std::vector<const Evidence*> evidence;
  {
    size_t count = 0;
    for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) count += g[e].evidence.size();
    evidence.reserve(count);
  }
  size_t i = 0;
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& ep = g[e];
    const std::string& edge_id = edge_ids[i++];
    for (const Evidence& ev : ep.evidence) evidence.push_back(&ev);
    Mapping m = MappingOf(ep.relation);
    Vertex s = boost::source(e, g), o = boost::target(e, g);
    if (m.reversed) std::swap(s, o);
    if (g[s].type == EntityType::kDate) continue;
    const std::string fact_iri = minted("fact/", edge_id);
    const Term fact = Iri(fact_iri);
    sink.Statement(fact, type, Iri(LK_RDF "Statement"), nullptr);
    sink.Statement(fact, Iri(LK_RDF "subject"), node_terms[s], nullptr);
    sink.Statement(fact, Iri(LK_RDF "predicate"), Iri(m.predicate), nullptr);
    sink.Statement(fact, Iri(LK_RDF "object"), node_terms[o], nullptr);
    sink.Statement(fact, Iri(LK_LK "relation"), Text(RelationName(ep.relation)), nullptr);
    sink.Statement(fact, Iri(LK_LK "former"), Typed(ep.former ? "true" : "false", LK_XSD "boolean"), nullptr);
    const std::string weight = std::to_string(ep.weight);
    sink.Statement(fact, Iri(LK_LK "weight"), Typed(weight, LK_XSD "integer"), nullptr);
    if (!ep.first_seen.empty()) sink.Statement(fact, Iri(LK_LK "firstSeen"), DateLiteral(ep.first_seen), nullptr);
    if (!ep.last_seen.empty()) sink.Statement(fact, Iri(LK_LK "lastSeen"), DateLiteral(ep.last_seen), nullptr);
    for (std::string_view doc : export_detail::EvidenceDocs(ep)) {
      const std::string article = minted("article/", doc);
      sink.Statement(fact, Iri(LK_PROV "wasDerivedFrom"), Iri(article), nullptr);
    }
  }

  // The articles, each with its earliest date, and (N-Quads) each
  // article's graph derived from it.
  std::sort(evidence.begin(), evidence.end(), [](const Evidence* a, const Evidence* b) {
    return std::tie(a->doc, a->date) < std::tie(b->doc, b->date);
  });
  for (size_t first = 0, next; first < evidence.size(); first = next) {
    const std::string& doc = evidence[first]->doc;
    std::string_view date;  // the first not empty is the earliest
    for (next = first; next < evidence.size() && evidence[next]->doc == doc; ++next)
      if (date.empty()) date = evidence[next]->date;
    const std::string article_iri = minted("article/", doc);
    const Term article = Iri(article_iri);
    sink.Statement(article, type, Iri(LK_PROV "Entity"), nullptr);
    sink.Statement(article, type, Iri(LK_SCHEMA "NewsArticle"), nullptr);
    sink.Statement(article, Iri(LK_SCHEMA "identifier"), Text(doc), nullptr);
    if (!date.empty()) sink.Statement(article, Iri(LK_SCHEMA "datePublished"), DateLiteral(date), nullptr);
    if (describe_graphs) {
      const std::string graph_iri = minted("doc/", doc);
      const Term graph = Iri(graph_iri);
      sink.Statement(graph, type, Iri(LK_PROV "Entity"), nullptr);
      sink.Statement(graph, Iri(LK_PROV "wasDerivedFrom"), article, nullptr);
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
