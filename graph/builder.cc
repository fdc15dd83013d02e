// GraphBuilder: the set of DocumentFacts (by id) and its store file.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "facts_json.h"
#include "lienket/graph.h"
#include "resolve.h"

namespace lienket {
namespace {

constexpr char kStoreFormat[] = "lienket-store";
constexpr int kStoreVersion = 1;

}  // namespace

bool Evidence::operator<(const Evidence& o) const {
  return std::tie(doc, begin, end, rule, date) < std::tie(o.doc, o.begin, o.end, o.rule, o.date);
}

struct GraphBuilder::Impl {
  graph_internal::PreparedTables tables;
  // Sorted by id, so Build() and Save() see the same order whatever the
  // order of Add().
  std::map<std::string, DocumentFacts> docs;
};

GraphBuilder::GraphBuilder(AliasTables tables) : impl_(std::make_unique<Impl>()) {
  impl_->tables = graph_internal::PrepareTables(tables);
}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

void GraphBuilder::Add(DocumentFacts facts) {
  std::string id = facts.doc_id;
  impl_->docs.insert_or_assign(std::move(id), std::move(facts));
}

size_t GraphBuilder::document_count() const { return impl_->docs.size(); }

Graph GraphBuilder::Build() const {
  std::vector<const DocumentFacts*> docs;
  docs.reserve(impl_->docs.size());
  for (const auto& [id, facts] : impl_->docs) docs.push_back(&facts);
  return graph_internal::Resolve(docs, impl_->tables);
}

void GraphBuilder::Save(std::ostream& out) const {
  // One line at a time through a reused buffer: OStreamWrapper's put() per
  // character is several times slower.
  rapidjson::StringBuffer line;
  rapidjson::Writer<rapidjson::StringBuffer> writer(line);
  writer.StartObject();
  writer.Key("format");
  writer.String(kStoreFormat);
  writer.Key("version");
  writer.Int(kStoreVersion);
  // The count lets Load tell a complete store from one cut at a line end.
  writer.Key("documents");
  writer.Uint64(impl_->docs.size());
  writer.EndObject();
  line.Put('\n');
  out.write(line.GetString(), static_cast<std::streamsize>(line.GetSize()));
  for (const auto& [id, facts] : impl_->docs) {
    line.Clear();
    writer.Reset(line);
    graph_internal::WriteDocumentFacts(&writer, facts);
    line.Put('\n');
    out.write(line.GetString(), static_cast<std::streamsize>(line.GetSize()));
  }
  out.flush();
}

bool GraphBuilder::Load(std::istream& in, const std::string& name, std::string* error) {
  auto fail = [&](size_t line, const std::string& reason) {
    if (error) {
      std::string message = name;
      if (line) message.append(":").append(std::to_string(line));
      *error = message.append(": ").append(reason);
    }
    return false;
  };
  std::string line;
  if (!std::getline(in, line)) return fail(0, "empty file, not a lienket store");
  if (!line.empty() && line.back() == '\r') line.pop_back();
  rapidjson::Document header;
  header.Parse(line.data(), line.size());
  if (header.HasParseError() || !header.IsObject() || !header.HasMember("format") ||
      !header["format"].IsString() || std::string(header["format"].GetString()) != kStoreFormat)
    return fail(1,
                "not a lienket store (the first line must be {\"format\":\"lienket-store\",...})");
  if (!header.HasMember("version") || !header["version"].IsInt() || header["version"].GetInt() < 1)
    return fail(1, "the store header has no valid \"version\"");
  const int version = header["version"].GetInt();
  if (version > kStoreVersion)
    return fail(1, "store format version " + std::to_string(version) +
                       " is newer than this lienket reads (" + std::to_string(kStoreVersion) +
                       "); use a newer lienket");
  if (!header.HasMember("documents") || !header["documents"].IsUint64())
    return fail(1, "the store header has no valid \"documents\" count");
  const uint64_t expected = header["documents"].GetUint64();

  // Everything is read before anything is added: a damaged store changes
  // nothing.
  std::vector<DocumentFacts> loaded;
  std::unordered_map<std::string, size_t> line_of;
  size_t line_no = 1;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) return fail(line_no, "empty line");
    DocumentFacts facts;
    std::string reason;
    if (!DocumentFactsFromJson(line, &facts, &reason)) return fail(line_no, reason);
    auto [it, inserted] = line_of.emplace(facts.doc_id, line_no);
    if (!inserted)
      return fail(line_no, "document \"" + facts.doc_id + "\" already on line " +
                               std::to_string(it->second));
    loaded.push_back(std::move(facts));
  }
  if (in.bad()) return fail(line_no, "read error");
  if (loaded.size() != expected)
    return fail(line_no, "the header promises " + std::to_string(expected) + " documents but " +
                             std::to_string(loaded.size()) + " follow (truncated?)");
  for (DocumentFacts& facts : loaded) Add(std::move(facts));
  return true;
}

}  // namespace lienket
