// triples.jsonl, the scorer's format (shared/eval/README.md): one JSON object
// a line, one line per edge.
//
// Written by hand rather than with RapidJSON's Writer: a node is written in
// every line of its edges, so its JSON is made once; and text is checked and
// escaped in one pass. The bytes are those RapidJSON's Writer made
// (tests/data/export/*/triples.jsonl): no spaces, its escapes, and
// ill-formed UTF-8 mended to U+FFFD first, so that every line is JSON.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "common.h"
#include "escape.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using export_detail::Out;

// A JSON string: quotes, backslashes and C0 controls escaped as RapidJSON
// does (\b \t \n \f \r, else \u00XX in upper case), every other character as
// UTF-8.
template <typename Sink>
void String(Sink& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  export_detail::Append(out, "\"");
  export_detail::WriteEscaped(out, s, [](char32_t c, char* buf, std::string_view* rep) {
    switch (c) {
      case '"': *rep = "\\\""; return true;
      case '\\': *rep = "\\\\"; return true;
      case '\b': *rep = "\\b"; return true;
      case '\t': *rep = "\\t"; return true;
      case '\n': *rep = "\\n"; return true;
      case '\f': *rep = "\\f"; return true;
      case '\r': *rep = "\\r"; return true;
      default: break;
    }
    if (c >= 0x20) return false;
    const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
    std::copy(u, u + 6, buf);
    *rep = std::string_view(buf, 6);
    return true;
  });
  export_detail::Append(out, "\"");
}

void StringOrNull(Out& out, std::string_view s) {
  if (s.empty())
    out << "null";
  else
    String(out, s);
}

std::string NodeJson(const NodeProps& n, std::string_view id) {
  std::string json;
  if (n.type == EntityType::kDate) {  // a literal: {"value": "2020-12-23", "type": "Date"}
    json += "{\"value\":";
    String(json, n.label);
    json += ",\"type\":";
    String(json, EntityTypeName(n.type));
  } else {
    json += "{\"id\":";
    String(json, id);
    json += ",\"label\":";
    String(json, n.label);
    json += ",\"type\":";
    String(json, EntityTypeName(n.type));
    json += ",\"aliases\":[";
    for (size_t i = 0; i < n.aliases.size(); ++i) {
      if (i) json += ',';
      String(json, n.aliases[i]);
    }
    json += ']';
  }
  json += '}';
  return json;
}

}  // namespace

void WriteTriplesJsonl(const Graph& g, std::ostream& os) {
  const export_detail::Ids node_ids = export_detail::NodeIds(g);
  const export_detail::Ids edge_ids = export_detail::EdgeIds(g);
  std::vector<std::string> nodes(boost::num_vertices(g));
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) nodes[v] = NodeJson(g[v], node_ids[v]);
  Out out(os);
  size_t i = 0;
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& ep = g[e];
    out << "{\"s\":" << nodes[boost::source(e, g)] << ",\"p\":";
    String(out, RelationName(ep.relation));
    out << ",\"o\":" << nodes[boost::target(e, g)] << ",\"q\":{\"former\":" << (ep.former ? "true" : "false")
        << "},\"id\":";
    String(out, edge_ids[i++]);
    out << ",\"weight\":";
    export_detail::WriteInt(out, ep.weight);
    out << ",\"first_seen\":";
    StringOrNull(out, ep.first_seen);
    out << ",\"last_seen\":";
    StringOrNull(out, ep.last_seen);
    out << ",\"evidence\":[";
    for (size_t k = 0; k < ep.evidence.size(); ++k) {
      const Evidence& ev = ep.evidence[k];
      out << (k ? ",{\"doc\":" : "{\"doc\":");
      String(out, ev.doc);
      out << ",\"start\":";
      export_detail::WriteInt(out, ev.begin);
      out << ",\"end\":";
      export_detail::WriteInt(out, ev.end);
      out << ",\"rule\":";
      String(out, ev.rule);
      if (!ev.date.empty()) {
        out << ",\"date\":";
        String(out, ev.date);
      }
      out << '}';
    }
    out << "]}\n";
  }
}

}  // namespace lienket
