#include "lexicon.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
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
  day_month = Intern("DayMonth");
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

namespace {

// The bytes of a short word in one integer, for hashing and comparing:
// two overlapping loads cover every byte, so two words of one length up to
// 8 bytes are equal exactly when their heads are (most syllables fit).
inline uint64_t Head(std::string_view w) {
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  size_t n = w.size();
  if (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | (uint64_t{hi} << 32);
  }
  if (n == 0) return 0;
  return p[0] | (uint64_t{p[n / 2]} << 8) | (uint64_t{p[n - 1]} << 16);
}

// A quick hash of a word (a syllable, mostly): its head, then 8 bytes at a
// time for a long one.
inline uint64_t HashWord(std::string_view w, uint64_t head) {
  uint64_t h = (head ^ (w.size() * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull;
  for (size_t i = 8; i + 8 <= w.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, w.data() + i, 8);
    h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
  }
  if (w.size() > 8) h = (h ^ Head(w.substr(w.size() - 8))) * 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 31;
  return h | 1;  // 0 marks an empty slot
}

}  // namespace

int WordIndex::Find(std::string_view word) const {
  if (hashes_.empty()) return -1;
  uint64_t head = Head(word);
  uint64_t h = HashWord(word, head);
  size_t mask = hashes_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    if (hashes_[i] == 0) return -1;
    if (hashes_[i] != h) continue;
    const Word& w = words_[slots_[i]];
    if (w.text.size() == word.size() && (word.size() <= 8 ? w.head == head : w.text == word))
      return static_cast<int>(slots_[i]);
  }
}

void WordIndex::Place(uint64_t h, uint32_t index) {
  size_t mask = hashes_.size() - 1;
  size_t i = h & mask;
  while (hashes_[i] != 0) i = (i + 1) & mask;
  hashes_[i] = h;
  slots_[i] = index;
}

uint32_t WordIndex::Add(std::string_view word) {
  int found = Find(word);
  if (found >= 0) return static_cast<uint32_t>(found);
  if (2 * (words_.size() + 1) > hashes_.size()) {  // grow, and place every word anew
    hashes_.assign(std::max<size_t>(64, 2 * hashes_.size()), 0);
    slots_.assign(hashes_.size(), 0);
    for (uint32_t k = 0; k < words_.size(); ++k) Place(HashWord(words_[k].text, words_[k].head), k);
  }
  const uint32_t index = static_cast<uint32_t>(words_.size());
  words_.push_back({std::string(word), Head(word)});
  Place(HashWord(word, words_.back().head), index);
  return index;
}

std::vector<std::string_view> Gazetteer::EntriesOf(ClassId cls) const {
  std::vector<std::string_view> out;
  for (const Entry& e : entries_)
    if (std::binary_search(e.classes.begin(), e.classes.end(), cls)) out.push_back(e.text);
  return out;
}

void Gazetteer::Add(std::string_view entry, ClassId cls, ClassId multi) {
  std::vector<std::string> words = FoldedWords(entry);
  if (words.empty()) return;
  Entry e;
  e.words = static_cast<uint32_t>(words.size());
  for (const auto& w : words) {
    if (!e.text.empty()) e.text += ' ';
    e.text += w;
  }
  int first = first_words_.Find(words[0]);
  if (first >= 0) {
    for (uint32_t k : firsts_[first]) {
      Entry& old = entries_[k];
      if (old.text != e.text) continue;
      if (!std::binary_search(old.classes.begin(), old.classes.end(), cls))
        old.classes.insert(std::upper_bound(old.classes.begin(), old.classes.end(), cls), cls);
      return;
    }
  }
  e.classes.push_back(cls);
  if (e.words > 1) {
    e.classes.push_back(multi);
    std::sort(e.classes.begin(), e.classes.end());
  }
  if (first < 0) {
    first = static_cast<int>(first_words_.Add(words[0]));
    firsts_.emplace_back();
  }
  std::vector<uint32_t>& list = firsts_[first];
  // Longest first; among entries of one length, the first added first.
  auto pos = std::find_if(list.begin(), list.end(),
                          [&](uint32_t k) { return entries_[k].words < e.words; });
  list.insert(pos, static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(e));
}

void Gazetteer::Apply(TokenBuffer* buf) const {
  std::vector<Token>& toks = buf->tokens;
  std::vector<ClassId>& cls = buf->classes;
  size_t out = 0;
  size_t i = 0;
  while (i < toks.size()) {
    size_t best = 0;
    const Entry* found = nullptr;
    int first = first_words_.Find(buf->Folded(toks[i]));
    if (first >= 0) {
      for (uint32_t k : firsts_[first]) {
        const Entry& e = entries_[k];
        size_t n = e.words;
        if (i + n > toks.size()) continue;
        // Raw tokens lie in `folded` one ' ' apart, so n of them spell the
        // entry exactly when their range is its text.
        std::string_view span = std::string_view(buf->folded).substr(
            toks[i].fold, toks[i + n - 1].fold_end - toks[i].fold);
        if (span != e.text) continue;
        best = n;
        found = &e;
        break;  // entries are longest first, and one text is one entry
      }
    }
    if (!best) {
      toks[out++] = toks[i++];
      continue;
    }
    Token t = toks[i];
    t.end = toks[i + best - 1].end;
    t.fold_end = toks[i + best - 1].fold_end;
    t.code_end = toks[i + best - 1].code_end;
    // The first word's classes (its shape) and the entry's, merged.
    uint32_t b = static_cast<uint32_t>(cls.size());
    size_t n0 = t.cls_end - t.cls;
    cls.resize(b + n0 + found->classes.size());
    auto merged_end = std::set_union(cls.begin() + t.cls, cls.begin() + t.cls_end,
                                     found->classes.begin(), found->classes.end(), cls.begin() + b);
    cls.resize(static_cast<size_t>(merged_end - cls.begin()));
    t.cls = b;
    t.cls_end = static_cast<uint32_t>(cls.size());
    toks[out++] = t;
    i += best;
  }
  toks.resize(out);
}

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

namespace {

// Calls line(text, number) for every line of a UTF-8 text file; `what` names
// the kind of file in messages. A line that is no UTF-8 is an error, not
// passed on. Returns false when anything was wrong.
template <typename LineFn>
bool ForEachTextLine(const std::string& path, const char* what, std::vector<RuleError>* errors,
                     LineFn line) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors->push_back({path, 0, std::string("cannot open ") + what});
    return false;
  }
  std::string text;
  int n = 0;
  bool ok = true;
  while (std::getline(in, text)) {
    ++n;
    if (!IsValidUtf8(text)) {
      errors->push_back({path, n, std::string("invalid UTF-8 (a ") + what + " is UTF-8 text)"});
      ok = false;
      continue;
    }
    ok &= line(std::string_view(text), n);
  }
  return ok;
}

}  // namespace

bool ReadLexiconFile(const std::string& path, std::vector<std::string>* entries,
                     std::vector<RuleError>* errors) {
  return ForEachTextLine(path, "lexicon file", errors, [&](std::string_view s, int n) {
    if (auto hash = s.find('#'); hash != std::string_view::npos) s = s.substr(0, hash);
    s = Trim(s);
    if (s.empty()) return true;
    NormalizedText norm = Normalize(s);
    if (norm.text.find('\n') != std::string::npos || norm.text.empty()) {
      errors->push_back({path, n, "entry is not one line of text"});
      return false;
    }
    entries->push_back(std::move(norm.text));
    return true;
  });
}

bool ReadAliasTable(const std::string& path,
                    std::vector<std::pair<std::string, std::string>>* aliases,
                    std::vector<RuleError>* errors) {
  return ForEachTextLine(path, "alias table", errors, [&](std::string_view s, int n) {
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    if (Trim(s).empty() || Trim(s).front() == '#') return true;
    auto t1 = s.find('\t');
    auto t2 = t1 == std::string_view::npos ? t1 : s.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) {
      errors->push_back({path, n, "expected kind<TAB>alias<TAB>canonical"});
      return false;
    }
    std::string kind(Trim(s.substr(0, t1)));
    std::string alias = Normalize(Trim(s.substr(t1 + 1, t2 - t1 - 1))).text;
    std::string canonical = Normalize(Trim(s.substr(t2 + 1))).text;
    if (alias.empty() || canonical.empty()) {
      errors->push_back({path, n, "empty alias or canonical name"});
      return false;
    }
    aliases->emplace_back(kind, alias);
    aliases->emplace_back(kind, canonical);
    return true;
  });
}

}  // namespace lienket::extract
