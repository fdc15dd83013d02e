#include "escape.h"

#include <algorithm>
#include <cstdio>

namespace lienket::export_detail {
namespace {

bool IsXmlForbidden(char32_t c) {
  // XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | ...
  // Surrogates cannot come out of well-formed UTF-8.
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
}

std::string_view Hex4(char32_t c, char* buf, const char* prefix) {
  int n = std::snprintf(buf, 16, "%s%04X", prefix, static_cast<unsigned>(c));
  return {buf, static_cast<size_t>(n)};
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    UChar32 c;
    U8_NEXT(p, i, s.size(), c);
    if (c < 0) return false;
  }
  return true;
}

std::string ToValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    UChar32 c;
    U8_NEXT(p, i, s.size(), c);
    if (c < 0)
      out += kReplacementChar;
    else
      out.append(s.data() + start, i - start);
  }
  return out;
}

void WriteXml(Out& out, std::string_view s) {
  WriteEscaped(out, s, [](char32_t c, char*, std::string_view* rep) {
    switch (c) {
      case '&': *rep = "&amp;"; return true;
      case '<': *rep = "&lt;"; return true;
      case '>': *rep = "&gt;"; return true;
      case '"': *rep = "&quot;"; return true;
      case '\'': *rep = "&apos;"; return true;
      case '\t': *rep = "&#9;"; return true;
      case '\n': *rep = "&#10;"; return true;
      case '\r': *rep = "&#13;"; return true;
      default: break;
    }
    if (IsXmlForbidden(c)) {
      *rep = kReplacementChar;
      return true;
    }
    return false;
  });
}

namespace {

template <typename Sink>
void RdfStringBody(Sink& out, std::string_view s) {
  WriteEscaped(out, s, [](char32_t c, char* buf, std::string_view* rep) {
    switch (c) {
      case '\b': *rep = "\\b"; return true;
      case '\t': *rep = "\\t"; return true;
      case '\n': *rep = "\\n"; return true;
      case '\f': *rep = "\\f"; return true;
      case '\r': *rep = "\\r"; return true;
      case '"': *rep = "\\\""; return true;
      case '\\': *rep = "\\\\"; return true;
      default: break;
    }
    if (c < 0x20 || c == 0x7F) {
      *rep = Hex4(c, buf, "\\u");
      return true;
    }
    // Noncharacters are legal in N-Triples, but rapper cuts a literal at
    // U+FFFE: write U+FFFD instead, as the XML writers do.
    if (c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF)) {
      *rep = "\xEF\xBF\xBD";
      return true;
    }
    return false;
  });
}

}  // namespace

void WriteRdfStringBody(Out& out, std::string_view s) { RdfStringBody(out, s); }
void WriteRdfStringBody(std::string& out, std::string_view s) { RdfStringBody(out, s); }

void AppendPercentEncodedSegment(std::string* iri, std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  auto unreserved = [](unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
  };
  // Runs of unreserved bytes (all of most ids) are appended in one piece.
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (unreserved(c)) continue;
    const char escaped[3] = {'%', kHex[c >> 4], kHex[c & 15]};
    iri->append(s.data() + run, i - run).append(escaped, 3);
    run = i + 1;
  }
  iri->append(s.data() + run, s.size() - run);
}

void WriteDotString(Out& out, std::string_view s) {
  WriteEscaped(out, s, [](char32_t c, char*, std::string_view* rep) {
    switch (c) {
      case '"': *rep = "\\\""; return true;
      case '\\': *rep = "\\\\"; return true;
      case '\n': *rep = "\\n"; return true;
      case '\r': *rep = ""; return true;
      case '\t': *rep = " "; return true;
      default: break;
    }
    if (c < 0x20 || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
      *rep = kReplacementChar;
      return true;
    }
    return false;
  });
}

void WriteCsvField(Out& out, std::string_view s) {
  // One pass over the bytes: find_first_of would call memchr once a byte.
  bool quote = std::any_of(s.begin(), s.end(), [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; });
  if (quote) out.Put('"');
  WriteEscaped(out, s, [](char32_t c, char*, std::string_view* rep) {
    if (c != '"') return false;
    *rep = "\"\"";
    return true;
  });
  if (quote) out.Put('"');
}

void WriteFixed(Out& out, double v, int decimals) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  out.Write(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
}

}  // namespace lienket::export_detail
