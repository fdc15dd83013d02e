#include "fact_store.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace lienket::graph_internal {

namespace {

size_t HashBytes(std::string_view s) { return std::hash<std::string_view>()(s); }

uint32_t KeyLength(const char* key) {
  uint32_t n;
  std::memcpy(&n, key, sizeof n);
  return n;
}

std::string_view KeyBytes(const char* key) {
  return std::string_view(key + sizeof(uint32_t), KeyLength(key));
}

void AppendField(std::string_view s, std::string* key) {
  const uint32_t n = static_cast<uint32_t>(s.size());
  key->append(reinterpret_cast<const char*>(&n), sizeof n);
  key->append(s);
}

}  // namespace

FactStore::KeyIndex::KeyIndex() : slots_(1024), mask_(slots_.size() - 1) {}

size_t FactStore::KeyIndex::Find(size_t hash, std::string_view key) const {
  const uint32_t tag = static_cast<uint32_t>(hash);
  for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.key == nullptr || (s.hash == tag && KeyBytes(s.key) == key)) return i;
  }
}

void FactStore::KeyIndex::Insert(size_t slot, size_t hash, const char* key, uint32_t id) {
  slots_[slot] = Slot{static_cast<uint32_t>(hash), id, key};
  // At most half full, so that probes stay short.
  if (++size_ * 2 > slots_.size()) Grow();
}

void FactStore::KeyIndex::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  // The stored 32 bits of the hash place a key as the full hash did, as
  // long as the table has at most 2^32 slots.
  for (const Slot& s : old) {
    if (s.key == nullptr) continue;
    size_t i = s.hash & mask_;
    while (slots_[i].key != nullptr) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

// strings_ starts with "", so that it is kEmpty.
FactStore::FactStore() : strings_{std::string_view()} {}

const char* FactStore::CopyKey(std::string_view s) {
  char* copy = static_cast<char*>(bytes_.allocate(sizeof(uint32_t) + s.size(), 1));
  const uint32_t n = static_cast<uint32_t>(s.size());
  std::memcpy(copy, &n, sizeof n);
  std::memcpy(copy + sizeof n, s.data(), s.size());
  return copy;
}

std::string_view FactStore::Copy(std::string_view s) {
  char* copy = static_cast<char*>(bytes_.allocate(s.size(), 1));
  std::memcpy(copy, s.data(), s.size());
  return std::string_view(copy, s.size());
}

uint32_t FactStore::Intern(std::string_view s) { return Intern(s, HashBytes(s)); }

uint32_t FactStore::Intern(std::string_view s, size_t hash) {
  if (s.empty()) return kEmpty;
  const size_t slot = string_ids_.Find(hash, s);
  if (!string_ids_.Empty(slot)) return string_ids_.Id(slot);
  const uint32_t id = static_cast<uint32_t>(strings_.size());
  const char* key = CopyKey(s);
  strings_.push_back(KeyBytes(key));
  string_ids_.Insert(slot, hash, key, id);
  return id;
}

namespace {

// The key of a mention without its span: every field, each behind its
// length, in one buffer, so that one hash of it and one comparison with the
// stored key settle most lookups. The type and both counts come first: with
// them, what follows can be read back one way only.
void AppendMentionKey(const Mention& m, std::string* key) {
  key->push_back(static_cast<char>(m.type));
  const uint32_t counts[2] = {static_cast<uint32_t>(m.aliases.size()),
                              static_cast<uint32_t>(m.org_aliases.size())};
  key->append(reinterpret_cast<const char*>(counts), sizeof counts);
  for (const std::string* s : {&m.text, &m.role, &m.org, &m.date}) AppendField(*s, key);
  for (const std::string& a : m.aliases) AppendField(a, key);
  for (const std::string& a : m.org_aliases) AppendField(a, key);
}

}  // namespace

uint32_t FactStore::InternMention(const Mention& m, std::string_view key, size_t hash) {
  const size_t slot = mention_ids_.Find(hash, key);
  if (!mention_ids_.Empty(slot)) return mention_ids_.Id(slot);
  MentionRecord r{m.type,
                  Intern(m.text),
                  Intern(m.role),
                  Intern(m.org),
                  Intern(m.date),
                  static_cast<uint32_t>(names_.size()),
                  static_cast<uint32_t>(m.aliases.size()),
                  static_cast<uint32_t>(m.org_aliases.size())};
  for (const std::string& a : m.aliases) names_.push_back(Intern(a));
  for (const std::string& a : m.org_aliases) names_.push_back(Intern(a));
  mentions_.push_back(r);
  const uint32_t id = static_cast<uint32_t>(mentions_.size() - 1);
  mention_ids_.Insert(slot, hash, CopyKey(key), id);
  return id;
}

void FactStore::Add(const DocumentFacts& d) {
  // Most of the store has left the caches since the last document (see
  // KeyIndex). All the document's keys are hashed first and their slots,
  // then their stored keys, asked for: the lookups below then wait for
  // memory about once, not once or twice each.
  mention_keys_.clear();
  key_ends_.clear();
  for (const Fact& f : d.facts) {
    for (const Mention* m : {&f.subject, &f.object}) {
      const size_t begin = mention_keys_.size();
      AppendMentionKey(*m, &mention_keys_);
      const size_t hash = HashBytes(std::string_view(mention_keys_).substr(begin));
      mention_ids_.PrefetchSlot(hash);
      key_ends_.emplace_back(mention_keys_.size(), hash);
    }
    // The rule's, after its mentions', in the same list.
    const size_t hash = HashBytes(f.rule);
    string_ids_.PrefetchSlot(hash);
    key_ends_.emplace_back(mention_keys_.size(), hash);
  }
  for (size_t i = 0; i < key_ends_.size(); ++i) {
    if (i % 3 == 2)
      string_ids_.PrefetchKey(key_ends_[i].second);
    else
      mention_ids_.PrefetchKey(key_ends_[i].second);
  }
  docs_.push_back(DocRecord{Copy(d.doc_id), Intern(d.date), static_cast<uint32_t>(facts_.size()),
                            static_cast<uint32_t>(d.facts.size())});
  const std::string_view keys = mention_keys_;
  size_t begin = 0, i = 0;
  auto mention = [&](const Mention& m) {
    const auto [end, hash] = key_ends_[i++];
    const uint32_t id = InternMention(m, keys.substr(begin, end - begin), hash);
    begin = end;
    return id;
  };
  for (const Fact& f : d.facts) {
    const uint32_t subject = mention(f.subject);
    const uint32_t object = mention(f.object);
    const uint32_t rule = Intern(f.rule, key_ends_[i++].second);
    facts_.push_back(FactRecord{subject, object, f.subject.span, f.object.span, f.evidence, rule,
                                f.relation, f.former});
  }
}

namespace {

// The first 8 bytes of `s` (zeros past its end) as a big-endian number:
// ordering these orders the strings, except where they tie.
uint64_t Prefix(std::string_view s) {
  uint64_t p = 0;
  for (size_t i = 0; i < 8; ++i)
    p = (p << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
  return p;
}

}  // namespace

std::vector<uint32_t> FactStore::Current() const {
  // Sorted as copies with the prefix of their id: document ids are mostly 8
  // digits, so most comparisons are of two numbers, not two strings reached
  // through the deque.
  struct Entry {
    uint64_t prefix;
    std::string_view id;
    uint32_t doc;
  };
  std::vector<Entry> entries;
  entries.reserve(docs_.size());
  uint32_t doc = 0;
  for (const DocRecord& d : docs_) entries.push_back(Entry{Prefix(d.id), d.id, doc++});
  // By id, the latest first, so that the first of each id is kept.
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    const int c = a.id.compare(b.id);
    return c < 0 || (c == 0 && a.doc > b.doc);
  });
  std::vector<uint32_t> order;
  order.reserve(entries.size());
  for (size_t i = 0; i < entries.size(); ++i)
    if (i == 0 || entries[i].id != entries[i - 1].id) order.push_back(entries[i].doc);
  return order;
}

void FactStore::Truncate(Mark mark) {
  docs_.resize(mark.docs);
  facts_.resize(mark.facts);
}

void FactStore::Get(const DocRecord& d, DocumentFacts* out) const {
  auto names = [&](std::span<const uint32_t> ids, std::vector<std::string>* to) {
    to->resize(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) (*to)[i].assign(str(ids[i]));
  };
  auto get = [&](uint32_t id, Span span, Mention* to) {
    const MentionRecord& m = mentions_[id];
    to->type = m.type;
    to->text.assign(str(m.text));
    names(aliases(m), &to->aliases);
    to->role.assign(str(m.role));
    to->org.assign(str(m.org));
    names(org_aliases(m), &to->org_aliases);
    to->date.assign(str(m.date));
    to->span = span;
  };
  out->doc_id.assign(d.id);
  out->date.assign(str(d.date));
  out->facts.resize(d.fact_count);
  for (size_t i = 0; i < d.fact_count; ++i) {
    const FactRecord& r = facts_[d.first_fact + i];
    Fact& f = out->facts[i];
    f.relation = r.relation;
    get(r.subject, r.subject_span, &f.subject);
    get(r.object, r.object_span, &f.object);
    f.former = r.former;
    f.rule.assign(str(r.rule));
    f.evidence = r.evidence;
  }
}

}  // namespace lienket::graph_internal
