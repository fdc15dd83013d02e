// Private: the documents a GraphBuilder holds, in compact form.
//
// A corpus states the same few thousand entities over and over, so the
// DocumentFacts of a fact (~730 bytes of strings) is mostly copies. Here
// every distinct string and every distinct mention (a Mention without its
// span) is stored once, and a fact is a fixed-size record of their ids: the
// store grows by ~40 bytes a fact and the id of each document, not with the
// text of what they say. (A distinct mention also keeps its fields in one
// piece, as the key it is found by: twice its strings, once per mention.)
#ifndef LIENKET_GRAPH_FACT_STORE_H_
#define LIENKET_GRAPH_FACT_STORE_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory_resource>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lienket/types.h"

namespace lienket::graph_internal {

class FactStore {
 public:
  // Every name below is a string id (see str()).
  struct MentionRecord {
    EntityType type;
    uint32_t text, role, org, date;
    uint32_t names_begin;  // aliases, then org_aliases, in names()
    uint32_t alias_count, org_alias_count;
  };
  struct FactRecord {
    uint32_t subject, object;  // mention ids
    Span subject_span, object_span, evidence;
    uint32_t rule;
    Relation relation;
    bool former;
  };
  struct DocRecord {
    std::string_view id;  // in the store, as long as it lives
    uint32_t date;
    uint32_t first_fact, fact_count;
  };
  // How far the store was filled; see Truncate().
  struct Mark {
    size_t docs, facts;
  };

  FactStore();
  // The indices point into bytes_.
  FactStore(const FactStore&) = delete;
  FactStore& operator=(const FactStore&) = delete;

  // Appends a document. An id added before is not looked up here: Current()
  // leaves out all but its latest version, whose records stay until the
  // store is dropped (re-adding is rare; an index of every id would cost
  // more than the occasional stale copy).
  void Add(const DocumentFacts& d);
  // The documents as added, indices into docs() in id order, one per id:
  // the one added last.
  std::vector<uint32_t> Current() const;

  Mark mark() const { return {docs_.size(), facts_.size()}; }
  // Drops the documents added since `mark` (the strings and mentions they
  // introduced stay, unused).
  void Truncate(Mark mark);

  const std::deque<DocRecord>& docs() const { return docs_; }
  // The facts of one document, for a range-for. (A plain pair of
  // iterators: clang 14, which the fuzz build uses, cannot compile
  // libstdc++'s std::ranges::subrange.)
  struct FactRange {
    std::deque<FactRecord>::const_iterator first, last;
    std::deque<FactRecord>::const_iterator begin() const { return first; }
    std::deque<FactRecord>::const_iterator end() const { return last; }
  };
  FactRange facts(const DocRecord& d) const {
    const auto first = facts_.begin() + d.first_fact;
    return {first, first + d.fact_count};
  }
  const MentionRecord& mention(uint32_t id) const { return mentions_[id]; }
  std::span<const uint32_t> aliases(const MentionRecord& m) const {
    return std::span<const uint32_t>(names_).subspan(m.names_begin, m.alias_count);
  }
  std::span<const uint32_t> org_aliases(const MentionRecord& m) const {
    return std::span<const uint32_t>(names_).subspan(m.names_begin + m.alias_count,
                                                     m.org_alias_count);
  }
  // The id of "", the name most fields of most mentions have.
  static constexpr uint32_t kEmpty = 0;
  std::string_view str(uint32_t id) const { return strings_[id]; }
  size_t string_count() const { return strings_.size(); }
  size_t mention_count() const { return mentions_.size(); }

  // The document as it was added, into *out (whose capacity is reused).
  void Get(const DocRecord& d, DocumentFacts* out) const;

 private:
  // A hash index from keys (bytes in bytes_, behind a 4-byte length) to
  // ids: open addressing with linear probing over a power-of-two array.
  // Add() runs between the extraction of two documents, which leaves little
  // of the store in the caches: a hit here reads one slot and the key's
  // bytes, where a node-based map reads a bucket, a node or two, and then
  // the key (each a cache miss, and most of what Add() cost).
  class KeyIndex {
   public:
    KeyIndex();
    // The slot `key` (of hash `hash`) is in, or the empty one it would go in.
    size_t Find(size_t hash, std::string_view key) const;
    // Hints that Find(hash, ...) comes soon: first ask for its slot, then
    // (the slot in hand) for the key it holds.
    void PrefetchSlot(size_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }
    void PrefetchKey(size_t hash) const {
      const Slot& s = slots_[hash & mask_];
      if (s.key != nullptr) __builtin_prefetch(s.key);
    }
    bool Empty(size_t slot) const { return slots_[slot].key == nullptr; }
    uint32_t Id(size_t slot) const { return slots_[slot].id; }
    // Fills the empty `slot` (from Find); `key` stays where it is.
    void Insert(size_t slot, size_t hash, const char* key, uint32_t id);

   private:
    struct Slot {
      uint32_t hash;    // its low bits, to skip most unequal keys unread
      uint32_t id;
      const char* key;  // the 4-byte length, then the bytes; null: empty
    };
    void Grow();

    std::vector<Slot> slots_;
    size_t mask_;
    size_t size_ = 0;
  };

  // `s` copied into bytes_ behind its length, as KeyIndex keys are.
  const char* CopyKey(std::string_view s);
  // `s` copied into bytes_.
  std::string_view Copy(std::string_view s);
  // The id of `s`, one per distinct string; `hash` is HashBytes(s).
  uint32_t Intern(std::string_view s, size_t hash);
  uint32_t Intern(std::string_view s);
  // The id of `m` without its span, one per distinct such mention, given
  // its key (AppendMentionKey) and the key's hash.
  uint32_t InternMention(const Mention& m, std::string_view key, size_t hash);

  // Stable storage for the bytes of every string: views into it stay valid.
  std::pmr::monotonic_buffer_resource bytes_;
  std::vector<std::string_view> strings_;
  KeyIndex string_ids_;
  std::vector<MentionRecord> mentions_;
  std::vector<uint32_t> names_;
  KeyIndex mention_ids_;
  // Add()'s buffers, reused: the keys of a document's mentions, and where
  // each ends with its hash.
  std::string mention_keys_;
  std::vector<std::pair<size_t, size_t>> key_ends_;
  // What grows with the corpus is in deques, which grow without copying and
  // without the up to half empty tail of a vector.
  std::deque<FactRecord> facts_;
  std::deque<DocRecord> docs_;
};

}  // namespace lienket::graph_internal

#endif  // LIENKET_GRAPH_FACT_STORE_H_
