// Throughput of the extraction stage on a Vietnamese news paragraph, stage
// by stage: tokens and gazetteer, the encoding rules match over, the
// sentence gate, one phase of rules, and the whole of Extract().
//   build/bench/extract_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "../extract/gate.h"
#include "../extract/pattern.h"
#include "../extract/rule_set_impl.h"
#include "../extract/token.h"
#include "lienket/extract.h"
#include "lienket/text.h"

namespace {

using lienket::extract::ClassId;
using lienket::extract::Token;
using lienket::extract::TokenBuffer;

// Written for this benchmark in the style of the corpus: a headline, then
// titles before names, an organization with its abbreviation, an event
// with its date and place, attendance, an award and a short-name mention.
constexpr const char kParagraph[] =
    "Bộ Tài nguyên và Môi trường tổng kết công tác năm 2023\n"
    "Sáng 15/1, tại Hà Nội, Bộ Tài nguyên và Môi trường tổ chức Hội nghị tổng kết công tác "
    "năm 2023 và triển khai nhiệm vụ năm 2024. Đồng chí Trần Hồng Hà, Ủy viên Trung ương Đảng, "
    "Phó Thủ tướng Chính phủ dự và chỉ đạo hội nghị. Tham dự hội nghị có Thứ trưởng Lê Công "
    "Thành, Giám đốc Sở Tài nguyên và Môi trường tỉnh Nghệ An Nguyễn Văn Đệ cùng đại diện Liên "
    "hiệp các tổ chức hữu nghị Việt Nam (VUFO).\n"
    "Phát biểu tại hội nghị, ông Hà đánh giá cao kết quả ngành đạt được trong năm qua. Dịp này, "
    "Thủ tướng Chính phủ đã tặng Bằng khen cho 12 tập thể và 20 cá nhân; Chủ tịch nước tặng "
    "Huân chương Lao động hạng Ba cho Tổng cục Quản lý đất đai. Hội nghị kết thúc lúc 11 giờ "
    "cùng ngày, sau khi thông qua chương trình công tác tháng 2 năm 2024 của Bộ.\n";

std::string Paragraphs(size_t copies) {
  std::string s;
  for (size_t i = 0; i < copies; ++i) s += kParagraph;
  return s;
}

const lienket::RuleSet& Rules() {
  static const lienket::RuleSet* rules = [] {
    std::vector<lienket::RuleError> errors;
    auto r = lienket::RuleSet::Load({LIENKET_RULES_DIR}, &errors);
    if (!r) std::abort();
    return r.release();
  }();
  return *rules;
}

// The normalized paragraph and its sentences, as Extract sees them.
struct Sentences {
  std::string text;
  std::vector<lienket::Span> spans;
  explicit Sentences(size_t copies)
      : text(lienket::Normalize(Paragraphs(copies)).text), spans(lienket::SplitSentences(text)) {}
};

// Word codes and shape classes as the extractor gives them (the common
// ones), then the gazetteer's merge: a sentence's tokens as the first phase sees them.
void Tokens(const lienket::RuleSet::Impl& rs, const Sentences& s, const lienket::Span& span,
            TokenBuffer* buf) {
  lienket::extract::Tokenize(s.text, span.begin, span.end, buf);
  rs.word_codes.Assign(buf);
  const auto& c = rs.classes;
  for (Token& t : buf->tokens) {
    t.cls = static_cast<uint32_t>(buf->classes.size());
    if (t.shape.cap) buf->classes.push_back(c.cap);
    if (t.shape.upper) buf->classes.push_back(c.upper);
    if (t.shape.lower) buf->classes.push_back(c.lower);
    if (t.shape.punct) buf->classes.push_back(c.punct);
    if (t.shape.digit) buf->classes.push_back(c.num);
    std::sort(buf->classes.begin() + t.cls, buf->classes.end());
    t.cls_end = static_cast<uint32_t>(buf->classes.size());
  }
  rs.gazetteer.Apply(buf);
}

void BM_TokenizeGazetteer(benchmark::State& state) {
  const auto& rs = Rules().impl();
  const Sentences s(static_cast<size_t>(state.range(0)));
  TokenBuffer buf;
  int64_t tokens = 0;
  for (auto _ : state) {
    for (const auto& span : s.spans) {
      Tokens(rs, s, span, &buf);
      tokens += static_cast<int64_t>(buf.tokens.size());
    }
    benchmark::DoNotOptimize(buf.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(s.text.size()));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeGazetteer)->Arg(1)->Arg(16);

void BM_Encode(benchmark::State& state) {
  const auto& rs = Rules().impl();
  const Sentences s(static_cast<size_t>(state.range(0)));
  std::vector<TokenBuffer> bufs(s.spans.size());
  for (size_t k = 0; k < s.spans.size(); ++k) Tokens(rs, s, s.spans[k], &bufs[k]);
  std::string enc;
  for (auto _ : state) {
    for (const TokenBuffer& buf : bufs) {
      enc.clear();
      for (const Token& t : buf.tokens) lienket::extract::EncodeToken(buf, t, &enc);
      benchmark::DoNotOptimize(enc.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(s.text.size()));
}
BENCHMARK(BM_Encode)->Arg(1)->Arg(16);

// The sentence gate: one RE2::Set scan of each sentence and the test of
// whether a relation rule could run in it ("passed": the share that could).
void BM_Gate(benchmark::State& state) {
  const lienket::extract::Gate& gate = *Rules().impl().gate;
  const Sentences s(static_cast<size_t>(state.range(0)));
  lienket::extract::Gate::Found found;
  int64_t passed = 0, sentences = 0;
  for (auto _ : state) {
    for (const auto& span : s.spans) {
      gate.Scan(std::string_view(s.text).substr(span.begin, span.end - span.begin), &found);
      passed += gate.May(lienket::extract::Need::kFact, found);
      ++sentences;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(s.text.size()));
  state.counters["passed"] = static_cast<double>(passed) / static_cast<double>(sentences);
}
BENCHMARK(BM_Gate)->Arg(1)->Arg(16);

// The rules of one phase over every sentence, tried as the extractor tries
// them: anchored at the tokens their plan says a match can begin with, or
// searched for through the sentence. Arg: the phase's index.
void BM_Phase(benchmark::State& state) {
  const auto& rs = Rules().impl();
  const int phase = static_cast<int>(state.range(0));
  if (phase >= static_cast<int>(rs.phases.size())) {
    state.SkipWithError("no such phase");
    return;
  }
  state.SetLabel(rs.phases[phase]);
  const Sentences s(1);
  struct Encoded {
    TokenBuffer buf;
    std::string text;
    std::vector<size_t> starts;
    size_t words = 0;            // of a token's class bit set
    std::vector<uint64_t> bits;  // the classes of each token
  };
  std::vector<Encoded> sentences(s.spans.size());
  for (size_t k = 0; k < s.spans.size(); ++k) {
    Encoded& e = sentences[k];
    Tokens(rs, s, s.spans[k], &e.buf);
    e.words = (rs.classes.size() + 63) / 64;
    e.bits.assign(e.buf.tokens.size() * e.words, 0);
    for (size_t j = 0; j < e.buf.tokens.size(); ++j) {
      const Token& t = e.buf.tokens[j];
      for (const ClassId* c = e.buf.ClassesBegin(t); c != e.buf.ClassesEnd(t); ++c)
        e.bits[j * e.words + *c / 64] |= uint64_t{1} << (*c % 64);
      e.starts.push_back(e.text.size());
      lienket::extract::EncodeToken(e.buf, t, &e.text);
    }
    e.starts.push_back(e.text.size());
  }
  std::vector<re2::StringPiece> groups(64);
  int64_t matches = 0;
  for (auto _ : state) {
    for (const Encoded& e : sentences) {
      for (const auto& rule : rs.rules) {
        if (rule.phase != phase) continue;
        const auto& plan = rule.plan;
        int n = std::min(rule.re->NumberOfCapturingGroups() + 1, 64);
        if (!plan.anchorable) {
          size_t pos = 0;
          while (pos < e.text.size() &&
                 rule.re->Match(e.text, pos, e.text.size(), RE2::UNANCHORED, groups.data(), n)) {
            ++matches;
            pos = static_cast<size_t>(groups[0].data() - e.text.data()) +
                  std::max<size_t>(groups[0].size(), 1);
          }
          continue;
        }
        for (size_t k = 0; k < e.buf.tokens.size(); ++k) {
          if (plan.start_only && k > 0) break;
          const uint64_t* bits = e.bits.data() + k * e.words;
          bool begins = plan.any_first;
          for (const auto& test : plan.first) {
            if (begins) break;
            if (!test.word.empty()) {
              begins = e.buf.Folded(e.buf.tokens[k]).substr(0, test.word.size()) == test.word;
              continue;
            }
            bool ok = true;
            for (size_t w = 0; w < test.has.size() && ok; ++w)
              ok = (bits[w] & test.has[w]) == test.has[w];
            for (size_t w = 0; w < test.lacks.size() && ok; ++w)
              ok = (bits[w] & test.lacks[w]) == 0;
            begins = ok;
          }
          if (!begins || !rule.re->Match(e.text, e.starts[k], e.text.size(), RE2::ANCHOR_START,
                                         groups.data(), n))
            continue;
          ++matches;  // go on after the match, as the extractor does
          size_t end = static_cast<size_t>(groups[0].data() - e.text.data()) + groups[0].size();
          size_t next = static_cast<size_t>(
              std::lower_bound(e.starts.begin(), e.starts.end(), end) - e.starts.begin());
          k = std::max(k, next) - 1;
        }
      }
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(s.text.size()));
}
BENCHMARK(BM_Phase)->DenseRange(0, 2);

// The whole stage: normalize, sentences, tokens, every phase, discourse.
void BM_Extract(benchmark::State& state) {
  const lienket::RuleSet& rules = Rules();
  lienket::Document doc;
  doc.id = "bench";
  doc.text = Paragraphs(static_cast<size_t>(state.range(0)));
  size_t facts = 0;
  for (auto _ : state) facts += lienket::Extract(rules, doc).facts.size();
  benchmark::DoNotOptimize(facts);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(doc.text.size()));
  state.counters["facts"] = static_cast<double>(facts) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Extract)->Arg(1)->Arg(16);

}  // namespace
