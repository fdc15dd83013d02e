// The two plain-text formats: Graphviz DOT, and the CSV pair that
// `neo4j-admin database import` reads.
#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "common.h"
#include "escape.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using export_detail::WriteCsvField;
using export_detail::WriteDotString;

// Graphviz's scanner rejects a quoted string longer than 16384 bytes, so a
// long name is written as "..." + "..." (DOT's string concatenation) in
// pieces that stay under that limit even when every byte is escaped.
void QuotedDot(export_detail::Out& out, std::string_view s) {
  constexpr size_t kPiece = 4096;
  do {
    size_t n = std::min(s.size(), kPiece);
    while (n < s.size() && n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // whole code points
    if (n == 0) n = std::min(s.size(), kPiece);
    out << '"';
    WriteDotString(out, s.substr(0, n));
    out << '"';
    s.remove_prefix(n);
    if (!s.empty()) out << " + ";
  } while (!s.empty());
}

// neo4j's convention for relationship types: HOLDS_TITLE.
std::string UpperRelation(Relation r) {
  std::string s(RelationName(r));
  for (char& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return s;
}

}  // namespace

void WriteDot(const Graph& g, std::ostream& os) {
  const export_detail::Ids node_ids = export_detail::NodeIds(g);
  export_detail::Out out(os);
  out << "digraph lienket {\n"
         "  graph [rankdir=LR, charset=\"UTF-8\", overlap=false, fontname=\"Noto Sans\"];\n"
         "  node [style=filled, fontname=\"Noto Sans\", fontsize=11];\n"
         "  edge [fontname=\"Noto Sans\", fontsize=9, color=\"#777777\"];\n";
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    const auto& style = export_detail::StyleOf(n.type);
    out << "  ";
    QuotedDot(out, node_ids[v]);
    out << " [label=";
    QuotedDot(out, n.label);
    out << ", shape=" << style.shape << ", fillcolor=\"" << style.hex << "\", tooltip=";
    QuotedDot(out, EntityTypeName(n.type));
    out << "];\n";
  }
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& ep = g[e];
    out << "  ";
    QuotedDot(out, node_ids[boost::source(e, g)]);
    out << " -> ";
    QuotedDot(out, node_ids[boost::target(e, g)]);
    out << " [label=\"" << RelationName(ep.relation);
    if (ep.former) out << " (former)";
    out << '"';
    if (ep.former) out << ", style=dashed";
    out << "];\n";
  }
  out << "}\n";
}

void WriteCsvNodes(const Graph& g, std::ostream& os) {
  const export_detail::Ids node_ids = export_detail::NodeIds(g);
  export_detail::Out out(os);
  out << "id:ID,label,type,aliases:string[],:LABEL\n";
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    WriteCsvField(out, node_ids[v]);
    out << ',';
    WriteCsvField(out, n.label);
    out << ',' << EntityTypeName(n.type) << ',';
    // neo4j-admin splits arrays on ';' and has no escape for it (README).
    std::string aliases;
    for (size_t i = 0; i < n.aliases.size(); ++i) {
      if (i) aliases += ';';
      aliases += n.aliases[i];
    }
    WriteCsvField(out, aliases);
    out << ',' << EntityTypeName(n.type) << '\n';
  }
}

void WriteCsvRelationships(const Graph& g, std::ostream& os) {
  const export_detail::Ids node_ids = export_detail::NodeIds(g);
  export_detail::Out out(os);
  out << ":START_ID,:END_ID,:TYPE,weight:int,former:boolean,first_seen,last_seen\n";
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& ep = g[e];
    WriteCsvField(out, node_ids[boost::source(e, g)]);
    out << ',';
    WriteCsvField(out, node_ids[boost::target(e, g)]);
    out << ',' << UpperRelation(ep.relation) << ',';
    export_detail::WriteInt(out, ep.weight);
    out << ',' << (ep.former ? "true" : "false") << ',';
    WriteCsvField(out, ep.first_seen);
    out << ',';
    WriteCsvField(out, ep.last_seen);
    out << '\n';
  }
}

}  // namespace lienket
