#include "naming.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/utf8.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cctype>
#include <charconv>
#include <cstring>

#include "lienket/text.h"

namespace lienket::graph_internal {

uint64_t Fnv1a64(std::string_view bytes, uint64_t h) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

namespace {

// `h` as 16 lowercase hex digits, zero-padded (as printf's "%016llx", which
// costs more than the hashing: it is called twice per edge and node).
void Hex16(uint64_t h, char out[16]) {
  char digits[16];
  const auto end = std::to_chars(digits, digits + 16, h, 16).ptr;
  const size_t n = static_cast<size_t>(end - digits);
  std::memset(out, '0', 16 - n);
  std::memcpy(out + 16 - n, digits, n);
}

}  // namespace

std::string_view NodeIdPrefix(EntityType type) {
  static constexpr std::string_view kPrefixes[kEntityTypeCount] = {"per-", "org-", "pos-", "evt-",
                                                                   "awd-", "loc-", "date-"};
  return kPrefixes[static_cast<int>(type)];
}

Slugger::Slugger() = default;
Slugger::~Slugger() = default;

// Made on the first word that needs it: creating it builds ICU's registry
// of transliterators, which costs more than slugging every label of a
// corpus, and Vietnamese names never need it (see LatinToAscii).
icu::Transliterator* Slugger::Transliterator() {
  if (!transliterator_tried_) {
    transliterator_tried_ = true;
    UErrorCode status = U_ZERO_ERROR;
    transliterator_.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) transliterator_.reset();  // ids then keep ASCII letters only
  }
  return transliterator_.get();
}

bool LatinToAscii(std::string_view word, std::string* ascii) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return false;
  const size_t size = ascii->size();
  const int32_t n = static_cast<int32_t>(word.size());
  icu::UnicodeString d;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    bool ok = c >= 0;
    if (c >= 0 && c < 0x80) {
      ascii->push_back(static_cast<char>(c));
      continue;
    } else if (c == 0x0110 || c == 0x0111) {  // Đ đ
      ascii->push_back(c == 0x0110 ? 'D' : 'd');
      continue;
    }
    ok = ok && nfd->getDecomposition(c, d) && d.length() >= 2 && d.charAt(0) < 0x80 &&
         std::isalpha(d.charAt(0));
    for (int32_t k = 1; ok && k < d.length(); ++k)
      ok = d.charAt(k) >= 0x0300 && d.charAt(k) <= 0x036f;
    if (!ok) {
      ascii->resize(size);
      return false;
    }
    ascii->push_back(static_cast<char>(d.charAt(0)));
  }
  return true;
}

const std::string& Slugger::Word(std::string_view word) {
  auto it = words_.find(word);
  if (it != words_.end()) return it->second;
  std::string ascii;
  bool plain = true;
  for (unsigned char c : word) plain = plain && c < 0x80;
  icu::Transliterator* transliterator = nullptr;
  if (plain || LatinToAscii(word, &ascii)) {
    if (plain) ascii.assign(word);
  } else if ((transliterator = Transliterator()) != nullptr) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    transliterator->transliterate(u);
    u.toUTF8String(ascii);
  } else {
    ascii.assign(word);
  }
  // Lower case; anything but an ASCII letter or digit becomes a '-'.
  std::string slug;
  for (unsigned char c : ascii) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    slug.push_back(alnum ? static_cast<char>(c) : '-');
  }
  return words_.emplace(std::string(word), std::move(slug)).first->second;
}

std::string Slugger::Slug(std::string_view label) {
  std::string raw;
  for (std::string_view word : SplitSpaces(label)) {
    if (!raw.empty()) raw.push_back('-');
    raw += Word(word);
  }
  // Collapse runs of '-' and trim them at both ends.
  std::string slug;
  for (char c : raw) {
    if (c == '-' && (slug.empty() || slug.back() == '-')) continue;
    slug.push_back(c);
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.size() > kMaxLength) {
    // Cut at a word boundary when one is reasonably near the limit.
    size_t cut = slug.rfind('-', kMaxLength);
    slug.resize(cut != std::string::npos && cut >= kMaxLength / 2 ? cut : kMaxLength);
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
  }
  if (slug.empty()) slug.push_back('x');
  return slug;
}

std::string MakeNodeId(EntityType type, std::string_view slug, std::string_view key,
                       int hex_digits) {
  uint64_t h = Fnv1a64(EntityTypeName(type));
  h = Fnv1a64(std::string_view("\0", 1), h);
  h = Fnv1a64(key, h);
  char hex[16];
  Hex16(h, hex);
  std::string id(NodeIdPrefix(type));
  id += slug;
  id += '-';
  id.append(hex, static_cast<size_t>(hex_digits));
  return id;
}

std::string MakeEdgeId(std::string_view source_id, Relation relation, std::string_view target_id) {
  uint64_t h = Fnv1a64(source_id);
  h = Fnv1a64(std::string_view("\0", 1), h);
  h = Fnv1a64(RelationName(relation), h);
  h = Fnv1a64(std::string_view("\0", 1), h);
  h = Fnv1a64(target_id, h);
  std::string id = "e-";
  id.resize(2 + 16);
  Hex16(h, id.data() + 2);
  return id;
}

}  // namespace lienket::graph_internal
