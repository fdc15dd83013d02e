// Private: node and edge ids, and the hash they are made from.
#ifndef LIENKET_GRAPH_NAMING_H_
#define LIENKET_GRAPH_NAMING_H_

#include <unicode/uversion.h>

#include <cstdint>
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

// Readable ASCII slugs of labels ("Trần Quốc Vượng" -> "tran-quoc-vuong").
// Holds one ICU transliterator and a cache per word (Vietnamese names are
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

  std::unique_ptr<icu::Transliterator> transliterator_;
  std::unordered_map<std::string, std::string> words_;
};

// prefix + slug + "-" + `hex_digits` hex digits of the hash of type and key.
std::string MakeNodeId(EntityType type, std::string_view slug, std::string_view key,
                       int hex_digits);

// "e-" + 16 hex digits of the hash of (source id, relation, target id).
std::string MakeEdgeId(std::string_view source_id, Relation relation, std::string_view target_id);

}  // namespace lienket::graph_internal

#endif  // LIENKET_GRAPH_NAMING_H_
