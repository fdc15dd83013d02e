// GraphBuilder: the set of DocumentFacts (by id, kept in a FactStore) and
// its store file.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "fact_store.h"
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
  graph_internal::FactStore store;
  size_t loaded = 0;  // documents of the store up to the last Load()
};

GraphBuilder::GraphBuilder(AliasTables tables) : impl_(std::make_unique<Impl>()) {
  impl_->tables = graph_internal::PrepareTables(tables);
}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

void GraphBuilder::Add(const DocumentFacts& facts) { impl_->store.Add(facts); }

size_t GraphBuilder::document_count() const { return impl_->store.Current().size(); }

std::vector<std::string> GraphBuilder::RepeatedIds() const {
  const auto& docs = impl_->store.docs();
  std::vector<std::string_view> ids;
  for (size_t i = impl_->loaded; i < docs.size(); ++i) ids.push_back(docs[i].id);
  std::sort(ids.begin(), ids.end());
  std::vector<std::string> repeated;
  for (size_t i = 1; i < ids.size(); ++i)
    if (ids[i] == ids[i - 1] && (repeated.empty() || repeated.back() != ids[i]))
      repeated.emplace_back(ids[i]);
  return repeated;
}

Graph GraphBuilder::Build() const {
  return graph_internal::Resolve(impl_->store, impl_->tables);
}

void GraphBuilder::Save(std::ostream& out) const {
  const graph_internal::FactStore& store = impl_->store;
  const std::vector<uint32_t> current = store.Current();
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
  writer.Uint64(current.size());
  writer.EndObject();
  line.Put('\n');
  out.write(line.GetString(), static_cast<std::streamsize>(line.GetSize()));
  DocumentFacts facts;  // one document at a time, its buffers reused
  for (uint32_t doc : current) {
    store.Get(store.docs()[doc], &facts);
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

  // Documents go into the store as they are read, and out again if the
  // file turns out damaged: a refused store changes nothing.
  graph_internal::FactStore& store = impl_->store;
  const graph_internal::FactStore::Mark mark = store.mark();
  auto refuse = [&](size_t line, const std::string& reason) {
    store.Truncate(mark);
    return fail(line, reason);
  };
  std::unordered_map<std::string_view, size_t> line_of;  // ids: views into the store
  DocumentFacts facts;
  size_t line_no = 1;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) return refuse(line_no, "empty line");
    std::string reason;
    if (!DocumentFactsFromJson(line, &facts, &reason)) return refuse(line_no, reason);
    store.Add(facts);
    auto [it, inserted] = line_of.emplace(store.docs().back().id, line_no);
    if (!inserted)
      return refuse(line_no, "document \"" + facts.doc_id + "\" already on line " +
                                 std::to_string(it->second));
  }
  if (in.bad()) return refuse(line_no, "read error");
  if (line_of.size() != expected)
    return refuse(line_no, "the header promises " + std::to_string(expected) +
                               " documents but " + std::to_string(line_of.size()) +
                               " follow (truncated?)");
  impl_->loaded = store.docs().size();
  return true;
}

}  // namespace lienket
