// Which sentences of an article can matter, decided before they are
// tokenized. Private to extract/.
//
// A rule runs on a sentence only where its triggers hold, and a trigger that
// names an entity class ([Position]) holds only where some rule of an
// earlier phase made such an entity, that is, where that rule's own triggers
// held. Followed down to words, every fact has a necessary condition on a
// sentence's text: some trigger word, some entry of a lexicon, a digit or a
// quote mark. The gate finds those "atoms" with one RE2::Set pass over a
// text and keeps the conditions as formulas over what the pass found, so
// the extractor tokenizes and matches only the sentences where a fact may
// be stated (and, when facts need them, those that may name what the facts'
// mentions point back to; see extractor.cc). Being necessary conditions,
// the formulas never skip a sentence that would have mattered: output is the
// same as with every sentence processed.
#ifndef LIENKET_EXTRACT_GATE_H_
#define LIENKET_EXTRACT_GATE_H_

#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"

namespace lienket::extract {

struct CompiledRule;

// What the gate answers for a text.
enum class Need {
  kFact,                   // a relation rule may fire
  kEvent,                  // an event may be mentioned (named, or a bare "hội nghị")
  kAward,                  // an award may be named
  kIntroducedOrganization, // a body may be named with its abbreviation
};

class Gate {
 public:
  // The atoms one scan found: a bit each (and the set's answer, kept to
  // reuse its storage).
  struct Found {
    std::vector<uint64_t> bits;
    std::vector<int> hits;
  };

  // From compiled rules (sorted by phase), the class table, the gazetteer's
  // entries and the case-folded trigger words (CompiledRule::Trigger
  // indexes into them). `common` are classes whose words are in most
  // sentences (`common` in a rule file): they are taken to be everywhere,
  // which costs the gate a little precision and saves its scan most of its
  // work. On failure (the atom set does not compile) returns nullptr and
  // sets *error.
  static std::unique_ptr<Gate> Build(const std::vector<CompiledRule>& rules,
                                     const ClassTable& classes, const Gazetteer& gazetteer,
                                     const std::vector<std::string>& trigger_words,
                                     const std::vector<ClassId>& common, std::string* error);

  // The atoms of `text` (normalized, as Normalize() writes it) in *found.
  void Scan(std::string_view text, Found* found) const;

  // Whether the text a scan found *found in may hold what `need` says.
  bool May(Need need, const Found& found) const;

  // Whether trigger word k may be in the text (false: it surely is not).
  bool MayHaveWord(int k, const Found& found) const {
    const int a = word_atoms_[k];
    return (found.bits[a / 64] >> (a % 64)) & 1;
  }

  size_t atom_count() const { return atoms_; }

 private:
  Gate() = default;

  // A formula in disjunctive normal form: it holds when every atom of one
  // of its terms was found. Terms are `words_` uint64_t each, end to end.
  struct Formula {
    std::vector<uint64_t> terms;
  };

  size_t atoms_ = 0;
  size_t words_ = 1;                  // uint64_t words of a Found (at least one)
  std::vector<int> word_atoms_;       // trigger word -> atom
  std::unique_ptr<RE2::Set> set_;
  Formula needs_[4];                  // by Need
};

}  // namespace lienket::extract

#endif  // LIENKET_EXTRACT_GATE_H_
