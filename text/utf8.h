// Small UTF-8 helpers shared by the text stage (private to text/).
#ifndef LIENKET_TEXT_UTF8_H_
#define LIENKET_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lienket::text_internal {

// Offset of the first byte that does not start a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed),
// or npos when `s` is valid. NUL is valid here; callers check it separately.
size_t FindInvalidUtf8(std::string_view s);

// Decodes the code point at s[i] (which must be a valid position) and
// advances *i past it. Ill-formed input yields U+FFFD and advances one byte,
// so loops over untrusted text always make progress.
inline char32_t DecodeUtf8(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t k = *i;
  unsigned char c = p[k];
  if (c < 0x80) {
    *i = k + 1;
    return c;
  }
  auto cont = [&](size_t j) { return j < n && (p[j] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(k + 1)) {
    *i = k + 2;
    return (char32_t(c & 0x1F) << 6) | (p[k + 1] & 0x3F);
  }
  if (c >= 0xE0 && c <= 0xEF && cont(k + 1) && cont(k + 2)) {
    char32_t cp = (char32_t(c & 0x0F) << 12) | (char32_t(p[k + 1] & 0x3F) << 6) |
                  (p[k + 2] & 0x3F);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      *i = k + 3;
      return cp;
    }
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(k + 1) && cont(k + 2) && cont(k + 3)) {
    char32_t cp = (char32_t(c & 0x07) << 18) | (char32_t(p[k + 1] & 0x3F) << 12) |
                  (char32_t(p[k + 2] & 0x3F) << 6) | (p[k + 3] & 0x3F);
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      *i = k + 4;
      return cp;
    }
  }
  *i = k + 1;
  return 0xFFFD;
}

// Start of the code point that ends just before s[end] (end > 0).
inline size_t PreviousCodePointStart(std::string_view s, size_t end) {
  size_t k = end - 1;
  while (k > 0 && end - k < 4 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return k;
}

// Appends the UTF-8 form of `cp` to `out` (any string-like with push_back).
template <typename Out>
inline void AppendUtf8(char32_t cp, Out* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Number of bytes of the UTF-8 form of `cp`.
inline size_t Utf8Length(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// True for the white space the normalizer folds into one ' ' (or '\n'):
// Python's str.isspace() set, which is also what the scorer's \s matches,
// so FoldKey and score.py agree on where words end.
inline bool IsSpaceCodePoint(char32_t c) {
  switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D:
    case 0x1C: case 0x1D: case 0x1E: case 0x1F: case 0x20:
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

// Line breaks among those spaces: they survive normalization as '\n'.
inline bool IsLineBreakCodePoint(char32_t c) {
  return c == 0x0A || c == 0x85 || c == 0x2028 || c == 0x2029;
}

}  // namespace lienket::text_internal

#endif  // LIENKET_TEXT_UTF8_H_
