#include "lienket/export.h"

#include <ostream>

namespace lienket {

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  static constexpr std::pair<std::string_view, ExportFormat> kNames[] = {
      {"graphml", ExportFormat::kGraphML},   {"gexf", ExportFormat::kGexf},
      {"turtle", ExportFormat::kTurtle},     {"ttl", ExportFormat::kTurtle},
      {"ntriples", ExportFormat::kNTriples}, {"nt", ExportFormat::kNTriples},
      {"nquads", ExportFormat::kNQuads},     {"nq", ExportFormat::kNQuads},
      {"jsonl", ExportFormat::kJsonl},       {"dot", ExportFormat::kDot},
      {"csv", ExportFormat::kCsvNodes},      {"csv-nodes", ExportFormat::kCsvNodes},
      {"csv-relationships", ExportFormat::kCsvEdges},
  };
  for (const auto& [n, f] : kNames)
    if (n == name) return f;
  return std::nullopt;
}

std::string_view ExportFormatName(ExportFormat f) {
  switch (f) {
    case ExportFormat::kGraphML: return "graphml";
    case ExportFormat::kGexf: return "gexf";
    case ExportFormat::kTurtle: return "turtle";
    case ExportFormat::kNTriples: return "ntriples";
    case ExportFormat::kNQuads: return "nquads";
    case ExportFormat::kJsonl: return "jsonl";
    case ExportFormat::kDot: return "dot";
    case ExportFormat::kCsvNodes: return "csv";
    case ExportFormat::kCsvEdges: return "csv-relationships";
  }
  return "";
}

std::string_view DefaultFileName(ExportFormat f) {
  switch (f) {
    case ExportFormat::kGraphML: return "graph.graphml";
    case ExportFormat::kGexf: return "graph.gexf";
    case ExportFormat::kTurtle: return "graph.ttl";
    case ExportFormat::kNTriples: return "graph.nt";
    case ExportFormat::kNQuads: return "graph.nq";
    case ExportFormat::kJsonl: return "triples.jsonl";
    case ExportFormat::kDot: return "graph.dot";
    case ExportFormat::kCsvNodes: return "nodes.csv";
    case ExportFormat::kCsvEdges: return "relationships.csv";
  }
  return "";
}

bool IsValidBaseIri(std::string_view iri, std::string* error) {
  auto fail = [&](std::string why) {
    if (error) *error = std::move(why);
    return false;
  };
  size_t colon = iri.find(':');
  auto is_alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (colon == std::string_view::npos || colon == 0 || !is_alpha(iri[0]))
    return fail("not absolute (it needs a scheme, as in https://example.org/)");
  for (size_t i = 1; i < colon; ++i) {
    char c = iri[i];
    if (!is_alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
      return fail("the scheme has a character a scheme cannot have");
  }
  for (unsigned char c : iri)
    if (c <= 0x20 || std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) != std::string_view::npos)
      return fail("contains a space, a control character or one of <>\"{}|^`\\");
  return true;
}

void Write(ExportFormat f, const Graph& g, const ExportOptions& opt, std::ostream& out) {
  switch (f) {
    case ExportFormat::kGraphML: return WriteGraphML(g, out);
    case ExportFormat::kGexf: return WriteGexf(g, out);
    case ExportFormat::kTurtle: return WriteTurtle(g, opt, out);
    case ExportFormat::kNTriples: return WriteNTriples(g, opt, out);
    case ExportFormat::kNQuads: return WriteNQuads(g, opt, out);
    case ExportFormat::kJsonl: return WriteTriplesJsonl(g, out);
    case ExportFormat::kDot: return WriteDot(g, out);
    case ExportFormat::kCsvNodes: return WriteCsvNodes(g, out);
    case ExportFormat::kCsvEdges: return WriteCsvRelationships(g, out);
  }
}

}  // namespace lienket
