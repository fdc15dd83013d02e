// SplitSentences(): ICU's sentence break iterator for "vi", wrapped in a
// FilteredBreakIterator that suppresses breaks after Vietnamese news
// abbreviations, one line at a time and within a line only on windows
// around the characters a sentence can end after (see "windows" below).
#include "segment.h"

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

bool IsWordStart(char c) {
  return std::u16string_view(kWordStarts).find(static_cast<unsigned char>(c)) !=
         std::u16string_view::npos;
}

// Whether the break ICU proposes at byte `b` of the line [begin, end) of
// `text` follows one of kDottedAbbreviations. The line is read as if behind
// a space, as ICU reads it. Every character compared is ASCII, and an ASCII
// byte of valid UTF-8 is a whole character, so bytes compare as UTF-16 would.
bool FollowsDottedAbbreviation(std::string_view text, uint32_t begin, uint32_t b) {
  if (b > begin && text[b - 1] == ' ') --b;
  for (std::u16string_view a : kDottedAbbreviations) {
    if (b - begin < a.size()) continue;
    const uint32_t at = b - static_cast<uint32_t>(a.size());
    if (!std::equal(a.begin(), a.end(), text.begin() + at,
                    [](char16_t x, char y) { return x == static_cast<unsigned char>(y); }))
      continue;
    if (at == begin || IsWordStart(text[at - 1])) return true;
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
// window at a time, with the byte offset where each of its units starts.
struct Splitter {
  std::unique_ptr<icu::BreakIterator> iterator = MakeSentenceIterator();
  std::vector<UChar> units;
  std::vector<uint32_t> offsets;
};

Splitter& ThreadSplitter() {
  thread_local Splitter splitter;
  return splitter;
}

const icu::UnicodeSet& FrozenSet(const char16_t* pattern) {
  UErrorCode ec = U_ZERO_ERROR;
  auto* s = new icu::UnicodeSet(icu::UnicodeString(pattern), ec);
  if (U_FAILURE(ec)) std::abort();
  s->freeze();
  return *s;
}

// The characters after which ICU may end a sentence (Sentence_Break STerm
// and ATerm: '.', '!', '?', '։', '。', ...; not '…'). A line without any is one
// sentence, and ICU need not see it. Frozen, so safe to share.
const icu::UnicodeSet& Terminators() {
  static const icu::UnicodeSet& set =
      FrozenSet(u"[[:Sentence_Break=STerm:][:Sentence_Break=ATerm:]]");
  return set;
}

// Everything that UAX #29 lets a sentence end after: the terminators and the
// paragraph separators (Sep, CR; LF never reaches a line). Normalized text
// has no separator, but a line with a terminator is split as ICU would
// split all of it even when it has one.
const icu::UnicodeSet& BreakCauses() {
  static const icu::UnicodeSet& set = FrozenSet(
      u"[[:Sentence_Break=STerm:][:Sentence_Break=ATerm:][:Sentence_Break=Sep:]"
      u"[:Sentence_Break=CR:]]");
  return set;
}

// Byte offset of the first break cause in [from, end) of `text`, or `end`.
// (Hand-written scans with a bitmap of the set saved at best 5% of the
// splitting's instructions, or cost 2% more; ICU's span stays.)
uint32_t NextBreakCause(std::string_view text, uint32_t from, uint32_t end) {
  return from + static_cast<uint32_t>(BreakCauses().spanUTF8(
                    text.data() + from, static_cast<int32_t>(end - from), USET_SPAN_NOT_CONTAINED));
}

// The byte after the character at byte `i`.
uint32_t After(std::string_view text, uint32_t i, uint32_t end) {
  size_t next = i;
  text_internal::DecodeUtf8(text.substr(0, end), &next);
  return static_cast<uint32_t>(next);
}

bool IsBlank(char c) { return c == ' ' || c == '\n'; }

// Adds [begin, end) without the white space around it, unless empty.
void AddTrimmed(std::string_view text, uint32_t begin, uint32_t end, std::vector<Span>* out) {
  while (begin < end && IsBlank(text[begin])) ++begin;
  while (end > begin && IsBlank(text[end - 1])) --end;
  if (begin < end) out->push_back({begin, end});
}

// ------------------------------------------------------------ windows
//
// ICU reads every character of a line, although a sentence can only end
// right after a terminator (or separator), its closing quotes and brackets
// (Close) and spaces (Sp): UAX #29 rules SB4 and SB11; every other place
// is held by SB998. Whether it does end there depends only on a few
// characters around: back to the letter before the terminator (SB7), the
// exceptions' abbreviations, and forward to the first letter (SB8 looks
// past digits and punctuation for a lowercase one). So ICU is run only on
// windows cut around the causes, and is given nothing else:
//  - a window starts at an ASCII letter or digit at least kLookBehind code
//    points before the cause, or at the line's start. That character is
//    neither part of a terminator's run nor an Extend/Format that would
//    belong to the one before it, so every rule and every exception sees
//    in the window what it sees in the line.
//  - it ends after the first ASCII letter that follows the cause, or at the
//    line's end. SB8's look-ahead stops at a letter, so every place before
//    that letter is decided within the window; the place after it is no
//    sentence end (a letter ends no run), and ICU's break at the window's
//    end, which is only the end of its text, is dropped.
// Between windows there is no cause, so no sentence end.

// The exceptions' reach behind a break, in code points (bounded by bytes):
// the longest abbreviation, the word start in front of it and the one space
// that the filter steps back over first. The break comes after the cause,
// which ends the abbreviation, so the cause's own point is spare.
constexpr int LongestAbbreviation() {
  size_t n = std::string_view("Đ.").size();  // the initials
  for (std::string_view a : kAbbreviations) n = std::max(n, a.size());
  return static_cast<int>(n);
}
constexpr int kLookBehind = LongestAbbreviation() + 2;

// An exception with a '.' inside is a "partial" one, which ICU checks by
// reading ahead of the break too; the windows do not allow for that.
constexpr bool DotOnlyAtTheEnd() {
  for (std::string_view a : kAbbreviations)
    if (a.find('.') != a.size() - 1) return false;
  return true;
}
static_assert(DotOnlyAtTheEnd(), "put abbreviations with an inner '.' in kDottedAbbreviations");

bool IsAsciiLetter(char c) {
  const auto l = static_cast<unsigned char>(c) | 0x20;
  return l >= 'a' && l <= 'z';
}

bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9'); }

// Where the window for a cause at byte `t` of the line [begin, end) starts;
// `begin` stands for the line's start, space in front included.
uint32_t WindowStart(std::string_view text, uint32_t begin, uint32_t t) {
  uint32_t s = t;
  // Lead bytes, so that ill-formed bytes (each one U+FFFD) count too.
  for (int n = 0; s > begin && n < kLookBehind;)
    if ((static_cast<unsigned char>(text[--s]) & 0xC0) != 0x80) ++n;
  while (s > begin && !IsAsciiAlnum(text[s])) --s;
  return s;
}

// Where the window for a cause at byte `t` ends.
uint32_t WindowEnd(std::string_view text, uint32_t t, uint32_t end) {
  for (uint32_t i = t + 1; i < end; ++i)
    if (IsAsciiLetter(text[i])) return i + 1;
  return end;
}

// Runs ICU on the window [s, e) of the line [begin, end), whose last cause
// starts at byte `last_cause`, and adds the sentences that end after
// `decided` to *out, the current one starting at *start. Returns false if
// ICU failed.
bool SplitWindow(std::string_view text, uint32_t begin, uint32_t s, uint32_t e, uint32_t last_cause,
                 uint32_t decided, uint32_t* start, Splitter* splitter, std::vector<Span>* out) {
  // ICU reads UTF-16 much faster than UTF-8 through a UText (237 against
  // 153 MB/s on the corpus). A space in front of the line lets the
  // exceptions, which want one before the abbreviation, match at its start
  // too. The text is valid UTF-8 (the reader checked), so converting it
  // here costs less than ICU's lenient converter and yields the byte offset
  // of every unit on the way. A byte of UTF-8 makes at most one unit of
  // UTF-16, so both buffers are sized once and written through pointers.
  std::vector<UChar>& buf = splitter->units;
  std::vector<uint32_t>& offsets = splitter->offsets;
  const size_t most = e - s + 2;
  if (buf.size() < most) {
    buf.resize(most);
    offsets.resize(most);
  }
  UChar* u = buf.data();
  uint32_t* at = offsets.data();
  if (s == begin) {
    *u++ = u' ';
    *at++ = begin;
  }
  const std::string_view window8 = text.substr(0, e);
  for (size_t i = s; i < e;) {
    const auto here = static_cast<uint32_t>(i);
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // most of the text
      *u++ = static_cast<UChar>(text[i++]);
      *at++ = here;
      continue;
    }
    const char32_t c = text_internal::DecodeUtf8(window8, &i);
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
  *at = e;
  const auto units = static_cast<int32_t>(u - buf.data());
  UErrorCode ec = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, buf.data(), units, &ec);
  icu::BreakIterator& it = *splitter->iterator;
  it.setText(&ut, ec);
  if (U_FAILURE(ec)) {
    utext_close(&ut);
    return false;
  }
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE && b < units; b = it.next()) {
    const uint32_t stop = offsets[static_cast<size_t>(b)];
    if (stop <= decided) continue;  // decided by the window before
    if (!FollowsDottedAbbreviation(text, begin, stop)) {
      AddTrimmed(text, *start, stop, out);
      *start = stop;
    }
    // A sentence ends only after a cause, and none is left: no need to
    // ask ICU for the break at the window's end.
    if (stop > last_cause) break;
  }
  utext_close(&ut);
  return true;
}

// Runs ICU on the windows of the line [begin, end), whose first break
// cause is at `cause`: see SplitWindow().
bool SplitByWindows(std::string_view text, uint32_t begin, uint32_t end, uint32_t cause,
                    uint32_t* start, Splitter* splitter, std::vector<Span>* out) {
  uint32_t decided = begin;  // every sentence end up to here is known
  uint32_t s = WindowStart(text, begin, cause);
  while (cause < end) {
    uint32_t last_cause = cause;
    uint32_t e = WindowEnd(text, cause, end);
    // Windows that would overlap or touch are read as one.
    uint32_t next_s = end;
    for (cause = NextBreakCause(text, After(text, cause, end), end); cause < end;
         cause = NextBreakCause(text, After(text, cause, end), end)) {
      if (cause >= e) {
        next_s = WindowStart(text, begin, cause);
        if (next_s > e) break;
        e = WindowEnd(text, cause, end);
      }
      last_cause = cause;
    }
    if (!SplitWindow(text, begin, s, e, last_cause, decided, start, splitter, out)) return false;
    decided = e;
    s = next_s;
  }
  return true;
}

// Splits one line (no '\n' inside) whose first break cause is at `cause`,
// in windows or (for the tests) as a whole.
void SplitLine(std::string_view text, uint32_t begin, uint32_t end, uint32_t cause, bool windows,
               Splitter* splitter, std::vector<Span>* out) {
  const size_t first_out = out->size();
  uint32_t start = begin;  // of the sentence being read
  // The whole line is one window in which no cause is the last.
  const bool ok = windows ? SplitByWindows(text, begin, end, cause, &start, splitter, out)
                          : SplitWindow(text, begin, begin, end, end, begin, &start, splitter, out);
  if (!ok) {  // ICU failed: the line is one sentence
    out->resize(first_out);
    start = begin;
  }
  if (start < end) AddTrimmed(text, start, end, out);
}

// Whether the line [begin, end), whose first break cause is at `cause`, has
// a terminator: with only separators it is one sentence, as before ICU saw
// any line (these do not occur in normalized text).
bool HasTerminator(std::string_view text, uint32_t cause, uint32_t end) {
  size_t i = cause;
  const char32_t first = text_internal::DecodeUtf8(text.substr(0, end), &i);
  if (Terminators().contains(static_cast<UChar32>(first))) return true;  // nearly always
  return static_cast<uint32_t>(Terminators().spanUTF8(text.data() + cause,
                                                      static_cast<int32_t>(end - cause),
                                                      USET_SPAN_NOT_CONTAINED)) != end - cause;
}

std::vector<Span> Split(std::string_view normalized_text, bool windows) {
  std::vector<Span> spans;
  Splitter* splitter = nullptr;
  const auto size = static_cast<uint32_t>(normalized_text.size());
  uint32_t begin = 0;
  while (begin < size) {
    // A line break always ends a sentence (headlines, captions, datelines).
    const void* nl = std::memchr(normalized_text.data() + begin, '\n', size - begin);
    const uint32_t end =
        nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - normalized_text.data()) : size;
    const uint32_t cause = NextBreakCause(normalized_text, begin, end);
    if (cause == end || !HasTerminator(normalized_text, cause, end)) {
      AddTrimmed(normalized_text, begin, end, &spans);
    } else {
      if (splitter == nullptr) splitter = &ThreadSplitter();
      SplitLine(normalized_text, begin, end, cause, windows, splitter, &spans);
    }
    begin = end + 1;
  }
  return spans;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view normalized_text) {
  return Split(normalized_text, /*windows=*/true);
}

namespace text_internal {

std::vector<Span> SplitSentencesByWholeLines(std::string_view normalized_text) {
  return Split(normalized_text, /*windows=*/false);
}

}  // namespace text_internal
}  // namespace lienket
