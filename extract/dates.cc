#include "dates.h"

#include <cstdio>
#include <vector>

namespace lienket::extract {

std::string ToIsoDate(std::string_view text, std::string_view doc_date) {
  std::vector<int> nums;
  for (size_t i = 0; i < text.size();) {
    if (text[i] >= '0' && text[i] <= '9') {
      int v = 0;
      size_t start = i;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 5) {
        v = v * 10 + (text[i] - '0');
        ++i;
      }
      nums.push_back(v);
    } else {
      ++i;
    }
  }
  // "ngày D tháng M năm Y" and "D/M/Y" both give the numbers in that order.
  if (nums.size() < 2 || nums.size() > 3) return "";
  int d = nums[0], m = nums[1], y = nums.size() == 3 ? nums[2] : 0;
  if (d < 1 || d > 31 || m < 1 || m > 12) return "";
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d > kDays[m - 1]) return "";
  if (nums.size() == 3 && y < 100) y += 2000;
  char buf[16];
  if (!y) {
    if (doc_date.size() < 4) {  // nor the article's: the collection's, in resolution
      std::snprintf(buf, sizeof buf, "--%02d-%02d", m, d);
      return buf;
    }
    y = 0;
    for (int k = 0; k < 4; ++k) {
      if (doc_date[k] < '0' || doc_date[k] > '9') return "";
      y = y * 10 + (doc_date[k] - '0');
    }
    if (doc_date.size() >= 7) {
      int doc_month = (doc_date[5] - '0') * 10 + (doc_date[6] - '0');
      if (m > doc_month + 6) --y;  // told in January of a December event
    }
  }
  if (y < 1900 || y > 2100) return "";
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return "";
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace lienket::extract
