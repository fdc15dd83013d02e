// Tokens of one sentence and their classes: the alphabet the rule patterns
// are written over. Private to extract/.
#ifndef LIENKET_EXTRACT_TOKEN_H_
#define LIENKET_EXTRACT_TOKEN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lienket::extract {

// A class is a small integer; a token carries a sorted set of them. Classes
// are lexicon names, word shapes and entity types alike (see ClassTable).
using ClassId = uint16_t;

// One token: a syllable, a joined word ("TP.HCM", "12/4/2022", "TT&TT"), a
// punctuation mark, or (after gazetteer lookup or an entity phase) a run of
// those merged into one.
struct Token {
  uint32_t begin = 0;  // byte range in the normalized document text
  uint32_t end = 0;
  std::string folded;  // lower-cased text, single spaces between merged words
  std::vector<ClassId> classes;  // sorted, unique
  int entity = -1;     // index into the sentence's entity list, or -1
};

// The shape of the first letter / of all letters of a word.
struct Shape {
  bool cap = false;     // first character is an upper-case letter
  bool upper = false;   // two or more letters, all upper case ("VUFO", "TT&TT")
  bool lower = false;   // first character is a lower-case letter
  bool digit = false;   // starts with a digit
  bool punct = false;   // a single punctuation mark or symbol
};

// Splits [begin, end) of `text` into raw tokens (no classes yet). Letters and
// digits form words; '.', '&', '/', '-' and '\'' join two word characters
// ("TP.HCM", "COVID-19", "12/4/2022"); '/' only between digits, so
// "Liên Xô/LB Nga" stays three words and a slash.
std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end);

Shape ShapeOf(std::string_view word);

// Lower-cases UTF-8 (simple case mapping, as the lexicons are written).
std::string FoldCase(std::string_view s);

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_TOKEN_H_
