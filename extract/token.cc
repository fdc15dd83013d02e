#include "token.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

namespace lienket::extract {
namespace {

// Properties of a code point that tokenizing and shapes ask for.
enum : uint8_t {
  kWord = 1,     // a letter, digit or mark: part of a word
  kDigit = 2,
  kSpace = 4,
  kLetter = 8,   // alphabetic and not a mark: counted by ShapeOf
  kUpper = 16,
  kLower = 32,
  kTitle = 64,
};

struct CharInfo {
  uint8_t flags = 0;
  uint8_t lower_size = 0;  // bytes of lower_utf8
  char lower_utf8[4] = {};
  UChar32 lower = 0;
};

CharInfo Compute(UChar32 c) {
  CharInfo ci;
  bool mark = (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
  bool alpha = u_isUAlphabetic(c);
  bool digit = c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c);
  bool word = c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                       : alpha || u_isdigit(c) || mark;
  if (word) ci.flags |= kWord;
  if (digit) ci.flags |= kDigit;
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || u_isUWhiteSpace(c)) ci.flags |= kSpace;
  if (alpha && !mark) ci.flags |= kLetter;
  if (u_isupper(c)) ci.flags |= kUpper;
  if (u_islower(c)) ci.flags |= kLower;
  if (u_istitle(c)) ci.flags |= kTitle;
  ci.lower = u_tolower(c);
  return ci;
}

// Writes the UTF-8 of c (a valid code point) at p; returns the bytes written.
inline int PutUtf8(UChar32 c, char* p);

// ICU's answers for the code points Vietnamese text is written in (Latin,
// its extensions and combining marks all lie below U+2000), looked up once:
// a table read costs a fraction of the property lookups it replaces.
constexpr UChar32 kTableSize = 0x2000;

struct CharTable {
  CharInfo info[kTableSize];
  CharTable() {
    for (UChar32 c = 0; c < kTableSize; ++c) {
      info[c] = Compute(c);
      info[c].lower_size = static_cast<uint8_t>(PutUtf8(info[c].lower, info[c].lower_utf8));
    }
  }
};

const CharTable& Table() {
  static const CharTable* table = new CharTable();  // immutable once built
  return *table;
}

inline CharInfo Info(const CharTable& t, UChar32 c) {
  return c >= 0 && c < kTableSize ? t.info[c] : Compute(c < 0 ? 0xFFFD : c);
}

// Decodes the code point at s[*i] (as ICU's U8_NEXT: a bad sequence is
// U+FFFD and as many bytes as ICU skips) and steps over it.
inline UChar32 Next(const uint8_t* s, int32_t* i, int32_t end) {
  if (s[*i] < 0x80) return s[(*i)++];
  UChar32 c;
  U8_NEXT(s, *i, end, c);
  return c < 0 ? 0xFFFD : c;
}

inline int PutUtf8(UChar32 c, char* p) {
  int32_t n = 0;
  U8_APPEND_UNSAFE(p, n, c);
  return n;
}

inline void AppendUtf8(UChar32 c, std::string* out) {
  char buf[4];
  out->append(buf, static_cast<size_t>(PutUtf8(c, buf)));
}

void AppendFolded(const CharTable& table, std::string_view in, std::string* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  int32_t n = static_cast<int32_t>(in.size());
  int32_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      char c = static_cast<char>(s[i++]);
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      continue;
    }
    UChar32 c = Next(s, &i, n);
    AppendUtf8(Info(table, c).lower, out);
  }
}

Shape ShapeWith(const CharTable& table, std::string_view word) {
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
  CharInfo fi = Info(table, first);
  if (fi.flags & kDigit) {
    sh.digit = true;
    return sh;
  }
  if (!(fi.flags & kWord)) {
    sh.punct = true;
    return sh;
  }
  sh.cap = (fi.flags & (kUpper | kTitle)) != 0;
  sh.lower = (fi.flags & kLower) != 0;
  int letters = 1;
  bool all_upper = sh.cap;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c == ' ') break;  // a merged token: the shape of its first word
    if (c < 0) continue;
    uint8_t f = Info(table, c).flags;
    if (f & kLetter) {
      ++letters;
      if (!(f & kUpper)) all_upper = false;
    }
  }
  sh.upper = all_upper && letters >= 2;
  return sh;
}

// Folds one code point into the sentence's folded text and follows the
// token's shape (ShapeWith, one code point at a time). The text grows as
// needed: a code point folds to at most 4 bytes.
struct TokenScan {
  explicit TokenScan(std::string* out) : out(out) {}
  std::string* out;
  size_t size = 0;  // bytes of *out written
  Shape shape;
  bool first = true;
  bool word = false;  // the first code point is a letter or mark (not a digit)
  bool all_upper = false;
  int letters = 0;

  void Start() {
    shape = Shape();
    first = true;
    word = all_upper = false;
    letters = 0;
  }

  void Put(char c) {
    Room();
    (*out)[size++] = c;
  }

  void Room() {
    if (size + 4 > out->size()) out->resize(2 * out->size() + 16);
  }

  void Add(UChar32 c, const CharInfo& ci) {
    Room();
    char* p = out->data() + size;
    if (c < 0x80) {
      *p = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++size;
    } else if (ci.lower_size) {  // from the table: four bytes copied at once
      std::memcpy(p, ci.lower_utf8, 4);
      size += ci.lower_size;
    } else {
      size += static_cast<size_t>(PutUtf8(ci.lower, p));
    }
    if (first) {
      first = false;
      if (ci.flags & kDigit) {
        shape.digit = true;
      } else if (!(ci.flags & kWord)) {
        shape.punct = true;
      } else {
        word = true;
        shape.cap = (ci.flags & (kUpper | kTitle)) != 0;
        shape.lower = (ci.flags & kLower) != 0;
        all_upper = shape.cap;
        letters = 1;
      }
      return;
    }
    if (word && (ci.flags & kLetter)) {
      ++letters;
      if (!(ci.flags & kUpper)) all_upper = false;
    }
  }

  // Add() of a lower-case ASCII letter after the first code point of a
  // word: the same, without the lookups.
  void AddAsciiLower(char c) {
    Room();
    (*out)[size++] = c;
    ++letters;
    all_upper = false;
  }

  Shape Done() {
    shape.upper = word && all_upper && letters >= 2;
    return shape;
  }
};

}  // namespace

bool TokenBuffer::Has(const Token& t, ClassId c) const {
  return std::binary_search(ClassesBegin(t), ClassesEnd(t), c);
}

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, TokenBuffer* out) {
  const CharTable& table = Table();
  out->tokens.clear();
  out->classes.clear();
  // Room for the usual case (folding keeps the length of Vietnamese text,
  // and a token adds one ' '); TokenScan grows it for the rest.
  std::string& folded = out->folded;
  folded.resize(2 * static_cast<size_t>(end - begin) + 16);
  TokenScan scan(&folded);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t stop = static_cast<int32_t>(end);
  int32_t i = static_cast<int32_t>(begin);
  while (i < stop) {
    const int32_t start = i;
    UChar32 c = Next(s, &i, stop);
    CharInfo ci = Info(table, c);
    if (ci.flags & kSpace) continue;
    if (!out->tokens.empty()) scan.Put(' ');
    Token t;
    t.begin = static_cast<uint32_t>(start);
    t.fold = static_cast<uint32_t>(scan.size);
    scan.Start();
    scan.Add(c, ci);
    if (ci.flags & kWord) {
      uint8_t prev_flags = ci.flags;
      while (i < stop) {
        // Lower-case ASCII letters, most of the text, skip the tables.
        if (s[i] >= 'a' && s[i] <= 'z' && scan.word) {
          scan.AddAsciiLower(static_cast<char>(s[i++]));
          prev_flags = kWord | kLetter | kLower;
          continue;
        }
        int32_t j = i;
        UChar32 d = Next(s, &j, stop);
        CharInfo di = Info(table, d);
        if (di.flags & kWord) {
          scan.Add(d, di);
          prev_flags = di.flags;
          i = j;
          continue;
        }
        // A joiner between two word characters (two digits for '/' and ',').
        if (j < stop && (d == '.' || d == '-' || d == '&' || d == '\'' || d == '/' || d == ',')) {
          int32_t k = j;
          UChar32 next = Next(s, &k, stop);
          CharInfo ni = Info(table, next);
          uint8_t need = (d == '/' || d == ',') ? kDigit : kWord;
          if ((prev_flags & need) && (ni.flags & need)) {
            scan.Add(d, di);
            scan.Add(next, ni);
            prev_flags = ni.flags;
            i = k;
            continue;
          }
        }
        break;
      }
    } else if (c == '.' && i + 1 < stop && s[i] == '.' && s[i + 1] == '.') {
      scan.Add('.', Info(table, '.'));
      scan.Add('.', Info(table, '.'));
      i += 2;  // an ellipsis is one mark
    }
    t.end = static_cast<uint32_t>(i);
    t.fold_end = static_cast<uint32_t>(scan.size);
    t.shape = scan.Done();
    t.cls = t.cls_end = 0;
    out->tokens.push_back(t);
  }
  folded.resize(scan.size);
}

std::vector<std::string> FoldedWords(std::string_view text) {
  TokenBuffer buf;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &buf);
  std::vector<std::string> out;
  out.reserve(buf.tokens.size());
  for (const Token& t : buf.tokens) out.emplace_back(buf.Folded(t));
  return out;
}

Shape ShapeOf(std::string_view word) { return ShapeWith(Table(), word); }

std::string FoldCase(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  AppendFolded(Table(), in, &out);
  return out;
}

}  // namespace lienket::extract
