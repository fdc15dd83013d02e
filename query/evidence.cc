// The sentences behind evidence spans, read back from the build's inputs.
// The graph keeps only document ids and byte spans; the text stays with the
// user. Reading goes through text/'s reader, normalizer and segmenter, so a
// span means here what it meant to the extractor.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "lienket/query.h"
#include "lienket/text.h"

namespace lienket {

bool EvidenceSentences(const Graph& graph, const std::vector<const QueryAnswer*>& answers,
                       const std::vector<std::string>& inputs, const ReaderOptions& reader_options,
                       std::map<std::pair<std::string, uint32_t>, std::string>* sentences,
                       std::string* error) {
  // doc -> spans wanted in it
  std::unordered_map<std::string, std::set<std::pair<uint32_t, uint32_t>>> wanted;
  for (const QueryAnswer* a : answers)
    for (const QueryAnswer::Row& row : a->rows)
      for (const EdgeDesc& e : row.edges)
        for (const Evidence& ev : graph[e].evidence) wanted[ev.doc].insert({ev.begin, ev.end});
  if (wanted.empty()) return true;

  DocumentReader reader(inputs, reader_options);
  if (!reader.Open(error)) return false;
  Document doc;
  size_t left = wanted.size();
  while (left > 0 && reader.Next(&doc, [](const Skipped&) {})) {
    auto it = wanted.find(doc.id);
    if (it == wanted.end()) continue;
    const NormalizedText norm = Normalize(doc.text);
    const std::vector<Span> split = SplitSentences(norm.text);
    // Original byte offset -> offset in the normalized text.
    auto normalized = [&](uint32_t original) { return norm.origin.LowerBound(original); };
    // The sentence holding normalized offset n (the last one starting at or before it).
    auto sentence_at = [&](uint32_t n) {
      auto s = std::upper_bound(split.begin(), split.end(), n,
                                [](uint32_t x, const Span& sp) { return x < sp.begin; });
      return s == split.begin() ? split.begin() : s - 1;
    };
    for (const auto& [begin, end] : it->second) {
      uint32_t b = normalized(begin);
      uint32_t e = std::max(b, normalized(end));
      if (!split.empty()) {
        b = std::min(b, sentence_at(b)->begin);
        e = std::max(e, sentence_at(e > b ? e - 1 : b)->end);
      }
      b = std::min<uint32_t>(b, static_cast<uint32_t>(norm.text.size()));
      e = std::min<uint32_t>(e, static_cast<uint32_t>(norm.text.size()));
      std::string text = norm.text.substr(b, e - b);
      std::replace(text.begin(), text.end(), '\n', ' ');
      const size_t first = text.find_first_not_of(' ');
      const size_t last = text.find_last_not_of(' ');
      text = first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
      (*sentences)[{doc.id, begin}] = std::move(text);
    }
    wanted.erase(it);
    --left;
  }
  return true;
}

}  // namespace lienket
