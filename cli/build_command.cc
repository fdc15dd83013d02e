// lienket build: read, extract, resolve and export in one process.
#include <unicode/ucnv.h>

#include <cstdio>
#include <filesystem>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

#include "commands.h"
#include "lienket/export.h"
#include "lienket/graph.h"
#include "lienket/text.h"
#include "options.h"
#include "outputs.h"
#include "pipeline.h"
#include "progress.h"

namespace lienket::cli {

namespace {

namespace fs = std::filesystem;

constexpr char kUsage[] = R"(usage: lienket build [options] INPUT... -o OUTDIR

Reads articles, extracts facts with the rule set, resolves them into one
graph and writes every output into OUTDIR.

INPUT is a .txt file (one article; id = file name without extension), a
directory (every .txt below it, sorted), a .jsonl or .jsonl.gz file (one
{"id": ..., "text": ..., "date": "YYYY-MM-DD"} per line), or - (JSONL on stdin).

OUTDIR receives triples.jsonl, graph.graphml, graph.gexf, graph.ttl, graph.nt,
graph.nq, nodes.csv, relationships.csv (neo4j-admin import), graph.lkg (read
by lienket query and export), store.jsonl (the extracted facts, read by
lienket merge and build --into) and report.json. The set is written into
OUTDIR.tmp-<pid> and swapped in at the end: an interrupted build leaves the
previous OUTDIR as it was.

options:
  -o, --output OUTDIR   where to write (required unless --into)
  --into OUTDIR         add INPUTs to the graph already in OUTDIR (its
                        store.jsonl) and write OUTDIR anew; refuses a damaged
                        or old store. A missing or empty OUTDIR starts fresh
  --rules DIR           also load the rules in DIR, after the default set
                        (a rule or lexicon of the same name replaces it);
                        may be repeated
  --rules-only DIR      load DIR instead of the default set; may be repeated
  -j, --threads N       extraction threads (default: every core); the
                        output is the same for any N
  --encoding ENC        encoding of .txt input, an ICU converter name such
                        as windows-1258 (default UTF-8)
  --base-iri IRI        base of the IRIs in the RDF outputs
                        (default https://lienket.example.org/)
  --strict              stop at the first document that cannot be read
  -q, --quiet           no progress bar, no warnings (only their count)
  -h, --help            this help

The default rule set is $LIENKET_RULES if set, else the rules/ of the source
tree, else the installed one. Each rules directory's lexicons/aliases.tsv is
used to resolve abbreviations.

A document that cannot be read (invalid UTF-8, not JSON, no "text", empty,
too long, ...) is skipped with a warning and listed in report.json. So is
one whose id a later document of the same build has: the later one counts.

exit status:
  0  ok (documents may have been skipped: see report.json)
  1  a document was skipped under --strict; OUTDIR left unchanged
  2  usage or configuration error (bad option, missing input, bad rule
     file, unwritable OUTDIR, damaged store); OUTDIR left unchanged
)";

int Fail(const std::string& message) {
  std::fprintf(stderr, "%s\n", message.c_str());
  return kExitError;
}

// Bytes the reader will consume, for the ETA; 0 when unknown (stdin).
uint64_t TotalInputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& in : inputs) {
    if (in == "-") return 0;
    if (fs::is_directory(in, ec)) {
      for (fs::recursive_directory_iterator it(in, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".txt")
          total += it->file_size(ec);
    } else {
      uint64_t size = fs::file_size(in, ec);
      if (!ec) total += size;
    }
  }
  return total;
}

std::string SkipLine(const Skipped& s) {
  std::string line = "lienket: skipped " + s.origin;
  if (!s.id.empty() && s.origin.find(s.id) == std::string::npos) line += " (id " + s.id + ")";
  return line + ": " + s.reason;
}

bool CheckEncoding(const std::string& name, std::string* error) {
  if (name.empty()) return true;
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name.c_str(), &status);
  if (conv != nullptr) ucnv_close(conv);
  if (conv == nullptr || U_FAILURE(status)) {
    *error = "--encoding " + name + ": not an encoding ICU knows (try windows-1258)";
    return false;
  }
  return true;
}

}  // namespace

int BuildCommand(const Args& args) {
  if (WantsHelp(args)) {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  RunInfo info;
  info.command = "build";
  info.start_time = NowSeconds();

  ArgParser parser("lienket build");
  AddRuleOptions(&parser);
  parser.Value("--output", "-o");
  parser.Value("--into");
  parser.Value("--threads", "-j");
  parser.Value("--encoding");
  parser.Value("--base-iri");
  parser.Flag("--strict");
  parser.Flag("--quiet", "-q");
  std::string error;
  if (!parser.Parse(args, &error)) return Fail(error);

  const std::vector<std::string>& inputs = parser.positionals();
  const std::string into = parser.Get("--into");
  const std::string outdir = parser.Get("--output", into);
  const bool strict = parser.Has("--strict");
  const bool quiet = parser.Has("--quiet");
  if (inputs.empty()) return Fail("lienket build: no INPUT given (see lienket build --help)");
  if (outdir.empty()) return Fail("lienket build: no output directory: give -o OUTDIR");
  if (!ParseThreads(parser.Get("--threads"), &info.threads, &error))
    return Fail("lienket build: " + error);
  ReaderOptions reader_options;
  reader_options.encoding = parser.Get("--encoding");
  if (!CheckEncoding(reader_options.encoding, &error)) return Fail("lienket build: " + error);
  ExportOptions export_options;
  if (parser.Has("--base-iri")) export_options.base_iri = parser.Get("--base-iri");
  if (!IsValidBaseIri(export_options.base_iri, &error))
    return Fail("lienket build: --base-iri " + export_options.base_iri + ": " + error);

  // Configuration first, so that a mistake costs no reading.
  std::vector<std::string> rule_dirs;
  if (!RuleDirsFromOptions(parser, &rule_dirs, &error)) return Fail("lienket build: " + error);
  RuleConfig config;
  std::vector<std::string> errors;
  if (!LoadRuleConfig(rule_dirs, /*load_rules=*/true, &config, &errors)) {
    for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    return kExitError;
  }

  DocumentReader reader(inputs, reader_options);
  if (!reader.Open(&error)) return Fail(error);

  // Creating the staging directory also restores an OUTDIR that a killed
  // run had moved aside, so it comes before reading the store.
  StagedDirectory staged;
  if (!staged.Create(outdir, &error)) return Fail("lienket build: " + error);
  staged.RemoveOnInterrupt();

  GraphBuilder builder(config.aliases);
  if (!into.empty()) {
    std::error_code ec;
    bool has_content = fs::is_directory(into, ec) && !fs::is_empty(into, ec);
    if (fs::exists(into, ec) && !fs::is_directory(into, ec))
      return Fail("lienket build: --into " + into + ": not a directory");
    if (has_content) {
      double t = NowSeconds();
      if (!LoadStoreFromDir(into, &builder, &error)) return Fail("lienket build: " + error);
      info.resolve_seconds += NowSeconds() - t;
      info.carried_from.push_back(into);
      ReadSkippedFromReport(into, &info.skipped);
    }
  }
  info.inputs = inputs;

  LiveCounters counters;
  bool show_progress = !quiet && Progress::StderrIsTerminal();
  Progress progress(&counters, show_progress ? TotalInputBytes(inputs) : 0, show_progress);

  std::mutex skip_mu;
  std::vector<Skipped> skipped;
  auto on_skip = [&](const Skipped& s) {
    std::lock_guard<std::mutex> lock(skip_mu);
    skipped.push_back(s);
    if (strict) {
      progress.Message(SkipLine(s) + " (fatal under --strict)");
      return false;
    }
    if (!quiet) progress.Message(SkipLine(s));
    return true;
  };
  PipelineOptions pipeline_options;
  pipeline_options.threads = info.threads;
  PipelineStats stats;
  try {
    stats = RunPipeline(reader, *config.rules, pipeline_options, &counters, on_skip,
                        [&](DocumentFacts&& facts) { builder.Add(facts); });
  } catch (const std::exception& e) {
    progress.Stop();
    return Fail(std::string("lienket build: ") + e.what() + "; " + outdir + " left unchanged");
  }
  progress.Stop();
  // An id read twice in one build is most likely a mistake in the input:
  // the later document replaced the earlier, which is reported as skipped.
  for (const std::string& id : builder.RepeatedIds())
    on_skip({"", id, "id read twice: a later document with it replaces this one"});

  if (strict && !skipped.empty()) {
    std::fprintf(stderr, "lienket build: stopped at the first skipped document; %s left unchanged\n",
                 outdir.c_str());
    return kExitSkipped;
  }
  if (quiet && !skipped.empty())
    std::fprintf(stderr, "lienket: %zu documents skipped (listed in %s/report.json)\n",
                 skipped.size(), outdir.c_str());

  info.documents_read = counters.documents.load();
  info.input_bytes = counters.input_bytes.load();
  info.text_bytes = counters.text_bytes.load();
  info.read_seconds = stats.read_seconds;
  info.extract_seconds = stats.extract_seconds;
  info.resolve_seconds += stats.sink_seconds;
  info.skipped.insert(info.skipped.end(), skipped.begin(), skipped.end());

  OutputSummary summary;
  if (!WriteOutputs(builder, config, export_options, staged, &info, &summary, &error) ||
      !staged.Commit(&error))
    return Fail("lienket build: " + error + "; " + outdir + " left unchanged");
  if (!quiet) std::fprintf(stderr, "%s\n", SummaryLine(info, summary, outdir).c_str());
  return kExitOk;
}

}  // namespace lienket::cli
