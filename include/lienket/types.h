// Plain value types that flow one way through the pipeline:
//
//   Document --(text/)--> NormalizedText, sentences
//            --(extract/)--> DocumentFacts          (a pure map over one document)
//            --(graph/)-->   KnowledgeGraph          (a reduce over all DocumentFacts)
//            --(export/, query/)--> files, answers
//
// Nothing here owns behaviour; every stage reads these and produces the next.
#ifndef LIENKET_TYPES_H_
#define LIENKET_TYPES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lienket {

// The entity types of the guideline (shared/gold/GUIDELINES.md). Date is the
// type of the literal object of held_on; it is a node only inside the store.
enum class EntityType : uint8_t {
  kPerson,
  kOrganization,
  kPosition,
  kEvent,
  kAward,
  kLocation,
  kDate,
};
inline constexpr int kEntityTypeCount = 7;

// The relations of the guideline. The order is the order of output.
enum class Relation : uint8_t {
  kHoldsTitle,
  kPositionOf,
  kAwards,
  kReceivedAward,
  kOrganizes,
  kChairs,
  kAttends,
  kHeldIn,
  kHeldOn,
};
inline constexpr int kRelationCount = 9;

inline constexpr std::string_view kEntityTypeNames[kEntityTypeCount] = {
    "Person", "Organization", "Position", "Event", "Award", "Location", "Date"};
inline constexpr std::string_view kRelationNames[kRelationCount] = {
    "holds_title", "position_of", "awards",  "received_award", "organizes",
    "chairs",      "attends",     "held_in", "held_on"};

// "Person", "Organization", ... as in triples.jsonl.
inline std::string_view EntityTypeName(EntityType t) {
  return kEntityTypeNames[static_cast<int>(t)];
}
// "holds_title", ... as in triples.jsonl.
inline std::string_view RelationName(Relation r) {
  return kRelationNames[static_cast<int>(r)];
}
// Inverse lookups; std::nullopt for an unknown name.
inline std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (int i = 0; i < kEntityTypeCount; ++i)
    if (kEntityTypeNames[i] == name) return static_cast<EntityType>(i);
  return std::nullopt;
}
inline std::optional<Relation> ParseRelation(std::string_view name) {
  for (int i = 0; i < kRelationCount; ++i)
    if (kRelationNames[i] == name) return static_cast<Relation>(i);
  return std::nullopt;
}

// One article as it was read. `text` is the original bytes (valid UTF-8 once
// the reader accepted it); evidence offsets point into it.
struct Document {
  std::string id;
  std::string text;
  std::string date;    // "YYYY-MM-DD" when the input said so, else empty
  std::string origin;  // "file" or "file:line", for messages
};

// A half-open byte range [begin, end) in Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

// One mention of an entity in one document, as the extractor saw it.
struct Mention {
  EntityType type = EntityType::kPerson;
  // The name as written (normalized: NFC, one quote and dash form, single
  // spaces), without honorifics, ranks or degrees. For a Date, "YYYY-MM-DD",
  // or "--MM-DD" when neither the text nor the article tells the year.
  std::string text;
  // Other names this document gives the same entity: a parenthesized
  // abbreviation, the full form an abbreviation or short mention stands for.
  std::vector<std::string> aliases;
  // For a Position: its role ("Trưởng Ban") and the organization named in
  // it ("Ban Đối ngoại Trung ương"), either may be empty.
  std::string role;
  std::string org;
  std::vector<std::string> org_aliases;
  // For an Event: the date it was held on, when the document says, so that
  // two articles telling the same event resolve to one node.
  std::string date;
  Span span;
};

// One relation stated by one document.
struct Fact {
  Relation relation = Relation::kHoldsTitle;
  Mention subject;
  Mention object;
  bool former = false;  // holds_title of a position written with "nguyên"
  std::string rule;     // the name of the rule that found it
  Span evidence;        // the stretch of text that states it
};

// Everything extraction learned from one document: the unit of the map
// step, of `lienket extract` output and of the persisted store.
struct DocumentFacts {
  std::string doc_id;
  std::string date;  // the article's own date, "YYYY-MM-DD" or "YYYY", or empty
  std::vector<Fact> facts;
};

}  // namespace lienket

#endif  // LIENKET_TYPES_H_
