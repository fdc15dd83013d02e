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
  ClassId cap, upper, lower, num, punct, quote, multi, entity, date_num, day_month, year, roman;
  ClassId entity_type[7];  // indexed by EntityType

 private:
  std::unordered_map<std::string, ClassId> ids_;
  std::vector<std::string> names_;
};

// Words, each with an index (0, 1, ... in the order added). Looked up once
// per token of every sentence, so the probe runs over a dense array of
// hashes (0: empty) and reads a word only when its hash is the token's.
class WordIndex {
 public:
  // The index of `word`, or -1.
  int Find(std::string_view word) const;
  // The index of `word`, which is added when new.
  uint32_t Add(std::string_view word);
  size_t size() const { return words_.size(); }

 private:
  struct Word {
    std::string text;
    uint64_t head = 0;  // see Head() in lexicon.cc
  };
  void Place(uint64_t hash, uint32_t index);

  std::vector<uint64_t> hashes_;  // size a power of two, at most half full
  std::vector<uint32_t> slots_;   // index of each used hash
  std::vector<Word> words_;
};

// Multi-word lexicon lookup: finds, left to right, the longest entry of any
// lexicon at each position and merges its tokens into one token carrying the
// classes of every lexicon that lists exactly those words.
class Gazetteer {
 public:
  // Adds `entry` (already normalized text) under `cls`.
  void Add(std::string_view entry, ClassId cls, ClassId multi);
  size_t entry_count() const { return entries_.size(); }
  // The entries listed under `cls`, as folded words joined by ' '.
  std::vector<std::string_view> EntriesOf(ClassId cls) const;
  // Merges in place. The tokens are as Tokenize made them, with their shape
  // classes; a merged token keeps the classes of its first word.
  void Apply(TokenBuffer* buf) const;

 private:
  struct Entry {
    std::string text;  // folded words joined by ' ', as in TokenBuffer::folded
    uint32_t words = 0;
    std::vector<ClassId> classes;
  };
  std::vector<Entry> entries_;
  // The entries each first word begins (indexes into entries_, longest
  // first), by the word's index in first_words_.
  WordIndex first_words_;
  std::vector<std::vector<uint32_t>> firsts_;
};

// Whether `s` is well-formed UTF-8 (rule and lexicon files must be).
bool IsValidUtf8(std::string_view s);

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
