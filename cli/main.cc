// lienket: builds a knowledge graph from Vietnamese news articles.
#include <cstdio>
#include <exception>
#include <new>
#include <string>

#include "commands.h"
#include "options.h"

namespace {

constexpr char kUsage[] = R"(usage: lienket COMMAND [options] [args]

Builds a knowledge graph of who holds which position, who awarded whom, who
organized, chaired or attended which event, where and when, from Vietnamese
news articles.

commands:
  build    articles -> OUTDIR with the graph in every format (extract + merge)
  extract  the map step: documents (JSONL) -> facts (JSONL), on stdout
  merge    the reduce step: stores and extract output -> OUTDIR
  export   one format of a built graph, to stdout or a file
  query    ask a built graph questions
  rules    check or list a rule set

`lienket COMMAND --help` tells more about each.

options:
  -h, --help     this help
  --version      the version

exit status (every command):
  0  ok
  1  documents skipped under --strict
  2  usage or configuration error
)";

using Command = int (*)(const lienket::cli::Args&);

struct Entry {
  const char* name;
  Command run;
};

constexpr Entry kCommands[] = {
    {"build", lienket::cli::BuildCommand},   {"extract", lienket::cli::ExtractCommand},
    {"merge", lienket::cli::MergeCommand},   {"export", lienket::cli::ExportCommand},
    {"query", lienket::cli::QueryCommand},   {"rules", lienket::cli::RulesCommand},
};

Command Find(const std::string& name) {
  for (const Entry& e : kCommands)
    if (name == e.name) return e.run;
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  using lienket::cli::kExitError;
  using lienket::cli::kExitOk;
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitError;
  }
  std::string command = argv[1];
  if (command == "--help" || command == "-h") {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  if (command == "--version") {
    std::printf("lienket %s\n", LIENKET_VERSION);
    return kExitOk;
  }
  lienket::cli::Args args(argv + 2, argv + argc);
  if (command == "help") {  // "lienket help build" = "lienket build --help"
    if (args.empty()) {
      std::fputs(kUsage, stdout);
      return kExitOk;
    }
    command = args[0];
    args = {"--help"};
  }
  Command run = Find(command);
  if (run == nullptr) {
    std::fprintf(stderr, "lienket: unknown command %s (see lienket --help)\n", command.c_str());
    return kExitError;
  }
  try {
    return run(args);
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "lienket %s: out of memory\n", command.c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "lienket %s: %s\n", command.c_str(), e.what());
  }
  return kExitError;
}
