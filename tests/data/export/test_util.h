// Helpers for the export tests: in-process syntax checks that need no other
// program (a minimal XML well-formedness check, the N-Triples/N-Quads line
// grammar), and running real consumers (python3, rapper, dot) when the
// machine has them.
#ifndef LIENKET_TESTS_DATA_EXPORT_TEST_UTIL_H_
#define LIENKET_TESTS_DATA_EXPORT_TEST_UTIL_H_

#include <unicode/utf8.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace lienket::testing {

template <typename F>
std::string Render(F&& write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

inline std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// ------------------------------------------------------------ external programs

inline bool HaveProgram(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

inline bool HavePythonModule(const std::string& module) {
  return HaveProgram("python3") &&
         std::system(("python3 -c 'import " + module + "' >/dev/null 2>&1").c_str()) == 0;
}

// Runs `cmd` with /bin/sh, returns its stdout (stderr goes to the test log);
// *status is the exit status.
inline std::string Run(const std::string& cmd, int* status) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) {
    *status = -1;
    return out;
  }
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// A fresh directory for one test's files, removed when the test is done.
class TempDir {
 public:
  explicit TempDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("lienket-export-" + name + "-" + std::to_string(static_cast<long>(getpid())))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  TempDir(TempDir&& o) noexcept : path_(std::move(o.path_)) { o.path_.clear(); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty() && !std::getenv("LIENKET_KEEP_TEST_FILES")) std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(std::string_view file) const { return path_ / file; }

 private:
  std::filesystem::path path_;
};

inline void WriteFile(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// ------------------------------------------------------------ Unicode

// Calls f(code point) for each code point; false on ill-formed UTF-8.
inline bool ForEachCodePoint(std::string_view s, const std::function<bool(int32_t)>& f) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    UChar32 c;
    U8_NEXT(p, i, s.size(), c);
    if (c < 0 || !f(c)) return false;
  }
  return true;
}

inline bool IsXmlChar(int32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// ------------------------------------------------------------ minimal XML check

// Well-formedness as far as these writers need it: UTF-8 of XML 1.0
// characters only, balanced and properly nested elements, quoted attributes
// without '<' and unique per element, '&' only in the five entities or a
// character reference, one root element. Returns "" or the first problem.
inline std::string XmlProblem(std::string_view doc) {
  if (!ForEachCodePoint(doc, IsXmlChar)) return "a character XML 1.0 forbids, or ill-formed UTF-8";
  auto name_start = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':'; };
  auto name_char = [&](char c) {
    return name_start(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.';
  };
  auto check_refs = [](std::string_view text) -> std::string {
    for (size_t i = text.find('&'); i != std::string_view::npos; i = text.find('&', i + 1)) {
      size_t semi = text.find(';', i);
      if (semi == std::string_view::npos) return "unterminated &";
      std::string_view ref = text.substr(i + 1, semi - i - 1);
      static const std::set<std::string_view> kEntities = {"amp", "lt", "gt", "quot", "apos"};
      if (kEntities.count(ref)) continue;
      bool ok = ref.size() >= 2 && ref[0] == '#';
      if (ok) {
        bool hex = ref[1] == 'x';
        std::string_view digits = ref.substr(hex ? 2 : 1);
        ok = !digits.empty();
        for (char c : digits) ok = ok && (hex ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c)));
        if (ok) {
          long v = std::strtol(std::string(digits).c_str(), nullptr, hex ? 16 : 10);
          ok = IsXmlChar(static_cast<int32_t>(v));
        }
      }
      if (!ok) return "bad reference &" + std::string(ref) + ";";
    }
    return "";
  };
  std::vector<std::string> stack;
  int roots = 0;
  size_t i = 0;
  while (i < doc.size()) {
    size_t lt = doc.find('<', i);
    std::string_view text = doc.substr(i, lt == std::string_view::npos ? std::string_view::npos : lt - i);
    if (!text.empty()) {
      if (stack.empty() && text.find_first_not_of(" \t\r\n") != std::string_view::npos) return "text outside the root";
      if (auto p = check_refs(text); !p.empty()) return p;
      if (text.find("]]>") != std::string_view::npos) return "]]> in text";
    }
    if (lt == std::string_view::npos) break;
    i = lt;
    if (doc.substr(i, 4) == "<!--") {
      size_t end = doc.find("-->", i + 4);
      if (end == std::string_view::npos) return "unterminated comment";
      i = end + 3;
      continue;
    }
    if (doc.substr(i, 9) == "<!DOCTYPE") {  // no internal subset in what we read
      size_t end = doc.find('>', i);
      if (end == std::string_view::npos || roots > 0) return "bad DOCTYPE";
      i = end + 1;
      continue;
    }
    if (doc.substr(i, 2) == "<?") {
      size_t end = doc.find("?>", i + 2);
      if (end == std::string_view::npos) return "unterminated processing instruction";
      i = end + 2;
      continue;
    }
    bool closing = doc.substr(i, 2) == "</";
    i += closing ? 2 : 1;
    size_t name_begin = i;
    if (i >= doc.size() || !name_start(doc[i])) return "bad element name at byte " + std::to_string(i);
    while (i < doc.size() && name_char(doc[i])) ++i;
    std::string name(doc.substr(name_begin, i - name_begin));
    std::set<std::string> attrs;
    bool empty_element = false;
    for (;;) {
      while (i < doc.size() && (doc[i] == ' ' || doc[i] == '\n' || doc[i] == '\t' || doc[i] == '\r')) ++i;
      if (i >= doc.size()) return "unterminated tag <" + name;
      if (doc[i] == '>') {
        ++i;
        break;
      }
      if (!closing && doc.substr(i, 2) == "/>") {
        i += 2;
        empty_element = true;
        break;
      }
      if (closing) return "junk in </" + name + ">";
      size_t a = i;
      if (!name_start(doc[i])) return "bad attribute in <" + name + ">";
      while (i < doc.size() && name_char(doc[i])) ++i;
      std::string attr(doc.substr(a, i - a));
      if (!attrs.insert(attr).second) return "repeated attribute " + attr + " in <" + name + ">";
      if (i + 1 >= doc.size() || doc[i] != '=' || (doc[i + 1] != '"' && doc[i + 1] != '\'')) return "unquoted attribute " + attr;
      char quote = doc[i + 1];
      size_t end = doc.find(quote, i + 2);
      if (end == std::string_view::npos) return "unterminated attribute " + attr;
      std::string_view value = doc.substr(i + 2, end - i - 2);
      if (value.find('<') != std::string_view::npos) return "< in attribute " + attr;
      if (auto p = check_refs(value); !p.empty()) return p;
      i = end + 1;
    }
    if (closing) {
      if (stack.empty() || stack.back() != name) return "</" + name + "> does not close the open element";
      stack.pop_back();
    } else {
      if (stack.empty() && ++roots > 1) return "more than one root element";
      if (!empty_element) stack.push_back(name);
    }
  }
  if (!stack.empty()) return "<" + stack.back() + "> is never closed";
  if (roots != 1) return "no root element";
  return "";
}

// ------------------------------------------------------------ N-Triples / N-Quads grammar

// Checks one line against the N-Triples (or, with `quad`, N-Quads) grammar
// of RDF 1.1. Returns "" or what is wrong.
inline std::string NTriplesLineProblem(std::string_view line, bool quad) {
  size_t i = 0;
  auto ws = [&] {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  };
  auto hex = [&](size_t n) {
    for (size_t k = 0; k < n; ++k)
      if (i >= line.size() || !std::isxdigit(static_cast<unsigned char>(line[i++]))) return false;
    return true;
  };
  auto uchar = [&]() {  // after the backslash
    if (i < line.size() && line[i] == 'u') return ++i, hex(4);
    if (i < line.size() && line[i] == 'U') return ++i, hex(8);
    return false;
  };
  auto iri = [&]() -> std::string {
    if (i >= line.size() || line[i] != '<') return "expected <IRI>";
    size_t begin = ++i;
    while (i < line.size() && line[i] != '>') {
      unsigned char c = static_cast<unsigned char>(line[i]);
      if (c <= 0x20 || std::string_view("<\"{}|^`").find(static_cast<char>(c)) != std::string_view::npos)
        return "character " + std::to_string(c) + " in an IRI";
      if (c == '\\') {
        ++i;
        if (!uchar()) return "bad escape in an IRI";
        continue;
      }
      ++i;
    }
    if (i >= line.size()) return "unterminated IRI";
    std::string_view body = line.substr(begin, i - begin);
    ++i;
    size_t colon = body.find(':');
    if (colon == std::string_view::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(body[0])))
      return "relative IRI <" + std::string(body) + ">";
    return "";
  };
  auto subject = [&]() -> std::string {
    if (line.substr(i, 2) == "_:") {
      i += 2;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
      return "";
    }
    return iri();
  };
  auto object = [&]() -> std::string {
    if (i < line.size() && line[i] != '"') return subject();
    ++i;
    while (i < line.size() && line[i] != '"') {
      char c = line[i];
      if (c == '\n' || c == '\r') return "raw line break in a literal";
      if (c == '\\') {
        ++i;
        if (i < line.size() && std::string_view("tbnrf\"'\\").find(line[i]) != std::string_view::npos) {
          ++i;
          continue;
        }
        if (!uchar()) return "bad escape in a literal";
        continue;
      }
      ++i;
    }
    if (i >= line.size()) return "unterminated literal";
    ++i;
    if (i < line.size() && line[i] == '@') {
      size_t begin = ++i;
      while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '-')) ++i;
      if (i == begin || !std::isalpha(static_cast<unsigned char>(line[begin]))) return "bad language tag";
    } else if (line.substr(i, 2) == "^^") {
      i += 2;
      return iri();
    }
    return "";
  };
  if (!ForEachCodePoint(line, [](int32_t) { return true; })) return "ill-formed UTF-8";
  ws();
  if (auto p = subject(); !p.empty()) return "subject: " + p;
  ws();
  if (auto p = iri(); !p.empty()) return "predicate: " + p;
  ws();
  if (auto p = object(); !p.empty()) return "object: " + p;
  ws();
  if (quad && i < line.size() && line[i] != '.') {
    if (auto p = subject(); !p.empty()) return "graph: " + p;
    ws();
  }
  if (i >= line.size() || line[i] != '.') return "no final .";
  ++i;
  ws();
  if (i != line.size()) return "junk after the final .";
  return "";
}

}  // namespace lienket::testing

#endif  // LIENKET_TESTS_DATA_EXPORT_TEST_UTIL_H_
