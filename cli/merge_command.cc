// lienket merge: the reduce step. Stores of earlier builds and lines of
// `lienket extract` go into one GraphBuilder; since resolution depends only
// on the set of documents, the result equals one build of everything.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

#include "commands.h"
#include "lienket/graph.h"
#include "options.h"
#include "outputs.h"

namespace lienket::cli {

namespace {

namespace fs = std::filesystem;

constexpr char kUsage[] = R"(usage: lienket merge [options] PART... -o OUTDIR

The reduce step: merges the facts of every PART into one graph and writes the
same OUTDIR set as lienket build. Each PART is
  - an OUTDIR of an earlier build or merge (its store.jsonl is read),
  - a file of lines written by lienket extract (or a store.jsonl), or
  - - for lines of lienket extract on stdin.
A document id given twice is taken from the later PART.
`build A -o a; build B -o b; merge a b -o ab` writes the same files as
`build A B -o ab` (report.json's "run" and "input" parts aside).

options:
  -o, --output OUTDIR   where to write (required); replaced atomically
  --rules DIR           rules directory whose lexicons/aliases.tsv is used
                        for resolution, after the default set; use the same
                        rules options as the builds being merged
  --rules-only DIR      instead of the default set
  -j, --threads N       threads for writing the outputs
  --base-iri IRI        base of the IRIs in the RDF outputs
  -q, --quiet           no closing summary line
  -h, --help            this help

exit status:
  0  ok
  2  usage or configuration error, an unreadable or damaged PART, or an
     unwritable OUTDIR; OUTDIR left unchanged
)";

int Fail(const std::string& message) {
  std::fprintf(stderr, "%s\n", message.c_str());
  return kExitError;
}

bool IsBlank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

// Parses one line of `lienket extract`. A line without a document id (a
// store's header line, say) is not one.
bool ParseFactsLine(const std::string& line, DocumentFacts* facts, std::string* error) {
  *facts = DocumentFacts();
  if (!DocumentFactsFromJson(line, facts, error)) return false;
  if (facts->doc_id.empty()) {
    *error = "no document id";
    return false;
  }
  return true;
}

// Adds every line of `in` from line `first_line_no` on; `pending` is a
// first line already read.
bool AddFactsLines(std::istream& in, const std::string& name, std::string pending,
                   uint64_t line_no, GraphBuilder* builder, uint64_t* documents,
                   std::string* error) {
  std::string line = std::move(pending);
  bool have = !line.empty();
  for (;;) {
    if (!have) {
      if (!std::getline(in, line)) break;
      ++line_no;
    }
    have = false;
    if (IsBlank(line)) continue;
    DocumentFacts facts;
    std::string why;
    if (!ParseFactsLine(line, &facts, &why)) {
      *error = name + ":" + std::to_string(line_no) + ": " + why;
      return false;
    }
    builder->Add(std::move(facts));
    ++*documents;
  }
  if (in.bad()) {
    *error = name + ": read error";
    return false;
  }
  return true;
}

bool AddPart(const std::string& part, GraphBuilder* builder, RunInfo* info,
             std::string* error) {
  if (part == "-") {
    return AddFactsLines(std::cin, "<stdin>", "", 0, builder, &info->documents_read, error);
  }
  std::error_code ec;
  if (fs::is_directory(part, ec)) {
    if (!LoadStoreFromDir(part, builder, error)) return false;
    info->carried_from.push_back(part);
    ReadSkippedFromReport(part, &info->skipped);
    return true;
  }
  std::ifstream in(part, std::ios::binary);
  if (!in) {
    *error = part + ": " + (fs::exists(part, ec) ? "cannot read" : "no such file or directory");
    return false;
  }
  info->input_bytes += fs::file_size(part, ec);
  // A file is either lines of `lienket extract` or a store; the first
  // non-blank line tells which.
  std::string first;
  uint64_t line_no = 0;
  while (std::getline(in, first)) {
    ++line_no;
    if (!IsBlank(first)) break;
  }
  if (IsBlank(first)) return true;  // empty part
  DocumentFacts probe;
  std::string facts_error;
  if (ParseFactsLine(first, &probe, &facts_error))
    return AddFactsLines(in, part, first, line_no, builder, &info->documents_read, error);
  in.clear();
  in.seekg(0);
  std::string store_error;
  if (builder->Load(in, part, &store_error)) {
    info->carried_from.push_back(part);
    return true;
  }
  *error = part + ":" + std::to_string(line_no) + ": neither lines of lienket extract (" +
           facts_error + ") nor a lienket store (" + store_error + ")";
  return false;
}

}  // namespace

int MergeCommand(const Args& args) {
  if (WantsHelp(args)) {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  RunInfo info;
  info.command = "merge";
  info.start_time = NowSeconds();

  ArgParser parser("lienket merge");
  AddRuleOptions(&parser);
  parser.Value("--output", "-o");
  parser.Value("--threads", "-j");
  parser.Value("--base-iri");
  parser.Flag("--quiet", "-q");
  std::string error;
  if (!parser.Parse(args, &error)) return Fail(error);
  const std::vector<std::string>& parts = parser.positionals();
  const std::string outdir = parser.Get("--output");
  if (parts.empty()) return Fail("lienket merge: no PART given (see lienket merge --help)");
  if (outdir.empty()) return Fail("lienket merge: no output directory: give -o OUTDIR");
  if (!ParseThreads(parser.Get("--threads"), &info.threads, &error))
    return Fail("lienket merge: " + error);
  ExportOptions export_options;
  if (parser.Has("--base-iri")) export_options.base_iri = parser.Get("--base-iri");
  if (!IsValidBaseIri(export_options.base_iri, &error))
    return Fail("lienket merge: --base-iri " + export_options.base_iri + ": " + error);

  std::vector<std::string> rule_dirs;
  if (!RuleDirsFromOptions(parser, &rule_dirs, &error)) return Fail("lienket merge: " + error);
  RuleConfig config;
  std::vector<std::string> errors;
  if (!LoadRuleConfig(rule_dirs, /*load_rules=*/false, &config, &errors)) {
    for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    return kExitError;
  }
  std::error_code ec;
  for (const std::string& part : parts)
    if (part != "-" && !fs::exists(part, ec))
      return Fail("lienket merge: " + part + ": no such file or directory");

  StagedDirectory staged;
  if (!staged.Create(outdir, &error)) return Fail("lienket merge: " + error);
  staged.RemoveOnInterrupt();

  GraphBuilder builder(config.aliases);
  double t = NowSeconds();
  for (const std::string& part : parts)
    if (!AddPart(part, &builder, &info, &error))
      return Fail("lienket merge: " + error + "; " + outdir + " left unchanged");
  info.read_seconds = NowSeconds() - t;
  info.inputs = parts;

  OutputSummary summary;
  if (!WriteOutputs(builder, config, export_options, staged, &info, &summary, &error) ||
      !staged.Commit(&error))
    return Fail("lienket merge: " + error + "; " + outdir + " left unchanged");
  if (!parser.Has("--quiet"))
    std::fprintf(stderr, "%s\n", SummaryLine(info, summary, outdir).c_str());
  return kExitOk;
}

}  // namespace lienket::cli
