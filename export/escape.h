// Private to export/: one walk over UTF-8 text shared by every writer, and
// the escapers each output syntax needs. Labels reach the writers from real
// articles and from hand-edited rule files, so nothing here trusts them to be
// valid UTF-8: an ill-formed sequence is written as U+FFFD.
#ifndef LIENKET_EXPORT_ESCAPE_H_
#define LIENKET_EXPORT_ESCAPE_H_

#include <unicode/utf8.h>

#include <charconv>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace lienket::export_detail {

inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";  // U+FFFD

// Writes `s` to `out`, code point by code point. `replace(cp, buf, &rep)`
// returns true when cp must not be written as is; it then sets `rep` to what
// to write instead (possibly empty: the code point is dropped), using `buf`
// (16 bytes) as scratch space if it needs to. Ill-formed UTF-8 reaches
// `replace` as U+FFFD, and is written as U+FFFD when `replace` keeps it.
// Runs of untouched bytes go to the stream in one write.
template <typename Replace>
void WriteEscaped(std::ostream& out, std::string_view s, Replace&& replace) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  size_t i = 0, run = 0;
  char buf[16];
  while (i < n) {
    const size_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const bool ill_formed = c < 0;
    if (ill_formed) c = 0xFFFD;
    std::string_view rep;
    const bool replaced = replace(static_cast<char32_t>(c), buf, &rep);
    if (!replaced && !ill_formed) continue;
    out.write(s.data() + run, static_cast<std::streamsize>(start - run));
    if (!replaced) rep = kReplacementChar;
    out.write(rep.data(), static_cast<std::streamsize>(rep.size()));
    run = i;
  }
  out.write(s.data() + run, static_cast<std::streamsize>(n - run));
}

// True when `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);
// `s` with every ill-formed sequence replaced by U+FFFD.
std::string ToValidUtf8(std::string_view s);

// XML 1.0 character data or attribute value (both quote styles): & < > " '
// as entities; TAB, LF and CR as character references so attribute-value
// normalization keeps them; characters XML 1.0 cannot carry at all (C0
// controls, U+FFFE, U+FFFF) as U+FFFD.
void WriteXml(std::ostream& out, std::string_view s);

// The body of an N-Triples / Turtle STRING_LITERAL_QUOTE, in the canonical
// N-Triples form: \b \t \n \f \r \" \\ as ECHAR, the other C0 controls and
// DEL as \u00XX, everything else as UTF-8.
void WriteRdfStringBody(std::ostream& out, std::string_view s);

// Appends `s` to `iri` percent-encoding every byte outside RFC 3986
// "unreserved" (A-Z a-z 0-9 - . _ ~): a readable ASCII path segment.
void AppendPercentEncodedSegment(std::string* iri, std::string_view s);

// The body of a Graphviz double-quoted string used as a label: \" and \\,
// a line break as the \n escString, other controls and non-characters as
// U+FFFD (Graphviz would copy them into SVG, which is XML).
void WriteDotString(std::ostream& out, std::string_view s);

// One RFC 4180 field: quoted (with "" for ") when it holds , " CR or LF.
void WriteCsvField(std::ostream& out, std::string_view s);

// Integers and fixed-precision reals without the stream's locale.
template <typename Int>
void WriteInt(std::ostream& out, Int v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.write(buf, r.ptr - buf);
}
void WriteFixed(std::ostream& out, double v, int decimals);

}  // namespace lienket::export_detail

#endif  // LIENKET_EXPORT_ESCAPE_H_
