#include "collection_year.h"

namespace lienket::graph_internal {
namespace {

bool Digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int Number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

void CollectionYear::Count(std::string_view doc_date) {
  if (doc_date.size() < 4 || !Digits(doc_date.substr(0, 4))) return;
  const int year = Number(doc_date.substr(0, 4));
  if (year >= kFirst && year <= kLast) ++count_[year - kFirst];
}

std::string CollectionYear::Year() const {
  int best = -1;
  for (int k = 0; k < static_cast<int>(count_.size()); ++k)
    if (count_[k] > 0 && (best < 0 || count_[k] >= count_[best])) best = k;
  return best < 0 ? std::string() : std::to_string(kFirst + best);
}

bool IsMonthDay(std::string_view s) {
  if (s.size() != 7 || s.substr(0, 2) != "--" || !Digits(s.substr(2, 2)) || s[4] != '-' ||
      !Digits(s.substr(5, 2)))
    return false;
  const int month = Number(s.substr(2, 2)), day = Number(s.substr(5, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string CompleteDate(std::string_view date, std::string_view year) {
  if (!IsMonthDay(date) || year.size() != 4 || !Digits(year)) return {};
  const int y = Number(year);
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (date.substr(2) == "02-29" && !leap) return {};
  std::string out(year);
  out += date.substr(1);
  return out;
}

}  // namespace lienket::graph_internal
