#include "options.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <system_error>
#include <thread>

namespace lienket::cli {

namespace fs = std::filesystem;

void ArgParser::Flag(std::string name, std::string short_name) {
  if (!short_name.empty()) short_to_long_[short_name] = name;
  specs_.push_back({std::move(name), false});
}

void ArgParser::Value(std::string name, std::string short_name) {
  if (!short_name.empty()) short_to_long_[short_name] = name;
  specs_.push_back({std::move(name), true});
}

const ArgParser::Spec* ArgParser::Find(std::string_view token) const {
  if (auto it = short_to_long_.find(token); it != short_to_long_.end()) token = it->second;
  for (const Spec& s : specs_)
    if (s.name == token) return &s;
  return nullptr;
}

bool ArgParser::Parse(const Args& args, std::string* error) {
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      positionals_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string_view name = arg;
    std::optional<std::string> inline_value;
    if (size_t eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = std::string_view(arg).substr(0, eq);
      inline_value = arg.substr(eq + 1);
    } else if (arg[1] != '-' && arg.size() > 2) {  // "-j2", "-oDIR"
      const Spec* s = Find(std::string_view(arg).substr(0, 2));
      if (s != nullptr && s->takes_value) {
        name = std::string_view(arg).substr(0, 2);
        inline_value = arg.substr(2);
      }
    }
    const Spec* spec = Find(name);
    if (spec == nullptr) {
      *error = command_ + ": unknown option " + std::string(name) + " (see " + command_ +
               " --help)";
      return false;
    }
    if (!spec->takes_value) {
      if (inline_value) {
        *error = command_ + ": option " + spec->name + " takes no value";
        return false;
      }
      values_[spec->name].push_back("");
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) {
        *error = command_ + ": option " + std::string(name) + " needs a value";
        return false;
      }
      inline_value = args[++i];
    }
    values_[spec->name].push_back(*inline_value);
  }
  return true;
}

bool ArgParser::Has(std::string_view name) const { return values_.find(name) != values_.end(); }

std::string ArgParser::Get(std::string_view name, std::string fallback) const {
  auto it = values_.find(name);
  return it == values_.end() ? fallback : it->second.back();
}

std::vector<std::string> ArgParser::GetAll(std::string_view name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

bool WantsHelp(const Args& args) {
  for (const std::string& a : args) {
    if (a == "--") return false;
    if (a == "--help" || a == "-h") return true;
  }
  return false;
}

bool ParseThreads(const std::string& text, int* threads, std::string* error) {
  int n = 0;
  if (!text.empty()) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 0 || n > 256) {
      *error = "--threads " + text + ": expected a number from 1 to 256 (0 = every core)";
      return false;
    }
  }
  if (n == 0) n = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  *threads = n;
  return true;
}

namespace {

bool IsDirectory(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

}  // namespace

bool ResolveRuleDirs(const std::vector<std::string>& only, const std::vector<std::string>& extra,
                     std::vector<std::string>* dirs, std::string* error) {
  dirs->clear();
  if (!only.empty()) {
    *dirs = only;
  } else if (const char* env = std::getenv("LIENKET_RULES"); env != nullptr && *env != '\0') {
    if (!IsDirectory(env)) {
      *error = std::string("LIENKET_RULES=") + env + ": no such directory";
      return false;
    }
    dirs->push_back(env);
  } else if (IsDirectory(LIENKET_SOURCE_RULES)) {
    dirs->push_back(LIENKET_SOURCE_RULES);
  } else if (IsDirectory(LIENKET_INSTALLED_RULES)) {
    dirs->push_back(LIENKET_INSTALLED_RULES);
  } else {
    *error = "no rule set found (looked in " LIENKET_SOURCE_RULES " and " LIENKET_INSTALLED_RULES
             "); name one with --rules-only DIR or LIENKET_RULES";
    return false;
  }
  dirs->insert(dirs->end(), extra.begin(), extra.end());
  for (const std::string& d : *dirs) {
    if (!IsDirectory(d)) {
      *error = d + ": no such rules directory";
      return false;
    }
  }
  return true;
}

}  // namespace lienket::cli
