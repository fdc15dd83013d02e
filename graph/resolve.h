// Private: alias resolution, the body of GraphBuilder::Build().
#ifndef LIENKET_GRAPH_RESOLVE_H_
#define LIENKET_GRAPH_RESOLVE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "fact_store.h"
#include "lienket/graph.h"
#include "lienket/types.h"

namespace lienket::graph_internal {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using StringMap = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;

// AliasTables ready for lookup: every alias under the same key function the
// names it is compared with go through (NameKey below).
struct Expansion {
  std::string folded;   // FoldKey of the expansion
  std::string written;  // as the table writes it
};

struct PreparedTables {
  // folded word(s) -> expansion
  std::unordered_map<std::string, Expansion, StringHash, std::equal_to<>> abbreviations;
  size_t max_abbreviation_words = 0;
  // NameKey(alias) -> canonical name as written in the table. A canonical
  // name also maps to itself, so that "Ủy viên Ban Chấp hành Trung ương Đảng"
  // written out in full hits the same row as "UVBCH TW".
  StringMap organizations, positions, locations;
};

PreparedTables PrepareTables(const AliasTables& tables);

// Abbreviations of the table expanded where they stand as whole words in an
// already folded name ("ubnd tỉnh bình định" -> "ủy ban nhân dân tỉnh bình định").
std::string ExpandAbbreviations(std::string_view folded, const PreparedTables& tables);
// The same on a name as written, putting in the expansions as the table
// writes them ("UBND tỉnh Bình Định" -> "Ủy ban nhân dân tỉnh Bình Định").
std::string ExpandWrittenAbbreviations(std::string_view name, const PreparedTables& tables);

// The key of an Organization, Position or Location name before table lookup:
// FoldKey, abbreviations expanded, a trailing " đảng" dropped.
std::string NameKey(std::string_view name, const PreparedTables& tables);

// The graph of the current documents of `store` (FactStore::Current()).
Graph Resolve(const FactStore& store, const PreparedTables& tables);

}  // namespace lienket::graph_internal

#endif  // LIENKET_GRAPH_RESOLVE_H_
