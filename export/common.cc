#include "common.h"

#include <algorithm>
#include <unordered_set>

#include <boost/range/iterator_range.hpp>

namespace lienket::export_detail {
namespace {

std::vector<std::string> UniqueIds(const std::vector<const std::string*>& given, char prefix) {
  std::vector<std::string> ids;
  std::unordered_set<std::string> used;
  // Real ids first, so that a fallback never takes the place of one.
  for (const std::string* id : given)
    ids.push_back(!id->empty() && used.insert(*id).second ? *id : std::string());
  for (size_t i = 0; i < ids.size(); ++i) {
    if (!ids[i].empty()) continue;
    std::string candidate = prefix + std::to_string(i);
    while (!used.insert(candidate).second) candidate += '_';
    ids[i] = std::move(candidate);
  }
  return ids;
}

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

std::vector<std::string> NodeIds(const Graph& g) {
  std::vector<const std::string*> given;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) given.push_back(&g[v].id);
  return UniqueIds(given, 'n');
}

std::vector<std::string> EdgeIds(const Graph& g) {
  std::vector<const std::string*> given;
  for (EdgeDesc e : boost::make_iterator_range(boost::edges(g))) given.push_back(&g[e].id);
  return UniqueIds(given, 'e');
}

std::vector<std::string_view> EvidenceDocs(const EdgeProps& e) {
  std::vector<std::string_view> docs;
  for (const Evidence& ev : e.evidence) docs.push_back(ev.doc);
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  return docs;
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
