// Loading and compiling rule files (rules/*.rules) and lexicons.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "lienket/text.h"
#include "pattern.h"
#include "rule_set_impl.h"

namespace lienket {

std::string RuleError::ToString() const {
  if (line > 0) return file + ":" + std::to_string(line) + ": " + reason;
  return file + ": " + reason;
}

RuleSet::RuleSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RuleSet::~RuleSet() = default;
size_t RuleSet::rule_count() const { return impl_->rules.size(); }
size_t RuleSet::lexicon_entry_count() const { return impl_->lexicon_entries; }

std::vector<std::string> RuleSet::Describe() const {
  std::vector<std::string> out;
  for (const auto& r : impl_->rules)
    out.push_back(impl_->phases[r.phase] + " " + r.name + " (" + r.file + ":" +
                  std::to_string(r.line) + ")");
  return out;
}

namespace {

namespace fs = std::filesystem;
using extract::ClassId;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits "key rest of line" at the first blank.
std::pair<std::string_view, std::string_view> SplitKey(std::string_view s) {
  size_t sp = s.find_first_of(" \t");
  if (sp == std::string_view::npos) return {s, {}};
  return {s.substr(0, sp), Trim(s.substr(sp + 1))};
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  // Separators inside "..." or [...] do not split.
  bool quoted = false;
  int bracket = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || (s[i] == sep && !quoted && bracket == 0)) {
      out.push_back(Trim(s.substr(start, i - start)));
      start = i + 1;
    } else if (s[i] == '"') {
      quoted = !quoted;
    } else if (s[i] == '[' && !quoted) {
      ++bracket;
    } else if (s[i] == ']' && !quoted) {
      --bracket;
    }
  }
  return out;
}

// A rule as written, before compilation.
struct RuleText {
  std::string name;
  std::string file;
  int line = 0;
  std::string phase;
  int priority = 0;
  std::vector<std::pair<int, std::string>> triggers;  // (line, "a | b | [c]")
  std::string match;
  int match_line = 0;
  std::vector<std::pair<int, std::string>> emits;  // (line, text)
};

struct Source {
  std::vector<std::string> phases;  // in order of first appearance
  std::map<std::string, std::string> macros;
  std::vector<RuleText> rules;
  std::map<std::string, std::string> lexicon_files;  // class name -> path
  std::vector<std::string> alias_tables;
  // `common [class] ...`: classes the gate does not scan for, with where
  // each was named (checked once every lexicon is known).
  struct Common {
    std::string name, file;
    int line;
  };
  std::vector<Common> common;
};

void ParseRuleFile(const std::string& path, Source* src, std::vector<RuleError>* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors->push_back({path, 0, "cannot open rule file"});
    return;
  }
  std::string phase;
  RuleText* current = nullptr;
  std::string raw;
  int n = 0;
  while (std::getline(in, raw)) {
    ++n;
    if (!extract::IsValidUtf8(raw)) {
      errors->push_back({path, n, "invalid UTF-8 (rule files are UTF-8 text)"});
      current = nullptr;
      continue;
    }
    std::string_view line = raw;
    // '#' starts a comment unless it is inside a "literal".
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '"') quoted = !quoted;
      if (line[i] == '#' && !quoted) {
        line = line.substr(0, i);
        break;
      }
    }
    bool indented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
    line = Trim(line);
    if (line.empty()) continue;
    auto [key, rest] = SplitKey(line);
    if (!indented) {
      current = nullptr;
      if (key == "phase") {
        if (rest.empty()) {
          errors->push_back({path, n, "phase needs a name"});
          continue;
        }
        phase = std::string(rest);
        if (std::find(src->phases.begin(), src->phases.end(), phase) == src->phases.end())
          src->phases.push_back(phase);
      } else if (key == "define") {
        auto eq = rest.find('=');
        if (eq == std::string_view::npos || Trim(rest.substr(0, eq)).empty()) {
          errors->push_back({path, n, "expected: define NAME = PATTERN"});
          continue;
        }
        std::string name(Trim(rest.substr(0, eq)));
        if (!name.empty() && name[0] == '@') name.erase(0, 1);
        src->macros[name] = std::string(Trim(rest.substr(eq + 1)));
      } else if (key == "rule") {
        if (rest.empty()) {
          errors->push_back({path, n, "rule needs a name"});
          continue;
        }
        if (phase.empty()) {
          errors->push_back({path, n, "rule before any 'phase' line"});
          continue;
        }
        RuleText r;
        r.name = std::string(rest);
        r.file = path;
        r.line = n;
        r.phase = phase;
        // A later rule of the same name (from a later directory) replaces it.
        auto it = std::find_if(src->rules.begin(), src->rules.end(),
                               [&](const RuleText& x) { return x.name == r.name; });
        if (it != src->rules.end()) {
          if (it->file == path) {
            errors->push_back({path, n, "rule '" + r.name + "' is defined twice in this file"});
          }
          *it = std::move(r);
          current = &*it;
        } else {
          src->rules.push_back(std::move(r));
          current = &src->rules.back();
        }
      } else if (key == "common") {
        if (rest.empty()) errors->push_back({path, n, "common needs one or more [class]"});
        for (auto item : Split(rest, ' ')) {
          item = Trim(item);
          if (item.empty()) continue;
          if (item.size() < 3 || item.front() != '[' || item.back() != ']') {
            errors->push_back({path, n, "common takes classes as [name], got '" + std::string(item) + "'"});
            continue;
          }
          src->common.push_back({std::string(item.substr(1, item.size() - 2)), path, n});
        }
      } else {
        errors->push_back({path, n, "unknown directive '" + std::string(key) +
                                        "' (expected phase, define, rule or common)"});
      }
      continue;
    }
    if (!current) {
      errors->push_back({path, n, "indented line outside a rule"});
      continue;
    }
    if (key == "priority") {
      try {
        size_t used = 0;
        current->priority = std::stoi(std::string(rest), &used);
        if (used != rest.size()) throw std::invalid_argument("");
      } catch (...) {
        errors->push_back({path, n, "priority must be a whole number"});
      }
    } else if (key == "trigger") {
      if (rest.empty()) errors->push_back({path, n, "empty trigger"});
      else current->triggers.emplace_back(n, std::string(rest));
    } else if (key == "match") {
      if (current->match.empty()) current->match_line = n;
      current->match += ' ';
      current->match += rest;
    } else if (key == "emit") {
      current->emits.emplace_back(n, std::string(rest));
    } else {
      errors->push_back({path, n, "unknown field '" + std::string(key) +
                                      "' (expected priority, trigger, match or emit)"});
    }
  }
}

bool HasLowercase(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c > 0 && u_islower(c)) return true;
  }
  return false;
}

// RE2's error in the rule writer's terms: its own message quotes the
// compiled pattern, which is the internal token encoding.
std::string DescribeRegexError(const RE2& re) {
  switch (re.error_code()) {
    case RE2::ErrorMissingParen: return "missing ): a '(' without ')'";
    case RE2::ErrorUnexpectedParen: return "unexpected ): a ')' without '('";
    case RE2::ErrorRepeatSize:
      // The argument is the repetition as written ("{3,1}"), never encoding.
      return "bad repetition " + re.error_arg() + " (m must not exceed n, both at most 1000)";
    case RE2::ErrorRepeatArgument: return "repeats nothing (*, + or ? with nothing before it)";
    case RE2::ErrorRepeatOp: return "has a bad repetition operator";
    case RE2::ErrorBadNamedCapture: return "has a bad capture name (?P<name>...)";
    case RE2::ErrorPatternTooLarge: return "is too large once compiled";
    default: return "is not a valid pattern";
  }
}

class Builder {
 public:
  Builder(RuleSet::Impl* impl, std::vector<RuleError>* errors) : impl_(impl), errors_(errors) {}

  void LoadLexicons(const Source& src) {
    for (const auto& [name, path] : src.lexicon_files) {
      std::vector<std::string> entries;
      extract::ReadLexiconFile(path, &entries, errors_);
      ClassId cls = impl_->classes.Intern(name);
      for (const auto& e : entries) impl_->gazetteer.Add(e, cls, impl_->classes.multi);
      impl_->lexicon_entries += entries.size();
    }
    // The alias table graph/ resolves with also names things for the
    // gazetteer: alias_organization, alias_location, alias_position. A
    // position alias is only taken when it is an abbreviation ("UVBCH TW"):
    // spelled-out positions are parsed into role and organization instead.
    for (const char* kind : {"organization", "location", "position"})
      impl_->classes.Intern(std::string("alias_") + kind);
    for (const auto& path : src.alias_tables) {
      std::vector<std::pair<std::string, std::string>> aliases;
      extract::ReadAliasTable(path, &aliases, errors_);
      for (const auto& [kind, name] : aliases) {
        if (kind != "organization" && kind != "location" && kind != "position") continue;
        if (kind == "position" && HasLowercase(name)) continue;
        impl_->gazetteer.Add(name, impl_->classes.Intern("alias_" + kind), impl_->classes.multi);
      }
      impl_->lexicon_entries += aliases.size() / 2;
    }
  }

  void CompileRules(const Source& src) {
    impl_->phases = src.phases;
    impl_->bare = impl_->classes.Intern("bare");
    impl_->short_name = impl_->classes.Intern("short");
    impl_->incomplete = impl_->classes.Intern("incomplete");
    impl_->implicit = impl_->classes.Intern("implicit");
    // Tags used by emits must exist before patterns that test them compile.
    for (const auto& r : src.rules)
      for (const auto& [line, text] : r.emits)
        for (auto word : Split(text, ' '))
          if (!word.empty() && word[0] == '+') impl_->classes.Intern(word.substr(1));

    std::map<std::string, int> trigger_words;  // word -> its index
    for (const RuleText& r : src.rules) {
      extract::CompiledRule c;
      c.name = r.name;
      c.file = r.file;
      c.line = r.line;
      c.priority = r.priority;
      c.phase = static_cast<int>(std::find(src.phases.begin(), src.phases.end(), r.phase) -
                                 src.phases.begin());
      if (r.match.empty()) {
        Error(r.file, r.line, "rule '" + r.name + "' has no match");
        continue;
      }
      std::string regex, why;
      if (!extract::CompilePattern(r.match, impl_->classes, src.macros, &impl_->word_codes, &regex,
                                      &why, &c.plan)) {
        Error(r.file, r.match_line, "rule '" + r.name + "': match " + why);
        continue;
      }
      RE2::Options opt;
      opt.set_log_errors(false);
      opt.set_max_mem(64 << 20);
      c.re = std::make_unique<RE2>(regex, opt);
      if (!c.re->ok()) {
        Error(r.file, r.match_line, "rule '" + r.name + "': match " + DescribeRegexError(*c.re));
        continue;
      }
      bool ok = true;
      for (const auto& [line, text] : r.emits) ok &= ParseEmit(r, line, text, &c);
      if (r.emits.empty()) {
        Error(r.file, r.line, "rule '" + r.name + "' emits nothing");
        ok = false;
      }
      for (const auto& [line, text] : r.triggers) {
        std::vector<extract::CompiledRule::Trigger> alternatives;
        for (auto item : Split(text, '|')) {
          extract::CompiledRule::Trigger t;
          if (item.size() >= 2 && item.front() == '[' && item.back() == ']') {
            int cls = impl_->classes.Find(Trim(item.substr(1, item.size() - 2)));
            if (cls < 0) {
              Error(r.file, line, "rule '" + r.name + "': unknown class in trigger " + std::string(item));
              ok = false;
              continue;
            }
            t.is_class = true;
            t.index = cls;
          } else if (item.size() >= 3 && item.front() == '"' && item.back() == '"') {
            std::string word = Normalize(item.substr(1, item.size() - 2)).text;
            auto [it, added] = trigger_words.emplace(word, static_cast<int>(trigger_words.size()));
            t.index = it->second;
          } else {
            Error(r.file, line, "rule '" + r.name + "': bad trigger '" + std::string(item) +
                                    "' (a \"word\" or a [class])");
            ok = false;
            continue;
          }
          alternatives.push_back(t);
        }
        c.triggers.push_back(std::move(alternatives));
      }
      if (ok) impl_->rules.push_back(std::move(c));
    }
    std::stable_sort(impl_->rules.begin(), impl_->rules.end(),
                     [](const extract::CompiledRule& a, const extract::CompiledRule& b) {
                       if (a.phase != b.phase) return a.phase < b.phase;
                       return a.priority > b.priority;
                     });
    // The trigger words, for a substring search in each sentence's folded
    // text, and the gate that tells which sentences to look at at all.
    impl_->trigger_words.resize(trigger_words.size());
    for (const auto& [word, k] : trigger_words) impl_->trigger_words[k] = extract::FoldCase(word);
    std::vector<ClassId> common;
    for (const auto& c : src.common) {
      int cls = impl_->classes.Find(c.name);
      if (cls < 0) Error(c.file, c.line, "common: unknown class '" + c.name + "'");
      else common.push_back(static_cast<ClassId>(cls));
    }
    std::string why;
    impl_->gate = extract::Gate::Build(impl_->rules, impl_->classes, impl_->gazetteer,
                                       impl_->trigger_words, common, &why);
    if (!impl_->gate) Error("triggers", 0, why);
  }

 private:
  void Error(const std::string& file, int line, std::string why) {
    errors_->push_back({file, line, std::move(why)});
  }

  int Group(const extract::CompiledRule& c, std::string_view name) {
    const auto& groups = c.re->NamedCapturingGroups();
    auto it = groups.find(std::string(name));
    return it == groups.end() ? -1 : it->second;
  }

  bool ParseEmit(const RuleText& r, int line, const std::string& text, extract::CompiledRule* c) {
    std::vector<std::string_view> words;
    for (auto w : Split(text, ' '))
      if (!w.empty()) words.push_back(w);
    if (words.empty()) {
      Error(r.file, line, "empty emit");
      return false;
    }
    if (auto type = ParseEntityType(words[0])) {
      extract::EntityEmit e;
      e.type = *type;
      for (size_t k = 1; k < words.size(); ++k) {
        std::string_view w = words[k];
        if (w[0] == '+') {
          e.tags.push_back(impl_->classes.Intern(w.substr(1)));
          continue;
        }
        auto eq = w.find('=');
        if (eq == std::string_view::npos) {
          Error(r.file, line, "expected key=capture or +tag, got '" + std::string(w) + "'");
          return false;
        }
        std::string_view key = w.substr(0, eq), cap = w.substr(eq + 1);
        int g = Group(*c, cap);
        if (g < 0) {
          Error(r.file, line, "no capture (?P<" + std::string(cap) + ">...) in the match");
          return false;
        }
        if (key == "span") e.span = g;
        else if (key == "text") e.text = g;
        else if (key == "role") e.role = g;
        else if (key == "org") e.org = g;
        else if (key == "former") e.former = g;
        else if (key == "alias") e.alias = g;
        else {
          Error(r.file, line, "unknown key '" + std::string(key) +
                                  "' (span, text, role, org, former, alias)");
          return false;
        }
      }
      c->entities.push_back(std::move(e));
      return true;
    }
    if (words.size() == 3) {
      auto rel = ParseRelation(words[1]);
      if (!rel) {
        Error(r.file, line, "unknown relation '" + std::string(words[1]) + "'");
        return false;
      }
      extract::RelationEmit e;
      e.relation = *rel;
      e.subject = Group(*c, words[0]);
      e.object = Group(*c, words[2]);
      if (e.subject < 0 || e.object < 0) {
        Error(r.file, line, "no capture named '" + std::string(e.subject < 0 ? words[0] : words[2]) +
                                "' in the match");
        return false;
      }
      c->relations.push_back(e);
      return true;
    }
    Error(r.file, line, "expected 'emit TYPE key=capture...' or 'emit SUBJECT relation OBJECT'");
    return false;
  }

  RuleSet::Impl* impl_;
  std::vector<RuleError>* errors_;
};

}  // namespace

std::unique_ptr<RuleSet> RuleSet::Load(const std::vector<std::string>& dirs,
                                       std::vector<RuleError>* errors) {
  Source src;
  size_t before = errors->size();
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      errors->push_back({dir, 0, "not a rules directory"});
      continue;
    }
    std::vector<fs::path> rule_files, lexicons;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".rules") rule_files.push_back(e.path());
    fs::path lexdir = fs::path(dir) / "lexicons";
    if (fs::is_directory(lexdir, ec))
      for (const auto& e : fs::directory_iterator(lexdir, ec)) lexicons.push_back(e.path());
    std::sort(rule_files.begin(), rule_files.end());
    std::sort(lexicons.begin(), lexicons.end());
    for (const auto& p : lexicons) {
      if (p.extension() == ".txt") src.lexicon_files[p.stem().string()] = p.string();
      else if (p.extension() == ".tsv") src.alias_tables.push_back(p.string());
    }
    for (const auto& p : rule_files) ParseRuleFile(p.string(), &src, errors);
  }
  auto impl = std::make_unique<Impl>();
  Builder b(impl.get(), errors);
  b.LoadLexicons(src);
  b.CompileRules(src);
  if (errors->size() != before) return nullptr;
  if (impl->rules.empty()) {
    errors->push_back({dirs.empty() ? std::string("rules") : dirs.back(), 0, "no rules found"});
    return nullptr;
  }
  return std::unique_ptr<RuleSet>(new RuleSet(std::move(impl)));
}

}  // namespace lienket
