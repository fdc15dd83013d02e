#include "gate.h"

#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <map>

#include "lienket/text.h"
#include "rule_set_impl.h"

namespace lienket::extract {
namespace {

// A formula while it is built: a list of terms, each a sorted list of
// atoms that must all be found. {} never holds; {{}} always does.
using Term = std::vector<int>;
using Dnf = std::vector<Term>;

const Dnf kTrue = {Term{}};

// Drops repeated terms and every term that holds only where a smaller one
// does ({a} makes {a, b} redundant): keeps formulas small as they combine.
Dnf Absorb(Dnf d) {
  std::sort(d.begin(), d.end(), [](const Term& a, const Term& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  d.erase(std::unique(d.begin(), d.end()), d.end());
  Dnf out;
  for (const Term& t : d) {
    bool redundant = false;
    for (const Term& kept : out)
      if (std::includes(t.begin(), t.end(), kept.begin(), kept.end())) {
        redundant = true;
        break;
      }
    if (!redundant) out.push_back(t);
  }
  return out;
}

Dnf Or(Dnf a, const Dnf& b) {
  a.insert(a.end(), b.begin(), b.end());
  return Absorb(std::move(a));
}

// Past this many terms a conjunction is taken to hold everywhere: always a
// necessary condition, and it keeps a rule set with many trigger lines of
// many alternatives from multiplying them out.
constexpr size_t kMaxTerms = 4096;

Dnf And(const Dnf& a, const Dnf& b) {
  if (a.size() * b.size() > kMaxTerms) return kTrue;
  Dnf out;
  for (const Term& x : a)
    for (const Term& y : b) {
      Term t;
      std::set_union(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(t));
      out.push_back(std::move(t));
    }
  return Absorb(std::move(out));
}

// White space the tokenizer skips between two tokens: where the folded
// text has one ' ', the text may have some, or none ("Hà Nội," is folded
// "hà nội ,"). Normalized text has no white space but ' ' and '\n'.
constexpr char kGap[] = "[ \\n]*";

// A case-insensitive pattern for folded words joined by ' ' (a trigger
// word, a lexicon entry). RE2 folds case by Unicode's simple case folding,
// which relates each letter to its lower case as u_tolower() (the
// tokenizer's folding) does, except for 'İ': u_tolower() makes it 'i'.
std::string WordsPattern(std::string_view folded) {
  std::string out;
  for (std::string_view word : SplitSpaces(folded)) {
    if (!out.empty()) out += kGap;
    for (char c : RE2::QuoteMeta(word))
      if (c == 'i') out += "[iİ]";
      else out += c;
  }
  return out;
}

class Builder {
 public:
  Builder(const std::vector<CompiledRule>& rules, const ClassTable& classes,
          const Gazetteer& gazetteer, const std::vector<std::string>& words,
          const std::vector<ClassId>& common)
      : rules_(rules), classes_(classes), gazetteer_(gazetteer), rule_memo_(rules.size()) {
    for (ClassId c : common) class_atoms_.emplace(c, kTrue);
    // Every trigger word is an atom, asked for or not: the extractor asks
    // the gate before it looks for a word in a sentence (MayHaveWord()).
    for (const std::string& w : words) word_atoms_.push_back(NewAtom("(?i:" + WordsPattern(w) + ")"));
  }

  // Whether a rule may run: every trigger line holds.
  const Dnf& Rule(size_t i) {
    if (rule_memo_[i]) return *rule_memo_[i];
    const CompiledRule& r = rules_[i];
    Dnf all = kTrue;
    for (const auto& line : r.triggers) {
      Dnf any;
      for (const auto& t : line)
        any = Or(std::move(any), t.is_class ? Class(static_cast<ClassId>(t.index), r.phase)
                                            : Atom(word_atoms_[t.index]));
      all = And(all, any);
    }
    rule_memo_[i] = std::make_unique<Dnf>(std::move(all));
    return *rule_memo_[i];
  }

  // Whether an entity of type `type` may be made before phase `phase` by an
  // emit that `which` accepts.
  Dnf Type(EntityType type, int phase, const std::function<bool(const EntityEmit&)>& which) {
    Dnf any;
    for (size_t i = 0; i < rules_.size(); ++i) {
      if (rules_[i].phase >= phase) continue;
      for (const EntityEmit& e : rules_[i].entities)
        if (e.type == type && which(e)) {
          any = Or(std::move(any), Rule(i));
          break;
        }
    }
    return any;
  }

  // Whether some token has class c when a rule of phase `phase` runs: an
  // entity an earlier phase made, a tag it gave, a lexicon entry, a shape.
  Dnf Class(ClassId c, int phase) {
    Dnf any;
    for (int t = 0; t < kEntityTypeCount; ++t)
      if (c == classes_.entity_type[t] || c == classes_.entity)
        any = Or(std::move(any), Type(static_cast<EntityType>(t), phase,
                                      [](const EntityEmit&) { return true; }));
    for (size_t i = 0; i < rules_.size(); ++i) {
      if (rules_[i].phase >= phase) continue;
      for (const EntityEmit& e : rules_[i].entities)
        if (std::find(e.tags.begin(), e.tags.end(), c) != e.tags.end()) {
          any = Or(std::move(any), Rule(i));
          break;
        }
    }
    return Or(std::move(any), Listed(c));
  }

  size_t atom_count() const { return patterns_.size(); }
  const std::vector<std::string>& patterns() const { return patterns_; }
  const std::vector<int>& word_atoms() const { return word_atoms_; }

 private:
  static Dnf Atom(int a) { return {Term{a}}; }

  int NewAtom(std::string pattern) {
    patterns_.push_back(std::move(pattern));
    return static_cast<int>(patterns_.size()) - 1;
  }

  // A class a token has from its own text: its lexicon entries, or its
  // shape. A shape no cheap pattern tells (a punctuation mark, a lexicon
  // entry of several words) is taken to be there.
  Dnf Listed(ClassId c) {
    auto memo = class_atoms_.find(c);
    if (memo != class_atoms_.end()) return memo->second;
    Dnf d;
    const ClassTable& k = classes_;
    const char* shape = nullptr;
    if (c == k.cap || c == k.upper) shape = "[\\p{Lu}\\p{Lt}]";
    else if (c == k.lower) shape = "\\p{Ll}";
    else if (c == k.num) shape = "\\p{Nd}";
    else if (c == k.date_num) shape = "[0-9][/.\\-][0-9]";
    else if (c == k.day_month) shape = "[0-9][.\\-][0-9]";
    else if (c == k.year) shape = "[12][0-9][0-9][0-9]";
    else if (c == k.roman) shape = "[IVXLC]";
    else if (c == k.quote) shape = "\"";
    if (shape) {
      d = Atom(NewAtom(shape));
    } else if (c == k.punct || c == k.multi) {
      d = kTrue;
    } else {
      std::vector<std::string_view> entries = gazetteer_.EntriesOf(c);
      if (!entries.empty()) {
        std::string alternation;
        for (std::string_view e : entries) {
          if (!alternation.empty()) alternation += '|';
          alternation += WordsPattern(e);
        }
        d = Atom(NewAtom("(?i:" + alternation + ")"));
      }  // else no token can have it: never
    }
    class_atoms_.emplace(c, d);
    return d;
  }

  const std::vector<CompiledRule>& rules_;
  const ClassTable& classes_;
  const Gazetteer& gazetteer_;
  std::vector<std::unique_ptr<Dnf>> rule_memo_;
  std::map<ClassId, Dnf> class_atoms_;
  std::vector<std::string> patterns_;  // by atom
  std::vector<int> word_atoms_;
};

}  // namespace

std::unique_ptr<Gate> Gate::Build(const std::vector<CompiledRule>& rules,
                                  const ClassTable& classes, const Gazetteer& gazetteer,
                                  const std::vector<std::string>& trigger_words,
                                  const std::vector<ClassId>& common, std::string* error) {
  Builder b(rules, classes, gazetteer, trigger_words, common);
  // After every phase: the relation rules, and the entities whose names
  // the discourse step lets other mentions point back to.
  const int after = rules.empty() ? 0 : rules.back().phase + 1;
  Dnf fact;
  for (size_t i = 0; i < rules.size(); ++i)
    if (!rules[i].relations.empty()) fact = Or(std::move(fact), b.Rule(i));
  Dnf needs[4] = {
      fact,
      b.Type(EntityType::kEvent, after, [](const EntityEmit&) { return true; }),
      b.Type(EntityType::kAward, after, [](const EntityEmit&) { return true; }),
      b.Type(EntityType::kOrganization, after, [](const EntityEmit& e) { return e.alias >= 0; }),
  };

  std::unique_ptr<Gate> g(new Gate());
  g->atoms_ = b.atom_count();
  g->words_ = std::max<size_t>(1, (g->atoms_ + 63) / 64);
  g->word_atoms_ = b.word_atoms();
  for (int n = 0; n < 4; ++n)
    for (const Term& t : needs[n]) {
      size_t row = g->needs_[n].terms.size();
      g->needs_[n].terms.resize(row + g->words_, 0);
      for (int a : t) g->needs_[n].terms[row + a / 64] |= uint64_t{1} << (a % 64);
    }
  RE2::Options opt;
  opt.set_log_errors(false);
  // The atoms' DFA: a few hundred lexicon entries in either case. A pass
  // that runs out of memory anyway counts every atom as found.
  opt.set_max_mem(256 << 20);
  g->set_ = std::make_unique<RE2::Set>(opt, RE2::UNANCHORED);
  for (const std::string& p : b.patterns()) {
    std::string why;
    if (g->set_->Add(p, &why) < 0) {
      *error = "gate pattern " + p.substr(0, 80) + ": " + why;
      return nullptr;
    }
  }
  if (!g->set_->Compile()) {
    *error = "the gate's atom set is too large to compile";
    return nullptr;
  }
  return g;
}

void Gate::Scan(std::string_view text, Found* found) const {
  found->bits.assign(words_, 0);
  found->hits.clear();
  RE2::Set::ErrorInfo info;
  if (!set_->Match(text, &found->hits, &info) && info.kind != RE2::Set::kNoError) {
    found->bits.assign(words_, ~uint64_t{0});
    return;
  }
  for (int a : found->hits) found->bits[a / 64] |= uint64_t{1} << (a % 64);
}

bool Gate::May(Need need, const Found& found) const {
  const std::vector<uint64_t>& terms = needs_[static_cast<int>(need)].terms;
  if (words_ == 1) {  // up to 64 atoms, as a rule set has: asked for every sentence
    const uint64_t bits = found.bits[0];
    for (uint64_t t : terms)
      if ((bits & t) == t) return true;
    return false;
  }
  for (size_t row = 0; row < terms.size(); row += words_) {
    bool all = true;
    for (size_t w = 0; w < words_ && all; ++w)
      all = (found.bits[w] & terms[row + w]) == terms[row + w];
    if (all) return true;
  }
  return false;
}

}  // namespace lienket::extract
