// Private: the documents a GraphBuilder holds, in compact form.
//
// A corpus states the same few thousand entities over and over, so the
// DocumentFacts of a fact (~730 bytes of strings) is mostly copies. Here
// every distinct string and every distinct mention (a Mention without its
// span) is stored once, and a fact is a fixed-size record of their ids: the
// store grows by ~40 bytes a fact and the id of each document, not with the
// text of what they say.
#ifndef LIENKET_GRAPH_FACT_STORE_H_
#define LIENKET_GRAPH_FACT_STORE_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory_resource>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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
  // mention_ids_ points back at the store.
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

  // The document as it was added, into *out (whose capacity is reused).
  void Get(const DocRecord& d, DocumentFacts* out) const;

 private:
  // `s` copied into bytes_.
  std::string_view Copy(std::string_view s);
  // The id of `s`, one per distinct string.
  uint32_t Intern(std::string_view s);
  uint32_t InternMention(const Mention& m);

  // Mention ids by content, looked up with a Mention itself: most mentions
  // were seen before, and then cost one hash and one comparison.
  struct MentionHash {
    using is_transparent = void;
    const FactStore* store;
    size_t operator()(const Mention& m) const;
    size_t operator()(uint32_t id) const;
  };
  struct MentionEq {
    using is_transparent = void;
    const FactStore* store;
    bool operator()(uint32_t a, uint32_t b) const { return a == b; }
    bool operator()(const Mention& m, uint32_t id) const;
    bool operator()(uint32_t id, const Mention& m) const { return (*this)(m, id); }
  };

  // Stable storage for the bytes of every string: views into it stay valid.
  std::pmr::monotonic_buffer_resource bytes_;
  std::vector<std::string_view> strings_;
  std::unordered_map<std::string_view, uint32_t> string_ids_;
  std::vector<MentionRecord> mentions_;
  std::vector<uint32_t> names_;
  std::unordered_set<uint32_t, MentionHash, MentionEq> mention_ids_;
  // What grows with the corpus is in deques, which grow without copying and
  // without the up to half empty tail of a vector.
  std::deque<FactRecord> facts_;
  std::deque<DocRecord> docs_;
};

}  // namespace lienket::graph_internal

#endif  // LIENKET_GRAPH_FACT_STORE_H_
