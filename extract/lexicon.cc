#include "lexicon.h"

#include <algorithm>
#include <fstream>

#include "lienket/text.h"

namespace lienket::extract {

ClassTable::ClassTable() {
  cap = Intern("Cap");
  upper = Intern("Upper");
  lower = Intern("lower");
  num = Intern("Num");
  punct = Intern("Punct");
  quote = Intern("Quote");
  multi = Intern("multi");
  entity = Intern("entity");
  date_num = Intern("DateNum");
  year = Intern("Year");
  roman = Intern("Roman");
  for (int i = 0; i < kEntityTypeCount; ++i)
    entity_type[i] = Intern(EntityTypeName(static_cast<EntityType>(i)));
}

ClassId ClassTable::Intern(std::string_view name) {
  auto it = ids_.find(std::string(name));
  if (it != ids_.end()) return it->second;
  ClassId id = static_cast<ClassId>(names_.size());
  names_.emplace_back(name);
  ids_.emplace(std::string(name), id);
  return id;
}

int ClassTable::Find(std::string_view name) const {
  auto it = ids_.find(std::string(name));
  return it == ids_.end() ? -1 : it->second;
}

void Gazetteer::Add(std::string_view entry, ClassId cls, ClassId multi) {
  std::vector<Token> toks = Tokenize(entry, 0, static_cast<uint32_t>(entry.size()));
  if (toks.empty()) return;
  std::vector<std::string> words;
  for (auto& t : toks) words.push_back(std::move(t.folded));
  auto& bucket = by_first_[words[0]];
  for (auto& e : bucket) {
    if (e.words == words) {
      if (!std::binary_search(e.classes.begin(), e.classes.end(), cls)) {
        e.classes.insert(std::upper_bound(e.classes.begin(), e.classes.end(), cls), cls);
      }
      return;
    }
  }
  Entry e{std::move(words), {cls}};
  if (e.words.size() > 1) {
    e.classes.push_back(multi);
    std::sort(e.classes.begin(), e.classes.end());
  }
  auto pos = std::find_if(bucket.begin(), bucket.end(),
                          [&](const Entry& x) { return x.words.size() < e.words.size(); });
  bucket.insert(pos, std::move(e));
  ++count_;
}

void Gazetteer::Apply(std::vector<Token>* tokens) const {
  std::vector<Token>& in = *tokens;
  std::vector<Token> out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    auto it = by_first_.find(in[i].folded);
    size_t best = 0;
    std::vector<ClassId> classes;
    if (it != by_first_.end()) {
      for (const Entry& e : it->second) {
        size_t n = e.words.size();
        if (best && n < best) break;  // entries are longest first
        if (i + n > in.size()) continue;
        bool ok = true;
        for (size_t k = 1; k < n && ok; ++k) ok = in[i + k].folded == e.words[k];
        if (!ok) continue;
        best = n;
        for (ClassId c : e.classes) classes.push_back(c);
      }
    }
    if (!best) {
      out.push_back(std::move(in[i]));
      ++i;
      continue;
    }
    Token t = std::move(in[i]);
    for (size_t k = 1; k < best; ++k) {
      t.folded += ' ';
      t.folded += in[i + k].folded;
      t.end = in[i + k].end;
    }
    for (ClassId c : classes) t.classes.push_back(c);
    std::sort(t.classes.begin(), t.classes.end());
    t.classes.erase(std::unique(t.classes.begin(), t.classes.end()), t.classes.end());
    out.push_back(std::move(t));
    i += best;
  }
  *tokens = std::move(out);
}

std::vector<std::string> Gazetteer::EntriesOf(ClassId cls) const {
  std::vector<std::string> out;
  for (const auto& [first, entries] : by_first_) {
    for (const Entry& e : entries) {
      if (!std::binary_search(e.classes.begin(), e.classes.end(), cls)) continue;
      std::string s;
      for (const auto& w : e.words) {
        if (!s.empty()) s += ' ';
        s += w;
      }
      out.push_back(std::move(s));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool ReadLexiconFile(const std::string& path, std::vector<std::string>* entries,
                     std::vector<RuleError>* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors->push_back({path, 0, "cannot open lexicon file"});
    return false;
  }
  std::string line;
  int n = 0;
  bool ok = true;
  while (std::getline(in, line)) {
    ++n;
    std::string_view s = line;
    if (auto hash = s.find('#'); hash != std::string_view::npos) s = s.substr(0, hash);
    s = Trim(s);
    if (s.empty()) continue;
    NormalizedText norm = Normalize(s);
    if (norm.text.find('\n') != std::string::npos || norm.text.empty()) {
      errors->push_back({path, n, "entry is not one line of text"});
      ok = false;
      continue;
    }
    entries->push_back(std::move(norm.text));
  }
  return ok;
}

bool ReadAliasTable(const std::string& path,
                    std::vector<std::pair<std::string, std::string>>* aliases,
                    std::vector<RuleError>* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors->push_back({path, 0, "cannot open alias table"});
    return false;
  }
  std::string line;
  int n = 0;
  bool ok = true;
  while (std::getline(in, line)) {
    ++n;
    std::string_view s = line;
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    if (Trim(s).empty() || Trim(s).front() == '#') continue;
    auto t1 = s.find('\t');
    auto t2 = t1 == std::string_view::npos ? t1 : s.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) {
      errors->push_back({path, n, "expected kind<TAB>alias<TAB>canonical"});
      ok = false;
      continue;
    }
    std::string kind(Trim(s.substr(0, t1)));
    std::string alias = Normalize(Trim(s.substr(t1 + 1, t2 - t1 - 1))).text;
    std::string canonical = Normalize(Trim(s.substr(t2 + 1))).text;
    if (alias.empty() || canonical.empty()) {
      errors->push_back({path, n, "empty alias or canonical name"});
      ok = false;
      continue;
    }
    aliases->emplace_back(kind, alias);
    aliases->emplace_back(kind, canonical);
  }
  return ok;
}

}  // namespace lienket::extract
