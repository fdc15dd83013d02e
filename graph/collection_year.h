// Private: the year of a collection of articles, for the dates whose
// article never says its year.
//
// A date written without a year ("ngày 5/2") takes the year of its
// article's own day (a dateline, the input's date); when the article has
// none, extraction keeps it as "--MM-DD" (a year the article's text names
// most is a guess that counts here, not a date). Articles come in collections
// from one time (a news archive of a year, a crawl of a month), so such a
// date takes the year most of the collection's dated articles have: a
// reduce over all documents, like the rest of resolution, and the same for
// one build of everything as for shards merged.
#ifndef LIENKET_GRAPH_COLLECTION_YEAR_H_
#define LIENKET_GRAPH_COLLECTION_YEAR_H_

#include <array>
#include <string>
#include <string_view>

#include "lienket/types.h"

namespace lienket::graph_internal {

// Counts the years of documents' own dates ("YYYY" or "YYYY-MM-DD").
class CollectionYear {
 public:
  void Count(std::string_view doc_date);
  // The year most documents have (the later one of a tie), or "" when none
  // has one.
  std::string Year() const;

 private:
  static constexpr int kFirst = 1900, kLast = 2100;
  std::array<uint32_t, kLast - kFirst + 1> count_{};
};

// Whether `s` is a date without its year: "--MM-DD", month 01-12, day 01-31.
bool IsMonthDay(std::string_view s);

// A date without its year (IsMonthDay) in `year` ("YYYY"): "YYYY-MM-DD";
// "" when the year is unknown or the day is not in it (29 February).
std::string CompleteDate(std::string_view month_day, std::string_view year);

}  // namespace lienket::graph_internal

#endif  // LIENKET_GRAPH_COLLECTION_YEAR_H_
