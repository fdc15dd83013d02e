#include "fact_store.h"

#include <boost/container_hash/hash.hpp>

#include <algorithm>
#include <cstring>
#include <functional>
#include <numeric>

namespace lienket::graph_internal {

// strings_ starts with "", so that it is kEmpty.
FactStore::FactStore()
    : strings_{std::string_view()}, mention_ids_(0, MentionHash{this}, MentionEq{this}) {}

std::string_view FactStore::Copy(std::string_view s) {
  char* copy = static_cast<char*>(bytes_.allocate(s.size(), 1));
  std::memcpy(copy, s.data(), s.size());
  return std::string_view(copy, s.size());
}

uint32_t FactStore::Intern(std::string_view s) {
  if (s.empty()) return kEmpty;
  auto it = string_ids_.find(s);
  if (it != string_ids_.end()) return it->second;
  const uint32_t id = static_cast<uint32_t>(strings_.size());
  strings_.push_back(Copy(s));
  string_ids_.emplace(strings_.back(), id);
  return id;
}

namespace {

// One hash for a Mention and for the record it is stored as; `str` turns an
// element of either's alias lists into its name.
template <typename Names, typename Str>
size_t HashMention(EntityType type, std::string_view text, const Names& aliases,
                   std::string_view role, std::string_view org, const Names& org_aliases,
                   std::string_view date, Str str) {
  std::hash<std::string_view> hash;
  size_t seed = static_cast<size_t>(type);
  for (std::string_view s : {text, role, org, date}) boost::hash_combine(seed, hash(s));
  for (const Names* names : {&aliases, &org_aliases}) {
    boost::hash_combine(seed, names->size());
    for (const auto& name : *names) boost::hash_combine(seed, hash(str(name)));
  }
  return seed;
}

}  // namespace

size_t FactStore::MentionHash::operator()(const Mention& m) const {
  return HashMention(m.type, m.text, m.aliases, m.role, m.org, m.org_aliases, m.date,
                     [](const std::string& s) -> std::string_view { return s; });
}

size_t FactStore::MentionHash::operator()(uint32_t id) const {
  const MentionRecord& r = store->mentions_[id];
  return HashMention(r.type, store->str(r.text), store->aliases(r), store->str(r.role),
                     store->str(r.org), store->org_aliases(r), store->str(r.date),
                     [this](uint32_t name) { return store->str(name); });
}

bool FactStore::MentionEq::operator()(const Mention& m, uint32_t id) const {
  const MentionRecord& r = store->mentions_[id];
  // Empty fields compare by id: the stored strings are far in memory.
  auto same = [this](const std::string& s, uint32_t name) {
    return s.empty() ? name == kEmpty : s == store->str(name);
  };
  auto same_names = [&](const std::vector<std::string>& names, std::span<const uint32_t> ids) {
    return std::equal(names.begin(), names.end(), ids.begin(), ids.end(), same);
  };
  return m.type == r.type && m.aliases.size() == r.alias_count &&
         m.org_aliases.size() == r.org_alias_count && same(m.text, r.text) &&
         same(m.role, r.role) && same(m.org, r.org) && same(m.date, r.date) &&
         same_names(m.aliases, store->aliases(r)) &&
         same_names(m.org_aliases, store->org_aliases(r));
}

uint32_t FactStore::InternMention(const Mention& m) {
  auto it = mention_ids_.find(m);
  if (it != mention_ids_.end()) return *it;
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
  mention_ids_.insert(id);
  return id;
}

void FactStore::Add(const DocumentFacts& d) {
  docs_.push_back(DocRecord{Copy(d.doc_id), Intern(d.date), static_cast<uint32_t>(facts_.size()),
                            static_cast<uint32_t>(d.facts.size())});
  for (const Fact& f : d.facts)
    facts_.push_back(FactRecord{InternMention(f.subject), InternMention(f.object), f.subject.span,
                                f.object.span, f.evidence, Intern(f.rule), f.relation, f.former});
}

std::vector<uint32_t> FactStore::Current() const {
  std::vector<uint32_t> order(docs_.size());
  std::iota(order.begin(), order.end(), 0);
  // By id, the latest first, so that unique() keeps it.
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const std::string_view x = docs_[a].id, y = docs_[b].id;
    return x < y || (x == y && a > b);
  });
  order.erase(std::unique(order.begin(), order.end(),
                          [&](uint32_t a, uint32_t b) { return docs_[a].id == docs_[b].id; }),
              order.end());
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
