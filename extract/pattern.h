// Token patterns: the language rules are written in, compiled to RE2.
// Private to extract/.
//
// A sentence is encoded as one string, a record per token:
//     \x01 <class codes, ascending> \x02 <folded text> \x03
// where class k is the code point U+E000+k. A token pattern compiles to a
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

// Compiles `pattern` to an RE2 regular expression. On error returns false
// and sets *error to the reason (with the column, 1-based).
bool CompilePattern(std::string_view pattern, const ClassTable& classes,
                    const std::map<std::string, std::string>& macros, std::string* regex,
                    std::string* error);

// Appends the record of one token to *out.
void EncodeToken(const Token& t, std::string* out);

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_PATTERN_H_
