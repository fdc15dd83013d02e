#include "discourse.h"

#include <algorithm>
#include <boost/pending/disjoint_sets.hpp>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lienket/text.h"
#include "token.h"

namespace lienket::extract {
namespace {

// Pairwise linking (the same event told twice, an award's short form) is
// quadratic in the mentions of a document; past this many, as in no news
// article, it is skipped so that a pathological input stays linear.
constexpr size_t kMaxPairwise = 400;

// The syllables of folded text, owned: the text is most often a temporary.
std::vector<std::string> Syllables(std::string_view folded) {
  const std::vector<std::string_view> words = SplitSpaces(folded);
  return {words.begin(), words.end()};
}

class Discourse {
 public:
  explicit Discourse(std::vector<Entity>& entities) : entities_(entities) {}

  void Run() {
    LinkEvents();
    LinkShortNames();
    LinkAbbreviations();
    LinkAwardForms();
  }

 private:
  // "Cờ Thi đua" and, later, "Cờ Thi đua "Tập thể dẫn đầu ..."" in one
  // article are one award told shortly and fully.
  void LinkAwardForms() {
    std::vector<std::pair<int, std::vector<std::string>>> awards;
    for (size_t i = 0; i < entities_.size(); ++i)
      if (entities_[i].type == EntityType::kAward)
        awards.emplace_back(i, Syllables(extract::FoldCase(entities_[i].text)));
    if (awards.size() > kMaxPairwise) return;  // no news article; keep it linear
    for (auto& [i, a] : awards) {
      int best = -1;
      size_t best_len = a.size();
      for (auto& [j, b] : awards) {
        if (b.size() <= best_len || !std::equal(a.begin(), a.end(), b.begin())) continue;
        best = j;
        best_len = b.size();
      }
      if (best >= 0) {
        entities_[i].target = best;
        AddAlias(&entities_[best], entities_[i].text);
      }
    }
  }

  // Named events of one document that are the same event told twice (the
  // headline's short form and the body's full one) become one; a bare
  // "hội nghị" stands for the named event told last before it (or, when
  // none was, the first one after).
  void LinkEvents() {
    std::vector<int> named;
    for (size_t i = 0; i < entities_.size(); ++i)
      if (entities_[i].type == EntityType::kEvent && !entities_[i].bare) named.push_back(i);
    std::vector<std::vector<std::string>> syl;
    for (int i : named) syl.push_back(Syllables(extract::FoldCase(entities_[i].text)));
    const bool cluster = named.size() <= kMaxPairwise;  // else no news article
    std::vector<size_t> rank(named.size()), parent(named.size());
    boost::disjoint_sets<size_t*, size_t*> groups(rank.data(), parent.data());
    for (size_t i = 0; i < named.size(); ++i) groups.make_set(i);
    for (size_t i = 0; cluster && i < named.size(); ++i)
      for (size_t j = i + 1; j < named.size(); ++j)
        if (SameEvent(syl[i], syl[j])) groups.union_set(i, j);
    auto find = [&](size_t i) { return groups.find_set(i); };
    // The representative of a group: its longest name.
    std::map<size_t, size_t> best;  // group -> index into named
    for (size_t i = 0; i < named.size(); ++i) {
      auto [it, fresh] = best.emplace(find(i), i);
      if (!fresh && syl[i].size() > syl[it->second].size()) it->second = i;
    }
    for (size_t i = 0; i < named.size(); ++i) {
      int rep = named[best[find(i)]];
      if (rep != named[i]) {
        entities_[named[i]].target = rep;
        AddAlias(&entities_[rep], entities_[named[i]].text);
      }
    }
    // A bare mention stands for a named event of its own kind, one whose
    // name its words begin ("lễ trao giải" → "Lễ trao giải danh hiệu ...",
    // "buổi lễ" → "Lễ ..."): told last before it, or else first after it.
    // "chủ trì lễ đón" is no "Hội nghị ...", whatever else the article tells.
    // An implicit one ("Tham dự có ...": the verb stands for the event just
    // told of) stands for the event mentioned last before it, named or bare
    // ("buổi gặp mặt", which may itself stand for nothing).
    if (!cluster) return;
    int last_event = -1;  // the event mentioned last, in text order
    for (size_t i = 0; i < entities_.size(); ++i) {
      Entity& e = entities_[i];
      if (e.type != EntityType::kEvent) continue;
      if (e.implicit) {
        if (last_event >= 0) e.target = Resolve(last_event);
        continue;
      }
      last_event = static_cast<int>(i);
      if (!e.bare) continue;
      std::string head = extract::FoldCase(e.text);
      for (const char* filler : {"buổi ", "phiên ", "cuộc "})
        if (head.rfind(filler, 0) == 0 && head.size() > strlen(filler)) head.erase(0, strlen(filler));
      head += ' ';
      int before = -1, after = -1;
      for (int n : named) {
        if ((extract::FoldCase(entities_[n].text) + " ").rfind(head, 0) != 0) continue;
        if (entities_[n].begin < e.begin) before = n;
        else if (after < 0) after = n;
      }
      int t = before >= 0 ? before : after;
      if (t >= 0) e.target = Resolve(t);
    }
  }

  static bool SameEvent(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    if (prefix >= 5 || prefix == std::min(a.size(), b.size())) return true;
    std::set<std::string> sa(a.begin(), a.end()), sb(b.begin(), b.end());
    size_t inter = 0;
    for (const auto& s : sa) inter += sb.count(s);
    size_t uni = sa.size() + sb.size() - inter;
    return uni && inter * 10 >= uni * 6;
  }

  // "ông Quân" → the person of this document whose name ends in "Quân",
  // told last before it (or first after).
  void LinkShortNames() {
    // Full names by their last syllable, in text order (entities are).
    std::unordered_map<std::string, std::vector<int>> by_given_name;
    for (size_t j = 0; j < entities_.size(); ++j) {
      const Entity& f = entities_[j];
      if (f.type != EntityType::kPerson || f.short_name) continue;
      auto syl = Syllables(extract::FoldCase(f.text));
      if (syl.size() >= 2) by_given_name[syl.back()].push_back(static_cast<int>(j));
    }
    for (Entity& e : entities_) {
      if (e.type != EntityType::kPerson || !e.short_name) continue;
      auto it = by_given_name.find(extract::FoldCase(e.text));
      if (it == by_given_name.end()) continue;
      const std::vector<int>& full = it->second;
      auto after = std::lower_bound(full.begin(), full.end(), e.begin,
                                    [&](int j, uint32_t b) { return entities_[j].begin < b; });
      e.target = after != full.begin() ? *(after - 1) : *after;
    }
  }

  // "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO)" teaches this document
  // that VUFO is that body: later mentions of VUFO get the full name as alias.
  // A name cut short elsewhere in the article ("Hiệp hội những người Việt
  // Nam", where the rules stopped at "được") is the introduced one it begins.
  void LinkAbbreviations() {
    std::unordered_map<std::string, std::string> full;
    std::vector<std::pair<std::string, std::string>> introduced;  // folded, text
    for (const Entity& e : entities_) {
      if (e.type != EntityType::kOrganization || e.aliases.empty()) continue;
      for (const auto& a : e.aliases) full.emplace(extract::FoldCase(a), e.text);
      introduced.emplace_back(extract::FoldCase(e.text) + " ", e.text);
    }
    if (full.empty()) return;
    auto expand = [&](const std::string& name) -> const std::string* {
      std::string f = extract::FoldCase(name);
      auto it = full.find(f);
      if (it != full.end()) return &it->second;
      f += ' ';
      for (const auto& [prefix, text] : introduced)
        if (prefix.size() > f.size() && prefix.compare(0, f.size(), f) == 0) return &text;
      return nullptr;
    };
    for (Entity& e : entities_) {
      if (e.type == EntityType::kOrganization) {
        const std::string* f = expand(e.text);
        if (!f) continue;
        if (extract::FoldCase(*f).size() > extract::FoldCase(e.text).size() && e.aliases.empty()) {
          AddAlias(&e, e.text);  // keep the short form as an alias
          e.text = *f;
        } else {
          AddAlias(&e, *f);
        }
      } else if (e.type == EntityType::kPosition && !e.org.empty()) {
        const std::string* f = expand(e.org);
        if (!f) continue;
        if (std::find(e.org_aliases.begin(), e.org_aliases.end(), *f) == e.org_aliases.end())
          e.org_aliases.push_back(*f);
        if (e.aliases.empty() && !e.role.empty() && *f != e.org) {
          // "Chủ tịch Hiệp hội những người Việt Nam": the whole name.
          if (extract::FoldCase(*f).rfind(extract::FoldCase(e.org), 0) == 0) {
            AddAlias(&e, e.text);
            e.org = *f;
            e.text = e.role + " " + *f;
          }
        }
      }
    }
  }

  static void AddAlias(Entity* e, const std::string& a) {
    if (a == e->text) return;
    if (std::find(e->aliases.begin(), e->aliases.end(), a) == e->aliases.end())
      e->aliases.push_back(a);
  }

  int Resolve(int i) const { return extract::Resolve(entities_, i); }

  std::vector<Entity>& entities_;
};

}  // namespace

void LinkDiscourse(std::vector<Entity>* entities) { Discourse(*entities).Run(); }

}  // namespace lienket::extract
