// Normalize() and FoldKey(): one canonical spelling of Vietnamese news text.
//
// The work is one pass over NFC text, with no UTF-16 copy. Nearly every
// article is NFC already, and the pass checks that as it goes: one table
// lookup per code point (NFC_Quick_Check = Yes and combining class 0, taken
// from ICU once). Only when it meets anything else does ICU compose the text
// first (normalizeUTF8() with Edits, which tell exactly which original bytes
// became which composed ones), and the pass runs over that.
#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "lienket/text.h"
#include "utf8.h"

namespace lienket {
namespace {

using text_internal::AppendUtf8;
using text_internal::DecodeUtf8;
using text_internal::IsLineBreakCodePoint;
using text_internal::IsSpaceCodePoint;
using text_internal::PreviousCodePointStart;

const icu::Normalizer2& Nfc() {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  // Only fails when ICU's data is missing, and then nothing in the text
  // stage can work at all.
  if (U_FAILURE(ec)) std::abort();
  return *nfc;
}

bool IsAscii(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

// ----------------------------------------------------------- tone marks

// The five Vietnamese tone marks as combining characters: grave (huyền),
// acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng).
constexpr std::array<char32_t, 5> kToneMarks = {0x0300, 0x0301, 0x0303, 0x0309, 0x0323};

// A plain vowel letter with one tone mark, e.g. 'à' = {'a', 0}.
struct TonedVowel {
  char32_t composed;
  char base;      // ASCII vowel: a e y o u, either case
  uint8_t tone;   // index into kToneMarks
};

// The vowels that take part in tone placement (o/u first, a/e/y second) in
// every tone, composed by ICU once. Immutable after construction.
class ToneTable {
 public:
  ToneTable() {
    const icu::Normalizer2& nfc = Nfc();
    for (char base : std::string_view("aeyouAEYOU")) {
      for (uint8_t t = 0; t < kToneMarks.size(); ++t) {
        UChar32 c = nfc.composePair(static_cast<unsigned char>(base), kToneMarks[t]);
        composed_[Index(base)][t] = static_cast<char32_t>(c);
        entries_[count_++] = {static_cast<char32_t>(c), base, t};
      }
    }
    std::sort(entries_.begin(), entries_.begin() + count_,
              [](const TonedVowel& a, const TonedVowel& b) { return a.composed < b.composed; });
  }

  // The plain vowel and tone of a toned vowel, or nullptr.
  const TonedVowel* Split(char32_t c) const {
    if (c < 0xC0) return nullptr;
    auto end = entries_.begin() + count_;
    auto it = std::lower_bound(entries_.begin(), end, c,
                               [](const TonedVowel& e, char32_t v) { return e.composed < v; });
    return it != end && it->composed == c ? &*it : nullptr;
  }

  char32_t Compose(char base, uint8_t tone) const { return composed_[Index(base)][tone]; }

 private:
  static int Index(char base) {
    static constexpr std::string_view kBases = "aeyouAEYOU";
    return static_cast<int>(kBases.find(base));
  }
  std::array<TonedVowel, 50> entries_{};
  size_t count_ = 0;
  std::array<std::array<char32_t, 5>, 10> composed_{};
};

const ToneTable& Tones() {
  static const ToneTable table;
  return table;
}

bool IsLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

// Whether the letters of a syllable continue after position `i` of `s`
// (a letter or a combining mark follows), which makes it a closed syllable
// such as "hoàng", "quỳnh", "ngoài".
bool SyllableContinues(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  char32_t c = DecodeUtf8(s, &i);
  return IsLetter(c) || u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}

bool IsFirstVowel(char c) { return c == 'o' || c == 'O' || c == 'u' || c == 'U'; }
bool IsSecondVowel(char c) {
  return c == 'a' || c == 'A' || c == 'e' || c == 'E' || c == 'y' || c == 'Y';
}

// ----------------------------------------------------------- code point kinds

// What the main pass does with a code point, looked up in one table.
enum Kind : uint8_t {
  // Might not be NFC, or might change with its neighbours under NFC:
  // NFC_Quick_Check != Yes or a nonzero combining class. Text without any
  // such code point is NFC; text with one goes through ICU first.
  kUnsafe,
  // White space, quotes, dashes, the BOM: rewritten by the pass.
  kSpecial,
  // Copied as it is: every Vietnamese letter, most punctuation.
  kPlain,
  // Plain, and a toned a/e/y that may need its tone moved onto an o/u
  // written before it.
  kTonedSecond,
  // Plain, and a toned o/u (FoldKey may move its tone onto the a/e/y after).
  kTonedFirst,
};

bool IsSpecial(char32_t c) {
  return IsSpaceCodePoint(c) || c == 0xFEFF || c == 0x201C || c == 0x201D || c == 0x201E ||
         c == 0xAB || c == 0xBB || c == 0x2018 || c == 0x2019 || (c >= 0x2010 && c <= 0x2015);
}

Kind ComputeKind(char32_t c, const ToneTable& tones) {
  const auto u = static_cast<UChar32>(c);
  if (u_getIntPropertyValue(u, UCHAR_NFC_QUICK_CHECK) != UNORM_YES || u_getCombiningClass(u) != 0)
    return kUnsafe;
  if (IsSpecial(c)) return kSpecial;
  const TonedVowel* t = tones.Split(c);
  if (t == nullptr) return kPlain;
  return IsSecondVowel(t->base) ? kTonedSecond : kTonedFirst;
}

// Kinds of all BMP code points, computed from ICU's properties once and
// immutable afterwards; a byte each, and the parts news text touches (Latin,
// Vietnamese letters, punctuation) fit in a few cache lines.
class KindTable {
 public:
  KindTable() {
    const ToneTable& tones = Tones();
    for (char32_t c = 0; c < 0x10000; ++c) kinds_[c] = ComputeKind(c, tones);
    // Blocks of 64 code points that share their leading UTF-8 bytes and
    // are all copied as they are: the pass can skip such a character by
    // its first one or two bytes, without decoding it.
    auto all_plain = [&](char32_t first) {
      for (char32_t c = first; c < first + 64; ++c)
        if (kinds_[c] < kPlain) return false;
      return true;
    };
    for (unsigned lead = 0xC2; lead < 0xE0; ++lead) plain2_[lead - 0xC0] = all_plain((lead & 0x1F) << 6);
    for (unsigned lead = 0xE0; lead < 0xF0; ++lead) {
      for (unsigned second = 0x80; second < 0xC0; ++second) {
        const char32_t first = ((lead & 0x0F) << 12) | ((second & 0x3F) << 6);
        plain3_[(lead & 0x0F) * 64 + (second & 0x3F)] = first >= 0x800 && all_plain(first);
      }
    }
  }
  Kind operator()(char32_t c) const {
    return c < 0x10000 ? kinds_[c] : ComputeKind(c, Tones());
  }
  // Whether every 2-byte character led by `lead` (0xC0..0xDF) is plain.
  bool Plain2(unsigned lead) const { return plain2_[lead - 0xC0]; }
  // Whether every 3-byte character led by `lead` (0xE0..0xEF), `second` is.
  bool Plain3(unsigned lead, unsigned second) const {
    return plain3_[(lead & 0x0F) * 64 + (second & 0x3F)];
  }

 private:
  std::array<Kind, 0x10000> kinds_{};
  std::array<bool, 32> plain2_{};
  std::array<bool, 16 * 64> plain3_{};
};

const KindTable& Kinds() {
  static const KindTable table;
  return table;
}

// ----------------------------------------------------------- the main pass

// Byte classes of the ASCII range for the main pass.
enum AsciiClass : uint8_t { kCopy, kSpace, kBreak, kVowel };

constexpr std::array<AsciiClass, 128> MakeAsciiClasses() {
  std::array<AsciiClass, 128> t{};
  for (int c : {0x09, 0x0B, 0x0C, 0x0D, 0x20, 0x1C, 0x1D, 0x1E, 0x1F}) t[c] = kSpace;
  t['\n'] = kBreak;
  for (int c : {'o', 'O', 'u', 'U'}) t[c] = kVowel;
  return t;
}
constexpr std::array<AsciiClass, 128> kAsciiClass = MakeAsciiClasses();

// Writes the normalized form of `src` into `out` (which has room for
// src.size() bytes: no step makes the text longer) and, with kOrigin, the
// original offset of every output byte into `origin`. With kMapped, `map`
// gives the original offset of each byte of `src` (src is ICU's NFC of the
// original); without, src is the original and the pass gives up (Run()
// returns false) on the first code point that might not be NFC.
template <bool kMapped, bool kOrigin>
class Pass {
 public:
  Pass(std::string_view src, const uint32_t* map, char* out, OffsetMap* origin)
      : src_(src), map_(map), out_begin_(out), o_(out), m_(origin),
        kinds_(Kinds()), tones_(Tones()) {}

  size_t size() const { return static_cast<size_t>(o_ - out_begin_); }

  bool Run() {
    const auto* p = reinterpret_cast<const unsigned char*>(src_.data());
    const size_t n = src_.size();
    size_t i = 0;
    while (i < n) {
      // Most of the text is letters and punctuation that stay as they are:
      // find how far they go, then copy them in one go.
      const size_t j = ScanPlain(i);
      if (j > i) {
        Flush();
        CopyRun(i, j);
        i = j;
        if (i == n) break;
      }
      const unsigned c = p[i];
      if (c < 0x80) {
        switch (kAsciiClass[c]) {
          case kSpace:
            Space(i, false);
            ++i;
            break;
          case kBreak:
            Space(i, true);
            ++i;
            break;
          default:  // an o/u that may carry an old-style tone pair
            Flush();
            i = Vowel(i);
            break;
        }
        continue;
      }
      size_t len;
      const char32_t cp = Decode(p, n, i, &len);
      if (len == 0) {
        // Not UTF-8 (the caller was to validate): kept byte for byte.
        Flush();
        Put(static_cast<char>(c), i);
        ++i;
        continue;
      }
      if (!kMapped && kinds_(cp) == kUnsafe) return false;
      if (cp == 0xFEFF) {
        // Byte order mark (or zero-width no-break space): dropped.
      } else if (IsSpaceCodePoint(cp)) {
        Space(i, IsLineBreakCodePoint(cp));
      } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB ||
                 cp == 0x2018) {
        Flush();
        Put('"', i);
      } else if (cp == 0x2019) {
        // ’ between two letters is an apostrophe (O’Neill), else a quote.
        Flush();
        Put(PrecededByLetter() && FollowedByLetter(i + len) ? '\'' : '"', i);
      } else if (cp >= 0x2010 && cp <= 0x2015) {
        Flush();
        Put('-', i);
      } else {
        Flush();
        CopyRun(i, i + len);
      }
      i += len;
    }
    // Trailing white space goes with the pending run.
    return true;
  }

 private:
  // The code point at p[i] and its length in *len; *len = 0 if ill-formed.
  static char32_t Decode(const unsigned char* p, size_t n, size_t i, size_t* len) {
    const unsigned c = p[i];
    if (c >= 0xC2 && c < 0xE0 && i + 1 < n) {
      *len = 2;
      return (char32_t(c & 0x1F) << 6) | (p[i + 1] & 0x3F);
    }
    if (c >= 0xE0 && c < 0xF0 && i + 2 < n) {
      *len = 3;
      return (char32_t(c & 0x0F) << 12) | (char32_t(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    }
    if (c >= 0xF0 && c < 0xF5 && i + 3 < n) {
      *len = 4;
      return (char32_t(c & 0x07) << 18) | (char32_t(p[i + 1] & 0x3F) << 12) |
             (char32_t(p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
    }
    *len = 0;
    return 0;
  }

  // Whether the character at p[i] may follow a kept ' ': not white space
  // nor a byte order mark.
  static bool IsPlainAfterSpace(const unsigned char* p, size_t n, size_t i) {
    const unsigned c = p[i];
    if (c < 0x80) return kAsciiClass[c] != kSpace && kAsciiClass[c] != kBreak;
    size_t len;
    const char32_t cp = Decode(p, n, i, &len);
    return len != 0 && !IsSpaceCodePoint(cp) && cp != 0xFEFF;
  }

  // End of the run from `i` of characters copied unchanged: ASCII other
  // than white space, single spaces between words, kPlain code points; an
  // o/u ends the run only when a toned a/e/y follows it.
  size_t ScanPlain(size_t i) const {
    const auto* p = reinterpret_cast<const unsigned char*>(src_.data());
    const size_t n = src_.size();
    const size_t start = i;
    while (i < n) {
      const unsigned c = p[i];
      if (c < 0x80) {
        const AsciiClass k = kAsciiClass[c];
        if (k == kCopy) {
          ++i;
          continue;
        }
        // A single ' ' between two words (every few bytes in Vietnamese)
        // stays as it is, so it need not end the run.
        if (c == ' ' && i > start && i + 1 < n && IsPlainAfterSpace(p, n, i + 1)) {
          ++i;
          continue;
        }
        if (k != kVowel) return i;
        // Toned a/e/y all start with C3 (à, é, ý ...) or E1 (ạ, ẻ, ỳ ...).
        if (i + 1 >= n || (p[i + 1] != 0xC3 && p[i + 1] != 0xE1)) {
          ++i;
          continue;
        }
        size_t len2;
        const char32_t next = Decode(p, n, i + 1, &len2);
        if (len2 != 0 && kinds_(next) == kTonedSecond) return i;
        ++i;
        continue;
      }
      // Vietnamese letters live in blocks where every character is plain.
      if (c >= 0xC0 && c < 0xE0) {
        if (kinds_.Plain2(c) && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
          i += 2;
          continue;
        }
      } else if (c >= 0xE0 && c < 0xF0 && i + 2 < n) {
        if (kinds_.Plain3(c, p[i + 1]) && (p[i + 1] & 0xC0) == 0x80 &&
            (p[i + 2] & 0xC0) == 0x80) {
          i += 3;
          continue;
        }
      }
      size_t len;
      const char32_t cp = Decode(p, n, i, &len);
      if (len == 0) return i;
      const Kind kind = kinds_(cp);
      if (kind < kPlain && !(kMapped && kind == kUnsafe)) return i;
      i += len;
    }
    return i;
  }

  uint32_t Orig(size_t i) const {
    if constexpr (kMapped) {
      return map_[i];
    } else {
      return static_cast<uint32_t>(i);
    }
  }

  void Put(char c, size_t at) {
    *o_++ = c;
    if constexpr (kOrigin) m_->Append(Orig(at));
  }
  // Locals, not members, in the loops: stores through char* could alias
  // the members and would make the compiler reload them on every byte.
  void CopyRun(size_t begin, size_t end) {
    char* o = o_;
    std::memcpy(o, src_.data() + begin, end - begin);
    o_ = o + (end - begin);
    if constexpr (kOrigin) {
      if constexpr (kMapped) {
        for (size_t k = begin; k < end; ++k) m_->Append(map_[k]);
      } else {
        m_->AppendRun(static_cast<uint32_t>(begin), static_cast<uint32_t>(end - begin));
      }
    }
  }
  // Writes `cp`, every byte of it from original offset `at`.
  void PutCodePoint(char32_t cp, size_t at) {
    char buf[4];
    struct Sink {
      char* p;
      void push_back(char c) { *p++ = c; }
    } sink{buf};
    AppendUtf8(cp, &sink);
    for (char* b = buf; b < sink.p; ++b) Put(*b, at);
  }

  // White space is held back until the next visible character, so runs
  // collapse and nothing is left at either end of the text.
  void Space(size_t at, bool line_break) {
    if (pending_ == kNone || (line_break && pending_ == kPendingSpace)) {
      pending_ = line_break ? kPendingBreak : kPendingSpace;
      pending_at_ = at;
    }
  }
  void Flush() {
    if (pending_ != kNone) {
      if (o_ != out_begin_) Put(pending_ == kPendingBreak ? '\n' : ' ', pending_at_);
      pending_ = kNone;
    }
  }

  bool PrecededByLetter() const {
    if (o_ == out_begin_) return false;
    const std::string_view out(out_begin_, size());
    size_t k = PreviousCodePointStart(out, out.size());
    return IsLetter(DecodeUtf8(out, &k));
  }
  bool FollowedByLetter(size_t i) const {
    if (i >= src_.size()) return false;
    return IsLetter(DecodeUtf8(src_, &i));
  }

  // An o/u at src_[i]: copies it, and when it opens an old-style "oà",
  // "oẻ", "uỷ" at the end of a syllable, moves the tone onto it ("òa",
  // "ỏe", "ủy"), the form this project writes. "qu" + vowel keeps its mark
  // on the vowel ("quý"), as do closed syllables ("hoàng", "quỳnh").
  size_t Vowel(size_t i) {
    const char first = src_[i];
    size_t j = i + 1;
    if (j < src_.size() && static_cast<unsigned char>(src_[j]) >= 0x80) {
      const char32_t second = DecodeUtf8(src_, &j);
      if (!kMapped && kinds_(second) == kUnsafe) {
        // Leave the NFC verdict to Run(), which sees this code point next.
        Put(first, i);
        return i + 1;
      }
      const TonedVowel* tv = tones_.Split(second);
      const bool is_u = first == 'u' || first == 'U';
      const bool pair = tv != nullptr && (is_u ? (tv->base == 'y' || tv->base == 'Y')
                                               : (tv->base == 'a' || tv->base == 'A' ||
                                                  tv->base == 'e' || tv->base == 'E'));
      const bool after_q = o_ != out_begin_ && (o_[-1] == 'q' || o_[-1] == 'Q');
      if (pair && !(is_u && after_q) && !SyllableContinues(src_, j)) {
        const char32_t moved = tones_.Compose(first, tv->tone);
        // Never longer than what it replaces, which keeps the output
        // within src.size() bytes.
        if (text_internal::Utf8Length(moved) <= j - i - 1) {
          PutCodePoint(moved, i);
          Put(tv->base, i + 1);
          return j;
        }
      }
    }
    Put(first, i);
    return i + 1;
  }

  enum Pending { kNone, kPendingSpace, kPendingBreak };

  std::string_view src_;
  const uint32_t* map_;
  char* const out_begin_;
  char* o_;
  OffsetMap* m_;  // with kOrigin
  const KindTable& kinds_;
  const ToneTable& tones_;
  Pending pending_ = kNone;
  size_t pending_at_ = 0;
};

template <bool kMapped, bool kOrigin>
bool RunPass(std::string_view src, const uint32_t* map, std::string* out, OffsetMap* origin) {
  out->resize(src.size());
  if constexpr (kOrigin) origin->Clear();
  Pass<kMapped, kOrigin> pass(src, map, out->data(), origin);
  if (!pass.Run()) return false;
  out->resize(pass.size());
  if constexpr (kOrigin) origin->Truncate(static_cast<uint32_t>(pass.size()));
  return true;
}

// ICU's NFC of `in` into *composed and, when `map` is given, the original
// offset of each of its bytes: unchanged bytes map one to one, the bytes of
// a composed cluster all to where the cluster starts in the original.
bool ComposeNfc(std::string_view in, std::string* composed, std::vector<uint32_t>* map) {
  UErrorCode ec = U_ZERO_ERROR;
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(composed, static_cast<int32_t>(in.size()));
  Nfc().normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink,
                      map ? &edits : nullptr, ec);
  if (U_FAILURE(ec)) return false;
  if (map) {
    map->resize(composed->size());
    icu::Edits::Iterator it = edits.getFineIterator();
    while (it.next(ec)) {
      const auto s = static_cast<uint32_t>(it.sourceIndex());
      const auto d = static_cast<size_t>(it.destinationIndex());
      for (int32_t k = 0; k < it.newLength(); ++k)
        (*map)[d + k] = it.hasChange() ? s : s + static_cast<uint32_t>(k);
    }
  }
  return true;
}

// Normalizes `in` into *out (and *origin when given). Text that is NFC
// already (nearly all of it) takes one pass; other text is composed by ICU
// first and the pass runs over the result.
void NormalizeInto(std::string_view in, std::string* out, OffsetMap* origin) {
  bool done = origin ? RunPass<false, true>(in, nullptr, out, origin)
                     : RunPass<false, false>(in, nullptr, out, nullptr);
  if (!done) {
    std::string composed;
    std::vector<uint32_t> map;
    if (ComposeNfc(in, &composed, origin ? &map : nullptr)) {
      if (origin) {
        RunPass<true, true>(composed, map.data(), out, origin);
      } else {
        RunPass<true, false>(composed, nullptr, out, nullptr);
      }
    } else {
      // ICU failed (out of memory): keep the text uncomposed.
      if (origin) {
        map.resize(in.size());
        for (size_t k = 0; k < map.size(); ++k) map[k] = static_cast<uint32_t>(k);
        RunPass<true, true>(in, map.data(), out, origin);
      } else {
        RunPass<true, false>(in, nullptr, out, nullptr);
      }
    }
  }
  if (origin) origin->Append(static_cast<uint32_t>(in.size()));
}

// ----------------------------------------------------------- FoldKey helpers

// One placement for a tone on an o/u + a/e/y pair: on the first vowel in an
// open syllable ("hòa", "ủy"), on the second after "qu" or when the syllable
// goes on ("quý", "hoàng", "quỳnh"). Both spellings of each syllable map to
// the same one, so keys meet wherever the scorer's norm() (which always
// moves the mark to the first vowel) sees the same name.
std::string CanonicalTones(const std::string& s) {
  const ToneTable& tones = Tones();
  const KindTable& kinds = Kinds();
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  char32_t prev = 0;
  while (i < s.size()) {
    size_t j = i;
    const char32_t c1 = DecodeUtf8(s, &j);
    if (c1 < 0x80 ? !IsFirstVowel(static_cast<char>(c1)) : kinds(c1) != kTonedFirst) {
      out.append(s, i, j - i);
      prev = c1;
      i = j;
      continue;
    }
    const TonedVowel* t1 = c1 < 0x80 ? nullptr : tones.Split(c1);
    const char b1 = c1 < 0x80 ? static_cast<char>(c1) : t1 ? t1->base : 0;
    if (IsFirstVowel(b1) && j < s.size()) {
      size_t k = j;
      const char32_t c2 = DecodeUtf8(s, &k);
      const TonedVowel* t2 = tones.Split(c2);
      const char b2 = c2 < 0x80 ? static_cast<char>(c2) : t2 ? t2->base : 0;
      if (IsSecondVowel(b2) && (t1 == nullptr) != (t2 == nullptr)) {
        const uint8_t tone = t1 ? t1->tone : t2->tone;
        const bool on_second = ((b1 == 'u' || b1 == 'U') && (prev == 'q' || prev == 'Q')) ||
                               SyllableContinues(s, k);
        if (on_second) {
          out.push_back(b1);
          AppendUtf8(tones.Compose(b2, tone), &out);
        } else {
          AppendUtf8(tones.Compose(b1, tone), &out);
          out.push_back(b2);
        }
        prev = c2;
        i = k;
        continue;
      }
    }
    out.append(s, i, j - i);
    prev = c1;
    i = j;
  }
  return out;
}

}  // namespace

uint32_t OffsetMap::operator[](uint32_t i) const {
  auto p = std::upper_bound(pieces_.begin(), pieces_.end(), i,
                            [](uint32_t x, const Piece& q) { return x < q.at; });
  --p;  // the first piece is at 0
  return p->original + (i - p->at);
}

uint32_t OffsetMap::LowerBound(uint32_t original) const {
  // The first piece whose last byte comes from `original` or later; in it,
  // the byte that comes from `original` (or its first byte).
  size_t lo = 0, hi = pieces_.size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    const uint32_t end = mid + 1 < pieces_.size() ? pieces_[mid + 1].at : size_;
    if (pieces_[mid].original + (end - 1 - pieces_[mid].at) < original) lo = mid + 1;
    else hi = mid;
  }
  if (lo == pieces_.size()) return size_;
  const Piece& p = pieces_[lo];
  return p.at + (original > p.original ? original - p.original : 0);
}

void OffsetMap::AppendRun(uint32_t original, uint32_t n) {
  if (n == 0) return;
  if (pieces_.empty() || pieces_.back().original + (size_ - pieces_.back().at) != original)
    pieces_.push_back({size_, original});
  size_ += n;
}

void OffsetMap::Truncate(uint32_t n) {
  while (!pieces_.empty() && pieces_.back().at >= n) pieces_.pop_back();
  size_ = n;
}

void OffsetMap::Clear() {
  pieces_.clear();
  size_ = 0;
}

Span NormalizedText::ToOriginal(uint32_t begin, uint32_t end) const {
  if (origin.size() == 0) return {begin, end};
  const uint32_t last = origin.size() - 1;
  begin = std::min(begin, last);
  end = std::clamp(end, begin, last);
  return {origin[begin], begin == end ? origin[begin] : origin[end]};
}

NormalizedText Normalize(std::string_view utf8) {
  NormalizedText result;
  NormalizeInto(utf8, &result.text, &result.origin);
  return result;
}

std::vector<std::string_view> SplitSpaces(std::string_view s) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < s.size()) {
    size_t space = s.find(' ', start);
    if (space == std::string_view::npos) space = s.size();
    if (space > start) words.push_back(s.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

std::string FoldKey(std::string_view name) {
  std::string normalized;
  NormalizeInto(name, &normalized, nullptr);

  std::string folded;
  if (IsAscii(normalized)) {
    folded = std::move(normalized);
    for (char& c : folded)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  } else {
    UErrorCode ec = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&folded, static_cast<int32_t>(normalized.size()));
    icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT,
                           icu::StringPiece(normalized.data(), static_cast<int32_t>(normalized.size())),
                           sink, nullptr, ec);
    if (U_FAILURE(ec)) folded = normalized;
    folded = CanonicalTones(folded);
  }

  // Quotes go; a dash eats the spaces around it; spaces collapse.
  std::string key;
  key.reserve(folded.size());
  bool pending_space = false;
  bool after_dash = false;
  for (char c : folded) {
    if (c == '"' || c == '\'') continue;
    if (c == ' ' || c == '\n') {
      pending_space = true;
      continue;
    }
    if (c == '-') {
      pending_space = false;
      after_dash = true;
      key.push_back('-');
      continue;
    }
    if (pending_space && !after_dash && !key.empty()) key.push_back(' ');
    pending_space = false;
    after_dash = false;
    key.push_back(c);
  }
  static constexpr std::string_view kTrim = " .,;:";
  const size_t b = key.find_first_not_of(kTrim);
  if (b == std::string::npos) return {};
  key.resize(key.find_last_not_of(kTrim) + 1);
  key.erase(0, b);
  return key;
}

}  // namespace lienket
