#include "common.h"

#include <algorithm>
#include <functional>

#include <boost/range/iterator_range.hpp>

namespace lienket::export_detail {
namespace {

bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int Number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

namespace {

// A set of non-empty views, open addressing: no allocation per id, as a
// node-based std::unordered_set would make. Holds at most `n` views.
class ViewSet {
 public:
  explicit ViewSet(size_t n) {
    size_t capacity = 16;
    while (capacity < 2 * n + 2) capacity <<= 1;
    slots_.resize(capacity);
    mask_ = capacity - 1;
  }
  // False when `s` is in the set already.
  bool Insert(std::string_view s) {
    std::string_view& slot = Find(s);
    if (slot.data() != nullptr) return false;
    slot = s;
    return true;
  }
  bool Contains(std::string_view s) { return Find(s).data() != nullptr; }

 private:
  // The slot holding `s`, or the empty one (null data) where it would go.
  std::string_view& Find(std::string_view s) {
    for (size_t i = std::hash<std::string_view>()(s) & mask_;; i = (i + 1) & mask_)
      if (slots_[i].data() == nullptr || slots_[i] == s) return slots_[i];
  }
  std::vector<std::string_view> slots_;
  size_t mask_;
};

}  // namespace

Ids UniqueIds(std::vector<std::string_view> given, char prefix) {
  Ids ids;
  ids.views_ = std::move(given);
  const std::vector<std::string_view>& v = ids.views_;
  // graph/ sorts nodes by id: strictly ascending ids are unique, and the
  // check costs one comparison each instead of a hash.
  bool ascending = !v.empty() && !v[0].empty();
  for (size_t i = 1; ascending && i < v.size(); ++i) ascending = v[i - 1] < v[i];
  if (ascending) return ids;

  ViewSet used(v.size());
  // Real ids first, so that a fallback never takes the place of one.
  std::vector<size_t> missing;
  for (size_t i = 0; i < v.size(); ++i)
    if (v[i].empty() || !used.Insert(v[i])) missing.push_back(i);
  for (size_t i : missing) {
    std::string candidate = prefix + std::to_string(i);
    while (used.Contains(candidate)) candidate += '_';
    const std::string& made = ids.made_.emplace_back(std::move(candidate));
    used.Insert(made);
    ids.views_[i] = made;
  }
  return ids;
}

Ids NodeIds(const Graph& g) {
  std::vector<std::string_view> given;
  given.reserve(boost::num_vertices(g));
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) given.push_back(g[v].id);
  return UniqueIds(std::move(given), 'n');
}

Ids EdgeIds(const Graph& g) {
  std::vector<std::string_view> given;
  given.reserve(boost::num_edges(g));
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) given.push_back(g[e].id);
  return UniqueIds(std::move(given), 'e');
}

const TypeStyle& StyleOf(EntityType t) {
  static constexpr TypeStyle kStyles[kEntityTypeCount] = {
      {0x4E, 0x79, 0xA7, "#4E79A7", "ellipse"},        // Person
      {0xF2, 0x8E, 0x2B, "#F28E2B", "box"},            // Organization
      {0x59, 0xA1, 0x4F, "#59A14F", "note"},           // Position
      {0xE1, 0x57, 0x59, "#E15759", "octagon"},        // Event
      {0xED, 0xC9, 0x48, "#EDC948", "hexagon"},        // Award
      {0x76, 0xB7, 0xB2, "#76B7B2", "house"},          // Location
      {0xBA, 0xB0, 0xAC, "#BAB0AC", "parallelogram"},  // Date
  };
  int i = static_cast<int>(t);
  return kStyles[i >= 0 && i < kEntityTypeCount ? i : 0];
}

DateKind ClassifyDate(std::string_view s) {
  auto month_ok = [](std::string_view m) { return AllDigits(m) && Number(m) >= 1 && Number(m) <= 12; };
  if (s.size() < 4 || !AllDigits(s.substr(0, 4))) return DateKind::kNone;
  if (s.size() == 4) return DateKind::kYear;
  if (s[4] != '-' || s.size() < 7 || !month_ok(s.substr(5, 2))) return DateKind::kNone;
  if (s.size() == 7) return DateKind::kYearMonth;
  if (s.size() != 10 || s[7] != '-' || !AllDigits(s.substr(8, 2))) return DateKind::kNone;
  int day = Number(s.substr(8, 2));
  if (day < 1 || day > DaysInMonth(Number(s.substr(0, 4)), Number(s.substr(5, 2)))) return DateKind::kNone;
  return DateKind::kDate;
}

bool DateBounds(std::string_view s, std::string* first, std::string* last) {
  switch (ClassifyDate(s)) {
    case DateKind::kNone:
      return false;
    case DateKind::kYear:
      *first = std::string(s) + "-01-01";
      *last = std::string(s) + "-12-31";
      return true;
    case DateKind::kYearMonth: {
      int days = DaysInMonth(Number(s.substr(0, 4)), Number(s.substr(5, 2)));
      *first = std::string(s) + "-01";
      *last = std::string(s) + "-" + std::to_string(days);
      return true;
    }
    case DateKind::kDate:
      *first = *last = std::string(s);
      return true;
  }
  return false;
}

}  // namespace lienket::export_detail
