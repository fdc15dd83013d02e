// Writers for the resolved graph. Stage 5 of the pipeline. Each writer
// streams to an std::ostream, escapes by construction and reads only Graph.
#ifndef LIENKET_EXPORT_H_
#define LIENKET_EXPORT_H_

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "lienket/graph.h"

namespace lienket {

enum class ExportFormat { kGraphML, kGexf, kTurtle, kNTriples, kNQuads, kJsonl, kDot, kCsvNodes, kCsvEdges };

std::optional<ExportFormat> ParseExportFormat(std::string_view name);

struct ExportOptions {
  // Base of every IRI minted for nodes, posts and documents.
  std::string base_iri = "https://lienket.example.org/";
};

// triples.jsonl: one line per edge, the scorer's format (shared/eval/README.md).
void WriteTriplesJsonl(const Graph& g, std::ostream& out);
void WriteGraphML(const Graph& g, std::ostream& out);
void WriteGexf(const Graph& g, std::ostream& out);
void WriteTurtle(const Graph& g, const ExportOptions& opt, std::ostream& out);
void WriteNTriples(const Graph& g, const ExportOptions& opt, std::ostream& out);
void WriteNQuads(const Graph& g, const ExportOptions& opt, std::ostream& out);
void WriteDot(const Graph& g, std::ostream& out);
// neo4j-admin import headers.
void WriteCsvNodes(const Graph& g, std::ostream& out);
void WriteCsvRelationships(const Graph& g, std::ostream& out);

void Write(ExportFormat f, const Graph& g, const ExportOptions& opt, std::ostream& out);

}  // namespace lienket

#endif  // LIENKET_EXPORT_H_
