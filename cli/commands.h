// The subcommands of `lienket`. Each takes the arguments after its own name
// and returns the process exit code: 0 ok, 1 documents skipped under
// --strict, 2 usage or configuration error.
#ifndef LIENKET_CLI_COMMANDS_H_
#define LIENKET_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace lienket::cli {

using Args = std::vector<std::string>;

int BuildCommand(const Args& args);    // build_command.cc
int ExtractCommand(const Args& args);  // extract_command.cc
int MergeCommand(const Args& args);    // merge_command.cc
int ExportCommand(const Args& args);   // export_command.cc
int RulesCommand(const Args& args);    // rules_command.cc ("rules check DIR", "rules list")
int QueryCommand(const Args& args);    // query_command.cc

}  // namespace lienket::cli

#endif  // LIENKET_CLI_COMMANDS_H_
