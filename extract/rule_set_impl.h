// The compiled form of a rule set. Private to extract/; see rules/README.md
// for the file format this is read from.
#ifndef LIENKET_EXTRACT_RULE_SET_IMPL_H_
#define LIENKET_EXTRACT_RULE_SET_IMPL_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "gate.h"
#include "lexicon.h"
#include "pattern.h"
#include "lienket/extract.h"

namespace lienket::extract {

// `emit TYPE key=capture ... +tag ...` of an entity rule. A capture index
// of -1 means "not given" (text and span default to the whole match).
struct EntityEmit {
  EntityType type = EntityType::kPerson;
  int span = -1;    // tokens the new entity token replaces
  int text = -1;    // tokens whose text is the entity's name
  int role = -1;    // Position: the role part
  int org = -1;     // Position: the organization part (an Organization token)
  int former = -1;  // when this capture matched, the position is a former one
  int alias = -1;   // another name for the entity (a parenthesized abbreviation)
  std::vector<ClassId> tags;  // extra classes of the new token ("bare", "short")
};

// `emit SUBJECT relation OBJECT` of a relation rule: every entity token of a
// fitting type inside the subject capture, with every one inside the object.
struct RelationEmit {
  int subject = -1;
  Relation relation = Relation::kHoldsTitle;
  int object = -1;
};

struct CompiledRule {
  std::string name;
  std::string file;
  int line = 0;
  int phase = 0;
  int priority = 0;
  std::unique_ptr<RE2> re;
  extract::PatternPlan plan;  // the tokens a match can begin with
  // Each `trigger` line is a list of alternatives; every line must hold for
  // the rule to run on a sentence: a word when the sentence's text has it
  // (case-folded), a class when some token of the sentence has it.
  struct Trigger {
    bool is_class = false;
    int index = 0;  // into RuleSet::Impl::trigger_words, or a ClassId
  };
  std::vector<std::vector<Trigger>> triggers;
  std::vector<EntityEmit> entities;
  std::vector<RelationEmit> relations;
};

}  // namespace lienket::extract

namespace lienket {

struct RuleSet::Impl {
  extract::ClassTable classes;
  extract::Gazetteer gazetteer;
  std::vector<std::string> phases;
  std::vector<extract::CompiledRule> rules;  // by phase, then priority (high first), then file order
  // Every trigger word, case-folded.
  std::vector<std::string> trigger_words;
  // The codes of the words the patterns name (pattern.h).
  extract::WordCodes word_codes;
  // Which sentences may matter (gate.h), from the rules and lexicons above.
  std::unique_ptr<extract::Gate> gate;
  size_t lexicon_entries = 0;
  extract::ClassId bare = 0;        // tag: an event that points back to a named one
  extract::ClassId short_name = 0;  // tag: a person named by the given name only
  extract::ClassId incomplete = 0;  // tag: a role that means little without its body
  extract::ClassId implicit = 0;    // tag: an event named by no word of its own
};

}  // namespace lienket

#endif  // LIENKET_EXTRACT_RULE_SET_IMPL_H_
