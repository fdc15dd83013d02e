// An article's entities and the facts its rules state between them, as the
// phases of Extract() find them: what the discourse step (discourse.h)
// links and the emitter (emit.h) turns into DocumentFacts. Private to
// extract/.
#ifndef LIENKET_EXTRACT_ENTITIES_H_
#define LIENKET_EXTRACT_ENTITIES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lienket/types.h"

namespace lienket::extract {

struct CompiledRule;

// One entity mention found in the article.
struct Entity {
  EntityType type;
  uint32_t begin, end;  // normalized-text span of its name
  std::string text;
  std::string role, org;  // Position
  std::vector<std::string> org_aliases;
  std::vector<std::string> aliases;
  bool former = false;
  bool bare = false;        // Event: points back to a named one
  bool short_name = false;  // Person: given name only
  bool incomplete = false;  // Position: a role that needs its organization
  bool implicit = false;    // Event: bare, and named by no word ("Tham dự có ...")
  int target = -1;  // discourse: the entity this one stands for
};

// A relation a rule states between two entities.
struct RawFact {
  Relation relation;
  int subject, object;  // entity indexes
  const CompiledRule* rule;
  uint32_t begin, end;  // normalized-text span of the whole match
};

// The entity that entity i stands for once the discourse step has linked
// it: itself when it stands for none. Links are followed a few hops only.
inline int Resolve(const std::vector<Entity>& entities, int i) {
  for (int hops = 0; hops < 8 && entities[i].target >= 0; ++hops) i = entities[i].target;
  return i;
}

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_ENTITIES_H_
