// SplitSentences(): ICU's sentence break iterator for "vi", wrapped in a
// FilteredBreakIterator that suppresses breaks after Vietnamese news
// abbreviations, one line at a time.
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/localpointer.h>
#include <unicode/uniset.h>
#include <unicode/utf16.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "lienket/text.h"
#include "utf8.h"

namespace lienket {
namespace {

// Abbreviations that end in '.' but not a sentence: titles, degrees and
// administrative units in front of a name ("GS. Nguyễn ...", "TP. Huế").
constexpr std::string_view kAbbreviations[] = {
    "TP.",  "Tp.",  "TX.",  "TT.",  "GS.",   "PGS.", "TS.",   "ThS.", "Ths.", "BS.",
    "KS.",  "CN.",  "NCS.", "TSKH.", "ĐH.",  "NXB.", "UBND.", "Q.",   "P.",   "ông.",
    "Ông.", "bà.",  "Bà.",  "St.",   "Mr.",  "Mrs.", "Dr.",   "Ms.",
};

// Characters that can stand right before an abbreviation. ICU matches an
// exception as a suffix of whatever precedes the break, so "ông." alone
// would also hold "không." and "N." would hold "WTO."; anchoring each entry
// on one of these keeps it to a word of its own. (Lines are split one by
// one, each behind a space, so a line start counts as " ".)
constexpr char16_t kWordStarts[] = u" (\"-/";

// Abbreviations with a '.' inside. ICU's filter cannot hold a break after
// these: it files any exception with an inner '.' as a "partial" one, which
// only ever suppresses the break after its first part ("Th."), never the
// one after the whole ("Th.S. Hoàng"). So they are checked here, on each
// break ICU proposes.
constexpr std::u16string_view kDottedAbbreviations[] = {
    u"Th.S.", u"GS.TS.", u"PGS.TS.", u"GS.TSKH.", u"PGS.TSKH.", u"TS.BS.",
    u"ThS.BS.", u"BS.CKI.", u"BS.CKII.", u"Ph.D.",
};

bool IsWordStart(char16_t c) { return std::u16string_view(kWordStarts).find(c) != std::u16string_view::npos; }

// Whether the break ICU proposes at `b` in `line` (which starts with a
// space) follows one of kDottedAbbreviations.
bool FollowsDottedAbbreviation(std::u16string_view line, size_t b) {
  if (b > 0 && line[b - 1] == u' ') --b;
  for (std::u16string_view a : kDottedAbbreviations) {
    if (b > a.size() && line.substr(b - a.size(), a.size()) == a &&
        IsWordStart(line[b - a.size() - 1]))
      return true;
  }
  return false;
}

std::unique_ptr<icu::BreakIterator> MakeSentenceIterator() {
  UErrorCode ec = U_ZERO_ERROR;
  icu::LocalPointer<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(icu::Locale("vi"), ec));
  icu::LocalPointer<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(ec));
  if (U_FAILURE(ec)) std::abort();  // ICU data missing: nothing can work.
  auto suppress = [&](std::string_view s) {
    builder->suppressBreakAfter(
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))),
        ec);
  };
  auto suppress_word = [&](std::string_view word) {
    for (char16_t start : std::u16string_view(kWordStarts)) {
      std::string entry(1, static_cast<char>(start));
      entry.append(word);
      suppress(entry);
    }
  };
  for (std::string_view a : kAbbreviations) suppress_word(a);
  // Initials of a name ("N. V. Anh", "Đ.").
  for (char c = 'A'; c <= 'Z'; ++c) {
    const char initial[] = {c, '.'};
    suppress_word(std::string_view(initial, 2));
  }
  suppress_word("Đ.");
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(base.orphan(), ec));
  if (U_FAILURE(ec)) std::abort();
  return filtered;
}

// What a thread needs to split text: the iterator (building it, with its
// rule data and exception tries, costs far more than using it, and break
// iterators cannot be shared between threads) and a UTF-16 buffer for one
// line at a time, with the byte offset where each of its units starts.
struct Splitter {
  std::unique_ptr<icu::BreakIterator> iterator = MakeSentenceIterator();
  std::vector<UChar> line;
  std::vector<uint32_t> offsets;
};

Splitter& ThreadSplitter() {
  thread_local Splitter splitter;
  return splitter;
}

// The characters after which ICU may end a sentence (Sentence_Break STerm
// and ATerm: '.', '!', '?', '։', '。', ...). A line without any is one
// sentence, and ICU need not see it. Frozen, so safe to share.
const icu::UnicodeSet& Terminators() {
  static const icu::UnicodeSet* set = [] {
    UErrorCode ec = U_ZERO_ERROR;
    auto* s = new icu::UnicodeSet(
        icu::UnicodeString(u"[[:Sentence_Break=STerm:][:Sentence_Break=ATerm:]]"), ec);
    if (U_FAILURE(ec)) std::abort();
    s->freeze();
    return s;
  }();
  return *set;
}

bool IsBlank(char c) { return c == ' ' || c == '\n'; }

// Adds [begin, end) without the white space around it, unless empty.
void AddTrimmed(std::string_view text, uint32_t begin, uint32_t end, std::vector<Span>* out) {
  while (begin < end && IsBlank(text[begin])) ++begin;
  while (end > begin && IsBlank(text[end - 1])) --end;
  if (begin < end) out->push_back({begin, end});
}

// Splits one line (no '\n' inside) that has a sentence terminator in it.
void SplitLine(std::string_view text, uint32_t begin, uint32_t end, Splitter* splitter,
               std::vector<Span>* out) {
  // ICU reads UTF-16 much faster than UTF-8 through a UText (237 against
  // 153 MB/s on the corpus), and one line at a time keeps the buffer small.
  // A space in front lets the exceptions, which want one before the
  // abbreviation, match at the start of the line too. The text is valid
  // UTF-8 (the reader checked), so converting it here costs less than ICU's
  // lenient converter and yields the byte offset of every unit on the way.
  // A byte of UTF-8 makes at most one unit of UTF-16, so both buffers are
  // sized once and written through pointers.
  std::vector<UChar>& buf = splitter->line;
  std::vector<uint32_t>& offsets = splitter->offsets;
  const size_t most = end - begin + 2;
  if (buf.size() < most) {
    buf.resize(most);
    offsets.resize(most);
  }
  UChar* u = buf.data();
  uint32_t* at = offsets.data();
  *u++ = u' ';
  *at++ = begin;
  const std::string_view line8 = text.substr(0, end);
  for (size_t i = begin; i < end;) {
    const auto here = static_cast<uint32_t>(i);
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // most of the text
      *u++ = static_cast<UChar>(text[i++]);
      *at++ = here;
      continue;
    }
    const char32_t c = text_internal::DecodeUtf8(line8, &i);
    if (c < 0x10000) {
      *u++ = static_cast<UChar>(c);
      *at++ = here;
    } else {
      *u++ = U16_LEAD(c);
      *u++ = U16_TRAIL(c);
      *at++ = here;
      *at++ = here;
    }
  }
  *at = end;
  const size_t units = static_cast<size_t>(u - buf.data());
  UErrorCode ec = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, buf.data(), static_cast<int64_t>(units), &ec);
  icu::BreakIterator& it = *splitter->iterator;
  it.setText(&ut, ec);
  if (U_FAILURE(ec)) {
    utext_close(&ut);
    AddTrimmed(text, begin, end, out);
    return;
  }
  uint32_t start8 = begin;
  const std::u16string_view line(reinterpret_cast<const char16_t*>(buf.data()), units);
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
    if (static_cast<size_t>(b) < line.size() && FollowsDottedAbbreviation(line, b)) continue;
    const uint32_t stop8 = offsets[static_cast<size_t>(b)];
    AddTrimmed(text, start8, stop8, out);
    start8 = stop8;
  }
  if (start8 < end) AddTrimmed(text, start8, end, out);
  utext_close(&ut);
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view normalized_text) {
  std::vector<Span> spans;
  const icu::UnicodeSet& terminators = Terminators();
  Splitter* splitter = nullptr;
  const auto size = static_cast<uint32_t>(normalized_text.size());
  uint32_t begin = 0;
  while (begin < size) {
    // A line break always ends a sentence (headlines, captions, datelines).
    const void* nl = std::memchr(normalized_text.data() + begin, '\n', size - begin);
    const uint32_t end =
        nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - normalized_text.data()) : size;
    const int32_t plain = terminators.spanUTF8(normalized_text.data() + begin,
                                               static_cast<int32_t>(end - begin),
                                               USET_SPAN_NOT_CONTAINED);
    if (static_cast<uint32_t>(plain) == end - begin) {
      AddTrimmed(normalized_text, begin, end, &spans);
    } else {
      if (splitter == nullptr) splitter = &ThreadSplitter();
      SplitLine(normalized_text, begin, end, splitter, &spans);
    }
    begin = end + 1;
  }
  return spans;
}

}  // namespace lienket
