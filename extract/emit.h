// The last step of Extract(): an article's entities and raw facts, linked
// by the discourse step, become its DocumentFacts. A bare role said of a
// person whose fuller position the article names becomes that position; a
// title alone where a person acts ("Thủ tướng đã dự") becomes the article's
// one holder of it; each held position with an organization also states
// position_of. Private to extract/.
#ifndef LIENKET_EXTRACT_EMIT_H_
#define LIENKET_EXTRACT_EMIT_H_

#include <vector>

#include "entities.h"
#include "lienket/text.h"
#include "lienket/types.h"

namespace lienket::extract {

// Appends the facts to out->facts, each once, with spans mapped back to the
// text as it was read (`norm`).
void EmitFacts(const std::vector<Entity>& entities, const std::vector<RawFact>& facts,
               const NormalizedText& norm, DocumentFacts* out);

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_EMIT_H_
