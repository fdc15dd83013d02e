// Writers for the resolved graph. Stage 5 of the pipeline. Each writer
// streams to an std::ostream, escapes by construction and reads only Graph.
//
// Every writer visits nodes and edges in graph order, so the same graph gives
// byte-identical files. Text that cannot appear in a format (control
// characters in XML, ill-formed UTF-8 anywhere) is replaced by U+FFFD, never
// written raw. export/README.md gives each format's mapping and the `lk:` RDF
// vocabulary; docs/exports.md says how to open each file.
#ifndef LIENKET_EXPORT_H_
#define LIENKET_EXPORT_H_

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "lienket/graph.h"

namespace lienket {

enum class ExportFormat { kGraphML, kGexf, kTurtle, kNTriples, kNQuads, kJsonl, kDot, kCsvNodes, kCsvEdges };

// "graphml", "gexf", "turtle" (or "ttl"), "ntriples" ("nt"), "nquads" ("nq"),
// "jsonl", "dot", "csv" (= kCsvNodes; `export --to csv` writes both files),
// "csv-nodes", "csv-relationships".
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
// The name ParseExportFormat takes; kCsvEdges is "csv-relationships".
std::string_view ExportFormatName(ExportFormat f);
// The file a format is written to in OUTDIR: "graph.graphml", "graph.gexf",
// "graph.ttl", "graph.nt", "graph.nq", "triples.jsonl", "graph.dot",
// "nodes.csv", "relationships.csv".
std::string_view DefaultFileName(ExportFormat f);

// The default of ExportOptions::base_iri.
inline constexpr std::string_view kDefaultBaseIri = "https://lienket.example.org/";

struct ExportOptions {
  // Base of every IRI minted for nodes, posts and documents: nodes are
  // <base>node/<id>, facts <base>fact/<edge id>, articles <base>article/<doc>
  // and N-Quads graphs <base>doc/<doc>. A base not ending in '/' or '#' gets
  // a '/'; characters N-Triples forbids in an IRI are percent-encoded.
  std::string base_iri = std::string(kDefaultBaseIri);
};

// True when `iri` can be a base: an absolute IRI ("scheme:..."), no spaces,
// controls or <>"{}|^`\ characters. Otherwise false with *error saying why
// (the reason only: the caller names the option).
bool IsValidBaseIri(std::string_view iri, std::string* error);

// triples.jsonl: one line per edge, the scorer's format (shared/eval/README.md).
void WriteTriplesJsonl(const Graph& g, std::ostream& out);
// GraphML for Gephi, networkx, igraph, yEd: typed keys, parallel edges kept.
void WriteGraphML(const Graph& g, std::ostream& out);
// GEXF 1.3 for Gephi: colour by type, size by degree, holds_title in time.
void WriteGexf(const Graph& g, std::ostream& out);
// RDF: schema.org, W3C ORG, SKOS, PROV-O and lk: (export/README.md).
void WriteTurtle(const Graph& g, const ExportOptions& opt, std::ostream& out);
void WriteNTriples(const Graph& g, const ExportOptions& opt, std::ostream& out);
// N-Triples' statements in the default graph, and each relation triple again
// in the named graph of every article that states it.
void WriteNQuads(const Graph& g, const ExportOptions& opt, std::ostream& out);
// Graphviz, shape and colour by type.
void WriteDot(const Graph& g, std::ostream& out);
// neo4j-admin import headers.
void WriteCsvNodes(const Graph& g, std::ostream& out);
void WriteCsvRelationships(const Graph& g, std::ostream& out);

void Write(ExportFormat f, const Graph& g, const ExportOptions& opt, std::ostream& out);

}  // namespace lienket

#endif  // LIENKET_EXPORT_H_
