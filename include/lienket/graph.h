// The knowledge graph: one node per real-world entity, one edge per fact,
// with the evidence for it. Stage 4 of the pipeline (resolve).
//
// Resolution is a reduce over DocumentFacts: GraphBuilder collects them in
// any order and Build() produces the same graph for the same set, so shards
// built apart and merged equal one build of everything.
#ifndef LIENKET_GRAPH_H_
#define LIENKET_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lienket/types.h"

namespace lienket {

struct NodeProps {
  std::string id;      // stable: a function of type and canonical key ("per-tran-quoc-vuong-3f2a")
  EntityType type = EntityType::kPerson;
  std::string label;   // canonical label (most complete form, seen most often)
  std::string key;     // FoldKey-based canonical key the id was made from
  std::vector<std::string> aliases;  // every other name resolved to it, sorted
};

struct Evidence {
  std::string doc;
  uint32_t begin = 0;  // byte span in the document as it was read
  uint32_t end = 0;
  std::string rule;
  std::string date;    // the document's date, if known
  bool operator<(const Evidence& o) const;
  bool operator==(const Evidence& o) const = default;
};

struct EdgeProps {
  std::string id;  // stable, from relation and the two node ids
  Relation relation = Relation::kHoldsTitle;
  bool former = false;     // every statement of it said "nguyên"
  std::string first_seen;  // earliest / latest document date stating it
  std::string last_seen;
  std::vector<Evidence> evidence;  // sorted, unique
  uint32_t weight = 0;             // number of distinct documents
};

// Vertices are in id order and edges in (source, relation, target) order, so
// iterating the graph is deterministic. Date literals are nodes of type kDate
// whose label is the ISO date.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    NodeProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;
using EdgeDesc = Graph::edge_descriptor;

// Tables that resolution reads (data files under rules/lexicons/, format in
// docs/resolution.md). A whole name is looked up in the table of its type;
// abbreviations are also expanded where they stand as whole words inside a
// longer Organization, Position or Location name ("UBND tỉnh Bình Định").
struct AliasTables {
  // FoldKey(alias) -> full name, for organizations ("vufo" -> "Liên hiệp ...")
  std::vector<std::pair<std::string, std::string>> organizations;
  // FoldKey(alias) -> canonical position ("uvbch tw" -> "Ủy viên Ban Chấp hành Trung ương Đảng")
  std::vector<std::pair<std::string, std::string>> positions;
  // FoldKey(alias) -> canonical location ("tp.hcm" -> "Thành phố Hồ Chí Minh")
  std::vector<std::pair<std::string, std::string>> locations;
  // FoldKey(word or words) -> expansion, inside names ("ubnd" -> "Ủy ban nhân dân")
  std::vector<std::pair<std::string, std::string>> abbreviations;
};

// Reads rules/lexicons/aliases.tsv style files: "kind<TAB>alias<TAB>canonical",
// kind one of organization, position, location, abbreviation; '#' starts a
// comment. Appends to *tables (so several files can be read in turn). Errors
// name the file, line and reason; on error *tables is left unchanged.
bool LoadAliasTables(const std::string& path, AliasTables* tables, std::string* error);

class GraphBuilder {
 public:
  explicit GraphBuilder(AliasTables tables = {});
  ~GraphBuilder();
  GraphBuilder(GraphBuilder&&) noexcept;
  GraphBuilder& operator=(GraphBuilder&&) noexcept;

  // Adds one document's facts. A document id already added replaces the
  // earlier one (so re-running a shard is harmless). The builder keeps its
  // own compact copy (each distinct name stored once): memory grows with
  // the number of facts, not with their text.
  void Add(const DocumentFacts& facts);
  // The number of distinct documents (a sort of their ids: not per Add()).
  size_t document_count() const;
  // The ids given to Add() more than once since the builder was made or a
  // store was last loaded into it, sorted. (Replacing a loaded store's
  // document once is what `build --into` is for.)
  std::vector<std::string> RepeatedIds() const;

  // Resolves aliases and returns the graph. Deterministic: depends only on
  // the set of documents added, not on their order.
  Graph Build() const;

  // The store: every DocumentFacts added, as JSONL (one document a line,
  // sorted by id), preceded by a header line with a format version.
  // `lienket merge` and `build --into` read it back.
  void Save(std::ostream& out) const;
  // Adds every document of a saved store. On a damaged or foreign file
  // returns false with *error naming the line and what is wrong.
  bool Load(std::istream& in, const std::string& name, std::string* error);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// JSONL (de)serialization of one DocumentFacts: the line format of
// `lienket extract` and of the store.
std::string DocumentFactsToJson(const DocumentFacts& facts);
bool DocumentFactsFromJson(std::string_view line, DocumentFacts* facts, std::string* error);

// Saves/loads a built graph in a compact form that `lienket query` reads
// quickly (graph.lkg in OUTDIR).
// The format is binary, versioned and checksummed; LoadGraph refuses a file
// that is truncated, damaged, of another version or not a graph.
void SaveGraph(const Graph& g, std::ostream& out);
bool LoadGraph(std::istream& in, Graph* g, std::string* error);

// The vertex with node id `id` (vertices are sorted by id: a binary search).
std::optional<Vertex> FindVertex(const Graph& g, std::string_view id);

}  // namespace lienket

#endif  // LIENKET_GRAPH_H_
