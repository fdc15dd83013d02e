#include "utf8.h"

#include <cstring>

namespace lienket::text_internal {

namespace {

// The branchy check: exact about where the first bad sequence starts.
size_t FindInvalidUtf8Slow(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Runs of ASCII go eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned c = p[i];
    if (c < 0x80) {
      ++i;
    } else if (c < 0xE0) {
      // C0 and C1 would only start overlong forms.
      if (c < 0xC2 || i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return i;
      i += 2;
    } else if (c < 0xF0) {
      if (i + 2 >= n) return i;
      // E0 needs A0.. (no overlong forms), ED ..9F (no surrogates).
      const unsigned lo = c == 0xE0 ? 0xA0 : 0x80;
      const unsigned hi = c == 0xED ? 0x9F : 0xBF;
      if (p[i + 1] < lo || p[i + 1] > hi || (p[i + 2] & 0xC0) != 0x80) return i;
      i += 3;
    } else if (c < 0xF5) {
      if (i + 3 >= n) return i;
      // F0 needs 90.. (no overlong forms), F4 ..8F (nothing past U+10FFFF).
      const unsigned lo = c == 0xF0 ? 0x90 : 0x80;
      const unsigned hi = c == 0xF4 ? 0x8F : 0xBF;
      if (p[i + 1] < lo || p[i + 1] > hi || (p[i + 2] & 0xC0) != 0x80 ||
          (p[i + 3] & 0xC0) != 0x80)
        return i;
      i += 4;
    } else {
      return i;
    }
  }
  return std::string_view::npos;
}

// A shift-based DFA over Unicode's table of well-formed byte sequences
// (Table 3-7). Vietnamese text alternates 1-, 2- and 3-byte characters too
// irregularly for branches to predict; here every byte costs one table load
// that does not depend on the state and a shift, with no branch at all.
//
// States are bit offsets into a row: kRows[b] >> state & 63 is the state
// after byte b.
enum : uint64_t {
  kAccept = 0,    // between characters
  kTail1 = 6,     // one continuation byte to go
  kTail2 = 12,    // two to go
  kE0 = 18,       // after E0: A0..BF, then one
  kED = 24,       // after ED: 80..9F (no surrogates), then one
  kF0 = 30,       // after F0: 90..BF, then two
  kTail3 = 36,    // after F1..F3: three to go
  kF4 = 42,       // after F4: 80..8F, then two
  kReject = 48,   // stays
};

constexpr uint64_t Next(uint64_t state, unsigned b) {
  const bool cont = b >= 0x80 && b <= 0xBF;
  switch (state) {
    case kAccept:
      if (b < 0x80) return kAccept;
      if (b >= 0xC2 && b <= 0xDF) return kTail1;
      if (b == 0xE0) return kE0;
      if (b == 0xED) return kED;
      if (b >= 0xE1 && b <= 0xEF) return kTail2;
      if (b == 0xF0) return kF0;
      if (b >= 0xF1 && b <= 0xF3) return kTail3;
      if (b == 0xF4) return kF4;
      return kReject;
    case kTail1: return cont ? kAccept : kReject;
    case kTail2: return cont ? kTail1 : kReject;
    case kE0: return b >= 0xA0 && b <= 0xBF ? kTail1 : kReject;
    case kED: return b >= 0x80 && b <= 0x9F ? kTail1 : kReject;
    case kF0: return b >= 0x90 && b <= 0xBF ? kTail2 : kReject;
    case kTail3: return cont ? kTail2 : kReject;
    case kF4: return b >= 0x80 && b <= 0x8F ? kTail2 : kReject;
    default: return kReject;
  }
}

struct Rows {
  uint64_t row[256];
};

constexpr Rows MakeRows() {
  Rows r{};
  for (unsigned b = 0; b < 256; ++b) {
    uint64_t row = 0;
    for (uint64_t s = kAccept; s <= kReject; s += 6) row |= Next(s, b) << s;
    r.row[b] = row;
  }
  return r;
}

constexpr Rows kRows = MakeRows();

}  // namespace

size_t FindInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  uint64_t state = kAccept;
  size_t i = 0;
  while (i < n) {
    // Runs of ASCII between characters go eight bytes at a time.
    if (state == kAccept) {
      while (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ull) break;
        i += 8;
      }
    }
    const size_t stop = i + 64 < n ? i + 64 : n;
    for (; i < stop; ++i) state = (kRows.row[p[i]] >> state) & 63;
    if (state == kReject) break;
  }
  return state == kAccept ? std::string_view::npos : FindInvalidUtf8Slow(s);
}

}  // namespace lienket::text_internal
