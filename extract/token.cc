#include "token.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lienket::extract {
namespace {

struct CodePoint {
  UChar32 c;
  int32_t begin;
  int32_t end;
};

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isUAlphabetic(c) || u_isdigit(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool IsDigit(UChar32 c) { return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c); }

// Whether `c` between `prev` and `next` keeps one word together.
bool Joins(UChar32 prev, UChar32 c, UChar32 next) {
  switch (c) {
    case '/':
    case ',':
      // Dates and numbers: 12/4/2022. A decimal comma (3,5) too.
      return IsDigit(prev) && IsDigit(next);
    case '.':
    case '-':
    case '&':
    case '\'':
      return IsWordChar(prev) && IsWordChar(next);
    default:
      return false;
  }
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<CodePoint> cps;
  cps.reserve(end - begin);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(begin);
  while (i < static_cast<int32_t>(end)) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, static_cast<int32_t>(end), c);
    if (c < 0) c = 0xFFFD;
    cps.push_back({c, start, i});
  }

  std::vector<Token> out;
  size_t k = 0;
  while (k < cps.size()) {
    UChar32 c = cps[k].c;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || u_isUWhiteSpace(c)) {
      ++k;
      continue;
    }
    Token t;
    t.begin = cps[k].begin;
    if (IsWordChar(c)) {
      size_t j = k + 1;
      while (j < cps.size()) {
        if (IsWordChar(cps[j].c)) {
          ++j;
        } else if (j + 1 < cps.size() && Joins(cps[j - 1].c, cps[j].c, cps[j + 1].c)) {
          j += 2;
        } else {
          break;
        }
      }
      t.end = cps[j - 1].end;
      k = j;
    } else if (c == '.' && k + 2 < cps.size() && cps[k + 1].c == '.' && cps[k + 2].c == '.') {
      t.end = cps[k + 2].end;  // an ellipsis is one mark
      k += 3;
    } else {
      t.end = cps[k].end;
      ++k;
    }
    t.folded = FoldCase(text.substr(t.begin, t.end - t.begin));
    out.push_back(std::move(t));
  }
  return out;
}

Shape ShapeOf(std::string_view word) {
  Shape sh;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  int32_t n = static_cast<int32_t>(word.size());
  int32_t i = 0;
  UChar32 first;
  U8_NEXT(s, i, n, first);
  if (first < 0) {
    sh.punct = true;
    return sh;
  }
  if (IsDigit(first)) {
    sh.digit = true;
    return sh;
  }
  if (!IsWordChar(first)) {
    sh.punct = true;
    return sh;
  }
  sh.cap = u_isupper(first) || u_istitle(first);
  sh.lower = u_islower(first);
  int letters = 1;
  bool all_upper = sh.cap;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c == ' ') break;  // a merged token: the shape of its first word
    if (c >= 0 && u_isUAlphabetic(c) && (U_GET_GC_MASK(c) & U_GC_M_MASK) == 0) {
      ++letters;
      if (!u_isupper(c)) all_upper = false;
    }
  }
  sh.upper = all_upper && letters >= 2;
  return sh;
}

std::string FoldCase(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  int32_t n = static_cast<int32_t>(in.size());
  int32_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      char c = static_cast<char>(s[i++]);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    c = u_tolower(c);
    char buf[4];
    int32_t len = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, err);
    out.append(buf, len);
  }
  return out;
}

}  // namespace lienket::extract
