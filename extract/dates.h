// Calendar dates as Vietnamese news writes them. Private to extract/.
#ifndef LIENKET_EXTRACT_DATES_H_
#define LIENKET_EXTRACT_DATES_H_

#include <string>
#include <string_view>

namespace lienket::extract {

// "ngày 23 tháng 12 năm 2020", "Sáng 12/4/2022", "ngày 29/12", "14-12-2021"
// → "2020-12-23". A date without a year takes it from `doc_date` ("YYYY" or
// "YYYY-MM-DD"; a December event told in a January article is last year's).
// When the article's year is unknown too, the date is "--MM-DD" (ISO 8601's
// month and day): resolution gives it the year of the articles it comes
// with (see GraphBuilder::Build). Returns "" when the text is no valid date.
std::string ToIsoDate(std::string_view text, std::string_view doc_date);

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_DATES_H_
