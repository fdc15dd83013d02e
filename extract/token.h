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

// The shape of the first letter / of all letters of a word.
struct Shape {
  bool cap = false;     // first character is an upper-case letter
  bool upper = false;   // two or more letters, all upper case ("VUFO", "TT&TT")
  bool lower = false;   // first character is a lower-case letter
  bool digit = false;   // starts with a digit
  bool punct = false;   // a single punctuation mark or symbol
};

// One token: a syllable, a joined word ("TP.HCM", "12/4/2022", "TT&TT"), a
// punctuation mark, or (after gazetteer lookup or an entity phase) a run of
// those merged into one. Its text and classes live in the TokenBuffer that
// holds it, so that a sentence costs no allocation per token.
struct Token {
  uint32_t begin = 0;  // byte range in the normalized document text
  uint32_t end = 0;
  uint32_t fold = 0;   // folded text: a range of TokenBuffer::folded
  uint32_t fold_end = 0;
  uint32_t cls = 0;    // classes: a range of TokenBuffer::classes, ascending
  uint32_t cls_end = 0;
  uint32_t code = 0;   // its words' codes (pattern.h): a range of TokenBuffer::coded
  uint32_t code_end = 0;
  int entity = -1;     // index into the document's entity list, or -1
  Shape shape;         // of the text, as Tokenize found it
};

// The tokens of one sentence with the storage they point into. Reused from
// sentence to sentence; Tokenize clears it.
//
// `folded` holds the lower-cased text of the sentence's tokens in order with
// one ' ' between two tokens, so a run of tokens merged into one (a lexicon
// entry, an entity) has the folded text "w1 w2 ..." as one range. `coded`
// (filled by WordCodes::Assign, pattern.h) is the same with each word's
// code in place of the word.
struct TokenBuffer {
  std::vector<Token> tokens;
  std::string folded;
  std::string coded;  // laid out as `folded`, a word code for each word
  std::vector<ClassId> classes;  // class lists, appended as tokens change

  std::string_view Folded(const Token& t) const {
    return std::string_view(folded).substr(t.fold, t.fold_end - t.fold);
  }
  const ClassId* ClassesBegin(const Token& t) const { return classes.data() + t.cls; }
  const ClassId* ClassesEnd(const Token& t) const { return classes.data() + t.cls_end; }
  bool Has(const Token& t, ClassId c) const;
};

// Splits [begin, end) of `text` into raw tokens (no classes yet) in *out.
// Letters and digits form words; '.', '&', '-' and '\'' join two word
// characters ("TP.HCM", "COVID-19"); '/' and ',' join two digits
// ("12/4/2022", "3,5"), so "Liên Xô/LB Nga" stays three words and a slash.
// Three dots are one mark. Each token's Shape is set.
void Tokenize(std::string_view text, uint32_t begin, uint32_t end, TokenBuffer* out);

// The folded words of `text`, as Tokenize cuts it (lexicon entries and
// quoted words of patterns).
std::vector<std::string> FoldedWords(std::string_view text);

Shape ShapeOf(std::string_view word);

// Lower-cases UTF-8 (simple case mapping, as the lexicons are written).
std::string FoldCase(std::string_view s);

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_TOKEN_H_
