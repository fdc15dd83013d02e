// Private: node and edge ids, and the hash they are made from.
#ifndef LIENKET_GRAPH_NAMING_H_
#define LIENKET_GRAPH_NAMING_H_

#include <unicode/uversion.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lienket/types.h"

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace lienket::graph_internal {

// FNV-1a, 64 bits: tiny, stable across platforms and releases, which is all
// an id needs (std::hash promises neither).
uint64_t Fnv1a64(std::string_view bytes, uint64_t h = 0xcbf29ce484222325ULL);

// "per-", "org-", ... : the short prefix of node ids of a type.
std::string_view NodeIdPrefix(EntityType type);

// A word of ASCII and of letters that are an ASCII letter with combining
// marks (NFD), or đ/Đ, as ASCII: each such letter becomes its base letter,
// as ICU's "Any-Latin; Latin-ASCII" makes it (tests/graph_resolve_test.cc
// compares the two on every such letter of Latin-1 and Latin Extended).
// That is every Vietnamese word. False, *ascii unchanged, for any other.
bool LatinToAscii(std::string_view word, std::string* ascii);

// Readable ASCII slugs of labels ("Trần Quốc Vượng" -> "tran-quoc-vuong").
// Holds one ICU transliterator (for words LatinToAscii cannot take) and a cache per word (Vietnamese names are
// made of a few thousand syllables, so most words are seen before). Not
// thread-safe; make one per thread.
class Slugger {
 public:
  Slugger();
  ~Slugger();
  Slugger(const Slugger&) = delete;
  Slugger& operator=(const Slugger&) = delete;

  static constexpr size_t kMaxLength = 48;
  std::string Slug(std::string_view label);

 private:
  const std::string& Word(std::string_view word);
  // The transliterator, made on first use; null if ICU cannot make it.
  icu::Transliterator* Transliterator();

  // Looked up by string_view: most words are found, and then no key is
  // made for the lookup.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unique_ptr<icu::Transliterator> transliterator_;
  bool transliterator_tried_ = false;
  std::unordered_map<std::string, std::string, WordHash, std::equal_to<>> words_;
};

// prefix + slug + "-" + `hex_digits` hex digits of the hash of type and key.
std::string MakeNodeId(EntityType type, std::string_view slug, std::string_view key,
                       int hex_digits);

// "e-" + 16 hex digits of the hash of (source id, relation, target id).
std::string MakeEdgeId(std::string_view source_id, Relation relation, std::string_view target_id);

}  // namespace lienket::graph_internal

#endif  // LIENKET_GRAPH_NAMING_H_
