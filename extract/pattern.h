// Token patterns: the language rules are written in, compiled to RE2.
// Private to extract/.
//
// A sentence is encoded as one string, a record per token:
//     \x01 <class codes, ascending> \x02 <folded text> \x03
// where class k < 124 is the one byte 0x04+k and a larger one the code point
// U+E000+k (one byte a class keeps the records short: RE2's DFA reads every
// byte of them for every rule it runs). A token pattern compiles to a
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
struct PatternPlan {
  bool anchorable = false;
  bool start_only = false;
  bool any_first = false;
  std::vector<TokenTest> first;
  // The same, flat, for a quick look at a whole sentence: whether one of
  // `first` is a word test, and each class test's `has` in need_words
  // words.
  bool word_test = false;
  size_t need_words = 0;
  std::vector<uint64_t> need;
};

// Compiles `pattern` to an RE2 regular expression. On error returns false
// and sets *error to the reason (with the column, 1-based). Fills *plan
// when given.
bool CompilePattern(std::string_view pattern, const ClassTable& classes,
                    const std::map<std::string, std::string>& macros, std::string* regex,
                    std::string* error, PatternPlan* plan = nullptr);

// Appends the record of one token to *out.
void EncodeToken(const TokenBuffer& buf, const Token& t, std::string* out);

// The encoding of all the tokens of `buf` in *out (replaced), and where
// each record starts in *starts, plus the end.
void EncodeTokens(const TokenBuffer& buf, std::string* out, std::vector<uint32_t>* starts);

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_PATTERN_H_
