// GraphML, written by hand rather than with boost::write_graphml: Boost
// declares graph-level keys wrongly, does not escape key names, and cannot
// map one property to the "label" name on nodes and on edges at once, which
// is the name Gephi looks for.
#include <ostream>
#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "common.h"
#include "escape.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using export_detail::WriteXml;

// Key ids are XML IDs, unique over the document; attr.name is what readers
// map by, so the node and the edge "label" share a name but not an id.
constexpr std::string_view kKeys =
    R"(  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="former" for="edge" attr.name="former" attr.type="boolean"/>
  <key id="first_seen" for="edge" attr.name="first_seen" attr.type="string"/>
  <key id="last_seen" for="edge" attr.name="last_seen" attr.type="string"/>
)";

void Data(export_detail::Out& out, std::string_view key, std::string_view value) {
  out << "      <data key=\"" << key << "\">";
  WriteXml(out, value);
  out << "</data>\n";
}

}  // namespace

void WriteGraphML(const Graph& g, std::ostream& os) {
  const export_detail::Ids node_ids = export_detail::NodeIds(g);
  const export_detail::Ids edge_ids = export_detail::EdgeIds(g);
  export_detail::Out out(os);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      << kKeys << "  <graph id=\"lienket\" edgedefault=\"directed\">\n";
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    out << "    <node id=\"";
    WriteXml(out, node_ids[v]);
    out << "\">\n";
    Data(out, "label", n.label);
    Data(out, "type", EntityTypeName(n.type));
    // GraphML has no list type: "; " between aliases (export/README.md).
    out << "      <data key=\"aliases\">";
    for (size_t i = 0; i < n.aliases.size(); ++i) {
      if (i) out << "; ";
      WriteXml(out, n.aliases[i]);
    }
    out << "</data>\n    </node>\n";
  }
  size_t i = 0;
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& ep = g[e];
    out << "    <edge id=\"";
    WriteXml(out, edge_ids[i++]);
    out << "\" source=\"";
    WriteXml(out, node_ids[boost::source(e, g)]);
    out << "\" target=\"";
    WriteXml(out, node_ids[boost::target(e, g)]);
    out << "\">\n";
    Data(out, "relation", RelationName(ep.relation));
    Data(out, "edge_label", RelationName(ep.relation));
    out << "      <data key=\"weight\">";
    export_detail::WriteInt(out, ep.weight);
    out << "</data>\n";
    Data(out, "former", ep.former ? "true" : "false");
    if (!ep.first_seen.empty()) Data(out, "first_seen", ep.first_seen);
    if (!ep.last_seen.empty()) Data(out, "last_seen", ep.last_seen);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace lienket
