// Command-line parsing shared by the subcommands, and the choices every
// command makes the same way: exit codes, thread counts, where the rules are.
#ifndef LIENKET_CLI_OPTIONS_H_
#define LIENKET_CLI_OPTIONS_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"

namespace lienket::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;  // documents skipped under --strict
inline constexpr int kExitError = 2;    // usage, configuration or I/O error

// A small getopt_long: "--name value", "--name=value", "-o value", flags,
// repeatable options and positionals ("-" is a positional, "--" ends options).
class ArgParser {
 public:
  // `command` names the subcommand in messages ("lienket build").
  explicit ArgParser(std::string command) : command_(std::move(command)) {}

  // Declares an option. `short_name` may be empty. A value option may be
  // given more than once; Get() returns the last, GetAll() every one.
  void Flag(std::string name, std::string short_name = "");
  void Value(std::string name, std::string short_name = "");

  // On failure *error is one line: "lienket build: unknown option --x".
  bool Parse(const Args& args, std::string* error);

  bool Has(std::string_view name) const;
  std::string Get(std::string_view name, std::string fallback = "") const;
  std::vector<std::string> GetAll(std::string_view name) const;
  const std::vector<std::string>& positionals() const { return positionals_; }

 private:
  struct Spec {
    std::string name;
    bool takes_value = false;
  };
  const Spec* Find(std::string_view token) const;

  std::string command_;
  std::vector<Spec> specs_;
  std::map<std::string, std::string, std::less<>> short_to_long_;
  std::map<std::string, std::vector<std::string>, std::less<>> values_;
  std::vector<std::string> positionals_;
};

// True when args holds "--help" or "-h" before any "--".
bool WantsHelp(const Args& args);

// Parses --threads: a number from 1 to 256, or 0 / absent for every core.
bool ParseThreads(const std::string& text, int* threads, std::string* error);

// The rule directories a command uses: `only` when given, else the default
// ($LIENKET_RULES, else the source tree's rules/, else the installed ones),
// followed by `extra`. Every directory must exist.
bool ResolveRuleDirs(const std::vector<std::string>& only, const std::vector<std::string>& extra,
                     std::vector<std::string>* dirs, std::string* error);

}  // namespace lienket::cli

#endif  // LIENKET_CLI_OPTIONS_H_
