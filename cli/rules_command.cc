// lienket rules: check a rule set, or list its rules.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.h"
#include "options.h"
#include "outputs.h"

namespace lienket::cli {

namespace {

constexpr char kUsage[] = R"(usage: lienket rules check [DIR...]
       lienket rules list [DIR...]

check  loads the rule set of the DIRs (default: the default rule set), with
       their lexicons and lexicons/aliases.tsv, and prints
       "ok: N rules, M lexicon entries", or every error as file:line: reason
list   prints "phase rule-name" for every rule, in the order they run

options:
  --rules DIR           add DIR after the default set (when no DIR is given)
  --rules-only DIR      same as giving DIR
  -h, --help            this help

exit status:
  0  ok
  2  usage error, or the rule set has errors
)";

int Fail(const std::string& message) {
  std::fprintf(stderr, "%s\n", message.c_str());
  return kExitError;
}

}  // namespace

int RulesCommand(const Args& args) {
  if (WantsHelp(args)) {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  if (args.empty()) return Fail("lienket rules: give check or list (see lienket rules --help)");
  const std::string action = args[0];
  if (action != "check" && action != "list")
    return Fail("lienket rules: unknown action " + action + " (check or list)");

  ArgParser parser("lienket rules " + action);
  AddRuleOptions(&parser);
  std::string error;
  if (!parser.Parse(Args(args.begin() + 1, args.end()), &error)) return Fail(error);
  std::vector<std::string> only = parser.GetAll("--rules-only");
  only.insert(only.end(), parser.positionals().begin(), parser.positionals().end());
  std::vector<std::string> dirs;
  if (!ResolveRuleDirs(only, parser.GetAll("--rules"), &dirs, &error))
    return Fail("lienket rules: " + error);

  RuleConfig config;
  std::vector<std::string> errors;
  if (!LoadRuleConfig(dirs, /*load_rules=*/true, &config, &errors)) {
    for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    return kExitError;
  }
  if (action == "check") {
    std::printf("ok: %zu rules, %zu lexicon entries\n", config.rules->rule_count(),
                config.rules->lexicon_entry_count());
  } else {
    for (const std::string& line : config.rules->Describe()) std::printf("%s\n", line.c_str());
  }
  return kExitOk;
}

}  // namespace lienket::cli
