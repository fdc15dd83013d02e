// The discourse step of Extract(): after the last sentence, links what the
// sentences leave open. A bare "hội nghị" points to the named event it
// refers back to, "ông Quân" to "Hoàng Bình Quân", an abbreviation to the
// name it was introduced with, a short award name to its full form; an
// event told twice (headline and body) becomes one. Private to extract/.
#ifndef LIENKET_EXTRACT_DISCOURSE_H_
#define LIENKET_EXTRACT_DISCOURSE_H_

#include <vector>

#include "entities.h"

namespace lienket::extract {

// Sets each entity's `target` (see Resolve()) and adds the aliases the
// article teaches. Linear in the entities, except the pairwise event and
// award linking, which is skipped past a size no news article reaches.
void LinkDiscourse(std::vector<Entity>* entities);

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_DISCOURSE_H_
