// Questions to the graph: a small pattern language over the relations of
// the guideline, shortest connections between two names, and every edge of
// one node. The language is documented in docs/query.md; in short:
//
//   ?who holds_title "Trưởng Ban Đối ngoại Trung ương" during 2020
//   ?giver awards ?r . ?r received_award ?award . ?r a Organization limit 10
//   path "Trần Quốc Vượng" "Lê Văn Hân"
//   about "VUFO"
//
// A QueryEngine indexes a graph once (names, types, per-relation adjacency)
// and then answers any number of queries, each starting its joins from the
// most selective pattern. Answers are values: rows of node and edge
// references into the graph, written as TSV, JSON or JSON Lines by
// AnswerWriter.
#ifndef LIENKET_QUERY_H_
#define LIENKET_QUERY_H_

#include <cstdint>
#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lienket/graph.h"
#include "lienket/text.h"

namespace lienket {

// What is wrong with a query, and where.
struct QueryError {
  // 1-based, counted in characters (code points) of the query text; 0 when
  // the error is not about one place (an answer too large to compute).
  int column = 0;
  std::string message;
};

// The message, the query and a caret under the column, for a terminal:
//
//   error at column 6: unknown relation "hold_title" (did you mean holds_title?)
//     ?who hold_title "Trưởng Ban"
//          ^
std::string FormatQueryError(std::string_view query, const QueryError& error);

// Parses only: true when `query` is well formed (the graph is not needed).
bool CheckQuery(std::string_view query, QueryError* error);

// One answer. Which members are filled depends on `kind`.
struct QueryAnswer {
  enum class Kind {
    kBindings,  // patterns with variables: one row per distinct binding
    kCount,     // `count`: only `count` is set
    kEdges,     // `about`, `path`, or patterns without variables: one edge a row
  };
  Kind kind = Kind::kBindings;

  // kBindings: the variables, without '?', in order of first appearance.
  // is_relation[i] tells that variable i stands for a relation (`?x ?rel ?y`).
  std::vector<std::string> variables;
  std::vector<bool> is_relation;
  // kBindings: the number of triple patterns (each row has that many edges).
  size_t pattern_count = 0;
  // kEdges: true for `path`, whose rows are steps in order.
  bool is_path = false;

  struct Row {
    // kBindings: one value per variable: a vertex of the graph, or a
    // Relation cast to uint32_t for a relation variable.
    std::vector<uint32_t> values;
    // The edge each triple pattern matched, in pattern order (kBindings), or
    // the row's one edge (kEdges).
    std::vector<EdgeDesc> edges;
  };
  std::vector<Row> rows;  // sorted (Vietnamese collation of labels), `limit` applied
  uint64_t count = 0;     // kCount: distinct bindings (or edges)

  // Things a user should know that are not errors: "no node is named "X"",
  // "matched "Hoang Binh Quan" without diacritics", "no connection".
  std::vector<std::string> notes;
};

struct QueryOptions {
  // Refuse to compute more than this many intermediate bindings (a cross
  // product of two unrelated patterns can be huge); the error says so.
  size_t max_bindings = 20'000'000;
};

class QueryEngine {
 public:
  // Indexes `graph`, which must outlive the engine and not change.
  explicit QueryEngine(const Graph& graph, QueryOptions options = {});
  ~QueryEngine();
  QueryEngine(const QueryEngine&) = delete;
  QueryEngine& operator=(const QueryEngine&) = delete;

  // Answers one query. A malformed query returns false with *error pointing
  // at the column. A query with no answer is not an error. Thread-safe.
  bool Run(std::string_view query, QueryAnswer* answer, QueryError* error) const;

  const Graph& graph() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------- output

enum class AnswerFormat { kTsv, kJson, kJsonl };
// "tsv", "json", "jsonl"; false for anything else.
bool ParseAnswerFormat(std::string_view name, AnswerFormat* format);

struct AnswerWriterOptions {
  AnswerFormat format = AnswerFormat::kTsv;
  // Adds, for each edge, its evidence: document id, byte span, rule, date
  // (and the sentence when `sentences` knows it). TSV gets one line per
  // piece of evidence; JSON nests them.
  bool evidence = false;
  // Sentences stating an edge, keyed by (document id, evidence begin), as
  // EvidenceSentences() returns them. Optional.
  const std::map<std::pair<std::string, uint32_t>, std::string>* sentences = nullptr;
};

// Streams answers. For one query, Write() it alone. For several (`-f FILE`),
// give each a label: TSV puts "# line N: QUERY" and a blank line between
// answers, JSON makes an array of {"line", "query", "answer"}, JSON Lines
// adds "_line" to each binding.
class AnswerWriter {
 public:
  AnswerWriter(const Graph& graph, AnswerWriterOptions options, std::ostream& out);
  ~AnswerWriter();  // calls Finish()
  AnswerWriter(const AnswerWriter&) = delete;
  AnswerWriter& operator=(const AnswerWriter&) = delete;

  void Write(const QueryAnswer& answer);
  void WriteLabelled(int line, std::string_view query, const QueryAnswer& answer);
  // Closes the JSON array of labelled answers; idempotent.
  void Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------- evidence text

// The sentence of each piece of evidence in `answers`, read from the inputs
// the graph was built from (the INPUT arguments of `lienket build`: files,
// directories, .jsonl[.gz]), read with the options of that build (its
// --encoding). Only the documents the answers cite are kept. Returns false
// with *error on an input that cannot be read.
bool EvidenceSentences(const Graph& graph, const std::vector<const QueryAnswer*>& answers,
                       const std::vector<std::string>& inputs, const ReaderOptions& reader_options,
                       std::map<std::pair<std::string, uint32_t>, std::string>* sentences,
                       std::string* error);

}  // namespace lienket

#endif  // LIENKET_QUERY_H_
