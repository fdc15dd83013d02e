// triples.jsonl, the scorer's format (shared/eval/README.md): one JSON object
// a line, one line per edge.
#include <ostream>
#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "common.h"
#include "escape.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using export_detail::IsValidUtf8;
using export_detail::ToValidUtf8;
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// RapidJSON escapes quotes, backslashes and controls but copies other bytes
// as they are, so ill-formed UTF-8 is mended first to keep every line JSON.
void String(JsonWriter& w, std::string_view s) {
  if (IsValidUtf8(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  } else {
    std::string mended = ToValidUtf8(s);
    w.String(mended.data(), static_cast<rapidjson::SizeType>(mended.size()));
  }
}

void Key(JsonWriter& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }

void StringOrNull(JsonWriter& w, std::string_view s) {
  if (s.empty())
    w.Null();
  else
    String(w, s);
}

void Node(JsonWriter& w, const NodeProps& n, const std::string& id) {
  w.StartObject();
  if (n.type == EntityType::kDate) {  // a literal: {"value": "2020-12-23", "type": "Date"}
    Key(w, "value");
    String(w, n.label);
    Key(w, "type");
    String(w, EntityTypeName(n.type));
  } else {
    Key(w, "id");
    String(w, id);
    Key(w, "label");
    String(w, n.label);
    Key(w, "type");
    String(w, EntityTypeName(n.type));
    Key(w, "aliases");
    w.StartArray();
    for (const std::string& a : n.aliases) String(w, a);
    w.EndArray();
  }
  w.EndObject();
}

}  // namespace

void WriteTriplesJsonl(const Graph& g, std::ostream& out) {
  const std::vector<std::string> node_ids = export_detail::NodeIds(g);
  const std::vector<std::string> edge_ids = export_detail::EdgeIds(g);
  // One line at a time through a reused buffer, then one write: the
  // ostream's put() per character would cost more than the rest.
  rapidjson::StringBuffer line;
  JsonWriter w(line);
  size_t i = 0;
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& ep = g[e];
    Vertex s = boost::source(e, g), o = boost::target(e, g);
    line.Clear();
    w.Reset(line);
    w.StartObject();
    Key(w, "s");
    Node(w, g[s], node_ids[s]);
    Key(w, "p");
    String(w, RelationName(ep.relation));
    Key(w, "o");
    Node(w, g[o], node_ids[o]);
    Key(w, "q");
    w.StartObject();
    Key(w, "former");
    w.Bool(ep.former);
    w.EndObject();
    Key(w, "id");
    String(w, edge_ids[i++]);
    Key(w, "weight");
    w.Uint(ep.weight);
    Key(w, "first_seen");
    StringOrNull(w, ep.first_seen);
    Key(w, "last_seen");
    StringOrNull(w, ep.last_seen);
    Key(w, "evidence");
    w.StartArray();
    for (const Evidence& ev : ep.evidence) {
      w.StartObject();
      Key(w, "doc");
      String(w, ev.doc);
      Key(w, "start");
      w.Uint(ev.begin);
      Key(w, "end");
      w.Uint(ev.end);
      Key(w, "rule");
      String(w, ev.rule);
      if (!ev.date.empty()) {
        Key(w, "date");
        String(w, ev.date);
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    line.Put('\n');
    out.write(line.GetString(), static_cast<std::streamsize>(line.GetSize()));
  }
}

}  // namespace lienket
