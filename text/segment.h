// Private to text/ and its tests: the sentence splitter without its windows.
#ifndef LIENKET_TEXT_SEGMENT_H_
#define LIENKET_TEXT_SEGMENT_H_

#include <string_view>
#include <vector>

#include "lienket/types.h"

namespace lienket::text_internal {

// SplitSentences() with ICU run over the whole of every line that has a
// terminator, as it was before the windows. It gives the same sentences at
// about twice the cost; tests check the windows against it.
std::vector<Span> SplitSentencesByWholeLines(std::string_view normalized_text);

}  // namespace lienket::text_internal

#endif  // LIENKET_TEXT_SEGMENT_H_
