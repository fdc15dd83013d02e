#include "emit.h"

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "rule_set_impl.h"
#include "token.h"

namespace lienket::extract {
namespace {

class Emitter {
 public:
  Emitter(const std::vector<Entity>& entities, const std::vector<RawFact>& facts,
          const NormalizedText& norm)
      : entities_(entities), facts_(facts), norm_(norm) {}

  Mention ToMention(int i, uint32_t /*unused*/ = 0) const {
    const Entity& src = entities_[i];
    const Entity& e = entities_[Resolve(i)];
    Mention m;
    m.type = e.type;
    m.text = e.text;
    m.aliases = e.aliases;
    if (&src != &e && src.text != e.text && src.type != EntityType::kEvent)
      m.aliases.push_back(src.text);
    m.role = e.role;
    m.org = e.org;
    m.org_aliases = e.org_aliases;
    m.span = norm_.ToOriginal(src.begin, src.end);
    return m;
  }

  void Emit(DocumentFacts* out) {
    // Event dates, so that the same event told by two articles is one node.
    std::unordered_map<int, std::string> event_date;
    for (const RawFact& f : facts_)
      if (f.relation == Relation::kHeldOn && !Dangling(f.subject))
        event_date.emplace(Resolve(f.subject), entities_[f.object].text);

    std::set<std::tuple<int, std::string, std::string>> seen;
    auto push = [&](Relation rel, int s, int o, bool former, const std::string& rule, uint32_t b,
                    uint32_t e) {
      Fact f;
      f.relation = rel;
      f.subject = ToMention(s);
      f.object = ToMention(o);
      if (f.subject.type == EntityType::kLocation && rel != Relation::kHeldIn)
        f.subject.type = EntityType::kOrganization;  // a state acting as a body
      for (Mention* m : {&f.subject, &f.object}) {
        if (m->type != EntityType::kEvent) continue;
        auto it = event_date.find(Resolve(m == &f.subject ? s : o));
        if (it != event_date.end()) m->date = it->second;
      }
      auto key = std::make_tuple(static_cast<int>(rel), extract::FoldCase(f.subject.text),
                                 extract::FoldCase(f.object.text));
      if (!seen.insert(key).second) return;
      f.former = former;
      f.rule = rule;
      f.evidence = norm_.ToOriginal(b, e);
      out->facts.push_back(std::move(f));
    };

    // A bare role said of a person whose full position the article names
    // ("Chủ tịch Nguyễn Thiện Nhân" after "Chủ tịch Ủy ban T.Ư MTTQ Việt Nam
    // Nguyễn Thiện Nhân") is that position.
    // Also "Chủ tịch Trần Đại Quang" after "Chủ tịch nước Trần Đại Quang".
    std::map<std::pair<std::string, std::string>, int> full_position;  // (person, role) -> position
    std::multimap<std::string, int> positions_of;  // person -> positions with more words
    auto person_key = [&](int i) { return extract::FoldCase(entities_[Resolve(i)].text); };
    for (const RawFact& f : facts_) {
      if (f.relation != Relation::kHoldsTitle || Dangling(f.subject)) continue;
      const Entity& p = entities_[f.object];
      if (!p.org.empty() && !p.role.empty())
        full_position.emplace(std::make_pair(person_key(f.subject), extract::FoldCase(p.role)), f.object);
      if (!p.incomplete) positions_of.emplace(person_key(f.subject), f.object);
    }
    auto fuller = [&](const std::string& person, int bare) {
      std::string role = extract::FoldCase(entities_[bare].text);
      auto it = full_position.find({person, role});
      if (it != full_position.end()) return it->second;
      role += ' ';
      auto [b, e] = positions_of.equal_range(person);
      for (auto i = b; i != e; ++i)
        if (extract::FoldCase(entities_[i->second].text).rfind(role, 0) == 0) return i->second;
      return -1;
    };
    // The one person the article says holds a title, for "Thủ tướng đã dự".
    // Title (its text or its role) -> the person holding it, -1 when two do.
    std::unordered_map<std::string, std::pair<int, std::string>> holders;
    for (const RawFact& f : facts_) {
      if (f.relation != Relation::kHoldsTitle || Dangling(f.subject)) continue;
      const Entity& p = entities_[f.object];
      std::string key = person_key(f.subject);
      for (const std::string& name : {extract::FoldCase(p.text), extract::FoldCase(p.role)}) {
        if (name.empty()) continue;
        auto [it, fresh] = holders.emplace(name, std::make_pair(f.subject, key));
        if (!fresh && it->second.second != key) it->second.first = -1;  // no telling
      }
    }
    auto holder = [&](int position) {
      auto it = holders.find(extract::FoldCase(entities_[position].text));
      return it == holders.end() ? -1 : it->second.first;
    };
    // Positions some person holds here; only they are entities (guideline).
    std::set<int> held;
    for (RawFact f : facts_) {
      if (f.relation != Relation::kHoldsTitle) {
        if (entities_[f.subject].type == EntityType::kPosition) f.subject = holder(f.subject);
        if (entities_[f.object].type == EntityType::kPosition) f.object = holder(f.object);
        if (f.subject < 0 || f.object < 0) continue;
      }
      if (Dangling(f.subject) || Dangling(f.object)) continue;
      int object = f.object;
      if (f.relation == Relation::kHoldsTitle && entities_[object].org.empty()) {
        int full = fuller(person_key(f.subject), object);
        if (full >= 0) object = full;
        else if (entities_[object].incomplete) continue;
      }
      bool former = f.relation == Relation::kHoldsTitle && entities_[f.object].former;
      push(f.relation, f.subject, object, former, f.rule->name, f.begin, f.end);
      if (f.relation == Relation::kHoldsTitle) held.insert(object);
    }
    for (int p : held) {
      const Entity& e = entities_[p];
      if (e.org.empty()) continue;
      Fact f;
      f.relation = Relation::kPositionOf;
      f.subject = ToMention(p);
      f.object.type = EntityType::kOrganization;
      f.object.text = e.org;
      f.object.aliases = e.org_aliases;
      f.object.span = f.subject.span;
      f.rule = "position-names-organization";
      f.evidence = f.subject.span;
      auto key = std::make_tuple(static_cast<int>(f.relation), extract::FoldCase(f.subject.text),
                                 extract::FoldCase(f.object.text));
      if (seen.insert(key).second) out->facts.push_back(std::move(f));
    }
  }

 private:
  int Resolve(int i) const { return extract::Resolve(entities_, i); }

  bool Dangling(int i) const {
    const Entity& e = entities_[Resolve(i)];
    return (e.type == EntityType::kEvent && e.bare) || (e.type == EntityType::kPerson && e.short_name);
  }

  const std::vector<Entity>& entities_;
  const std::vector<RawFact>& facts_;
  const NormalizedText& norm_;
};

}  // namespace

void EmitFacts(const std::vector<Entity>& entities, const std::vector<RawFact>& facts,
               const NormalizedText& norm, DocumentFacts* out) {
  Emitter(entities, facts, norm).Emit(out);
}

}  // namespace lienket::extract
