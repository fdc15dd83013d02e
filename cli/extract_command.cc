// lienket extract: the map step. Documents in, one line of facts out per
// document, in input order whatever the thread count, so that it can run as
// the mapper of Hadoop Streaming or Spark's RDD.pipe.
#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

#include "commands.h"
#include "lienket/graph.h"
#include "lienket/text.h"
#include "options.h"
#include "outputs.h"
#include "pipeline.h"

namespace lienket::cli {

namespace {

constexpr char kUsage[] = R"(usage: lienket extract [options] [INPUT...]

The map step of lienket build: reads documents (default: JSONL on stdin, one
{"id": ..., "text": ..., "date": ...} a line) and writes to stdout one JSON
line of extracted facts per document, in input order. lienket merge reads
these lines (the reduce step).

INPUT is as for lienket build: a .txt file, a directory of .txt files, a
.jsonl or .jsonl.gz file, or - (stdin).

options:
  --rules DIR           also load the rules in DIR, after the default set
  --rules-only DIR      load DIR instead of the default set
  -j, --threads N       extraction threads (default: every core); the output
                        is the same for any N
  --encoding ENC        encoding of .txt input (ICU converter name)
  --strict              stop at the first document that cannot be read
  -q, --quiet           no warnings for skipped documents (only their count)
  -h, --help            this help

exit status:
  0  ok (skipped documents are named on stderr)
  1  a document was skipped under --strict
  2  usage or configuration error, or stdout could not be written
)";

int Fail(const std::string& message) {
  std::fprintf(stderr, "%s\n", message.c_str());
  return kExitError;
}

}  // namespace

int ExtractCommand(const Args& args) {
  if (WantsHelp(args)) {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  ArgParser parser("lienket extract");
  AddRuleOptions(&parser);
  parser.Value("--threads", "-j");
  parser.Value("--encoding");
  parser.Flag("--strict");
  parser.Flag("--quiet", "-q");
  std::string error;
  if (!parser.Parse(args, &error)) return Fail(error);
  int threads = 1;
  if (!ParseThreads(parser.Get("--threads"), &threads, &error))
    return Fail("lienket extract: " + error);
  const bool strict = parser.Has("--strict");
  const bool quiet = parser.Has("--quiet");
  std::vector<std::string> inputs = parser.positionals();
  if (inputs.empty()) inputs.push_back("-");

  std::vector<std::string> rule_dirs;
  if (!RuleDirsFromOptions(parser, &rule_dirs, &error)) return Fail("lienket extract: " + error);
  RuleConfig config;
  std::vector<std::string> errors;
  if (!LoadRuleConfig(rule_dirs, /*load_rules=*/true, &config, &errors)) {
    for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    return kExitError;
  }
  ReaderOptions reader_options;
  reader_options.encoding = parser.Get("--encoding");
  DocumentReader reader(inputs, reader_options);
  if (!reader.Open(&error)) return Fail(error);

  static char out_buffer[1 << 20];
  std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);

  std::mutex skip_mu;
  size_t skipped = 0;
  auto on_skip = [&](const Skipped& s) {
    std::lock_guard<std::mutex> lock(skip_mu);
    ++skipped;
    if (!quiet || strict) {
      std::string line = "lienket: skipped " + s.origin;
      if (!s.id.empty() && s.origin.find(s.id) == std::string::npos) line += " (id " + s.id + ")";
      std::fprintf(stderr, "%s: %s\n", line.c_str(), s.reason.c_str());
    }
    return !strict;
  };
  LiveCounters counters;
  PipelineOptions options;
  options.threads = threads;
  try {
    RunPipeline(reader, *config.rules, options, &counters, on_skip, [](DocumentFacts&& facts) {
      std::string line = DocumentFactsToJson(facts);
      line += '\n';
      std::fwrite(line.data(), 1, line.size(), stdout);
    });
  } catch (const std::exception& e) {
    std::fflush(stdout);
    return Fail(std::string("lienket extract: ") + e.what());
  }
  if (std::fflush(stdout) != 0 || std::ferror(stdout))
    return Fail("lienket extract: cannot write to stdout");
  if (strict && skipped > 0) return kExitSkipped;
  if (quiet && skipped > 0) std::fprintf(stderr, "lienket: %zu documents skipped\n", skipped);
  return kExitOk;
}

}  // namespace lienket::cli
