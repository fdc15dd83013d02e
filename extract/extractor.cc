// Extract(): one document in, the facts it states out.
//
// Only the sentences the gate (gate.h) lets through are read; in each:
// tokens → gazetteer → cascaded phases of rules. An entity
// phase replaces each accepted match by one entity token, so later phases
// (and relation rules) see "[Person] , [Position]" instead of words. After
// the last sentence a discourse step links what sentences leave open: a
// bare "hội nghị" to the named event it points back to, "ông Quân" to
// "Hoàng Bình Quân", an abbreviation to the name it was introduced with
// (discourse.h); the emitter (emit.h) then states the facts.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <tuple>
#include <vector>

#include "dates.h"
#include "discourse.h"
#include "emit.h"
#include "entities.h"
#include "lienket/extract.h"
#include "lienket/text.h"
#include "pattern.h"
#include "rule_set_impl.h"

namespace lienket {
namespace {

using extract::ClassId;
using extract::CompiledRule;
using extract::Entity;
using extract::Need;
using extract::RawFact;
using extract::Token;

// "29/12", "12/4/2022", "20-9-2023", "19.5.2017": day and month of one or
// two digits, then maybe a year of two or four, one separator throughout
// ("2016-2020" and "3.5" are no dates).
bool LooksLikeDate(std::string_view w) {
  size_t sep = w.find_first_of("/-.");
  if (sep == std::string_view::npos) return false;
  char c = w[sep];
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= w.size(); ++i) {
    if (i == w.size() || w[i] == c) {
      parts.push_back(w.substr(start, i - start));
      start = i + 1;
    } else if (w[i] < '0' || w[i] > '9') {
      return false;
    }
  }
  if (parts.size() < 2 || parts.size() > 3 || (c != '/' && parts.size() != 3)) return false;
  for (size_t k = 0; k < 2; ++k)
    if (parts[k].empty() || parts[k].size() > 2) return false;
  return parts.size() == 2 || parts[2].size() == 2 || parts[2].size() == 4;
}

// A day and month joined by a dash or a dot ("5-2", "14.7"): a date only
// where a word of time says so ("thắng 5-2" is a score, "2-3 người" a
// range), so the shape is a class of its own, not DateNum.
bool LooksLikeDayMonth(std::string_view w) {
  size_t sep = w.find_first_of("-.");
  if (sep == 0 || sep > 2 || sep + 1 >= w.size() || w.size() - sep - 1 > 2) return false;
  int day = 0, month = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i == sep) continue;
    if (w[i] < '0' || w[i] > '9') return false;
    int& part = i < sep ? day : month;
    part = part * 10 + (w[i] - '0');
  }
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

// Which entity types may fill each side of each relation (the guideline).
// A Location may stand for the state as a body (the giver of an award).
bool Fits(Relation r, bool subject, EntityType t) {
  using E = EntityType;
  switch (r) {
    case Relation::kHoldsTitle: return subject ? t == E::kPerson : t == E::kPosition;
    case Relation::kPositionOf: return subject ? t == E::kPosition : t == E::kOrganization;
    case Relation::kAwards:
      return t == E::kPerson || t == E::kOrganization || (subject && t == E::kLocation);
    case Relation::kReceivedAward:
      return subject ? (t == E::kPerson || t == E::kOrganization) : t == E::kAward;
    case Relation::kOrganizes:
      return subject ? (t == E::kOrganization || t == E::kLocation) : t == E::kEvent;
    case Relation::kChairs:
    case Relation::kAttends:
      return subject ? (t == E::kPerson || t == E::kOrganization) : t == E::kEvent;
    case Relation::kHeldIn: return subject ? t == E::kEvent : t == E::kLocation;
    case Relation::kHeldOn: return subject ? t == E::kEvent : t == E::kDate;
  }
  return false;
}

class DocumentExtractor {
 public:
  DocumentExtractor(const RuleSet::Impl& rs, const Document& doc)
      : rs_(rs), doc_(doc), norm_(Normalize(doc.text)) {
    date_ = doc.date.empty() ? DetectDocumentDate(norm_.text) : doc.date;
    // A year found only by counting the years the text names is the
    // article's own year for the collection (see graph/collection_year.h),
    // but too weak to date "ngày 10/2": a review of 2016 held in February
    // 2017 names 2016 most. Such a date is left "--MM-DD" for resolution to
    // give the year of the collection, which these counts make.
    full_date_ = date_.size() == 10;
  }

  DocumentFacts Run() {
    DocumentFacts out;
    out.doc_id = doc_.id;
    out.date = date_;
    const extract::Gate& gate = *rs_.gate;
    const std::vector<Span> spans = SplitSentences(norm_.text);
    // First the sentences that may state a fact, noting what each other
    // one may name.
    enum : uint8_t { kDone = 1, kEvent = 2, kAward = 4, kIntroduced = 8 };
    std::vector<uint8_t> may(spans.size(), 0);
    for (size_t i = 0; i < spans.size(); ++i) {
      gate.Scan(SentenceText(spans[i]), &found_);
      if (every_sentence_ || gate.May(Need::kFact, found_)) {
        Sentence(spans[i], i);
        may[i] = kDone;
        continue;
      }
      if (gate.May(Need::kEvent, found_)) may[i] |= kEvent;
      if (gate.May(Need::kAward, found_)) may[i] |= kAward;
      if (gate.May(Need::kIntroducedOrganization, found_)) may[i] |= kIntroduced;
    }
    if (facts_.empty()) return out;
    // Then the sentences that may name what a fact's mention points back
    // to (discourse.h): an event for a bare or implicit one or one told
    // twice, an award told fully, a body with its abbreviation, a full name
    // whose last syllable is a "ông Quân". Other sentences can change no fact.
    uint8_t wanted = 0;
    std::vector<std::string> given_names;
    for (const RawFact& f : facts_)
      for (int i : {f.subject, f.object}) {
        const Entity& e = entities_[i];
        if (e.type == EntityType::kEvent) wanted |= kEvent;
        if (e.type == EntityType::kAward) wanted |= kAward;
        if (e.type == EntityType::kOrganization || e.type == EntityType::kPosition)
          wanted |= kIntroduced;
        if (e.type == EntityType::kPerson && e.short_name)
          given_names.push_back(extract::FoldCase(e.text));
      }
    bool more = false;
    for (size_t i = 0; i < spans.size(); ++i) {
      if (may[i] & kDone) continue;
      if ((may[i] & wanted) == 0 && !Names(spans[i], given_names)) continue;
      gate.Scan(SentenceText(spans[i]), &found_);
      Sentence(spans[i], i);
      more = true;
    }
    if (more) InSentenceOrder();
    extract::LinkDiscourse(&entities_);
    extract::EmitFacts(entities_, facts_, norm_, &out);
    return out;
  }

 private:
  std::string_view SentenceText(const Span& s) const {
    return std::string_view(norm_.text).substr(s.begin, s.end - s.begin);
  }

  // Whether sentence s has one of `names` (folded syllables) in its text.
  bool Names(const Span& s, const std::vector<std::string>& names) const {
    if (names.empty()) return false;
    const std::string folded = extract::FoldCase(SentenceText(s));
    for (const std::string& n : names)
      if (memmem(folded.data(), folded.size(), n.data(), n.size())) return true;
    return false;
  }

  // Puts the entities and facts of sentences taken out of turn where
  // taking every sentence in turn would have put them (the discourse step
  // reads "told before" from their order).
  void InSentenceOrder() {
    std::vector<int> order(entities_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return entity_sentence_[a] < entity_sentence_[b]; });
    std::vector<int> moved_to(order.size());
    std::vector<Entity> sorted;
    sorted.reserve(order.size());
    for (size_t k = 0; k < order.size(); ++k) {
      moved_to[order[k]] = static_cast<int>(k);
      sorted.push_back(std::move(entities_[order[k]]));
    }
    entities_ = std::move(sorted);
    for (RawFact& f : facts_) {
      f.subject = moved_to[f.subject];
      f.object = moved_to[f.object];
    }
    std::vector<size_t> fact_order(facts_.size());
    for (size_t i = 0; i < fact_order.size(); ++i) fact_order[i] = i;
    std::stable_sort(fact_order.begin(), fact_order.end(),
                     [&](size_t a, size_t b) { return fact_sentence_[a] < fact_sentence_[b]; });
    std::vector<RawFact> facts;
    facts.reserve(facts_.size());
    for (size_t i : fact_order) facts.push_back(facts_[i]);
    facts_ = std::move(facts);
  }

  bool Present(ClassId c) const { return (present_[c / 64] >> (c % 64)) & 1; }

  // Whether every trigger line of `r` holds in the current sentence.
  bool Triggered(const CompiledRule& r) {
    for (const auto& line : r.triggers) {
      bool any = false;
      for (const auto& t : line) {
        any = t.is_class ? Present(static_cast<ClassId>(t.index)) : SentenceHas(t.index);
        if (any) break;
      }
      if (!any) return false;
    }
    return true;
  }

  // Whether trigger word k is in the current sentence: looked for in the
  // folded text the tokenizer made anyway, when a rule first asks and the
  // gate's scan of the sentence does not already say no.
  bool SentenceHas(int k) {
    if (!rs_.gate->MayHaveWord(k, found_)) return false;
    if (words_here_[k] == kUnknown) {
      const std::string& w = rs_.trigger_words[k];
      words_here_[k] =
          memmem(buf_.folded.data(), buf_.folded.size(), w.data(), w.size()) ? kYes : kNo;
    }
    return words_here_[k] == kYes;
  }

  // The classes of the sentence (present_, a bit a class) and, for each
  // class, the tokens that have it (tokens_of_, a bit a token, tok_words_
  // words a class).
  void ClassesPresent(const extract::TokenBuffer& buf) {
    present_.assign((rs_.classes.size() + 63) / 64, 0);
    tok_words_ = (buf.tokens.size() + 63) / 64;
    tokens_of_.assign(rs_.classes.size() * tok_words_, 0);
    for (size_t k = 0; k < buf.tokens.size(); ++k) {
      const Token& t = buf.tokens[k];
      for (const ClassId* c = buf.ClassesBegin(t); c != buf.ClassesEnd(t); ++c) {
        present_[*c / 64] |= uint64_t{1} << (*c % 64);
        tokens_of_[*c * tok_words_ + k / 64] |= uint64_t{1} << (k % 64);
      }
    }
  }

  // Gives a raw token its shape classes, appended to buf_.classes (tokens
  // in order, before the gazetteer).
  void AddShapeClasses(Token* t) {
    const auto& c = rs_.classes;
    std::string_view w(norm_.text.data() + t->begin, t->end - t->begin);
    const extract::Shape& sh = t->shape;
    std::vector<ClassId>& out = buf_.classes;
    t->cls = static_cast<uint32_t>(out.size());
    if (sh.cap) out.push_back(c.cap);
    if (sh.upper) out.push_back(c.upper);
    if (sh.lower) out.push_back(c.lower);
    if (sh.punct) out.push_back(c.punct);
    if (w == "\"") out.push_back(c.quote);
    if (sh.digit) {
      out.push_back(c.num);
      if (LooksLikeDate(w)) out.push_back(c.date_num);
      if (LooksLikeDayMonth(w)) out.push_back(c.day_month);
      if (w.size() == 4 && w.find_first_not_of("0123456789") == std::string_view::npos &&
          (w[0] == '1' || w[0] == '2'))
        out.push_back(c.year);
    } else if (!w.empty() && w.find_first_not_of("IVXLC") == std::string_view::npos) {
      out.push_back(c.roman);
    }
    std::sort(out.begin() + t->cls, out.end());
    t->cls_end = static_cast<uint32_t>(out.size());
  }

  struct Encoded {
    std::string text;
    std::vector<uint32_t> starts;  // record start of each token, plus the end
    int TokenAt(uint32_t offset) const {
      auto it = std::lower_bound(starts.begin(), starts.end(), offset);
      return static_cast<int>(it - starts.begin());
    }
  };

  static void Encode(const extract::TokenBuffer& buf, Encoded* e) {
    extract::EncodeTokens(buf, &e->text, &e->starts);
  }

  // A token range [first, last) from a capture; {-1,-1} when it did not match.
  static std::pair<int, int> Range(const Encoded& e, const re2::StringPiece& cap) {
    if (cap.data() == nullptr) return {-1, -1};
    uint32_t b = static_cast<uint32_t>(cap.data() - e.text.data());
    uint32_t en = b + static_cast<uint32_t>(cap.size());
    return {e.TokenAt(b), e.TokenAt(en)};
  }

  struct Candidate {
    const CompiledRule* rule;
    const extract::EntityEmit* emit;
    int first, last;  // tokens replaced
    int text_first, text_last;
    std::pair<int, int> role, org, former, alias;
    size_t order;
  };

  // Runs the phases over sentence `ordinal`, whose gate scan is found_.
  void Sentence(const Span& s, size_t ordinal) {
    sentence_ = static_cast<uint32_t>(ordinal);
    extract::Tokenize(norm_.text, s.begin, s.end, &buf_);
    if (buf_.tokens.empty()) return;
    rs_.word_codes.Assign(&buf_);
    for (auto& t : buf_.tokens) AddShapeClasses(&t);
    rs_.gazetteer.Apply(&buf_);
    words_here_.assign(rs_.trigger_words.size(), kUnknown);
    ClassesPresent(buf_);
    encoded_ = false;
    size_t r = 0;
    while (r < rs_.rules.size()) {
      int phase = rs_.rules[r].phase;
      size_t end = r;
      while (end < rs_.rules.size() && rs_.rules[end].phase == phase) ++end;
      if (RunPhase(r, end, &buf_)) {
        ClassesPresent(buf_);
        encoded_ = false;
      }
      if (trace_) Trace(rs_.phases[phase], buf_);
      r = end;
    }
  }

  // LIENKET_TRACE=1 prints each sentence's tokens after every phase.
  void Trace(const std::string& phase, const extract::TokenBuffer& buf) const {
    std::string line = "[" + phase + "]";
    for (const auto& t : buf.tokens) {
      line += ' ';
      if (t.entity >= 0) {
        ((line += '{') += EntityTypeName(entities_[t.entity].type)) += ':';
        (line += buf.Folded(t)) += '}';
      } else {
        line += buf.Folded(t);
      }
      if (t.entity < 0 && buf.ClassesBegin(t) != buf.ClassesEnd(t)) {
        line += "/";
        for (const ClassId* c = buf.ClassesBegin(t); c != buf.ClassesEnd(t); ++c)
          (line += rs_.classes.Name(*c)) += ",";
      }
    }
    fprintf(stderr, "%s\n", line.c_str());
  }

  // The leftmost match of `rule` that begins at token *from or later, into
  // groups_ (n groups). A rule whose plan names the tokens a match begins
  // with is tried, anchored, at just those tokens: RE2 then reads a few
  // records instead of the rest of the sentence, and the leftmost match is
  // the one at the first token that has one. Sets *from to the token tried.
  bool NextMatch(const CompiledRule& rule, const extract::TokenBuffer& buf, int n, size_t* from) {
    if (!rule.plan.anchorable) {
      const Encoded& enc = Encoding(buf);
      return rule.re->Match(enc.text, enc.starts[*from], enc.text.size(), RE2::UNANCHORED,
                            groups_.data(), n);
    }
    for (size_t k = *from; k < buf.tokens.size(); ++k) {
      // The next candidate (see Candidates()) at or after k.
      size_t w = k / 64;
      uint64_t bits = candidates_[w] & (~uint64_t{0} << (k % 64));
      while (!bits && ++w < tok_words_) bits = candidates_[w];
      if (!bits) break;
      k = w * 64 + static_cast<size_t>(__builtin_ctzll(bits));
      const Encoded& enc = Encoding(buf);
      re2::StringPiece text(enc.text);
      // The DFA finds where the match ends; submatches are then looked
      // for in just that span, as an unanchored Match does.
      if (!rule.re->Match(text, enc.starts[k], enc.text.size(), RE2::ANCHOR_START, groups_.data(),
                          1))
        continue;
      size_t end = static_cast<size_t>(groups_[0].data() - enc.text.data()) + groups_[0].size();
      if (n > 1 &&
          !rule.re->Match(text, enc.starts[k], end, RE2::ANCHOR_BOTH, groups_.data(), n))
        continue;
      *from = k;
      return true;
    }
    *from = buf.tokens.size();
    return false;
  }

  // The sentence's encoding (see pattern.h), made when a rule first needs
  // it after the tokens changed: a phase none of whose rules has a token to
  // begin at costs no encoding.
  const Encoded& Encoding(const extract::TokenBuffer& buf) {
    if (!encoded_) {
      Encode(buf, &enc_);
      encoded_ = true;
    }
    return enc_;
  }

  // The tokens a match of an anchorable rule may begin at, as a bit set
  // (candidates_): those passing one of the plan's tests (and whose next
  // token passes one of the test's `next`, when it has some). Returns
  // whether there is any: a rule that cannot match here needs no more.
  bool Candidates(const extract::PatternPlan& plan, const extract::TokenBuffer& buf) {
    candidates_.assign(tok_words_, 0);
    const size_t n = buf.tokens.size();
    if (n == 0) return false;
    if (plan.any_first) {
      for (size_t k = 0; k < n; ++k) candidates_[k / 64] |= uint64_t{1} << (k % 64);
    }
    for (const extract::TokenTest& t : plan.first) {
      if (plan.any_first) break;
      if (!Passing(t, buf, &scratch_)) continue;
      if (!t.next.empty()) {
        next_.assign(tok_words_, 0);
        for (const extract::TokenTest& nt : t.next)
          if (Passing(nt, buf, &pass_))
            for (size_t w = 0; w < tok_words_; ++w) next_[w] |= pass_[w];
        // Token k stays when token k + 1 passed.
        for (size_t w = 0; w < tok_words_; ++w) {
          uint64_t after = next_[w] >> 1;
          if (w + 1 < tok_words_) after |= next_[w + 1] << 63;
          scratch_[w] &= after;
        }
      }
      for (size_t w = 0; w < tok_words_; ++w) candidates_[w] |= scratch_[w];
    }
    // Context tokens may come first: up to plan.lead tokens before each.
    for (int l = 0; l < plan.lead; ++l)
      for (size_t w = 0; w < tok_words_; ++w) {
        uint64_t before = candidates_[w] >> 1;
        if (w + 1 < tok_words_) before |= candidates_[w + 1] << 63;
        candidates_[w] |= before;
      }
    // No token past the last.
    if (n % 64) candidates_[tok_words_ - 1] &= (uint64_t{1} << (n % 64)) - 1;
    if (plan.start_only) {
      uint64_t first = candidates_[0] & 1;
      candidates_.assign(tok_words_, 0);
      candidates_[0] = first;
    }
    for (uint64_t w : candidates_)
      if (w) return true;
    return false;
  }

  // The tokens that pass test `t`, as a bit set in *bits; false when none
  // can (a class it asks for is not in the sentence).
  bool Passing(const extract::TokenTest& t, const extract::TokenBuffer& buf,
               std::vector<uint64_t>* bits) const {
    bits->assign(tok_words_, 0);
    if (!t.word.empty()) {
      for (size_t k = 0; k < buf.tokens.size(); ++k) {
        const Token& tok = buf.tokens[k];
        if (tok.fold_end - tok.fold < t.word.size() || buf.folded[tok.fold] != t.word[0]) continue;
        if (buf.Folded(tok).substr(0, t.word.size()) == t.word)
          (*bits)[k / 64] |= uint64_t{1} << (k % 64);
      }
      return true;
    }
    for (size_t w = 0; w < t.has.size(); ++w)
      if (w >= present_.size() || (present_[w] & t.has[w]) != t.has[w]) return false;
    bits->assign(tok_words_, ~uint64_t{0});
    ForEachClass(t.has, [&](size_t c) {
      for (size_t w = 0; w < tok_words_; ++w) (*bits)[w] &= tokens_of_[c * tok_words_ + w];
    });
    ForEachClass(t.lacks, [&](size_t c) {
      if (c >= rs_.classes.size()) return;
      for (size_t w = 0; w < tok_words_; ++w) (*bits)[w] &= ~tokens_of_[c * tok_words_ + w];
    });
    return true;
  }

  // Whether some token may pass one of the plan's tests: the classes a
  // class test asks for are all in the sentence (a word test may pass).
  bool MayBegin(const extract::PatternPlan& plan) const {
    if (plan.any_first || plan.word_test) return true;
    const size_t words = plan.need_words;
    for (size_t row = 0; row < plan.need.size(); row += words) {
      bool ok = true;
      for (size_t w = 0; w < words && ok; ++w)
        ok = (present_[w] & plan.need[row + w]) == plan.need[row + w];
      if (ok) return true;
    }
    return false;
  }

  template <typename F>
  static void ForEachClass(const std::vector<uint64_t>& bits, F f) {
    for (size_t w = 0; w < bits.size(); ++w)
      for (uint64_t b = bits[w]; b; b &= b - 1) f(w * 64 + static_cast<size_t>(__builtin_ctzll(b)));
  }

  // Runs the rules [from, to) of one phase over a sentence; returns whether
  // it replaced tokens by entities.
  bool RunPhase(size_t from, size_t to, extract::TokenBuffer* buf) {
    std::vector<Token>* toks = &buf->tokens;
    const Encoded& enc = enc_;  // made by NextMatch before the first match
    std::vector<Candidate>& cands = cands_;
    std::vector<re2::StringPiece>& groups = groups_;
    cands.clear();
    for (size_t i = from; i < to; ++i) {
      // Cheapest first: whether the rule can begin anywhere, its triggers,
      // then the very tokens it can begin at.
      const extract::PatternPlan& plan = rs_.rules[i].plan;
      if (plan.anchorable && !MayBegin(plan)) continue;
      if (!Triggered(rs_.rules[i])) continue;
      if (plan.anchorable && !Candidates(plan, *buf)) continue;
      const CompiledRule& rule = rs_.rules[i];
      int n = rule.re->NumberOfCapturingGroups() + 1;
      groups.assign(n, re2::StringPiece());
      size_t at = 0;  // the first token the next match may begin at
      while (at < toks->size() && NextMatch(rule, *buf, n, &at)) {
        auto whole = Range(enc, groups[0]);
        if (whole.second <= whole.first) {  // an empty match: step one token on
          at = std::min<size_t>(whole.first + 1, toks->size());
          if (whole.first >= static_cast<int>(toks->size())) break;
          continue;
        }
        for (const auto& emit : rule.entities) {
          Candidate c{&rule, &emit, whole.first, whole.second, whole.first, whole.second,
                      {-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}, cands.size()};
          if (emit.span >= 0) std::tie(c.first, c.last) = Range(enc, groups[emit.span]);
          if (emit.text >= 0) std::tie(c.text_first, c.text_last) = Range(enc, groups[emit.text]);
          else std::tie(c.text_first, c.text_last) = std::make_pair(c.first, c.last);
          if (emit.role >= 0) c.role = Range(enc, groups[emit.role]);
          if (emit.org >= 0) c.org = Range(enc, groups[emit.org]);
          if (emit.former >= 0) c.former = Range(enc, groups[emit.former]);
          if (emit.alias >= 0) c.alias = Range(enc, groups[emit.alias]);
          if (c.last > c.first && c.text_last > c.text_first) cands.push_back(c);
        }
        for (const auto& rel : rule.relations) {
          auto subj = Range(enc, groups[rel.subject]);
          auto obj = Range(enc, groups[rel.object]);
          uint32_t b = (*toks)[whole.first].begin, e = (*toks)[whole.second - 1].end;
          for (int si : EntitiesIn(*toks, subj, rel.relation, true))
            for (int oi : EntitiesIn(*toks, obj, rel.relation, false))
              if (si != oi) {
                facts_.push_back({rel.relation, si, oi, &rule, b, e});
                fact_sentence_.push_back(sentence_);
              }
        }
        at = whole.second;
      }
    }
    if (cands.empty()) return false;
    // Higher priority first, then longer, then earlier.
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
      if (a.rule->priority != b.rule->priority) return a.rule->priority > b.rule->priority;
      if (a.last - a.first != b.last - b.first) return a.last - a.first > b.last - b.first;
      if (a.first != b.first) return a.first < b.first;
      return a.order < b.order;
    });
    std::vector<int> owner(toks->size(), -1);
    std::vector<const Candidate*> accepted;
    for (const Candidate& c : cands) {
      bool free = true;
      for (int k = c.first; k < c.last && free; ++k) free = owner[k] < 0;
      if (!free) continue;
      int ent = MakeEntity(c, *toks);
      if (ent < 0) continue;
      for (int k = c.first; k < c.last; ++k) owner[k] = ent;
      accepted.push_back(&c);
    }
    if (accepted.empty()) return false;
    // Each accepted run of tokens becomes one entity token, in place. Its
    // folded text and codes are the run's: merged tokens lie one ' ' apart
    // in `folded` and `coded`.
    std::vector<ClassId>& cls = buf->classes;
    size_t out = 0;
    for (size_t k = 0; k < toks->size();) {
      if (owner[k] < 0) {
        (*toks)[out++] = (*toks)[k];
        ++k;
        continue;
      }
      int ent = owner[k];
      size_t j = k;
      while (j < toks->size() && owner[j] == ent) ++j;
      Token t;
      t.begin = (*toks)[k].begin;
      t.end = (*toks)[j - 1].end;
      t.fold = (*toks)[k].fold;
      t.fold_end = (*toks)[j - 1].fold_end;
      t.code = (*toks)[k].code;
      t.code_end = (*toks)[j - 1].code_end;
      t.entity = ent;
      const auto& cl = rs_.classes;
      t.cls = static_cast<uint32_t>(cls.size());
      cls.push_back(cl.entity);
      cls.push_back(cl.entity_type[static_cast<int>(entities_[ent].type)]);
      for (ClassId shape : {cl.cap, cl.lower, cl.upper})
        if (buf->Has((*toks)[k], shape)) cls.push_back(shape);
      for (const Candidate* c : accepted)
        if (c->first == static_cast<int>(k))
          for (ClassId tag : c->emit->tags) cls.push_back(tag);
      std::sort(cls.begin() + t.cls, cls.end());
      cls.erase(std::unique(cls.begin() + t.cls, cls.end()), cls.end());
      t.cls_end = static_cast<uint32_t>(cls.size());
      (*toks)[out++] = t;
      k = j;
    }
    toks->resize(out);
    return true;
  }

  // The entities of a capture that fit the relation. A title alone where a
  // person fits ("Thủ tướng đã dự ...") is taken too: Emit() puts the
  // article's holder of that title in its place.
  std::vector<int> EntitiesIn(const std::vector<Token>& toks, std::pair<int, int> range, Relation r,
                              bool subject) const {
    std::vector<int> out, titles;
    if (range.first < 0) return out;
    for (int k = range.first; k < range.second; ++k) {
      int e = toks[k].entity;
      if (e < 0) continue;
      if (Fits(r, subject, entities_[e].type)) out.push_back(e);
      else if (entities_[e].type == EntityType::kPosition) titles.push_back(e);
    }
    if (out.empty() && r != Relation::kHoldsTitle && Fits(r, subject, EntityType::kPerson))
      return titles;
    return out;
  }

  std::string TextOf(const std::vector<Token>& toks, int first, int last) const {
    if (first < 0 || last <= first) return {};
    uint32_t b = toks[first].begin, e = toks[last - 1].end;
    std::string s = norm_.text.substr(b, e - b);
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
  }

  int MakeEntity(const Candidate& c, const std::vector<Token>& toks) {
    Entity e;
    e.type = c.emit->type;
    e.begin = toks[c.text_first].begin;
    e.end = toks[c.text_last - 1].end;
    e.text = TextOf(toks, c.text_first, c.text_last);
    for (ClassId tag : c.emit->tags) {
      if (tag == rs_.bare) e.bare = true;
      if (tag == rs_.short_name) e.short_name = true;
      if (tag == rs_.incomplete) e.incomplete = true;
      if (tag == rs_.implicit) e.implicit = true;
    }
    if (e.type == EntityType::kDate) {
      e.text = extract::ToIsoDate(e.text, full_date_ ? date_ : std::string());
      if (e.text.empty()) return -1;
    }
    if (c.role.first >= 0) e.role = TextOf(toks, c.role.first, c.role.second);
    if (c.org.first >= 0) {
      int inner = c.org.second - c.org.first == 1 ? toks[c.org.first].entity : -1;
      if (inner >= 0) {
        const Entity& o = entities_[inner];
        e.org = o.text;
        e.org_aliases = o.aliases;
        // The position is named by its role and organization; a qualifier
        // after them ("Ủy viên Bộ Chính trị BCH Trung ương") is left out.
        if (!e.role.empty()) e.text = e.role + " " + o.text;
      } else {
        e.org = TextOf(toks, c.org.first, c.org.second);
      }
    }
    e.former = c.former.first >= 0 && c.former.second > c.former.first;
    if (c.alias.first >= 0) {
      std::string a = TextOf(toks, c.alias.first, c.alias.second);
      if (!a.empty() && a != e.text) e.aliases.push_back(std::move(a));
    }
    entities_.push_back(std::move(e));
    entity_sentence_.push_back(sentence_);
    return static_cast<int>(entities_.size()) - 1;
  }

  const RuleSet::Impl& rs_;
  const Document& doc_;
  NormalizedText norm_;
  std::string date_;
  bool full_date_ = false;  // date_ is a day (dateline, input), not a counted year
  // What the triggers say (SentenceHas()).
  enum : int8_t { kUnknown = -1, kNo = 0, kYes = 1 };
  extract::Gate::Found found_;      // the gate's scan of the current sentence
  std::vector<int8_t> words_here_;  // in the current sentence, as far as asked
  bool trace_ = getenv("LIENKET_TRACE") != nullptr;
  // LIENKET_GATE=off reads every sentence, as if the gate let all through:
  // to check that the gate changes no result.
  bool every_sentence_ = [] {
    const char* g = getenv("LIENKET_GATE");
    return g != nullptr && std::string_view(g) == "off";
  }();
  std::vector<Entity> entities_;
  std::vector<RawFact> facts_;
  // The sentence each entity and fact comes from (InSentenceOrder()).
  uint32_t sentence_ = 0;
  std::vector<uint32_t> entity_sentence_, fact_sentence_;
  // Per-sentence working storage, kept so that its capacity is reused.
  extract::TokenBuffer buf_;
  Encoded enc_;
  bool encoded_ = false;  // enc_ is the encoding of buf_
  std::vector<uint64_t> present_;  // ClassesPresent(): of the sentence, a bit a class
  std::vector<Candidate> cands_;
  std::vector<re2::StringPiece> groups_;
  std::vector<uint64_t> tokens_of_;  // ClassesPresent(): the tokens of each class
  size_t tok_words_ = 0;
  std::vector<uint64_t> candidates_, scratch_, next_, pass_;  // Candidates()
};

}  // namespace

DocumentFacts Extract(const RuleSet& rules, const Document& doc) {
  return DocumentExtractor(rules.impl(), doc).Run();
}

}  // namespace lienket
