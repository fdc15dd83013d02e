// Lexicons (rules/lexicons/*.txt) and the gazetteer that marks their entries
// in a sentence. Private to extract/.
#ifndef LIENKET_EXTRACT_LEXICON_H_
#define LIENKET_EXTRACT_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lienket/extract.h"
#include "token.h"

namespace lienket::extract {

// Names of token classes and their ids. Built-in classes describe a word's
// shape and, after an entity phase, what entity a token stands for; every
// lexicon adds one class named after its file.
class ClassTable {
 public:
  ClassTable();
  // The id of `name`, adding it if it is new.
  ClassId Intern(std::string_view name);
  // The id of `name`, or -1.
  int Find(std::string_view name) const;
  const std::string& Name(ClassId id) const { return names_[id]; }
  size_t size() const { return names_.size(); }

  // Built-in classes, always present.
  ClassId cap, upper, lower, num, punct, quote, multi, entity, date_num, year, roman;
  ClassId entity_type[7];  // indexed by EntityType

 private:
  std::unordered_map<std::string, ClassId> ids_;
  std::vector<std::string> names_;
};

// Multi-word lexicon lookup: finds, left to right, the longest entry of any
// lexicon at each position and merges its tokens into one token carrying the
// classes of every lexicon that lists exactly those words.
class Gazetteer {
 public:
  // Adds `entry` (already normalized text) under `cls`.
  void Add(std::string_view entry, ClassId cls, ClassId multi);
  size_t entry_count() const { return count_; }
  // Merges in place; `text` is the document text the tokens point into.
  void Apply(std::vector<Token>* tokens) const;
  // Every entry of a class, for trigger patterns.
  std::vector<std::string> EntriesOf(ClassId cls) const;

 private:
  struct Entry {
    std::vector<std::string> words;  // folded tokens
    std::vector<ClassId> classes;
  };
  // Keyed by the first folded token; longest entries first.
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  size_t count_ = 0;
};

// Reads one lexicon file: an entry per line, '#' starts a comment. Entries
// are normalized like document text. Appends problems to *errors.
bool ReadLexiconFile(const std::string& path, std::vector<std::string>* entries,
                     std::vector<RuleError>* errors);

// Reads a "kind<TAB>alias<TAB>canonical" table; returns (kind, alias) pairs.
bool ReadAliasTable(const std::string& path,
                    std::vector<std::pair<std::string, std::string>>* aliases,
                    std::vector<RuleError>* errors);

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_LEXICON_H_
