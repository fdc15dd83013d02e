// The query language: a hand-written lexer and recursive-descent parser.
// Every error carries the column (in characters) of the token it is about,
// so the command can put a caret under it.
#include "parse.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <optional>

namespace lienket::query_internal {
namespace {

// ---------------------------------------------------------------- lexing

enum class Tok { kEnd, kVariable, kString, kId, kWord, kNumber, kDot };

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;   // decoded: variable name, string contents, id, word, number
  size_t offset = 0;  // byte offset of the token's first byte in the query
};

// 1-based column, in code points, of byte `offset` of `text`.
int ColumnAt(std::string_view text, size_t offset) {
  int column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return column;
}

bool IsWordStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

constexpr std::string_view kOpenQuote = "\u201C";   // “
constexpr std::string_view kCloseQuote = "\u201D";  // ”

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  bool Run(std::vector<Token>* tokens, QueryError* error) {
    // Reject invalid UTF-8 up front so that columns and echoes are sound.
    for (int32_t i = 0, n = static_cast<int32_t>(text_.size()); i < n;) {
      const int32_t start = i;
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(text_.data()), i, n, c);
      if (c < 0) return Fail(start, "the query is not valid UTF-8", error);
    }
    size_t i = 0;
    while (true) {
      while (i < text_.size() && IsSpace(text_[i])) ++i;
      if (i >= text_.size() || text_[i] == '#') break;  // '#' comments to the end
      Token tok;
      tok.offset = i;
      const char c = text_[i];
      if (c == '.') {
        tok.kind = Tok::kDot;
        ++i;
      } else if (c == '?') {
        size_t j = i + 1;
        if (j >= text_.size() || !std::isalpha(static_cast<unsigned char>(text_[j])))
          return Fail(i, "a variable is '?' followed by a letter, like ?who", error);
        while (j < text_.size() && IsWordChar(text_[j])) ++j;
        if (j < text_.size() && static_cast<unsigned char>(text_[j]) >= 0x80)
          return Fail(j, "variable names are ASCII letters, digits and '_'", error);
        tok.kind = Tok::kVariable;
        tok.text.assign(text_.substr(i + 1, j - i - 1));
        i = j;
      } else if (c == '"' || text_.substr(i).starts_with(kOpenQuote)) {
        if (!String(&i, &tok, error)) return false;
      } else if (c == '<') {
        size_t j = i + 1;
        while (j < text_.size() && text_[j] != '>' && !IsSpace(text_[j])) ++j;
        if (j >= text_.size() || text_[j] != '>')
          return Fail(i, "node id not closed: expected '>' after <" +
                             std::string(text_.substr(i + 1, j - i - 1)), error);
        if (j == i + 1) return Fail(i, "empty node id <>", error);
        tok.kind = Tok::kId;
        tok.text.assign(text_.substr(i + 1, j - i - 1));
        i = j + 1;
      } else {
        // A bare run: a keyword, relation, type, number or date, or a name
        // someone forgot to quote.
        size_t j = i;
        while (j < text_.size() && !IsSpace(text_[j]) && text_[j] != '.' && text_[j] != '"' &&
               text_[j] != '#' && text_[j] != '?' && text_[j] != '<')
          ++j;
        if (j == i) return Fail(i, std::string("unexpected '") + c + "'", error);
        const std::string_view run = text_.substr(i, j - i);
        // Anything ASCII that starts with a digit is a number here, so that
        // "20x0" is reported as a bad date rather than a bad character.
        bool word = IsWordStart(run[0]);
        bool number = std::isdigit(static_cast<unsigned char>(run[0]));
        for (char r : run) {
          word = word && IsWordChar(r);
          number = number && (IsWordChar(r) || r == '-');
        }
        if (word) {
          tok.kind = Tok::kWord;
        } else if (number) {
          tok.kind = Tok::kNumber;
        } else {
          const bool non_ascii = std::any_of(run.begin(), run.end(), [](char r) {
            return static_cast<unsigned char>(r) >= 0x80;
          });
          if (non_ascii)
            return Fail(i, "names go in double quotes: \"" + std::string(run) + "...\"", error);
          // Point at the first character that is neither a word's nor, in a
          // number, a '-' (a word has none); there is one, or run would be
          // a word or a number.
          const bool digits = std::isdigit(static_cast<unsigned char>(run[0]));
          size_t k = 0;
          while (k < run.size() && (IsWordChar(run[k]) || (digits && run[k] == '-'))) ++k;
          if (k == run.size()) k = run.size() - 1;
          return Fail(i + k, std::string("unexpected '") + run[k] + "'", error);
        }
        tok.text.assign(run);
        i = j;
      }
      tokens->push_back(std::move(tok));
    }
    Token end;
    end.kind = Tok::kEnd;
    end.offset = text_.size();
    tokens->push_back(end);
    return true;
  }

 private:
  // A quoted name: "..." with '\' escaping the next character, or “...”.
  bool String(size_t* pos, Token* tok, QueryError* error) {
    const size_t start = *pos;
    const bool curly = text_[start] != '"';
    size_t i = start + (curly ? kOpenQuote.size() : 1);
    std::string value;
    while (true) {
      if (i >= text_.size())
        return Fail(start, curly ? "name not closed: expected \u201D" : "name not closed: expected '\"'",
                    error);
      if (curly && text_.substr(i).starts_with(kCloseQuote)) {
        i += kCloseQuote.size();
        break;
      }
      const char c = text_[i];
      if (c == '"') {
        ++i;
        break;
      }
      if (c == '\\' && !curly && i + 1 < text_.size()) {
        value += text_[i + 1];
        i += 2;
        continue;
      }
      value += c;
      ++i;
    }
    if (std::all_of(value.begin(), value.end(), IsSpace)) return Fail(start, "empty name", error);
    tok->kind = Tok::kString;
    tok->text = std::move(value);
    *pos = i;
    return true;
  }

  bool Fail(size_t offset, std::string message, QueryError* error) {
    error->column = ColumnAt(text_, offset);
    error->message = std::move(message);
    return false;
  }

  std::string_view text_;
};

// ---------------------------------------------------------------- parsing

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// " (did you mean X?)" for the closest candidate, when it is close.
std::string Suggest(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::string lower = Lower(word);
  std::string_view best;
  size_t best_distance = 3;
  for (std::string_view c : candidates) {
    const size_t d = EditDistance(lower, c);
    if (d < best_distance && d < std::max<size_t>(2, c.size() / 2)) {
      best = c;
      best_distance = d;
    }
  }
  return best.empty() ? std::string() : " (did you mean " + std::string(best) + "?)";
}

std::vector<std::string_view> RelationNames() {
  std::vector<std::string_view> names(std::begin(kRelationNames), std::end(kRelationNames));
  names.push_back("a");
  return names;
}
std::vector<std::string_view> TypeNames() {
  std::vector<std::string_view> names;
  for (std::string_view t : kEntityTypeNames) names.push_back(t);
  return names;
}
const std::vector<std::string_view> kFilterWords = {"during", "as_of", "former", "current"};
const std::vector<std::string_view> kTailWords = {"limit", "count"};
const std::vector<std::string_view> kAfterPattern = {"during", "as_of", "former", "current",
                                                      "limit",  "count"};

std::optional<EntityType> TypeByName(std::string_view word) {
  const std::string lower = Lower(word);
  for (int i = 0; i < kEntityTypeCount; ++i)
    if (Lower(kEntityTypeNames[i]) == lower) return static_cast<EntityType>(i);
  return std::nullopt;
}
std::optional<Relation> RelationByName(std::string_view word) {
  return ParseRelation(Lower(word));
}

std::string Describe(const Token& t) {
  switch (t.kind) {
    case Tok::kEnd: return "the end of the query";
    case Tok::kVariable: return "?" + t.text;
    case Tok::kString: return "\"" + t.text + "\"";
    case Tok::kId: return "<" + t.text + ">";
    case Tok::kDot: return "'.'";
    case Tok::kWord:
    case Tok::kNumber: return "'" + t.text + "'";
  }
  return "?";
}

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens)
      : text_(text), tokens_(std::move(tokens)) {}

  bool Run(ParsedQuery* q, QueryError* error) {
    error_ = error;
    if (Peek().kind == Tok::kEnd) {
      error->column = 1;
      error->message = "empty query";
      return false;
    }
    if (IsWord("path")) {
      q->kind = ParsedQuery::Kind::kPath;
      ++pos_;
      if (!ConstantTerm("path", &q->from) || !ConstantTerm("path", &q->to)) return false;
      if (!Filters(&q->filters)) return false;
    } else if (IsWord("about")) {
      q->kind = ParsedQuery::Kind::kAbout;
      ++pos_;
      if (!ConstantTerm("about", &q->from)) return false;
      if (!Filters(&q->filters)) return false;
    } else {
      q->kind = ParsedQuery::Kind::kPatterns;
      if (!Patterns(q)) return false;
    }
    if (!Tail(q)) return false;
    q->variables = std::move(variables_);
    return CheckVariables(*q);
  }

 private:
  const Token& Peek() const { return tokens_[pos_]; }
  bool IsWord(std::string_view lower) const {
    return Peek().kind == Tok::kWord && Lower(Peek().text) == lower;
  }
  bool IsOneOf(const std::vector<std::string_view>& words) const {
    if (Peek().kind != Tok::kWord) return false;
    const std::string lower = Lower(Peek().text);
    return std::find(words.begin(), words.end(), lower) != words.end();
  }

  void Appears(const std::string& name) {
    if (std::find(variables_.begin(), variables_.end(), name) == variables_.end())
      variables_.push_back(name);
  }

  bool Fail(const Token& at, std::string message) {
    error_->column = ColumnAt(text_, at.offset);
    error_->message = std::move(message);
    return false;
  }

  bool Patterns(ParsedQuery* q) {
    while (true) {
      Term subject;
      if (!NodeTerm(&subject)) return false;
      const Token& predicate = Peek();
      if (predicate.kind == Tok::kWord && Lower(predicate.text) == "a") {
        ++pos_;
        const Token& type = Peek();
        if (type.kind != Tok::kWord)
          return Fail(type, "expected a type after 'a' (Person, Organization, Position, Event, "
                            "Award, Location, Date), found " + Describe(type));
        const auto t = TypeByName(type.text);
        if (!t) return Fail(type, "unknown type '" + type.text + "'" + Suggest(type.text, TypeNames()));
        ++pos_;
        q->types.push_back({std::move(subject), *t});
        if (IsOneOf(kFilterWords))
          return Fail(Peek(), "'" + Peek().text + "' qualifies a relation, not a type");
      } else {
        Triple triple;
        triple.subject = std::move(subject);
        if (predicate.kind == Tok::kVariable) {
          triple.relation_is_variable = true;
          triple.relation_variable = predicate.text;
          Appears(predicate.text);
        } else if (predicate.kind == Tok::kWord) {
          const auto r = RelationByName(predicate.text);
          if (!r)
            return Fail(predicate, "unknown relation '" + predicate.text + "'" +
                                       Suggest(predicate.text, RelationNames()));
          triple.relation = *r;
        } else {
          return Fail(predicate, "expected a relation (holds_title, awards, ...), 'a' or a "
                                 "?variable, found " + Describe(predicate));
        }
        const int relation_column = ColumnAt(text_, predicate.offset);
        ++pos_;
        if (!NodeTerm(&triple.object)) return false;
        if (!Filters(&triple.filters)) return false;
        relation_columns_.push_back(relation_column);
        q->triples.push_back(std::move(triple));
      }
      // Between patterns: '.', then the next pattern, unless the query ends
      // or its `limit` / `count` tail begins.
      if (Peek().kind == Tok::kDot) {
        ++pos_;
        if (Peek().kind == Tok::kEnd || IsOneOf(kTailWords)) return true;
        continue;
      }
      if (Peek().kind == Tok::kEnd || IsOneOf(kTailWords)) return true;
      if (Peek().kind == Tok::kVariable || Peek().kind == Tok::kString || Peek().kind == Tok::kId)
        return Fail(Peek(), "expected '.' before the next pattern");
      if (Peek().kind == Tok::kWord)
        return Fail(Peek(), "unexpected '" + Peek().text + "'" + Suggest(Peek().text, kAfterPattern));
      return Fail(Peek(), "unexpected " + Describe(Peek()));
    }
  }

  // ?var, "name", <id> or a date.
  bool NodeTerm(Term* term) {
    const Token& t = Peek();
    term->column = ColumnAt(text_, t.offset);
    term->text = t.text;
    switch (t.kind) {
      case Tok::kVariable:
        term->kind = Term::Kind::kVariable;
        Appears(t.text);
        break;
      case Tok::kString: term->kind = Term::Kind::kName; break;
      case Tok::kId: term->kind = Term::Kind::kId; break;
      case Tok::kNumber:
        term->kind = Term::Kind::kDate;
        if (!ParsePeriod(t.text, &term->date))
          return Fail(t, "'" + t.text + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        break;
      case Tok::kWord:
        if (IsOneOf(kTailWords) || IsOneOf(kFilterWords) || IsWord("path") || IsWord("about"))
          return Fail(t, "expected ?variable, \"name\" or <id> before '" + t.text + "'");
        return Fail(t, "expected ?variable, \"name\" or <id>, found '" + t.text +
                           "' (names go in double quotes)");
      default:
        return Fail(t, "expected ?variable, \"name\" or <id>, found " + Describe(t));
    }
    ++pos_;
    return true;
  }

  // "name", <id> or a date: what `path` and `about` take.
  bool ConstantTerm(std::string_view command, Term* term) {
    if (Peek().kind == Tok::kVariable)
      return Fail(Peek(), std::string(command) + " takes \"names\" or <ids>, not variables");
    if (Peek().kind == Tok::kEnd)
      return Fail(Peek(), std::string(command) +
                              (command == "path" ? " takes two \"names\"" : " takes a \"name\""));
    return NodeTerm(term);
  }

  bool Filters(std::vector<Filter>* filters) {
    while (IsOneOf(kFilterWords)) {
      const Token& word = Peek();
      const std::string lower = Lower(word.text);
      ++pos_;
      Filter f;
      if (lower == "former" || lower == "current") {
        f.kind = lower == "former" ? Filter::Kind::kFormer : Filter::Kind::kCurrent;
      } else {
        f.kind = lower == "during" ? Filter::Kind::kDuring : Filter::Kind::kAsOf;
        const Token& date = Peek();
        if (date.kind != Tok::kNumber || !ParsePeriod(date.text, &f.period))
          return Fail(date, "'" + lower + "' takes a date: YYYY, YYYY-MM or YYYY-MM-DD, found " +
                                Describe(date));
        ++pos_;
      }
      filters->push_back(f);
    }
    return true;
  }

  bool Tail(ParsedQuery* q) {
    bool seen_limit = false;
    while (true) {
      const Token& t = Peek();
      if (t.kind == Tok::kEnd) return true;
      if (IsWord("count")) {
        if (q->count) return Fail(t, "'count' given twice");
        q->count = true;
        ++pos_;
      } else if (IsWord("limit")) {
        if (seen_limit) return Fail(t, "'limit' given twice");
        seen_limit = true;
        ++pos_;
        const Token& n = Peek();
        int64_t value = 0;
        const auto [end, ec] = std::from_chars(n.text.data(), n.text.data() + n.text.size(), value);
        if (n.kind != Tok::kNumber || ec != std::errc() || end != n.text.data() + n.text.size() ||
            value <= 0)
          return Fail(n, "'limit' takes a positive whole number, found " + Describe(n));
        q->limit = value;
        ++pos_;
      } else if (t.kind == Tok::kWord) {
        return Fail(t, "unexpected '" + t.text + "'" +
                           Suggest(t.text, q->kind == ParsedQuery::Kind::kPatterns ? kTailWords
                                                                                   : kAfterPattern));
      } else if (q->kind != ParsedQuery::Kind::kPatterns && t.kind != Tok::kDot) {
        return Fail(t, "unexpected " + Describe(t) + ": " +
                           (q->kind == ParsedQuery::Kind::kPath ? "path takes two names"
                                                                : "about takes one name"));
      } else {
        return Fail(t, "unexpected " + Describe(t) + " after the end of the query");
      }
    }
  }

  // A variable names either nodes or relations, never both; a relation
  // variable takes no type.
  bool CheckVariables(const ParsedQuery& q) {
    struct Use {
      bool relation;
      int column;
    };
    std::vector<std::pair<std::string, Use>> seen;
    auto check = [&](const std::string& name, bool relation, int column) {
      for (const auto& [n, use] : seen) {
        if (n != name) continue;
        if (use.relation == relation) return true;
        error_->column = column;
        error_->message = "?" + name + (relation ? " names nodes elsewhere (column " +
                                                       std::to_string(use.column) + "), not a relation"
                                                 : " names a relation elsewhere (column " +
                                                       std::to_string(use.column) + "), not nodes");
        return false;
      }
      seen.push_back({name, {relation, column}});
      return true;
    };
    for (size_t i = 0; i < q.triples.size(); ++i) {
      const Triple& t = q.triples[i];
      if (t.subject.kind == Term::Kind::kVariable &&
          !check(t.subject.text, false, t.subject.column))
        return false;
      if (t.relation_is_variable && !check(t.relation_variable, true, relation_columns_[i]))
        return false;
      if (t.object.kind == Term::Kind::kVariable && !check(t.object.text, false, t.object.column))
        return false;
    }
    for (const TypeConstraint& c : q.types)
      if (c.term.kind == Term::Kind::kVariable && !check(c.term.text, false, c.term.column))
        return false;
    return true;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  std::vector<int> relation_columns_;
  std::vector<std::string> variables_;
  QueryError* error_ = nullptr;
};

}  // namespace

bool ParsePeriod(std::string_view text, Period* period) {
  int year = 0, month = 0, day = 0;
  auto number = [&](size_t begin, size_t length, int* out) {
    if (begin + length > text.size()) return false;
    for (size_t i = begin; i < begin + length; ++i)
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    std::from_chars(text.data() + begin, text.data() + begin + length, *out);
    return true;
  };
  if (!number(0, 4, &year)) return false;
  if (text.size() == 4) {
    *period = {year * 10000 + 101, year * 10000 + 1231};
    return true;
  }
  if (text[4] != '-' || !number(5, 2, &month) || month < 1 || month > 12) return false;
  if (text.size() == 7) {
    *period = {year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31};
    return true;
  }
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (text.size() != 10 || text[7] != '-' || !number(8, 2, &day) || day < 1 ||
      day > kDays[month - 1])
    return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return false;
  const int d = year * 10000 + month * 100 + day;
  *period = {d, d};
  return true;
}

bool Parse(std::string_view text, ParsedQuery* query, QueryError* error) {
  std::vector<Token> tokens;
  if (!Lexer(text).Run(&tokens, error)) return false;
  *query = ParsedQuery();
  return Parser(text, std::move(tokens)).Run(query, error);
}

}  // namespace lienket::query_internal

namespace lienket {

bool CheckQuery(std::string_view query, QueryError* error) {
  query_internal::ParsedQuery parsed;
  return query_internal::Parse(query, &parsed, error);
}

std::string FormatQueryError(std::string_view query, const QueryError& error) {
  std::string out = error.column > 0 ? "error at column " + std::to_string(error.column) + ": "
                                     : "error: ";
  out += error.message;
  out += "\n  ";
  // The query on one line, then spaces as wide as what precedes the column
  // (combining marks take no cell, wide characters two) and a caret.
  std::string caret = "  ";
  int column = 1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(query.data());
  for (int32_t i = 0, n = static_cast<int32_t>(query.size()); i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    int width = 1;
    if (c < 0) {
      out += "\uFFFD";
    } else if (c < 0x20 || c == 0x7F) {
      out += ' ';  // tabs, line breaks and other controls would break the layout
    } else {
      out.append(query.substr(start, i - start));
      const int8_t category = u_charType(c);
      if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
          category == U_FORMAT_CHAR) {
        width = 0;
      } else {
        const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) width = 2;
      }
    }
    if (column < error.column) caret.append(width, ' ');
    if ((static_cast<unsigned char>(query[start]) & 0xC0) != 0x80) ++column;
  }
  if (error.column > 0) {
    out += '\n';
    out += caret;
    out += '^';
  }
  return out;
}

}  // namespace lienket
