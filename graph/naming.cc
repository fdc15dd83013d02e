#include "naming.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cstdio>

#include "lienket/text.h"

namespace lienket::graph_internal {

uint64_t Fnv1a64(std::string_view bytes, uint64_t h) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string_view NodeIdPrefix(EntityType type) {
  static constexpr std::string_view kPrefixes[kEntityTypeCount] = {"per-", "org-", "pos-", "evt-",
                                                                   "awd-", "loc-", "date-"};
  return kPrefixes[static_cast<int>(type)];
}

Slugger::Slugger() {
  UErrorCode status = U_ZERO_ERROR;
  transliterator_.reset(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
  if (U_FAILURE(status)) transliterator_.reset();  // ids then keep ASCII letters only
}

Slugger::~Slugger() = default;

const std::string& Slugger::Word(std::string_view word) {
  auto it = words_.find(std::string(word));
  if (it != words_.end()) return it->second;
  std::string ascii;
  bool plain = true;
  for (unsigned char c : word) plain = plain && c < 0x80;
  if (plain || !transliterator_) {
    ascii.assign(word);
  } else {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    transliterator_->transliterate(u);
    u.toUTF8String(ascii);
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
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
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
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return std::string("e-") + hex;
}

}  // namespace lienket::graph_internal
