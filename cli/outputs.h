// What build, merge and `build --into` share: loading the rule set and the
// alias tables, reading stores back, and writing the output directory
// (every export, the store, graph.lkg and report.json).
#ifndef LIENKET_CLI_OUTPUTS_H_
#define LIENKET_CLI_OUTPUTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "atomic_file.h"
#include "lienket/export.h"
#include "lienket/extract.h"
#include "lienket/graph.h"
#include "lienket/text.h"
#include "options.h"

namespace lienket::cli {

// --rules DIR (after the default) and --rules-only DIR (instead of it).
void AddRuleOptions(ArgParser* parser);
bool RuleDirsFromOptions(const ArgParser& parser, std::vector<std::string>* dirs,
                         std::string* error);

struct RuleConfig {
  std::vector<std::string> dirs;
  std::unique_ptr<RuleSet> rules;  // null unless asked for
  AliasTables aliases;
  size_t alias_files = 0;
};

// Loads `dirs`' rules (when load_rules) and every <dir>/lexicons/aliases.tsv.
// On failure fills *errors with "file:line: reason" lines.
bool LoadRuleConfig(const std::vector<std::string>& dirs, bool load_rules, RuleConfig* config,
                    std::vector<std::string>* errors);

// Store file of an output directory.
inline constexpr const char* kStoreFile = "store.jsonl";

// Adds the store of an earlier output directory to *builder; refuses (false,
// *error one line) when it is missing, damaged or of another version.
bool LoadStoreFromDir(const std::string& dir, GraphBuilder* builder, std::string* error);

// The skipped documents an earlier run listed in dir/report.json, so that a
// merged or extended output still says what is missing. Best effort.
void ReadSkippedFromReport(const std::string& dir, std::vector<Skipped>* skipped);

// What the run did, for report.json and the closing line.
struct RunInfo {
  std::string command;  // "build", "merge"
  int threads = 1;
  std::vector<std::string> inputs;     // as given
  std::vector<std::string> carried_from;  // stores read (--into, merge parts)
  uint64_t documents_read = 0;         // in this run
  std::vector<Skipped> skipped;        // this run's and the carried ones
  uint64_t input_bytes = 0;
  uint64_t text_bytes = 0;
  double read_seconds = 0;
  double extract_seconds = 0;
  double resolve_seconds = 0;  // adding to the builder; Build() is added by WriteOutputs
  double export_seconds = 0;   // set by WriteOutputs
  double start_time = 0;       // NowSeconds() when the command started
};

struct OutputSummary {
  size_t documents = 0;
  size_t entities = 0;
  size_t edges = 0;
};

double NowSeconds();

// Builds the graph and writes every output file into `staged` (each one
// atomically), report.json last, using up to `info->threads` threads.
bool WriteOutputs(const GraphBuilder& builder, const RuleConfig& config,
                  const ExportOptions& export_options, const StagedDirectory& staged,
                  RunInfo* info, OutputSummary* summary, std::string* error);

// "lienket: 12 documents, 40 entities, 31 edges -> out (0.2 s, 9.1 MB/s)".
std::string SummaryLine(const RunInfo& info, const OutputSummary& summary,
                        const std::string& outdir);

}  // namespace lienket::cli

#endif  // LIENKET_CLI_OUTPUTS_H_
