// DetectDocumentDate(): the dateline of an article, else its dominant year.
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "lienket/text.h"

namespace lienket {
namespace {

constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2035;
// A dateline sits above the body: among the first lines and bytes.
constexpr int kDatelineLines = 6;
constexpr size_t kDatelineBytes = 400;

// A line that is only a date, as news sites print it: an optional
// "Cập nhật:" or weekday ("Thứ Hai,", "Chủ nhật,", "T2"), the date as
// d/m/yyyy (or with '-' or '.'), then an optional time and time zone:
// "24/12/2020 09:38:00 AM", "Thứ Hai, 12/04/2022 10:05", "12-04-2022".
constexpr char16_t kNumericDateline[] =
    uR"((?:(?:cập nhật|đăng|ngày đăng|xuất bản)(?: lúc| ngày)?\s*:?\s*)?)"
    uR"((?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn|t[2-7])\s*[,-]?\s*)?)"
    uR"((?:ngày\s+)?([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4}))"
    uR"((?:\s*[,|-]?\s*(?:lúc\s+)?[0-9]{1,2}[:h][0-9]{2}(?::[0-9]{2})?(?:\s*(?:am|pm|sa|ch))?)?)"
    uR"((?:\s*\(?(?:gmt|utc)\s*[+-]\s*[0-9]{1,2}(?::?00)?\)?)?\s*\.?)";

// The date written out, alone on its line, possibly after a place or a
// weekday: "ngày 14 tháng 12 năm 2021", "Hà Nội, ngày 14 tháng 12 năm 2021".
constexpr char16_t kWordDateline[] =
    uR"((?:[^0-9,\n]{1,40},\s*)?(?:ngày|hôm nay,? ngày)\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2}))"
    uR"(\s+năm\s+([0-9]{4})\s*\.?)";

bool ValidDate(int day, int month, int year) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1) return false;
  if (day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::string FormatDate(int year, int month, int day) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Compiled once; a RegexPattern is immutable and may be shared by threads
// (each call makes its own matcher).
const icu::RegexPattern& Compile(const char16_t* pattern) {
  UErrorCode ec = U_ZERO_ERROR;
  UParseError pe;
  icu::RegexPattern* p = icu::RegexPattern::compile(icu::UnicodeString(pattern),
                                                    UREGEX_CASE_INSENSITIVE, pe, ec);
  if (U_FAILURE(ec)) std::abort();  // a bug in the patterns above
  return *p;
}

int GroupNumber(const icu::RegexMatcher& m, int group) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::UnicodeString g = m.group(group, ec);
  int value = 0;
  for (int32_t i = 0; i < g.length(); ++i) value = value * 10 + (g[i] - u'0');
  return value;
}

// Whether `line` could be a dateline at all: short, with a digit in it.
// Saves building a matcher for most headlines and paragraphs.
bool MayBeDateline(std::string_view line) {
  if (line.empty() || line.size() > 80) return false;
  for (char c : line)
    if (c >= '0' && c <= '9') return true;
  return false;
}

std::string FindDateline(std::string_view text) {
  static const icu::RegexPattern& numeric = Compile(kNumericDateline);
  static const icu::RegexPattern& words = Compile(kWordDateline);
  size_t pos = 0;
  for (int line = 0; line < kDatelineLines && pos < text.size() && pos < kDatelineBytes; ++line) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view l = text.substr(pos, end - pos);
    pos = end + 1;
    if (!MayBeDateline(l)) continue;
    const icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(l.data(), static_cast<int32_t>(l.size())));
    for (const icu::RegexPattern* pattern : {&numeric, &words}) {
      UErrorCode ec = U_ZERO_ERROR;
      std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(u, ec));
      if (U_FAILURE(ec) || !m->matches(ec) || U_FAILURE(ec)) continue;
      const int day = GroupNumber(*m, 1), month = GroupNumber(*m, 2), year = GroupNumber(*m, 3);
      if (ValidDate(day, month, year)) return FormatDate(year, month, day);
    }
  }
  return {};
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Whether one of the eight bytes at p is an ASCII digit ("hasbetween" of
// the Bit Twiddling Hacks: exact for every byte value).
bool HasDigit(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const uint64_t low7 = x & (kOnes * 127);
  return ((kOnes * (127 + ':') - low7) & ~x & (low7 + kOnes * (127 - '/')) & (kOnes * 128)) != 0;
}

// Whether the year at i is a target, not a time the article tells of:
// "đến năm 2030", "tầm nhìn 2045", "tới năm 2025".
bool IsTargetYear(std::string_view text, size_t i) {
  static constexpr std::string_view kBefore[] = {"đến năm ", "tới năm ", "tầm nhìn ",
                                                 "tầm nhìn đến ", "Tầm nhìn ", "đến "};
  for (std::string_view w : kBefore)
    if (i >= w.size() && text.substr(i - w.size(), w.size()) == w) return true;
  return false;
}

// Whether the four digits [i, j) are one end of "2016-2020" / "2017 - 2022".
bool InSpanOfYears(std::string_view text, size_t i, size_t j) {
  auto four_digits_at = [&](size_t k) {
    return k + 4 <= text.size() && IsDigit(text[k]) && IsDigit(text[k + 1]) &&
           IsDigit(text[k + 2]) && IsDigit(text[k + 3]) &&
           (k + 4 == text.size() || !IsDigit(text[k + 4])) && (k == 0 || !IsDigit(text[k - 1]));
  };
  size_t k = j;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k < text.size() && text[k] == '-') {
    ++k;
    while (k < text.size() && text[k] == ' ') ++k;
    if (four_digits_at(k)) return true;
  }
  if (i == 0) return false;
  k = i - 1;
  while (k > 0 && text[k] == ' ') --k;
  if (text[k] != '-' || k < 4) return false;
  --k;
  while (k > 0 && text[k] == ' ') --k;
  return k >= 3 && four_digits_at(k - 3);
}

// Whether the year at i ends a valid "D/M/YYYY" (or with '-' or '.').
bool ClosesValidDate(std::string_view text, size_t i, int year) {
  if (i < 4) return false;
  const char sep = text[i - 1];
  if (sep != '/' && sep != '-' && sep != '.') return false;
  int nums[2] = {0, 0};
  size_t k = i - 1;
  for (int part = 1; part >= 0; --part) {
    size_t end = k;
    while (k > 0 && IsDigit(text[k - 1]) && end - k < 2) --k;
    if (k == end) return false;
    for (size_t d = k; d < end; ++d) nums[part] = nums[part] * 10 + (text[d] - '0');
    if (part == 1) {
      if (k == 0 || text[k - 1] != sep) return false;
      --k;
    } else if (k > 0 && IsDigit(text[k - 1])) {
      return false;
    }
  }
  return ValidDate(nums[0], nums[1], year);
}

// The year written most often as a number of its own ("năm 2020"), not as
// part of a longer number ("1.2020", "120201") nor as an end of a span of
// years ("giai đoạn 2016-2020", which says nothing of when the article was
// written). A year closing a full date ("7/2/2017") counts three times: it
// is the surest sign of the article's own time.
std::string DominantYear(std::string_view text) {
  std::array<int, kMaxYear - kMinYear + 1> count{};
  const size_t n = text.size();
  for (size_t i = 0; i + 4 <= n; ++i) {
    // Most of an article is no digit: eight bytes at a time while none is.
    while (i + 8 <= n && !HasDigit(text.data() + i)) i += 8;
    if (i + 4 > n) break;
    if (!IsDigit(text[i])) continue;
    size_t j = i;
    while (j < n && IsDigit(text[j])) ++j;
    const bool glued_before = i >= 2 && (text[i - 1] == '.' || text[i - 1] == ',') &&
                              IsDigit(text[i - 2]);
    const bool glued_after = j + 1 < n && (text[j] == '.' || text[j] == ',') && IsDigit(text[j + 1]);
    if (j - i == 4 && !glued_before && !glued_after && !InSpanOfYears(text, i, j) &&
        !IsTargetYear(text, i)) {
      const int year = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 +
                       (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
      const bool closes_date = ClosesValidDate(text, i, year);
      if (year >= kMinYear && year <= kMaxYear) count[year - kMinYear] += closes_date ? 3 : 1;
    }
    i = j;
  }
  int best = -1;
  for (int k = 0; k < static_cast<int>(count.size()); ++k)
    if (count[k] > 0 && (best < 0 || count[k] >= count[best])) best = k;
  return best < 0 ? std::string() : std::to_string(kMinYear + best);
}

}  // namespace

std::string DetectDocumentDate(std::string_view normalized_text) {
  std::string date = FindDateline(normalized_text);
  return date.empty() ? DominantYear(normalized_text) : date;
}

}  // namespace lienket
