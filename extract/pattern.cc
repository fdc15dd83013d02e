#include "pattern.h"

#include <re2/re2.h>

#include <algorithm>

namespace lienket::extract {
namespace {

std::string CodeEscape(ClassId id) {
  char buf[16];
  snprintf(buf, sizeof buf, "\\x{%X}", 0xE000u + id);
  return buf;
}

const char kAnyToken[] = "(?:\\x01[^\\x03]*\\x03)";
const char kWordJoin[] = "(?: |\\x03\\x01[^\\x02]*\\x02)";

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

class Compiler {
 public:
  Compiler(const ClassTable& classes, const std::map<std::string, std::string>& macros)
      : classes_(classes), macros_(macros) {}

  bool Run(std::string_view p, std::string* out, std::string* error, int depth = 0) {
    if (depth > 16) return Fail(0, "macros nest too deep (a macro uses itself?)", error);
    size_t i = 0;
    while (i < p.size()) {
      char c = p[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i;
      } else if (c == '[') {
        size_t close = p.find(']', i);
        if (close == std::string_view::npos) return Fail(i, "'[' without ']'", error);
        if (!ClassExpr(p.substr(i + 1, close - i - 1), i + 1, out, error)) return false;
        i = close + 1;
      } else if (c == '"') {
        size_t close = p.find('"', i + 1);
        if (close == std::string_view::npos) return Fail(i, "unterminated \"literal\"", error);
        if (!Literal(p.substr(i + 1, close - i - 1), i, out, error)) return false;
        i = close + 1;
      } else if (c == '_' && (i + 1 == p.size() || !IsNameChar(p[i + 1]))) {
        out->append(kAnyToken);
        ++i;
      } else if (c == '@') {
        size_t j = i + 1;
        while (j < p.size() && IsNameChar(p[j])) ++j;
        std::string name(p.substr(i + 1, j - i - 1));
        auto it = macros_.find(name);
        if (it == macros_.end()) return Fail(i, "unknown macro @" + name, error);
        out->append("(?:");
        if (!Run(it->second, out, error, depth + 1)) {
          // Say where in the macro, and where the macro was used.
          *error = "in @" + name + " (used at column " + std::to_string(i + 1) + "), " + *error;
          return false;
        }
        out->append(")");
        i = j;
      } else if (c == '(') {
        if (p.substr(i, 4) == "(?P<") {
          size_t close = p.find('>', i);
          if (close == std::string_view::npos) return Fail(i, "unterminated group name", error);
          out->append(p.substr(i, close - i + 1));
          i = close + 1;
        } else if (p.substr(i, 3) == "(?:") {
          out->append("(?:");
          i += 3;
        } else {
          out->append("(?:");  // plain groups do not capture: captures are named
          ++i;
        }
      } else if (c == ')' || c == '|' || c == '*' || c == '+' || c == '?' || c == '^' ||
                 c == '$') {
        out->push_back(c);
        ++i;
      } else if (c == '{') {
        size_t close = p.find('}', i);
        if (close == std::string_view::npos) return Fail(i, "'{' without '}'", error);
        std::string_view rep = p.substr(i + 1, close - i - 1);
        if (rep.empty() || rep.find_first_not_of("0123456789,") != std::string_view::npos)
          return Fail(i, "bad repetition {" + std::string(rep) + "}", error);
        out->append(p.substr(i, close - i + 1));
        i = close + 1;
      } else {
        size_t j = i;
        while (j < p.size() && IsNameChar(p[j])) ++j;
        std::string word(p.substr(i, std::max<size_t>(j - i, 1)));
        return Fail(i, "unexpected '" + word + "' (classes go in [ ], words in \" \")", error);
      }
    }
    return true;
  }

 private:
  bool Fail(size_t col, const std::string& why, std::string* error) {
    *error = "column " + std::to_string(col + 1) + ": " + why;
    return false;
  }

  // [a & !b | c]
  bool ClassExpr(std::string_view e, size_t col, std::string* out, std::string* error) {
    std::vector<std::string> alternatives;
    size_t start = 0;
    while (true) {
      size_t bar = e.find('|', start);
      std::string_view alt = e.substr(start, bar == std::string_view::npos ? bar : bar - start);
      std::vector<ClassId> pos, neg;
      size_t s = 0;
      while (true) {
        size_t amp = alt.find('&', s);
        std::string_view atom = alt.substr(s, amp == std::string_view::npos ? amp : amp - s);
        while (!atom.empty() && atom.front() == ' ') atom.remove_prefix(1);
        while (!atom.empty() && atom.back() == ' ') atom.remove_suffix(1);
        bool negated = !atom.empty() && atom.front() == '!';
        if (negated) {
          atom.remove_prefix(1);
          while (!atom.empty() && atom.front() == ' ') atom.remove_prefix(1);
        }
        if (atom.empty()) return Fail(col + start + s, "empty class name in [ ]", error);
        int id = classes_.Find(atom);
        if (id < 0) return Fail(col + start + s, "unknown class '" + std::string(atom) + "'", error);
        (negated ? neg : pos).push_back(static_cast<ClassId>(id));
        if (amp == std::string_view::npos) break;
        s = amp + 1;
      }
      std::sort(pos.begin(), pos.end());
      std::string gap = "[^\\x02";
      for (ClassId n : neg) gap += CodeEscape(n);
      gap += "]*";
      std::string r = "\\x01" + gap;
      for (ClassId p : pos) r += CodeEscape(p) + gap;
      r += "\\x02[^\\x03]*\\x03";
      alternatives.push_back(std::move(r));
      if (bar == std::string_view::npos) break;
      start = bar + 1;
    }
    // Always a group, so that a quantifier after ] applies to the token.
    out->append("(?:");
    for (size_t k = 0; k < alternatives.size(); ++k) {
      if (k) out->push_back('|');
      out->append(alternatives[k]);
    }
    out->append(")");
    return true;
  }

  bool Literal(std::string_view words, size_t col, std::string* out, std::string* error) {
    std::vector<Token> toks = Tokenize(words, 0, static_cast<uint32_t>(words.size()));
    if (toks.empty()) return Fail(col, "empty literal", error);
    out->append("(?:\\x01[^\\x02]*\\x02");
    for (size_t k = 0; k < toks.size(); ++k) {
      if (k) out->append(kWordJoin);
      out->append(RE2::QuoteMeta(toks[k].folded));
    }
    out->append("\\x03)");
    return true;
  }

  const ClassTable& classes_;
  const std::map<std::string, std::string>& macros_;
};

}  // namespace

bool CompilePattern(std::string_view pattern, const ClassTable& classes,
                    const std::map<std::string, std::string>& macros, std::string* regex,
                    std::string* error) {
  regex->clear();
  Compiler c(classes, macros);
  return c.Run(pattern, regex, error);
}

void EncodeToken(const Token& t, std::string* out) {
  char buf[256];
  size_t n = 0;
  buf[n++] = '\x01';
  for (ClassId c : t.classes) {
    if (n + 4 >= sizeof buf) break;
    uint32_t cp = 0xE000u + c;
    buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
  buf[n++] = '\x02';
  out->append(buf, n);
  size_t start = out->size();
  out->append(t.folded);
  // The record separators must not occur inside the text.
  for (size_t i = start; i < out->size(); ++i)
    if (static_cast<unsigned char>((*out)[i]) < 0x04) (*out)[i] = ' ';
  out->push_back('\x03');
}

}  // namespace lienket::extract
