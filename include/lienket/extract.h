// Rule-based extraction: from one document to the facts it states.
// Stage 3 of the pipeline, a pure function of (rules, document).
//
// Rules and lexicons are data (rules/*.rules, rules/lexicons/*.txt); see
// rules/README.md for the format. A RuleSet is compiled once and shared
// read-only by every thread.
#ifndef LIENKET_EXTRACT_H_
#define LIENKET_EXTRACT_H_

#include <memory>
#include <string>
#include <vector>

#include "lienket/types.h"

namespace lienket {

// A problem in a rule or lexicon file: where and why.
struct RuleError {
  std::string file;
  int line = 0;
  std::string reason;
  std::string ToString() const;  // "file:line: reason"
};

class RuleSet {
 public:
  ~RuleSet();
  // Loads every *.rules file and the lexicons they name from `dirs`, in
  // order; a rule or lexicon in a later directory with the same name
  // replaces the earlier one. Returns nullptr and fills *errors on failure.
  static std::unique_ptr<RuleSet> Load(const std::vector<std::string>& dirs,
                                       std::vector<RuleError>* errors);
  size_t rule_count() const;
  size_t lexicon_entry_count() const;
  // "phase rule-name" lines, for `lienket rules list`.
  std::vector<std::string> Describe() const;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit RuleSet(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Extracts the facts of one document. Thread-safe: holds no mutable state.
DocumentFacts Extract(const RuleSet& rules, const Document& doc);

}  // namespace lienket

#endif  // LIENKET_EXTRACT_H_
