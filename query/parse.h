// The parsed form of a query; private to query/. The grammar is in
// docs/query.md.
#ifndef LIENKET_QUERY_PARSE_H_
#define LIENKET_QUERY_PARSE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lienket/query.h"
#include "lienket/types.h"

namespace lienket::query_internal {

// A stretch of calendar time as yyyymmdd integers, both ends inclusive:
// "2020" is [20200101, 20201231], "2020-06" is [20200601, 20200631].
struct Period {
  int lo = 0;
  int hi = 0;
};
// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (with a valid month and day).
bool ParsePeriod(std::string_view text, Period* period);

struct Term {
  enum class Kind { kVariable, kName, kId, kDate };
  Kind kind = Kind::kVariable;
  std::string text;  // variable name without '?', the name, the id, the date
  Period date;       // kDate
  int column = 0;
};

struct Filter {
  enum class Kind { kDuring, kAsOf, kFormer, kCurrent };
  Kind kind = Kind::kDuring;
  Period period;  // kDuring, kAsOf
};

struct Triple {
  Term subject;
  bool relation_is_variable = false;
  Relation relation = Relation::kHoldsTitle;
  std::string relation_variable;
  Term object;
  std::vector<Filter> filters;
};

struct TypeConstraint {
  Term term;
  EntityType type = EntityType::kPerson;
};

struct ParsedQuery {
  enum class Kind { kPatterns, kPath, kAbout };
  Kind kind = Kind::kPatterns;
  std::vector<Triple> triples;        // kPatterns
  std::vector<TypeConstraint> types;  // kPatterns
  Term from, to;                      // kPath (from, to), kAbout (from)
  std::vector<Filter> filters;        // kPath, kAbout: on every edge
  std::vector<std::string> variables; // node and relation variables, in order of first appearance
  int64_t limit = -1;                 // -1: none
  bool count = false;
};

bool Parse(std::string_view text, ParsedQuery* query, QueryError* error);

}  // namespace lienket::query_internal

#endif  // LIENKET_QUERY_PARSE_H_
