// graph.lkg: the built graph in a form `lienket query` loads in one pass.
//
//   "LKGRAPH\0"  varint version
//   varint n, n strings            pool of evidence doc ids, rules and dates
//   varint n, n nodes              id, type byte, label, key, aliases
//   varint n, n edges              source, target, relation byte, former byte,
//                                  id, first_seen, last_seen, weight, evidence
//                                  (doc, begin, end, rule, date as pool indices)
//   CRC-32 of all the above, 4 bytes little-endian
//
// Strings are a varint length and the bytes; integers are LEB128 varints.
// Evidence repeats a handful of document ids, rules and dates many times,
// hence the pool.
#include <algorithm>
#include <boost/crc.hpp>
#include <cstring>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "lienket/graph.h"

namespace lienket {
namespace {

constexpr char kMagic[8] = {'L', 'K', 'G', 'R', 'A', 'P', 'H', '\0'};
constexpr uint64_t kVersion = 1;

class Writer {
 public:
  explicit Writer(std::ostream& out) : out_(out) {}

  void Byte(uint8_t b) {
    buffer_.push_back(static_cast<char>(b));
    MaybeFlush();
  }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      buffer_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    buffer_.push_back(static_cast<char>(v));
    MaybeFlush();
  }
  void String(std::string_view s) {
    Varint(s.size());
    buffer_.append(s);
    MaybeFlush();
  }
  void Raw(const char* data, size_t n) {
    buffer_.append(data, n);
    MaybeFlush();
  }
  void Finish() {
    Flush();
    uint32_t crc = crc_.checksum();
    char tail[4];
    for (int i = 0; i < 4; ++i) tail[i] = static_cast<char>((crc >> (8 * i)) & 0xff);
    out_.write(tail, 4);
    out_.flush();
  }

 private:
  void MaybeFlush() {
    if (buffer_.size() >= (1u << 16)) Flush();
  }
  void Flush() {
    crc_.process_bytes(buffer_.data(), buffer_.size());
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  std::ostream& out_;
  std::string buffer_;
  boost::crc_32_type crc_;
};

class Reader {
 public:
  Reader(std::string_view data) : data_(data) {}

  bool Byte(uint8_t* b) {
    if (pos_ >= data_.size()) return false;
    *b = static_cast<uint8_t>(data_[pos_++]);
    return true;
  }
  bool Varint(uint64_t* v) {
    uint64_t result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b;
      if (!Byte(&b)) return false;
      result |= uint64_t{b & 0x7fu} << shift;
      if (!(b & 0x80)) {
        *v = result;
        return true;
      }
    }
    return false;
  }
  bool U32(uint32_t* v) {
    uint64_t x;
    if (!Varint(&x) || x > UINT32_MAX) return false;
    *v = static_cast<uint32_t>(x);
    return true;
  }
  bool String(std::string* s) {
    uint64_t n;
    if (!Varint(&n) || n > data_.size() - pos_) return false;
    s->assign(data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  // A count of items of at least one byte each: never more than what is left.
  bool Count(uint64_t* n) { return Varint(n) && *n <= data_.size() - pos_; }
  bool AtEnd() const { return pos_ == data_.size(); }
  size_t position() const { return pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace

void SaveGraph(const Graph& g, std::ostream& out) {
  // Views of the graph's strings: no copy of every document id.
  std::unordered_map<std::string_view, uint32_t> pool_ids;
  std::vector<std::string_view> pool;
  auto intern = [&](std::string_view s) {
    if (pool_ids.emplace(s, static_cast<uint32_t>(pool.size())).second) pool.push_back(s);
  };
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    for (const Evidence& ev : g[*e].evidence) {
      intern(ev.doc);
      intern(ev.rule);
      intern(ev.date);
    }
  }

  Writer w(out);
  w.Raw(kMagic, sizeof kMagic);
  w.Varint(kVersion);
  w.Varint(pool.size());
  for (std::string_view s : pool) w.String(s);

  w.Varint(boost::num_vertices(g));
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const NodeProps& n = g[*v];
    w.String(n.id);
    w.Byte(static_cast<uint8_t>(n.type));
    w.String(n.label);
    w.String(n.key);
    w.Varint(n.aliases.size());
    for (const std::string& a : n.aliases) w.String(a);
  }

  w.Varint(boost::num_edges(g));
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const EdgeProps& p = g[*e];
    w.Varint(boost::source(*e, g));
    w.Varint(boost::target(*e, g));
    w.Byte(static_cast<uint8_t>(p.relation));
    w.Byte(p.former ? 1 : 0);
    w.String(p.id);
    w.String(p.first_seen);
    w.String(p.last_seen);
    w.Varint(p.weight);
    w.Varint(p.evidence.size());
    for (const Evidence& ev : p.evidence) {
      w.Varint(pool_ids.at(ev.doc));
      w.Varint(ev.begin);
      w.Varint(ev.end);
      w.Varint(pool_ids.at(ev.rule));
      w.Varint(pool_ids.at(ev.date));
    }
  }
  w.Finish();
}

namespace {

// Parses the body after the magic and the CRC check. With out == nullptr it
// only validates (reusing scratch objects); with a graph it fills it. Two
// passes because Boost 1.74's adjacency_list cannot be moved or swapped
// without copying it, and a refused file must leave the caller's graph as
// it was.
bool ParseBody(std::string_view body, Graph* out, std::string* error) {
  Reader r(body);
  auto bad = [&](const std::string& what) {
    if (error)
      *error = "graph file is malformed at byte " + std::to_string(sizeof kMagic + r.position()) +
               ": " + what;
    return false;
  };
  uint64_t version;
  r.Varint(&version);
  uint64_t pool_size;
  if (!r.Count(&pool_size)) return bad("string pool size");
  std::vector<std::string> pool(pool_size);
  for (std::string& s : pool)
    if (!r.String(&s)) return bad("string pool");

  uint64_t node_count;
  if (!r.Count(&node_count)) return bad("node count");
  if (out) {
    out->clear();
    for (uint64_t i = 0; i < node_count; ++i) boost::add_vertex(*out);
  }
  NodeProps scratch_node;
  std::string previous_id;
  for (uint64_t i = 0; i < node_count; ++i) {
    NodeProps& n = out ? (*out)[i] : scratch_node;
    uint8_t type;
    uint64_t alias_count;
    if (!r.String(&n.id) || !r.Byte(&type) || !r.String(&n.label) || !r.String(&n.key) ||
        !r.Count(&alias_count))
      return bad("node " + std::to_string(i));
    if (type >= kEntityTypeCount) return bad("node " + n.id + " has an unknown type");
    n.type = static_cast<EntityType>(type);
    n.aliases.resize(alias_count);
    for (std::string& a : n.aliases)
      if (!r.String(&a)) return bad("aliases of node " + n.id);
    if (i > 0 && !(previous_id < n.id)) return bad("node ids out of order at " + n.id);
    previous_id = n.id;
  }

  uint64_t edge_count;
  if (!r.Count(&edge_count)) return bad("edge count");
  std::tuple<uint64_t, int, uint64_t> previous{0, -1, 0};
  EdgeProps scratch_edge;
  for (uint64_t i = 0; i < edge_count; ++i) {
    uint64_t source, target, evidence_count;
    uint8_t relation, former;
    EdgeProps built;
    EdgeProps& p = out ? built : scratch_edge;
    if (!r.Varint(&source) || !r.Varint(&target) || !r.Byte(&relation) || !r.Byte(&former) ||
        !r.String(&p.id) || !r.String(&p.first_seen) || !r.String(&p.last_seen) ||
        !r.U32(&p.weight) || !r.Count(&evidence_count))
      return bad("edge " + std::to_string(i));
    if (source >= node_count || target >= node_count) return bad("edge " + p.id + " node index");
    if (relation >= kRelationCount) return bad("edge " + p.id + " has an unknown relation");
    if (former > 1) return bad("edge " + p.id + " former flag");
    std::tuple<uint64_t, int, uint64_t> order{source, relation, target};
    if (!(previous < order)) return bad("edges out of order at " + p.id);
    previous = order;
    p.relation = static_cast<Relation>(relation);
    p.former = former == 1;
    p.evidence.resize(evidence_count);
    for (Evidence& ev : p.evidence) {
      uint32_t doc, rule, date;
      if (!r.U32(&doc) || !r.U32(&ev.begin) || !r.U32(&ev.end) || !r.U32(&rule) || !r.U32(&date) ||
          doc >= pool.size() || rule >= pool.size() || date >= pool.size())
        return bad("evidence of edge " + p.id);
      if (out) {
        ev.doc = pool[doc];
        ev.rule = pool[rule];
        ev.date = pool[date];
      }
    }
    // add_edge copies its property argument: move it in afterwards.
    if (out) (*out)[boost::add_edge(source, target, *out).first] = std::move(p);
  }
  if (!r.AtEnd()) return bad("unexpected bytes after the last edge");
  return true;
}

}  // namespace

bool LoadGraph(std::istream& in, Graph* g, std::string* error) {
  auto fail = [&](const std::string& reason) {
    if (error) *error = reason;
    return false;
  };
  std::string data;
  {
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0)
      data.append(chunk, static_cast<size_t>(in.gcount()));
    if (in.bad()) return fail("read error");
  }
  if (data.size() < sizeof kMagic || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0)
    return fail("not a lienket graph file (graph.lkg)");
  Reader header(std::string_view(data).substr(sizeof kMagic));
  uint64_t version;
  if (!header.Varint(&version)) return fail("truncated graph file");
  if (version > kVersion)
    return fail("graph file version " + std::to_string(version) +
                " is newer than this lienket reads (" + std::to_string(kVersion) + ")");
  if (version != kVersion) return fail("unknown graph file version " + std::to_string(version));
  if (data.size() < sizeof kMagic + 5) return fail("truncated graph file");
  const size_t body = data.size() - 4;
  uint32_t stored = 0;
  for (int i = 0; i < 4; ++i) stored |= uint32_t{static_cast<uint8_t>(data[body + i])} << (8 * i);
  boost::crc_32_type crc;
  crc.process_bytes(data.data(), body);
  if (crc.checksum() != stored)
    return fail("graph file is damaged or truncated (checksum mismatch)");

  std::string_view contents = std::string_view(data).substr(sizeof kMagic, body - sizeof kMagic);
  if (!ParseBody(contents, nullptr, error)) return false;
  return ParseBody(contents, g, error);
}

std::optional<Vertex> FindVertex(const Graph& g, std::string_view id) {
  auto [begin, end] = boost::vertices(g);
  auto it = std::lower_bound(begin, end, id,
                             [&g](Vertex v, std::string_view key) { return g[v].id < key; });
  if (it == end || g[*it].id != id) return std::nullopt;
  return *it;
}

}  // namespace lienket
