// Private to export/: what several writers agree on, so that one node has the
// same id, colour and dates in every file.
#ifndef LIENKET_EXPORT_COMMON_H_
#define LIENKET_EXPORT_COMMON_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "lienket/graph.h"

namespace lienket::export_detail {

// Ids by index: views of the graph's own strings, and of the fallbacks
// made for the ids that cannot be used as they are. Moving keeps the views
// valid (a deque's elements stay where they are); a copy would not, so there
// is none.
class Ids {
 public:
  Ids() = default;
  Ids(Ids&&) = default;
  Ids& operator=(Ids&&) = default;
  Ids(const Ids&) = delete;
  Ids& operator=(const Ids&) = delete;

  std::string_view operator[](size_t i) const { return views_[i]; }
  size_t size() const { return views_.size(); }

 private:
  friend Ids UniqueIds(std::vector<std::string_view> given, char prefix);
  std::vector<std::string_view> views_;
  std::deque<std::string> made_;
};

// The id each vertex is written under, indexed by vertex: NodeProps::id,
// except that an empty or repeated id (never made by graph/, possible in a
// hand-built graph) becomes "n<index>", so that every output stays loadable.
Ids NodeIds(const Graph& g);
// Likewise for edges, in boost::edges(g) order, with "e<index>".
Ids EdgeIds(const Graph& g);

// Colour and Graphviz shape of a node type (Tableau 10 colours, one per type).
struct TypeStyle {
  uint8_t r, g, b;
  std::string_view hex;    // "#4E79A7"
  std::string_view shape;  // Graphviz node shape
};
const TypeStyle& StyleOf(EntityType t);

// What an ISO-8601 calendar string is: the forms documents give dates in.
enum class DateKind { kNone, kYear, kYearMonth, kDate };
DateKind ClassifyDate(std::string_view s);
// The first and last day a date string covers ("2020" -> 2020-01-01 and
// 2020-12-31, "2021-02" -> 2021-02-01 and 2021-02-28); false if not a date.
bool DateBounds(std::string_view s, std::string* first, std::string* last);

}  // namespace lienket::export_detail

#endif  // LIENKET_EXPORT_COMMON_H_
