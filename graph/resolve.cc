// Alias resolution: every mention gets a key, keys that the documents or the
// alias tables say name one thing are joined with Boost's disjoint sets, and
// each resulting set becomes a node.
//
// Everything here is a function of the set of documents: the documents come
// sorted by id, every choice (label, node key, order of vertices, edges and
// evidence) is made by comparing values, never by "first seen".
#include "resolve.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <boost/pending/disjoint_sets.hpp>
#include <cstdint>
#include <deque>
#include <numeric>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "collection_year.h"
#include "lienket/text.h"
#include "naming.h"

namespace lienket::graph_internal {
namespace {

constexpr std::string_view kDangSuffix = " đảng";

// What ends a word for abbreviation matching: "Liên Xô/LB Nga", "Việt Nam -
// LB Nga", "TP.HCM" are "LB Nga" and "TP" "HCM" in a context.
bool IsSeparator(char c) {
  return c == ' ' || c == '-' || c == '/' || c == ',' || c == '(' || c == ')' || c == ';' ||
         c == ':' || c == '.';
}

// Words of a folded name, for comparing names: separators as in IsSeparator.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < s.size();) {
    if (IsSeparator(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && !IsSeparator(s[j])) ++j;
    words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

std::string DropTrailingDang(std::string s) {
  if (s.size() > kDangSuffix.size() &&
      std::string_view(s).substr(s.size() - kDangSuffix.size()) == kDangSuffix)
    s.resize(s.size() - kDangSuffix.size());
  return s;
}

// "trưởng ban" + "ban đối ngoại trung ương" -> "trưởng ban đối ngoại trung
// ương": a title ending in the words its organization's name starts with is
// written once, as Vietnamese writes it ("Chánh Văn phòng Chính phủ").
template <typename Eq>
size_t Overlap(const std::vector<std::string_view>& role, const std::vector<std::string_view>& org,
               Eq eq) {
  for (size_t k = std::min(role.size(), org.size()); k > 0; --k) {
    bool match = true;
    for (size_t i = 0; i < k && match; ++i) match = eq(role[role.size() - k + i], org[i]);
    if (match) return k;
  }
  return 0;
}

std::string Join(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                 size_t skip_b) {
  std::string out;
  for (std::string_view w : a) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  for (size_t i = skip_b; i < b.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += b[i];
  }
  return out;
}

// SplitSpaces(s).size(), without making the words.
size_t CountWords(std::string_view s) {
  size_t words = 0;
  for (size_t i = 0; i < s.size(); ++i) words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
  return words;
}

bool HasLowercase(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && u_islower(c)) return true;
  }
  return false;
}

// Where a candidate name came from; decides whether it may be a label.
enum Kind : uint8_t {
  kText,     // the mention's own text (for a Position's org: the org as written)
  kTable,    // the canonical name the alias table gave it
  kAlias,    // a name the document gave as the same entity
  kDerived,  // made here: abbreviations written out, or a Position's title
             // joined to its organization's canonical label
};

bool MayLabel(EntityType type, Kind kind) {
  switch (kind) {
    case kText:
    case kTable:
    case kDerived:
      return true;
    case kAlias:
      // A person's short or alternative names, and the loose names a
      // document attaches to a title, never become the label.
      return type != EntityType::kPerson && type != EntityType::kPosition &&
             type != EntityType::kDate;
  }
  return false;
}

// Alias edges are union keys for these types only: two people who share a
// name part, or two titles, must never be joined through an alias.
bool AliasesJoin(EntityType type) {
  return type == EntityType::kOrganization || type == EntityType::kEvent ||
         type == EntityType::kLocation || type == EntityType::kAward;
}

constexpr uint32_t kNoKey = UINT32_MAX;  // a mention that names nothing (no key, no vertex)

struct TextInfo {
  std::string_view text;
  std::string fold;
  std::string name_key;  // valid when has_name_key
  bool has_name_key = false;
  bool abbreviated = false;  // the name key expanded an abbreviation
  int32_t expanded = -2;     // text id of the name written out; -1 none, -2 not yet
  bool has_lower = false;
  uint16_t words = 0;
  int32_t key[kEntityTypeCount];    // resolved key id per type, -1 = not yet
  int32_t canon[kEntityTypeCount];  // table canonical text id, -1 = none
};

struct Candidate {
  uint32_t comp;  // filled once the sets are final
  uint32_t key;
  uint32_t text;
  uint32_t doc;
  Kind kind;
};

// The nodes, and what every fact's subject and object resolved to.
struct Nodes {
  std::vector<NodeProps> props;  // in id order
  // Two per fact of the documents in order: subject, object, each a vertex
  // (index into props); both kNoKey for a fact dropped because one of its
  // mentions names nothing.
  std::vector<uint32_t> endpoints;
};

struct EdgeStatement {
  uint32_t source, target;  // vertex indices (id order)
  uint32_t doc;             // index into the current documents (id order)
  uint32_t begin, end;
  uint32_t rule;            // string id
  Relation relation;
  bool former;
};

struct Label {
  uint32_t text;
  uint32_t key;
};

class Resolver {
 public:
  // `docs`: the documents of `store` to resolve, in id order.
  Resolver(const FactStore& store, const std::vector<uint32_t>& docs, const PreparedTables& tables)
      : store_(store), docs_(docs), tables_(tables), stored_text_(store.string_count(), -1) {
    CollectionYear years;
    for (uint32_t d : docs) years.Count(store.str(store.docs()[d].date));
    year_ = years.Year();
  }

  Nodes Run();

 private:
  uint32_t Text(std::string_view s);
  // `s`, or when it is a date without its year ("--MM-DD") that date in
  // the collection's year (see collection_year.h).
  std::string_view Dated(std::string_view s);
  // Text() of the store's string `id` (Dated()), remembered.
  uint32_t StoredText(uint32_t id);
  std::string_view Str(uint32_t id) const { return store_.str(id); }
  const std::string& NameKeyOf(uint32_t text);
  // The name with its abbreviations written out, when it has any.
  int32_t Expanded(uint32_t text);
  uint32_t Key(EntityType type, std::string_view key);
  // Resolved key of a name of a type whose key depends only on the name.
  uint32_t SimpleKey(EntityType type, uint32_t text);
  int32_t TableCanonical(EntityType type, uint32_t text) {
    SimpleKey(type, text);
    return texts_[text].canon[static_cast<int>(type)];
  }
  bool Blank(uint32_t name) { return texts_[StoredText(name)].fold.empty(); }
  void AddCandidate(uint32_t key, uint32_t text, uint32_t doc, Kind kind) {
    candidates_.push_back(Candidate{0, key, text, doc, kind});
  }
  // Drops the repeats among candidates_[begin, end), all of one document:
  // a name a document gives twice counts once anyway, and the candidates
  // are most of the resolver's memory.
  void DropRepeats(size_t begin);
  // Keys (and candidates, unions) of one name of a simple type.
  uint32_t ResolveName(EntityType type, uint32_t name, uint32_t doc, Kind kind);
  void AddNameCandidates(EntityType type, uint32_t text, uint32_t key, uint32_t doc, Kind kind);
  // Whether a document's alias of a name is believable enough to join them.
  bool MayJoin(EntityType type, uint32_t text, uint32_t key, uint32_t alias, uint32_t alias_key);
  void JoinAlias(EntityType type, uint32_t text, uint32_t key, uint32_t alias, uint32_t doc);
  uint32_t ResolveMention(const FactStore::MentionRecord& m, uint32_t doc);
  // After pass 1, which made the key of its organization. `id` is the
  // store's id of `m`.
  uint32_t ResolvePosition(uint32_t id, const FactStore::MentionRecord& m, uint32_t doc);
  struct PositionKey {
    bool known = false;
    uint32_t key = kNoKey;  // kNoKey: names nothing
    uint32_t text = 0;
    int32_t canon = -1, derived = -1;
  };
  PositionKey MakePositionKey(const FactStore::MentionRecord& m);
  // Calls visit(mention id, mention, doc, slot) for the subject and object
  // of every fact, slot counting them, then drops each document's repeated
  // candidates.
  template <typename Visit>
  void EachMention(Visit visit);
  // The label of each component among candidates_[begin, end), sorted.
  void ChooseLabels(size_t begin, size_t end);
  std::vector<std::string> AliasesOf(size_t begin, size_t end, uint32_t label_text) const;
  std::string_view KeyText(uint32_t key) const {
    return std::string_view(keys_[key]).substr(1);  // past the type byte
  }

  const FactStore::DocRecord& Doc(uint32_t doc) const { return store_.docs()[docs_[doc]]; }

  const FactStore& store_;
  const std::vector<uint32_t>& docs_;
  const PreparedTables& tables_;
  std::vector<int32_t> stored_text_;  // store string id -> text id, -1 = not yet

  std::unordered_map<std::string_view, uint32_t> text_ids_;
  std::deque<TextInfo> texts_;
  std::deque<std::string> arena_;  // names made here (derived labels, dates)
  std::string year_;               // of the collection, "" when unknown

  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> key_ids_;
  std::vector<std::string> keys_;  // type byte + key
  std::string key_buffer_;         // Key()'s
  std::vector<EntityType> key_types_;
  std::vector<uint32_t> comp_;  // key -> its set's representative
  std::vector<std::pair<uint32_t, uint32_t>> unions_;
  std::vector<Candidate> candidates_;
  std::unordered_map<uint32_t, Label> labels_;      // comp -> label
  std::unordered_map<uint64_t, uint32_t> derived_;  // (role text, org comp) -> text
  // Pass 2's key of each position mention, by store id: a mention the
  // store holds once is in many documents, and its key is the same in each
  // (every input of it is fixed once pass 1 is done).
  std::vector<PositionKey> positions_;
};

uint32_t Resolver::Text(std::string_view s) {
  auto it = text_ids_.find(s);
  if (it != text_ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(texts_.size());
  TextInfo& info = texts_.emplace_back();
  info.text = s;
  info.fold = FoldKey(s);
  info.has_lower = HasLowercase(s);
  info.words = static_cast<uint16_t>(std::min<size_t>(CountWords(s), 0xffff));
  std::fill(std::begin(info.key), std::end(info.key), -1);
  std::fill(std::begin(info.canon), std::end(info.canon), -1);
  text_ids_.emplace(s, id);
  return id;
}

uint32_t Resolver::StoredText(uint32_t id) {
  if (stored_text_[id] < 0) stored_text_[id] = static_cast<int32_t>(Text(Dated(Str(id))));
  return static_cast<uint32_t>(stored_text_[id]);
}

std::string_view Resolver::Dated(std::string_view s) {
  if (!IsMonthDay(s)) return s;
  arena_.push_back(CompleteDate(s, year_));  // "" (naming nothing) when no year is known
  return arena_.back();
}

void Resolver::DropRepeats(size_t begin) {
  auto fields = [](const Candidate& c) { return std::tie(c.key, c.text, c.kind); };
  const auto first = candidates_.begin() + static_cast<ptrdiff_t>(begin);
  std::sort(first, candidates_.end(),
            [&](const Candidate& a, const Candidate& b) { return fields(a) < fields(b); });
  candidates_.erase(std::unique(first, candidates_.end(),
                                [&](const Candidate& a, const Candidate& b) {
                                  return fields(a) == fields(b);
                                }),
                    candidates_.end());
}

const std::string& Resolver::NameKeyOf(uint32_t text) {
  TextInfo& info = texts_[text];
  if (!info.has_name_key) {
    std::string expanded = ExpandAbbreviations(info.fold, tables_);
    info.abbreviated = expanded != info.fold;
    info.name_key = DropTrailingDang(std::move(expanded));
    info.has_name_key = true;
  }
  return info.name_key;
}

int32_t Resolver::Expanded(uint32_t text) {
  NameKeyOf(text);
  if (texts_[text].expanded == -2) {
    texts_[text].expanded = -1;
    if (texts_[text].abbreviated) {
      arena_.push_back(ExpandWrittenAbbreviations(texts_[text].text, tables_));
      int32_t id = static_cast<int32_t>(Text(arena_.back()));
      texts_[text].expanded = id == static_cast<int32_t>(text) ? -1 : id;
    }
  }
  return texts_[text].expanded;
}

uint32_t Resolver::Key(EntityType type, std::string_view key) {
  // Looked up in a reused buffer: most keys were made before.
  std::string& full = key_buffer_;
  full.clear();
  full += static_cast<char>('0' + static_cast<int>(type));
  full += key;
  auto it = key_ids_.find(full);
  if (it != key_ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(keys_.size());
  keys_.push_back(full);
  key_types_.push_back(type);
  key_ids_.emplace(full, id);
  return id;
}

uint32_t Resolver::SimpleKey(EntityType type, uint32_t text) {
  const int t = static_cast<int>(type);
  if (texts_[text].key[t] >= 0) return static_cast<uint32_t>(texts_[text].key[t]);
  int32_t canon = -1;
  std::string key;
  switch (type) {
    case EntityType::kOrganization:
    case EntityType::kLocation:
    case EntityType::kPosition: {
      const StringMap& table = type == EntityType::kOrganization ? tables_.organizations
                               : type == EntityType::kLocation   ? tables_.locations
                                                                 : tables_.positions;
      key = NameKeyOf(text);
      auto hit = table.find(key);
      if (hit != table.end()) {
        canon = static_cast<int32_t>(Text(hit->second));
        key = NameKeyOf(static_cast<uint32_t>(canon));
      }
      break;
    }
    case EntityType::kDate:
      key = std::string(texts_[text].text);
      break;
    default:  // Person, Award; Event keys are made by ResolveMention
      key = texts_[text].fold;
      break;
  }
  uint32_t id = Key(type, key);
  texts_[text].key[t] = static_cast<int32_t>(id);
  texts_[text].canon[t] = canon;
  return id;
}

bool Resolver::MayJoin(EntityType type, uint32_t text, uint32_t key, uint32_t alias,
                       uint32_t alias_key) {
  if (key == alias_key) return true;
  std::vector<std::string_view> a = Words(texts_[text].fold), b = Words(texts_[alias].fold);
  if (a.size() > b.size()) std::swap(a, b);
  if (type == EntityType::kEvent) {
    // Within one date: a one-word name, or a shortening of the other (a
    // headline's form): its words appear in the other in order.
    size_t i = 0;
    for (size_t j = 0; j < b.size() && i < a.size(); ++j)
      if (a[i] == b[j]) ++i;
    return a.size() <= 1 || i == a.size();
  }
  // Organizations, places, awards: only an abbreviation or one-word name
  // ("VUFO", "Vinacorvuz", "HoREA") stands for a longer one. Two longer
  // names are never joined by a document's say-so ("UBND tỉnh" for one
  // province, "Cờ thi đua" for one banner would join them all), nor is a
  // name whose meaning the tables fix ("TP.HCM" given as another name of a
  // company would join it with the city).
  if (a.size() > 1) return false;
  const int t = static_cast<int>(type);
  for (uint32_t name : {text, alias}) {
    if (texts_[name].canon[t] >= 0) return false;
    if (type == EntityType::kAward || Words(texts_[name].fold).size() > 1) continue;
    NameKeyOf(name);  // computes `abbreviated`
    if (texts_[name].abbreviated) return false;
  }
  return true;
}

void Resolver::AddNameCandidates(EntityType type, uint32_t text, uint32_t key, uint32_t doc,
                                 Kind kind) {
  AddCandidate(key, text, doc, kind);
  int32_t canon = TableCanonical(type, text);
  if (canon >= 0) AddCandidate(key, static_cast<uint32_t>(canon), doc, kTable);
  if (canon < 0 && (type == EntityType::kOrganization || type == EntityType::kLocation)) {
    int32_t expanded = Expanded(text);
    if (expanded >= 0) AddCandidate(key, static_cast<uint32_t>(expanded), doc, kDerived);
  }
}

void Resolver::JoinAlias(EntityType type, uint32_t text, uint32_t key, uint32_t alias,
                         uint32_t doc) {
  if (Blank(alias)) return;
  uint32_t alias_text = StoredText(alias);
  uint32_t alias_key = SimpleKey(type, alias_text);
  if (!MayJoin(type, text, key, alias_text, alias_key)) return;
  unions_.emplace_back(key, alias_key);
  AddNameCandidates(type, alias_text, alias_key, doc, kAlias);
}

uint32_t Resolver::ResolveName(EntityType type, uint32_t name, uint32_t doc, Kind kind) {
  uint32_t text = StoredText(name);
  uint32_t key = SimpleKey(type, text);
  AddNameCandidates(type, text, key, doc, kind);
  return key;
}

uint32_t Resolver::ResolveMention(const FactStore::MentionRecord& m, uint32_t doc) {
  // A name with nothing left after folding ("...", "\"\"") names nothing;
  // as a key it would join every such mention, so its facts are dropped.
  if (Blank(m.text)) return kNoKey;
  if (m.type == EntityType::kEvent) {
    // The same name on the same date is one event; an undated one stays
    // inside its document.
    const std::string_view date = texts_[StoredText(m.date)].text;  // Dated, once a string
    std::string suffix = date.empty() ? "@doc:" + std::string(Doc(doc).id) : "@" + std::string(date);
    uint32_t text = StoredText(m.text);
    uint32_t key = Key(m.type, texts_[text].fold + suffix);
    AddCandidate(key, text, doc, kText);
    for (uint32_t alias : store_.aliases(m)) {
      if (Blank(alias)) continue;
      uint32_t alias_text = StoredText(alias);
      uint32_t alias_key = Key(m.type, texts_[alias_text].fold + suffix);
      if (!MayJoin(m.type, text, key, alias_text, alias_key)) continue;
      unions_.emplace_back(key, alias_key);
      AddCandidate(alias_key, alias_text, doc, kAlias);
    }
    return key;
  }
  uint32_t key = ResolveName(m.type, m.text, doc, kText);
  for (uint32_t alias : store_.aliases(m)) {
    if (Blank(alias)) continue;
    if (AliasesJoin(m.type)) {
      JoinAlias(m.type, StoredText(m.text), key, alias, doc);
    } else {
      // Recorded on the node as a name, never as a key.
      AddCandidate(key, StoredText(alias), doc, kAlias);
    }
  }
  return key;
}

template <typename Visit>
void Resolver::EachMention(Visit visit) {
  size_t slot = 0;
  for (uint32_t doc = 0; doc < docs_.size(); ++doc) {
    const size_t doc_candidates = candidates_.size();
    for (const FactStore::FactRecord& f : store_.facts(Doc(doc)))
      for (uint32_t mention : {f.subject, f.object})
        visit(mention, store_.mention(mention), doc, slot++);
    DropRepeats(doc_candidates);
  }
}

uint32_t Resolver::ResolvePosition(uint32_t id, const FactStore::MentionRecord& m,
                                   uint32_t doc) {
  PositionKey& done = positions_[id];
  if (!done.known) {
    done = MakePositionKey(m);
    done.known = true;
  }
  if (done.key == kNoKey) return kNoKey;
  AddCandidate(done.key, done.text, doc, kText);
  if (done.canon >= 0) AddCandidate(done.key, static_cast<uint32_t>(done.canon), doc, kTable);
  if (done.derived >= 0) AddCandidate(done.key, static_cast<uint32_t>(done.derived), doc, kDerived);
  for (uint32_t alias : store_.aliases(m))
    if (!Blank(alias)) AddCandidate(done.key, StoredText(alias), doc, kAlias);
  return done.key;
}

Resolver::PositionKey Resolver::MakePositionKey(const FactStore::MentionRecord& m) {
  PositionKey out;
  if (Blank(m.text)) return out;
  // As ResolveName made it in pass 1 (SimpleKey remembers).
  const int32_t org_key =
      Blank(m.org)
          ? -1
          : static_cast<int32_t>(SimpleKey(EntityType::kOrganization, StoredText(m.org)));
  uint32_t text = StoredText(m.text);
  std::string key;
  int32_t canon = TableCanonical(EntityType::kPosition, text);
  int32_t derived = -1;
  if (canon >= 0) {
    key = NameKeyOf(static_cast<uint32_t>(canon));
  } else if (org_key >= 0 && !Str(m.role).empty()) {
    // Title + the organization's canonical key: "Chủ tịch VUFO" and "Chủ
    // tịch Liên hiệp các tổ chức hữu nghị Việt Nam" are one position, and
    // "Chủ tịch" of two different bodies are two.
    uint32_t org_comp = comp_[static_cast<uint32_t>(org_key)];
    const Label& org_label = labels_.at(org_comp);
    uint32_t role_text = StoredText(m.role);
    std::string role_key = ExpandAbbreviations(texts_[role_text].fold, tables_);
    std::vector<std::string_view> role_words = SplitSpaces(role_key);
    std::vector<std::string_view> org_words = SplitSpaces(KeyText(org_label.key));
    key = Join(role_words, org_words, Overlap(role_words, org_words, std::equal_to<>()));
    auto hit = tables_.positions.find(key);
    if (hit != tables_.positions.end()) {
      canon = static_cast<int32_t>(Text(hit->second));
      key = NameKeyOf(static_cast<uint32_t>(canon));
    } else {
      // Its label may spell the organization out: "Chủ tịch VUFO" is shown
      // as "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam".
      uint64_t pair = (uint64_t{role_text} << 32) | org_comp;
      auto done = derived_.find(pair);
      if (done != derived_.end()) {
        derived = static_cast<int32_t>(done->second);
      } else {
        // The title as written, its abbreviations spelled out ("Phó ban" ->
        // "Phó Trưởng ban").
        int32_t role_written = Expanded(role_text);
        std::vector<std::string_view> role_surface = SplitSpaces(
            texts_[role_written >= 0 ? static_cast<uint32_t>(role_written) : role_text].text);
        std::vector<std::string_view> org_surface = SplitSpaces(texts_[org_label.text].text);
        size_t skip = Overlap(
            role_surface, org_surface,
            [](std::string_view a, std::string_view b) { return FoldKey(a) == FoldKey(b); });
        arena_.push_back(Join(role_surface, org_surface, skip));
        derived = static_cast<int32_t>(Text(arena_.back()));
        derived_.emplace(pair, static_cast<uint32_t>(derived));
      }
    }
  } else {
    key = NameKeyOf(text);
    derived = Expanded(text);
  }
  if (key.empty()) return out;
  out.key = Key(EntityType::kPosition, key);
  out.text = text;
  out.canon = canon;
  out.derived = derived;
  return out;
}

void Resolver::ChooseLabels(size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) candidates_[i].comp = comp_[candidates_[i].key];
  std::sort(candidates_.begin() + static_cast<ptrdiff_t>(begin),
            candidates_.begin() + static_cast<ptrdiff_t>(end),
            [](const Candidate& a, const Candidate& b) {
              return std::tie(a.comp, a.text, a.doc) < std::tie(b.comp, b.text, b.doc);
            });
  // Within a component, among the names that may label it: the name the
  // alias table gives (the table is the naming authority where it speaks),
  // then a written-out name over an abbreviation, then more syllables, then
  // more documents, then the byte-wise smallest.
  struct Rank {
    bool table, lower;
    int words;
    size_t docs;
    std::string_view text;
    bool operator<(const Rank& o) const {  // "better than"
      return std::make_tuple(!table, !lower, -words, -static_cast<int64_t>(docs), text) <
             std::make_tuple(!o.table, !o.lower, -o.words, -static_cast<int64_t>(o.docs), o.text);
    }
  };
  size_t i = begin;
  while (i < end) {
    const uint32_t comp = candidates_[i].comp;
    const EntityType type = key_types_[comp];
    bool have = false;
    Label best{candidates_[i].text, candidates_[i].key};  // fallback: any name
    Rank best_rank{};
    while (i < end && candidates_[i].comp == comp) {
      const uint32_t text = candidates_[i].text;
      size_t docs = 0;
      bool eligible = false, table = false;
      uint32_t key = 0;
      int64_t last_doc = -1;
      for (; i < end && candidates_[i].comp == comp && candidates_[i].text == text; ++i) {
        const Candidate& c = candidates_[i];
        if (!MayLabel(type, c.kind)) continue;
        if (!eligible || keys_[c.key] < keys_[key]) key = c.key;
        eligible = true;
        table = table || c.kind == kTable;
        if (static_cast<int64_t>(c.doc) != last_doc) ++docs;
        last_doc = c.doc;
      }
      if (!eligible) continue;
      const TextInfo& info = texts_[text];
      Rank rank{table, info.has_lower, info.words, docs, info.text};
      if (!have || rank < best_rank) {
        best = Label{text, key};
        best_rank = rank;
        have = true;
      }
    }
    labels_[comp] = best;
  }
}

std::vector<std::string> Resolver::AliasesOf(size_t begin, size_t end, uint32_t label_text) const {
  // One name per FoldKey (the byte-wise smallest spelling), without the
  // label's own.
  std::vector<std::pair<std::string_view, std::string_view>> names;  // fold, text
  for (size_t i = begin; i < end; ++i) {
    const Candidate& c = candidates_[i];
    if (c.kind == kDerived) continue;
    const TextInfo& info = texts_[c.text];
    if (info.fold == texts_[label_text].fold) continue;
    names.emplace_back(info.fold, info.text);
  }
  std::sort(names.begin(), names.end());
  std::vector<std::string> aliases;
  for (size_t i = 0; i < names.size(); ++i)
    if (i == 0 || names[i].first != names[i - 1].first) aliases.emplace_back(names[i].second);
  std::sort(aliases.begin(), aliases.end());
  aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
  return aliases;
}

Nodes Resolver::Run() {
  // Pass 1: keys of every mention but positions, the alias edges between
  // them, the organizations named inside positions.
  size_t fact_count = 0;
  for (uint32_t doc = 0; doc < docs_.size(); ++doc) fact_count += Doc(doc).fact_count;
  std::vector<uint32_t> endpoints(2 * fact_count);
  EachMention([&](uint32_t, const FactStore::MentionRecord& m, uint32_t doc, size_t slot) {
    if (m.type != EntityType::kPosition) {
      endpoints[slot] = ResolveMention(m, doc);
    } else if (!Blank(m.org)) {
      uint32_t key = ResolveName(EntityType::kOrganization, m.org, doc, kText);
      for (uint32_t alias : store_.org_aliases(m))
        JoinAlias(EntityType::kOrganization, StoredText(m.org), key, alias, doc);
    }
  });

  const size_t set_keys = keys_.size();
  {
    std::vector<uint32_t> rank(set_keys), parent(set_keys);
    boost::disjoint_sets<uint32_t*, uint32_t*> sets(rank.data(), parent.data());
    for (uint32_t k = 0; k < set_keys; ++k) sets.make_set(k);
    for (const auto& [a, b] : unions_) sets.union_set(a, b);
    comp_.resize(set_keys);
    for (uint32_t k = 0; k < set_keys; ++k) comp_[k] = sets.find_set(k);
  }
  // Representatives depend on the union order; name each set by its
  // smallest key id instead so nothing below sees union-find internals.
  {
    std::vector<uint32_t> smallest(set_keys, UINT32_MAX);
    for (uint32_t k = 0; k < set_keys; ++k) smallest[comp_[k]] = std::min(smallest[comp_[k]], k);
    for (uint32_t k = 0; k < set_keys; ++k) comp_[k] = smallest[comp_[k]];
  }
  const size_t first_round = candidates_.size();
  ChooseLabels(0, first_round);

  // Pass 2: positions, now that their organizations have canonical keys.
  positions_.resize(store_.mention_count());
  EachMention([&](uint32_t id, const FactStore::MentionRecord& m, uint32_t doc, size_t slot) {
    if (m.type == EntityType::kPosition) endpoints[slot] = ResolvePosition(id, m, doc);
  });
  for (size_t k = comp_.size(); k < keys_.size(); ++k) comp_.push_back(static_cast<uint32_t>(k));
  ChooseLabels(first_round, candidates_.size());

  // Nodes: the components some fact touches.
  std::vector<uint8_t> used(keys_.size(), 0);
  for (size_t i = 0; i < endpoints.size(); i += 2) {
    if (endpoints[i] == kNoKey || endpoints[i + 1] == kNoKey) continue;
    used[comp_[endpoints[i]]] = 1;
    used[comp_[endpoints[i + 1]]] = 1;
  }
  // Candidate ranges per component (both rounds are sorted by component).
  std::unordered_map<uint32_t, std::pair<size_t, size_t>> ranges;
  for (size_t b : {size_t{0}, first_round}) {
    size_t e = b == 0 ? first_round : candidates_.size();
    for (size_t i = b; i < e;) {
      size_t j = i;
      while (j < e && candidates_[j].comp == candidates_[i].comp) ++j;
      if (used[candidates_[i].comp]) ranges.emplace(candidates_[i].comp, std::make_pair(i, j));
      i = j;
    }
  }

  struct NodeDraft {
    NodeProps props;
    uint32_t comp;
  };
  std::vector<NodeDraft> nodes;
  nodes.reserve(ranges.size());
  Slugger slugger;
  for (uint32_t comp = 0; comp < keys_.size(); ++comp) {
    if (!used[comp]) continue;
    const Label& label = labels_.at(comp);
    const auto [b, e] = ranges.at(comp);
    NodeDraft node;
    node.comp = comp;
    node.props.type = key_types_[comp];
    node.props.label = std::string(texts_[label.text].text);
    node.props.key = std::string(KeyText(label.key));
    node.props.aliases = AliasesOf(b, e, label.text);
    node.props.id = MakeNodeId(node.props.type, slugger.Slug(node.props.label), node.props.key, 6);
    nodes.push_back(std::move(node));
  }
  // Sorted as indices: a NodeDraft is a dozen strings to move around. (No
  // two drafts tie: each has its own key.)
  std::vector<uint32_t> order(nodes.size());
  std::iota(order.begin(), order.end(), 0u);
  auto by_id = [&](uint32_t a, uint32_t b) {
    const NodeProps &x = nodes[a].props, &y = nodes[b].props;
    return std::tie(x.id, x.type, x.key) < std::tie(y.id, y.type, y.key);
  };
  std::sort(order.begin(), order.end(), by_id);
  auto node = [&](size_t i) -> NodeProps& { return nodes[order[i]].props; };
  // Two entities with one slug and the same 24 hash bits: give every member
  // of such a group the full 64-bit hash, which depends on the entity only.
  bool collided = false;
  for (size_t i = 0; i + 1 < nodes.size(); ++i) {
    if (node(i).id != node(i + 1).id) continue;
    for (size_t j = i; j < nodes.size() && node(j).id == node(i).id; ++j) {
      const NodeProps& p = node(j);
      node(j).id = MakeNodeId(p.type, slugger.Slug(p.label), p.key, 16);
      collided = true;
    }
  }
  if (collided) std::sort(order.begin(), order.end(), by_id);

  std::unordered_map<uint32_t, uint32_t> vertex_of;  // comp -> vertex
  vertex_of.reserve(nodes.size());
  for (uint32_t v = 0; v < nodes.size(); ++v) vertex_of.emplace(nodes[order[v]].comp, v);
  Nodes out;
  out.props.reserve(nodes.size());
  for (uint32_t i : order) out.props.push_back(std::move(nodes[i].props));
  for (size_t i = 0; i < endpoints.size(); i += 2) {
    if (endpoints[i] == kNoKey || endpoints[i + 1] == kNoKey) {
      endpoints[i] = endpoints[i + 1] = kNoKey;  // the fact is dropped
    } else {
      endpoints[i] = vertex_of.at(comp_[endpoints[i]]);
      endpoints[i + 1] = vertex_of.at(comp_[endpoints[i + 1]]);
    }
  }
  out.endpoints = std::move(endpoints);
  return out;
}

// The graph: the nodes, and an edge for each (source, relation, target)
// some facts state, with their evidence.
Graph Connect(const FactStore& store, const std::vector<uint32_t>& docs, Nodes nodes) {
  std::vector<EdgeStatement> statements;
  {
    size_t count = 0;
    for (size_t i = 0; i < nodes.endpoints.size(); i += 2)
      count += nodes.endpoints[i] != kNoKey && nodes.endpoints[i + 1] != kNoKey;
    statements.reserve(count);
  }
  size_t slot = 0;
  for (uint32_t doc = 0; doc < docs.size(); ++doc) {
    for (const FactStore::FactRecord& f : store.facts(store.docs()[docs[doc]])) {
      const uint32_t source = nodes.endpoints[slot], target = nodes.endpoints[slot + 1];
      slot += 2;
      if (source == kNoKey || target == kNoKey) continue;
      statements.push_back(EdgeStatement{source, target, doc, f.evidence.begin, f.evidence.end,
                                         f.rule, f.relation, f.former});
    }
  }
  nodes.endpoints = {};  // not needed any more: its memory back before the graph's
  std::sort(statements.begin(), statements.end(),
            [&](const EdgeStatement& a, const EdgeStatement& b) {
              if (auto c = std::tie(a.source, a.relation, a.target, a.doc, a.begin, a.end) <=>
                           std::tie(b.source, b.relation, b.target, b.doc, b.begin, b.end);
                  c != 0)
                return c < 0;
              if (a.rule != b.rule) return store.str(a.rule) < store.str(b.rule);
              return a.former < b.former;
            });

  auto doc_of = [&](const EdgeStatement& s) -> const FactStore::DocRecord& {
    return store.docs()[docs[s.doc]];
  };
  // adjacency_list (1.74) copies properties given to add_vertex/add_edge:
  // create defaults and move the properties in.
  Graph g(nodes.props.size());
  for (size_t v = 0; v < nodes.props.size(); ++v) g[v] = std::move(nodes.props[v]);
  for (size_t i = 0; i < statements.size();) {
    size_t j = i;
    const EdgeStatement& first = statements[i];
    while (j < statements.size() && statements[j].source == first.source &&
           statements[j].relation == first.relation && statements[j].target == first.target)
      ++j;
    EdgeProps edge;
    edge.relation = first.relation;
    edge.id = MakeEdgeId(g[first.source].id, first.relation, g[first.target].id);
    // `former` is what the latest-dated statements say (all of them when
    // none is dated): a title once held and later held again is current.
    std::string_view latest;
    for (size_t k = i; k < j; ++k) {
      std::string_view date = store.str(doc_of(statements[k]).date);
      if (date.empty()) continue;
      if (edge.first_seen.empty() || date < edge.first_seen) edge.first_seen = std::string(date);
      if (date > latest) latest = date;
    }
    edge.last_seen = std::string(latest);
    edge.former = true;
    uint32_t weight = 0;
    edge.evidence.reserve(j - i);
    for (size_t k = i; k < j; ++k) {
      const EdgeStatement& s = statements[k];
      const FactStore::DocRecord& doc = doc_of(s);
      const std::string_view date = store.str(doc.date);
      if (date == latest && !s.former) edge.former = false;
      if (k > i && s.doc == statements[k - 1].doc) {
        // Statements differing only in `former` are one piece of evidence.
        const EdgeStatement& p = statements[k - 1];
        if (s.begin == p.begin && s.end == p.end && s.rule == p.rule) continue;
      } else {
        ++weight;
      }
      edge.evidence.push_back(Evidence{std::string(doc.id), s.begin, s.end,
                                       std::string(store.str(s.rule)), std::string(date)});
    }
    edge.weight = weight;
    g[boost::add_edge(first.source, first.target, g).first] = std::move(edge);
    i = j;
  }
  return g;
}

}  // namespace

namespace {

// Word windows of `s`, longest first, looked up by `key_of(window)`; a hit
// is replaced by `replacement(expansion)`. A full stop right after a match
// belongs to the abbreviation ("TP. Hồ Chí Minh").
template <typename KeyOf, typename Replacement>
std::string ExpandWords(std::string_view s, const PreparedTables& tables, KeyOf key_of,
                        Replacement replacement) {
  std::vector<std::pair<size_t, size_t>> words;  // [begin, end) of each word
  for (size_t i = 0; i < s.size();) {
    if (IsSeparator(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && !IsSeparator(s[j])) ++j;
    words.emplace_back(i, j);
    i = j;
  }
  std::string out;
  size_t copied = 0;  // bytes of `s` already accounted for
  for (size_t w = 0; w < words.size();) {
    size_t matched = 0;
    const size_t longest = std::min(tables.max_abbreviation_words, words.size() - w);
    for (size_t n = longest; n > 0 && !matched; --n) {
      const size_t begin = words[w].first, end = words[w + n - 1].second;
      auto hit = tables.abbreviations.find(key_of(s.substr(begin, end - begin)));
      if (hit == tables.abbreviations.end()) continue;
      out.append(s.substr(copied, begin - copied));
      out += replacement(hit->second);
      copied = end;
      if (copied < s.size() && s[copied] == '.') {
        ++copied;
        if (copied < s.size() && !IsSeparator(s[copied])) out += ' ';
      }
      matched = n;
    }
    w += matched ? matched : 1;
  }
  out.append(s.substr(copied));
  return out;
}

}  // namespace

std::string ExpandAbbreviations(std::string_view folded, const PreparedTables& tables) {
  if (tables.abbreviations.empty()) return std::string(folded);
  return ExpandWords(
      folded, tables, [](std::string_view w) { return w; },
      [](const Expansion& e) -> const std::string& { return e.folded; });
}

std::string ExpandWrittenAbbreviations(std::string_view name, const PreparedTables& tables) {
  if (tables.abbreviations.empty()) return std::string(name);
  return ExpandWords(
      name, tables, [](std::string_view w) { return FoldKey(w); },
      [](const Expansion& e) -> const std::string& { return e.written; });
}

std::string NameKey(std::string_view name, const PreparedTables& tables) {
  return DropTrailingDang(ExpandAbbreviations(FoldKey(name), tables));
}

PreparedTables PrepareTables(const AliasTables& tables) {
  PreparedTables prepared;
  for (const auto& [alias, expansion] : tables.abbreviations) {
    std::string key = FoldKey(alias);
    prepared.max_abbreviation_words = std::max(prepared.max_abbreviation_words, Words(key).size());
    prepared.abbreviations.emplace(std::move(key), Expansion{FoldKey(expansion), expansion});
  }
  auto prepare = [&](const std::vector<std::pair<std::string, std::string>>& rows, StringMap* out) {
    for (const auto& [alias, canonical] : rows) out->emplace(NameKey(alias, prepared), canonical);
    for (const auto& [alias, canonical] : rows)
      out->emplace(NameKey(canonical, prepared), canonical);
  };
  prepare(tables.organizations, &prepared.organizations);
  prepare(tables.positions, &prepared.positions);
  prepare(tables.locations, &prepared.locations);
  return prepared;
}

Graph Resolve(const FactStore& store, const PreparedTables& tables) {
  const std::vector<uint32_t> docs = store.Current();
  // The resolver and its tables are gone (at the end of this statement)
  // before the edges are made, so the two never take memory at once.
  Nodes nodes = Resolver(store, docs, tables).Run();
  return Connect(store, docs, std::move(nodes));
}

}  // namespace lienket::graph_internal
