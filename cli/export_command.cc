// lienket export: one format of a built graph, to stdout or a file.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <system_error>

#include "atomic_file.h"
#include "commands.h"
#include "lienket/export.h"
#include "lienket/graph.h"
#include "options.h"

namespace lienket::cli {

namespace {

namespace fs = std::filesystem;

constexpr char kUsage[] = R"(usage: lienket export OUTDIR --to FORMAT [-o FILE] [--base-iri IRI]

Writes the graph of OUTDIR (its graph.lkg, written by lienket build or merge)
in one format, to stdout or to FILE (replaced atomically).

FORMAT is one of
  graphml            GraphML (Gephi, yEd, NetworkX)
  gexf               GEXF (Gephi)
  turtle | ttl       RDF Turtle
  ntriples | nt      RDF N-Triples
  nquads | nq        RDF N-Quads, one named graph per document
  jsonl              one edge a line with evidence (as triples.jsonl)
  dot                Graphviz
  csv                neo4j-admin import files: -o names a directory that
                     receives nodes.csv and relationships.csv
  csv-nodes          the nodes file alone
  csv-relationships  the relationships file alone

options:
  --to FORMAT           the format (required)
  -o, --output FILE     write to FILE instead of stdout
  --base-iri IRI        base of the IRIs in RDF output
                        (default https://lienket.example.org/)
  -h, --help            this help

exit status:
  0  ok
  2  usage error, no readable graph.lkg in OUTDIR, or FILE not writable
)";

int Fail(const std::string& message) {
  std::fprintf(stderr, "%s\n", message.c_str());
  return kExitError;
}

struct FormatName {
  const char* name;
  ExportFormat format;
};
constexpr FormatName kFormats[] = {
    {"graphml", ExportFormat::kGraphML},     {"gexf", ExportFormat::kGexf},
    {"turtle", ExportFormat::kTurtle},       {"ttl", ExportFormat::kTurtle},
    {"ntriples", ExportFormat::kNTriples},   {"nt", ExportFormat::kNTriples},
    {"nquads", ExportFormat::kNQuads},       {"nq", ExportFormat::kNQuads},
    {"jsonl", ExportFormat::kJsonl},         {"dot", ExportFormat::kDot},
    {"csv-nodes", ExportFormat::kCsvNodes},  {"csv-relationships", ExportFormat::kCsvEdges},
};

bool WriteFile(const std::string& path, ExportFormat format, const Graph& g,
               const ExportOptions& options, std::string* error) {
  AtomicFile file(path);
  if (!file.Open(error)) return false;
  Write(format, g, options, file.stream());
  return file.Commit(error);
}

}  // namespace

int ExportCommand(const Args& args) {
  if (WantsHelp(args)) {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  ArgParser parser("lienket export");
  parser.Value("--to");
  parser.Value("--output", "-o");
  parser.Value("--base-iri");
  std::string error;
  if (!parser.Parse(args, &error)) return Fail(error);
  if (parser.positionals().size() != 1)
    return Fail("lienket export: give exactly one OUTDIR (see lienket export --help)");
  const std::string dir = parser.positionals()[0];
  const std::string to = parser.Get("--to");
  const std::string output = parser.Get("--output");
  if (to.empty()) return Fail("lienket export: no format: give --to FORMAT");
  const bool csv_pair = to == "csv";
  std::optional<ExportFormat> format;
  for (const FormatName& f : kFormats)
    if (to == f.name) format = f.format;
  if (!format && !csv_pair)
    return Fail("lienket export: unknown format " + to +
                " (graphml, gexf, turtle, ntriples, nquads, jsonl, dot, csv)");
  if (csv_pair && output.empty())
    return Fail("lienket export: --to csv writes two files: give -o DIR");
  ExportOptions options;
  if (parser.Has("--base-iri")) options.base_iri = parser.Get("--base-iri");
  if (!IsValidBaseIri(options.base_iri, &error))
    return Fail("lienket export: --base-iri " + options.base_iri + ": " + error);

  std::string path = (fs::path(dir) / "graph.lkg").string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail("lienket export: " + path + ": cannot read (not a lienket OUTDIR?)");
  Graph g;
  std::string why;
  if (!LoadGraph(in, &g, &why))
    return Fail("lienket export: " + (why.find(path) == std::string::npos ? path + ": " + why : why));

  if (csv_pair) {
    std::error_code ec;
    fs::create_directories(output, ec);
    if (ec) return Fail("lienket export: cannot create " + output + ": " + ec.message());
    if (!WriteFile((fs::path(output) / "nodes.csv").string(), ExportFormat::kCsvNodes, g, options,
                   &error) ||
        !WriteFile((fs::path(output) / "relationships.csv").string(), ExportFormat::kCsvEdges, g,
                   options, &error))
      return Fail("lienket export: " + error);
    return kExitOk;
  }
  if (!output.empty() && output != "-") {
    if (!WriteFile(output, *format, g, options, &error)) return Fail("lienket export: " + error);
    return kExitOk;
  }
  std::ios::sync_with_stdio(false);
  Write(*format, g, options, std::cout);
  std::cout.flush();
  if (!std::cout) return Fail("lienket export: cannot write to stdout");
  return kExitOk;
}

}  // namespace lienket::cli
