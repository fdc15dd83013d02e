// Private to export/: the buffered output every writer goes through, one
// walk over UTF-8 text shared by every writer, and the escapers each output
// syntax needs. Labels reach the writers from real articles and from
// hand-edited rule files, so nothing here trusts them to be valid UTF-8: an
// ill-formed sequence is written as U+FFFD.
#ifndef LIENKET_EXPORT_ESCAPE_H_
#define LIENKET_EXPORT_ESCAPE_H_

#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace lienket::export_detail {

inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";  // U+FFFD

// A bounded buffer in front of an ostream. The writers emit millions of
// short pieces, and every ostream call pays for a sentry and a virtual call;
// here a piece is a memcpy, and the stream sees one write per 64 KiB.
// Flushed by Flush() and by the destructor.
class Out {
 public:
  explicit Out(std::ostream& os) : os_(os), buf_(new char[kSize]) {}
  ~Out() { Flush(); }
  Out(const Out&) = delete;
  Out& operator=(const Out&) = delete;

  void Write(std::string_view s) {
    if (s.size() <= kSize - n_) {
      std::memcpy(buf_.get() + n_, s.data(), s.size());
      n_ += s.size();
    } else {
      WriteLong(s);
    }
  }
  void Put(char c) {
    if (n_ == kSize) Flush();
    buf_[n_++] = c;
  }
  void Flush() {
    if (n_ > 0) os_.write(buf_.get(), static_cast<std::streamsize>(n_));
    n_ = 0;
  }

  Out& operator<<(std::string_view s) {
    Write(s);
    return *this;
  }
  Out& operator<<(const char* s) { return *this << std::string_view(s); }
  Out& operator<<(const std::string& s) { return *this << std::string_view(s); }
  Out& operator<<(char c) {
    Put(c);
    return *this;
  }
  // Numbers go through WriteInt / WriteFixed: an int must not become a char.
  template <typename T, typename = std::enable_if_t<std::is_arithmetic_v<T>>>
  Out& operator<<(T) = delete;

 private:
  static constexpr size_t kSize = 1 << 16;
  void WriteLong(std::string_view s) {
    Flush();
    os_.write(s.data(), static_cast<std::streamsize>(s.size()));
  }

  std::ostream& os_;
  std::unique_ptr<char[]> buf_;
  size_t n_ = 0;
};

// Where the escapers write: an Out, or a std::string when a term is rendered
// once and written many times.
inline void Append(Out& out, std::string_view s) { out.Write(s); }
inline void Append(std::string& out, std::string_view s) { out.append(s); }

// Writes `s` to `out`, code point by code point. `replace(cp, buf, &rep)`
// returns true when cp must not be written as is; it then sets `rep` to what
// to write instead (possibly empty: the code point is dropped), using `buf`
// (16 bytes) as scratch space if it needs to. Ill-formed UTF-8 reaches
// `replace` as U+FFFD, and is written as U+FFFD when `replace` keeps it.
// Runs of untouched bytes are appended in one piece.
//
// `replace` must depend on the code point only: its answers for ASCII are
// asked once and kept in a table, so that plain ASCII bytes are skipped
// without decoding (most of every label), and the table cannot disagree
// with `replace` because it is made from it.
template <typename Sink, typename Replace>
void WriteEscaped(Sink& out, std::string_view s, Replace&& replace) {
  static_assert(std::is_empty_v<std::decay_t<Replace>>,
                "replace must be a function of the code point alone (no captures)");
  static const std::array<bool, 128> kAsciiReplaced = [&] {
    std::array<bool, 128> t{};
    char scratch[16];
    std::string_view ignored;
    for (char32_t c = 0; c < 128; ++c) t[c] = replace(c, scratch, &ignored);
    return t;
  }();
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  size_t i = 0, run = 0;
  char buf[16];
  while (i < n) {
    if (p[i] < 0x80 && !kAsciiReplaced[p[i]]) {
      ++i;
      continue;
    }
    const size_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const bool ill_formed = c < 0;
    if (ill_formed) c = 0xFFFD;
    std::string_view rep;
    const bool replaced = replace(static_cast<char32_t>(c), buf, &rep);
    if (!replaced && !ill_formed) continue;
    Append(out, s.substr(run, start - run));
    if (!replaced) rep = kReplacementChar;
    Append(out, rep);
    run = i;
  }
  Append(out, s.substr(run));
}

// True when `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);
// `s` with every ill-formed sequence replaced by U+FFFD.
std::string ToValidUtf8(std::string_view s);

// XML 1.0 character data or attribute value (both quote styles): & < > " '
// as entities; TAB, LF and CR as character references so attribute-value
// normalization keeps them; characters XML 1.0 cannot carry at all (C0
// controls, U+FFFE, U+FFFF) as U+FFFD.
void WriteXml(Out& out, std::string_view s);

// The body of an N-Triples / Turtle STRING_LITERAL_QUOTE, in the canonical
// N-Triples form: \b \t \n \f \r \" \\ as ECHAR, the other C0 controls and
// DEL as \u00XX, everything else as UTF-8.
void WriteRdfStringBody(Out& out, std::string_view s);
void WriteRdfStringBody(std::string& out, std::string_view s);

// Appends `s` to `iri` percent-encoding every byte outside RFC 3986
// "unreserved" (A-Z a-z 0-9 - . _ ~): a readable ASCII path segment.
void AppendPercentEncodedSegment(std::string* iri, std::string_view s);

// The body of a Graphviz double-quoted string used as a label: \" and \\,
// a line break as the \n escString, other controls and non-characters as
// U+FFFD (Graphviz would copy them into SVG, which is XML).
void WriteDotString(Out& out, std::string_view s);

// One RFC 4180 field: quoted (with "" for ") when it holds , " CR or LF.
void WriteCsvField(Out& out, std::string_view s);

// Integers and fixed-precision reals without the stream's locale.
template <typename Int>
void WriteInt(Out& out, Int v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.Write(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
}
void WriteFixed(Out& out, double v, int decimals);

}  // namespace lienket::export_detail

#endif  // LIENKET_EXPORT_ESCAPE_H_
