#include "pattern.h"

#include <re2/re2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace lienket::extract {
namespace {

// See pattern.h: one byte for the first classes, a private-use code point
// for the rest.
constexpr ClassId kByteCodes = 0x80 - 0x04;

std::string CodeEscape(ClassId id) {
  char buf[16];
  if (id < kByteCodes) snprintf(buf, sizeof buf, "\\x%02X", 0x04u + id);
  else snprintf(buf, sizeof buf, "\\x{%X}", 0xE000u + id);
  return buf;
}

const char kAnyToken[] = "(?:\\x01[^\\x03]*\\x03)";
const char kWordJoin[] = "(?: |\\x03\\x01[^\\x02]*\\x02)";

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

// One alternative of a class expression: classes it has (ascending) and
// classes it lacks.
using Conjunction = std::pair<std::vector<ClassId>, std::vector<ClassId>>;

// Parses the inside of [ ]. On error sets *error and *column (0-based, in e).
bool ParseClassExpr(std::string_view e, const ClassTable& classes, std::vector<Conjunction>* out,
                    size_t* column, std::string* error) {
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
      *column = start + s;
      if (atom.empty()) {
        *error = "empty class name in [ ]";
        return false;
      }
      int id = classes.Find(atom);
      if (id < 0) {
        *error = "unknown class '" + std::string(atom) + "'";
        return false;
      }
      (negated ? neg : pos).push_back(static_cast<ClassId>(id));
      if (amp == std::string_view::npos) break;
      s = amp + 1;
    }
    std::sort(pos.begin(), pos.end());
    out->emplace_back(std::move(pos), std::move(neg));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return true;
}

class Compiler {
 public:
  Compiler(const ClassTable& classes, const std::map<std::string, std::string>& macros,
           WordCodes* words)
      : classes_(classes), macros_(macros), words_(words) {}

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
    std::vector<Conjunction> conj;
    size_t bad = 0;
    if (!ParseClassExpr(e, classes_, &conj, &bad, error)) return Fail(col + bad, *error, error);
    std::vector<std::string> alternatives;
    for (auto& [pos, neg] : conj) {
      std::string gap = "[^\\x02";
      for (ClassId n : neg) gap += CodeEscape(n);
      gap += "]*";
      std::string r = "\\x01" + gap;
      for (ClassId p : pos) r += CodeEscape(p) + gap;
      r += "\\x02[^\\x03]*\\x03";
      alternatives.push_back(std::move(r));
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
    std::vector<std::string> toks = FoldedWords(words);
    if (toks.empty()) return Fail(col, "empty literal", error);
    out->append("(?:\\x01[^\\x02]*\\x02");
    for (size_t k = 0; k < toks.size(); ++k) {
      if (k) out->append(kWordJoin);
      char buf[16];
      snprintf(buf, sizeof buf, "\\x{%X}", static_cast<unsigned>(words_->Add(toks[k])));
      out->append(buf);
    }
    out->append("\\x03)");
    return true;
  }

  const ClassTable& classes_;
  const std::map<std::string, std::string>& macros_;
  WordCodes* words_;
};

// The tokens a match can begin with (see PatternPlan), read from the
// pattern by a small recursive descent over the syntax the Compiler takes.
// Any doubt gives up: a pattern without a plan is searched everywhere.
class FirstTokens {
 public:
  FirstTokens(const ClassTable& classes, const std::map<std::string, std::string>& macros)
      : classes_(classes), macros_(macros) {}

  void Run(std::string_view p, PatternPlan* plan) {
    *plan = PatternPlan();
    Set s;
    size_t i = 0;
    if (!Alt(p, &i, 0, &s) || i != p.size() || s.nullable || (s.any && !s.start)) {
      plan->lead = Lead(p, &s);
      if (plan->lead == 0) return;
    }
    plan->anchorable = true;
    plan->start_only = s.start;
    plan->any_first = s.any;
    if (s.any) return;
    plan->first = std::move(s.tests);
    for (const TokenTest& t : plan->first) {
      plan->word_test |= !t.word.empty();
      plan->need_words = std::max(plan->need_words, t.has.size());
    }
    for (const TokenTest& t : plan->first) {
      if (!t.word.empty()) continue;
      std::vector<uint64_t> row = t.has;
      row.resize(plan->need_words, 0);
      plan->need.insert(plan->need.end(), row.begin(), row.end());
    }
  }

 private:
  struct Set {
    bool nullable = false;  // may match no token at all
    bool any = false;       // may begin with (nearly) any token
    bool start = false;     // begins with ^: matches only at the sentence's start
    bool single = false;    // always matches exactly one token (a class test)
    int most = kMany;       // the most tokens it can match
    std::vector<TokenTest> tests;
  };
  static constexpr int kMany = 1 << 20;
  // Past this, trying a rule at every token before its first tests costs
  // more than one search of the whole sentence.
  static constexpr int kMostLead = 2;

  // For a pattern that is one item of at most kMostLead tokens of context,
  // then a sequence that is anchorable: the item's most tokens (at least
  // 1), with the sequence's tests in *s. Else 0.
  int Lead(std::string_view p, Set* s) {
    size_t i = 0;
    Skip(p, &i);
    if (i >= p.size()) return 0;
    Set lead;
    if (!Item(p, &i, 0, &lead) || !Quantifiers(p, &i, &lead) || lead.most > kMostLead) return 0;
    Set rest;
    if (!Seq(p, &i, 0, &rest) || i != p.size() || rest.nullable || rest.any || rest.start)
      return 0;
    *s = std::move(rest);
    return std::max(lead.most, 1);
  }

  static void Union(Set* a, const Set& b) {
    a->any |= b.any;
    a->single &= b.single;
    a->most = std::max(a->most, b.most);
    a->tests.insert(a->tests.end(), b.tests.begin(), b.tests.end());
  }

  static void Skip(std::string_view p, size_t* i) {
    while (*i < p.size() && (p[*i] == ' ' || p[*i] == '\t' || p[*i] == '\n' || p[*i] == '\r')) ++*i;
  }

  static std::vector<uint64_t> Bits(const std::vector<ClassId>& ids) {
    std::vector<uint64_t> bits;
    for (ClassId c : ids) {
      if (bits.size() <= c / 64u) bits.resize(c / 64u + 1, 0);
      bits[c / 64u] |= uint64_t{1} << (c % 64u);
    }
    return bits;
  }

  bool Alt(std::string_view p, size_t* i, int depth, Set* out) {
    if (depth > 16) return false;
    bool first = true;
    while (true) {
      Set seq;
      if (!Seq(p, i, depth, &seq)) return false;
      if (first) {
        *out = std::move(seq);
        first = false;
      } else {
        Union(out, seq);
        out->nullable |= seq.nullable;
        out->start &= seq.start;
      }
      Skip(p, i);
      if (*i < p.size() && p[*i] == '|') {
        ++*i;
        continue;
      }
      return true;
    }
  }

  bool Seq(std::string_view p, size_t* i, int depth, Set* out) {
    out->nullable = true;  // so far: every item may match nothing
    int items = 0;
    bool first_single = false;  // the first item is one token, never empty
    int most = 0;
    while (true) {
      Skip(p, i);
      if (*i >= p.size() || p[*i] == '|' || p[*i] == ')') {
        out->single = items == 1 && first_single;
        out->most = most;
        return true;
      }
      Set item;
      if (!Item(p, i, depth, &item) || !Quantifiers(p, i, &item)) return false;
      most = std::min(kMany, most + item.most);
      if (items == 0) {
        out->start = item.start;
        first_single = item.single && !item.nullable && !item.any;
      } else if (items == 1 && first_single && !item.nullable && !item.any && !item.start) {
        // The second token must begin the second item.
        for (TokenTest& t : out->tests) t.next = item.tests;
      }
      ++items;
      if (out->nullable) {
        Union(out, item);
        out->nullable = item.nullable;
      }
    }
  }

  bool Item(std::string_view p, size_t* i, int depth, Set* out) {
    char c = p[*i];
    if (c == '[') {
      size_t close = p.find(']', *i);
      if (close == std::string_view::npos) return false;
      std::vector<Conjunction> conj;
      size_t col = 0;
      std::string error;
      if (!ParseClassExpr(p.substr(*i + 1, close - *i - 1), classes_, &conj, &col, &error))
        return false;
      for (auto& [pos, neg] : conj) {
        // Negations alone let most tokens through: not worth looking for.
        if (pos.empty()) out->any = true;
        // [a & !a] never matches a token, but the regex it becomes can:
        // keep the test a necessary condition.
        std::vector<ClassId> lacks;
        for (ClassId n : neg)
          if (!std::binary_search(pos.begin(), pos.end(), n)) lacks.push_back(n);
        out->tests.push_back({Bits(pos), Bits(lacks), {}, {}});
      }
      out->single = true;
      out->most = 1;
      *i = close + 1;
      return true;
    }
    if (c == '"') {
      size_t close = p.find('"', *i + 1);
      if (close == std::string_view::npos) return false;
      std::vector<std::string> words = FoldedWords(p.substr(*i + 1, close - *i - 1));
      if (words.empty()) return false;
      out->tests.push_back({{}, {}, words[0], {}});
      out->most = static_cast<int>(words.size());  // a token holds one word or more
      *i = close + 1;
      return true;
    }
    if (c == '_' && (*i + 1 == p.size() || !IsNameChar(p[*i + 1]))) {
      out->any = true;
      out->most = 1;
      ++*i;
      return true;
    }
    if (c == '@') {
      size_t j = *i + 1;
      while (j < p.size() && IsNameChar(p[j])) ++j;
      auto it = macros_.find(std::string(p.substr(*i + 1, j - *i - 1)));
      if (it == macros_.end()) return false;
      size_t k = 0;
      if (!Alt(it->second, &k, depth + 1, out) || k != it->second.size()) return false;
      *i = j;
      return true;
    }
    if (c == '(') {
      if (p.substr(*i, 4) == "(?P<") {
        size_t close = p.find('>', *i);
        if (close == std::string_view::npos) return false;
        *i = close + 1;
      } else if (p.substr(*i, 3) == "(?:") {
        *i += 3;
      } else {
        ++*i;
      }
      if (!Alt(p, i, depth + 1, out)) return false;
      Skip(p, i);
      if (*i >= p.size() || p[*i] != ')') return false;
      ++*i;
      return true;
    }
    if (c == '^' || c == '$') {  // no token
      out->nullable = true;
      out->most = 0;
      out->start = c == '^';
      ++*i;
      return true;
    }
    return false;
  }

  // * + ? {m,n}, each perhaps followed by ? (lazy).
  static bool Quantifiers(std::string_view p, size_t* i, Set* item) {
    while (true) {
      Skip(p, i);
      if (*i >= p.size()) return true;
      char c = p[*i];
      if (c == '*' || c == '?' || c == '+' || c == '{') item->single = false;
      if (c == '*' || c == '+') item->most = kMany;
      if (c == '*' || c == '?') {
        item->nullable = true;
        item->start = false;  // an optional ^ anchors nothing
        ++*i;
      } else if (c == '+') {
        ++*i;
      } else if (c == '{') {
        size_t close = p.find('}', *i);
        if (close == std::string_view::npos) return false;
        // {m}, {m,n}: at most n (or m) times; {m,} and {,n}: no bound kept.
        const std::string_view rep = p.substr(*i + 1, close - *i - 1);
        const size_t comma = rep.find(',');
        const std::string_view bound = comma == std::string_view::npos ? rep : rep.substr(comma + 1);
        if (comma == 0 || bound.empty() || bound.size() > 4 ||
            bound.find_first_not_of("0123456789") != std::string_view::npos) {
          item->most = kMany;
        } else {
          item->most = std::min(kMany, item->most * std::stoi(std::string(bound)));
        }
        if (p[*i + 1] == '0' || p[*i + 1] == ',') {
          // {0,n}, {,n} (RE2 reads the latter as a literal: stay safe)
          item->nullable = true;
          item->start = false;
          item->any = item->any || p[*i + 1] == ',';
        }
        *i = close + 1;
      } else {
        return true;
      }
      Skip(p, i);
      if (*i < p.size() && p[*i] == '?') ++*i;  // lazy
    }
  }

  const ClassTable& classes_;
  const std::map<std::string, std::string>& macros_;
};

}  // namespace

bool CompilePattern(std::string_view pattern, const ClassTable& classes,
                    const std::map<std::string, std::string>& macros, WordCodes* words,
                    std::string* regex, std::string* error, PatternPlan* plan) {
  regex->clear();
  Compiler c(classes, macros, words);
  if (!c.Run(pattern, regex, error)) return false;
  if (plan) FirstTokens(classes, macros).Run(pattern, plan);
  return true;
}

namespace {

// Writes c (a code point) as UTF-8 at p; returns the end.
char* PutCodePoint(char32_t c, char* p) {
  int32_t n = 0;
  U8_APPEND_UNSAFE(p, n, c);
  return p + n;
}

// Writes the record of t at p (room for the longest record); returns its end.
char* PutRecord(const TokenBuffer& buf, const Token& t, char* p) {
  *p++ = '\x01';
  for (const ClassId* c = buf.ClassesBegin(t); c != buf.ClassesEnd(t); ++c) {
    if (*c < kByteCodes) *p++ = static_cast<char>(0x04 + *c);
    else p = PutCodePoint(0xE000u + *c, p);
  }
  *p++ = '\x02';
  std::memcpy(p, buf.coded.data() + t.code, t.code_end - t.code);
  p += t.code_end - t.code;
  *p++ = '\x03';
  return p;
}

size_t RecordRoom(const Token& t) {
  return 3 + 4 * (t.cls_end - t.cls) + (t.code_end - t.code);
}

// The n-th code WordCodes hands out: a code point that is neither ' ' nor a
// record mark nor kOtherWord, the shortest first.
char32_t NthCode(size_t n) {
  char32_t c = static_cast<char32_t>(WordCodes::kOtherWord + 1 + n);
  if (c >= ' ') ++c;
  if (c >= 0xD800) c += 0x800;  // no surrogates
  return c;
}

}  // namespace

char32_t WordCodes::Add(std::string_view word) { return NthCode(words_.Add(word)); }

char32_t WordCodes::Find(std::string_view word) const {
  int k = words_.Find(word);
  return k < 0 ? kOtherWord : NthCode(static_cast<size_t>(k));
}

void WordCodes::Assign(TokenBuffer* buf) const {
  std::string& coded = buf->coded;
  coded.resize(4 * buf->tokens.size() + 1);
  char* const base = coded.data();
  char* p = base;
  for (size_t k = 0; k < buf->tokens.size(); ++k) {
    Token& t = buf->tokens[k];
    if (k) *p++ = ' ';
    t.code = static_cast<uint32_t>(p - base);
    p = PutCodePoint(Find(buf->Folded(t)), p);
    t.code_end = static_cast<uint32_t>(p - base);
  }
  coded.resize(static_cast<size_t>(p - base));
}

void EncodeToken(const TokenBuffer& buf, const Token& t, std::string* out) {
  size_t at = out->size();
  out->resize(at + RecordRoom(t));
  char* end = PutRecord(buf, t, out->data() + at);
  out->resize(static_cast<size_t>(end - out->data()));
}

void EncodeTokens(const TokenBuffer& buf, std::string* out, std::vector<uint32_t>* starts) {
  size_t room = 0;
  for (const Token& t : buf.tokens) room += RecordRoom(t);
  out->resize(room);
  starts->resize(buf.tokens.size() + 1);
  char* const base = out->data();
  char* p = base;
  for (size_t k = 0; k < buf.tokens.size(); ++k) {
    (*starts)[k] = static_cast<uint32_t>(p - base);
    p = PutRecord(buf, buf.tokens[k], p);
  }
  (*starts)[buf.tokens.size()] = static_cast<uint32_t>(p - base);
  out->resize(static_cast<size_t>(p - base));
}

}  // namespace lienket::extract
