// Token patterns: the language rules are written in, compiled to RE2.
// Private to extract/.
//
// A sentence is encoded as one string, a record per token:
//     \x01 <class codes, ascending> \x02 <word codes> \x03
// where class k < 124 is the one byte 0x04+k and a larger one the code point
// U+E000+k, and the word codes stand for the token's folded words, one ' '
// apart (see WordCodes). Short codes keep the records short: RE2's DFA reads
// every byte of them for every rule it tries. A token pattern compiles to a
// regular expression over that string that can only match whole records, so
// RE2 does the matching (linear time, no backtracking blow-up) and match
// offsets map straight back to token indexes.
//
// Pattern syntax (white space is insignificant):
//   [Cap & !stop]      a token with class Cap and without class stop
//   [Person | Organization]   either class
//   "tổ chức"          these words, as one token or several
//   _                  any token
//   @name              a macro from a `define` line
//   ( ) (?: ) (?P<x> ) | * + ? {m,n} and lazy forms, ^ $   as in RE2
#ifndef LIENKET_EXTRACT_PATTERN_H_
#define LIENKET_EXTRACT_PATTERN_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "token.h"

namespace lienket::extract {

// What the first token of a match must be: all the classes of `has` and
// none of `lacks` (bit sets over class ids, 64 a word), or, when `word` is
// set, folded text that begins with it.
struct TokenTest {
  std::vector<uint64_t> has, lacks;
  std::string word;
  // When not empty, the token after must pass one of these too: the
  // pattern begins with exactly one token and then something that is
  // never empty ("[honorific] [Cap]").
  std::vector<TokenTest> next;
};

// Where matches of a pattern can begin, as the pattern says: only at a
// token that passes one of `first` (any token when `any_first`), and only
// at the sentence's first token when the pattern begins with ^. A pattern
// that may match no token, or begin with any token anywhere (`_`, a class
// test of negations only...), is not `anchorable`: it is searched for in
// the whole sentence. Lets the extractor try a rule at a few tokens.
//
// A pattern that opens with a token or two of context, of any kind or none
// ("(^ | [!on_behalf]) [Position] ...", "(^ | [X] ",") [Organization] ..."),
// is anchorable too: its matches begin at a token that passes one of
// `first`, or up to `lead` tokens before one.
struct PatternPlan {
  bool anchorable = false;
  bool start_only = false;
  bool any_first = false;
  int lead = 0;
  std::vector<TokenTest> first;
  // The same, flat, for a quick look at a whole sentence: whether one of
  // `first` is a word test, and each class test's `has` in need_words
  // words.
  bool word_test = false;
  size_t need_words = 0;
  std::vector<uint64_t> need;
};

// A code for each word that some pattern names ("tổ", "chức" of "tổ
// chức"), and one code, kOtherWord, for all other words. A pattern can only
// ask whether a token's words are some given ones, so a record need not
// carry the words themselves: a code is one or two bytes where a folded
// Vietnamese syllable is four to eight. Codes are code points that are not
// ' ' nor a record mark, so the encoding stays UTF-8 for RE2.
class WordCodes {
 public:
  static constexpr char32_t kOtherWord = 0x04;

  // The code of `word` (folded, without ' '), given one when it has none.
  char32_t Add(std::string_view word);

  // The code of `word`: its own, or kOtherWord.
  char32_t Find(std::string_view word) const;

  // Fills buf->coded and the tokens' code ranges from their folded text.
  // The tokens must be as Tokenize made them (one word each).
  void Assign(TokenBuffer* buf) const;

 private:
  WordIndex words_;  // a word's code is NthCode(its index), pattern.cc
};

// Compiles `pattern` to an RE2 regular expression, giving the words it
// names their codes in *words. On error returns false and sets *error to
// the reason (with the column, 1-based). Fills *plan when given.
bool CompilePattern(std::string_view pattern, const ClassTable& classes,
                    const std::map<std::string, std::string>& macros, WordCodes* words,
                    std::string* regex, std::string* error, PatternPlan* plan = nullptr);

// Appends the record of one token to *out (its words coded by
// WordCodes::Assign).
void EncodeToken(const TokenBuffer& buf, const Token& t, std::string* out);

// The encoding of all the tokens of `buf` in *out (replaced), and where
// each record starts in *starts, plus the end.
void EncodeTokens(const TokenBuffer& buf, std::string* out, std::vector<uint32_t>* starts);

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_PATTERN_H_
