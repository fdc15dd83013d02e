// GEXF 1.3 (gexf.net/1.3), Gephi's own format. Beyond GraphML it carries
// what Gephi shows without any set-up: colour by entity type, size by degree,
// and time, so that the timeline plays who held which position when.
#include <cmath>
#include <ostream>
#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "common.h"
#include "escape.h"
#include "lienket/export.h"

namespace lienket {
namespace {

using export_detail::WriteInt;
using export_detail::WriteXml;

void AttValue(export_detail::Out& out, std::string_view key, std::string_view value) {
  out << "          <attvalue for=\"" << key << "\" value=\"";
  WriteXml(out, value);
  out << "\"/>\n";
}

// Grows slowly, so that hubs (Ban Đối ngoại Trung ương) stand out without
// hiding everything else.
double SizeForDegree(size_t degree) { return 10.0 + 5.0 * std::sqrt(static_cast<double>(degree)); }

}  // namespace

void WriteGexf(const Graph& g, std::ostream& os) {
  const export_detail::Ids node_ids = export_detail::NodeIds(g);
  const export_detail::Ids edge_ids = export_detail::EdgeIds(g);
  export_detail::Out out(os);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>lienket</creator>\n"
         "    <description>Who holds which position, who awarded whom, who organized, chaired "
         "or attended which event, where and when, from Vietnamese news</description>\n"
         "  </meta>\n"
         // Time is a calendar date; a holds_title edge lives from its first to
         // its last sighting, every other element always.
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" "
         "timerepresentation=\"interval\">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
         "      <attribute id=\"former\" title=\"former\" type=\"boolean\"/>\n"
         "      <attribute id=\"first_seen\" title=\"first_seen\" type=\"string\"/>\n"
         "      <attribute id=\"last_seen\" title=\"last_seen\" type=\"string\"/>\n"
         "    </attributes>\n";

  out << "    <nodes count=\"";
  WriteInt(out, boost::num_vertices(g));
  out << "\">\n";
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    out << "      <node id=\"";
    WriteXml(out, node_ids[v]);
    out << "\" label=\"";
    WriteXml(out, n.label);
    out << "\">\n        <attvalues>\n";
    AttValue(out, "type", EntityTypeName(n.type));
    out << "          <attvalue for=\"aliases\" value=\"";
    for (size_t i = 0; i < n.aliases.size(); ++i) {
      if (i) out << "; ";
      WriteXml(out, n.aliases[i]);
    }
    out << "\"/>\n        </attvalues>\n";
    const auto& style = export_detail::StyleOf(n.type);
    out << "        <viz:color r=\"";
    WriteInt(out, int{style.r});
    out << "\" g=\"";
    WriteInt(out, int{style.g});
    out << "\" b=\"";
    WriteInt(out, int{style.b});
    out << "\" a=\"1.0\"/>\n        <viz:size value=\"";
    export_detail::WriteFixed(out, SizeForDegree(boost::in_degree(v, g) + boost::out_degree(v, g)), 1);
    out << "\"/>\n      </node>\n";
  }
  out << "    </nodes>\n    <edges count=\"";
  WriteInt(out, boost::num_edges(g));
  out << "\">\n";
  size_t i = 0;
  std::string start, end, ignored;
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& ep = g[e];
    std::string_view relation = RelationName(ep.relation);
    out << "      <edge id=\"";
    WriteXml(out, edge_ids[i++]);
    out << "\" source=\"";
    WriteXml(out, node_ids[boost::source(e, g)]);
    out << "\" target=\"";
    WriteXml(out, node_ids[boost::target(e, g)]);
    // kind keeps parallel edges of different relations apart in Gephi.
    out << "\" label=\"" << relation << "\" kind=\"" << relation << "\" weight=\"";
    WriteInt(out, ep.weight);
    out << '"';
    if (ep.relation == Relation::kHoldsTitle) {
      // "2020" covers the whole year: from 2020-01-01 to 2020-12-31.
      const std::string& first = ep.first_seen.empty() ? ep.last_seen : ep.first_seen;
      const std::string& last = ep.last_seen.empty() ? ep.first_seen : ep.last_seen;
      bool has_start = export_detail::DateBounds(first, &start, &ignored);
      bool has_end = export_detail::DateBounds(last, &ignored, &end);
      if (has_start && has_end && end < start) std::swap(start, end);
      if (has_start) out << " start=\"" << start << '"';
      if (has_end) out << " end=\"" << end << '"';
    }
    out << ">\n        <attvalues>\n";
    AttValue(out, "relation", relation);
    AttValue(out, "former", ep.former ? "true" : "false");
    if (!ep.first_seen.empty()) AttValue(out, "first_seen", ep.first_seen);
    if (!ep.last_seen.empty()) AttValue(out, "last_seen", ep.last_seen);
    out << "        </attvalues>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace lienket
