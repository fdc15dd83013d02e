// The bodies of the fuzz targets, shared by the libFuzzer entry points
// (tests/fuzz/*_fuzzer.cc, built with -DLIENKET_FUZZ=ON and clang) and by
// tests/robust_fuzz_regressions_test.cc, which replays the seed corpora and
// every input a fuzzer ever crashed on as a plain GoogleTest (so the
// regressions run in every build and under ASan/UBSan, not only in clang
// fuzz builds).
//
// Each target feeds arbitrary bytes to one stage the way a user could, and
// checks the invariants the stage's header promises. A broken invariant
// aborts (FUZZ_CHECK), which libFuzzer reports as a crash with the input.
//
// Needs LIENKET_RULES_DIR (the project's rules/) defined by the build.
#ifndef LIENKET_TESTS_FUZZ_FUZZ_TARGETS_H_
#define LIENKET_TESTS_FUZZ_FUZZ_TARGETS_H_

#include <signal.h>
#include <stdlib.h>
#include <unicode/utf8.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "lienket/export.h"
#include "lienket/extract.h"
#include "lienket/graph.h"
#include "lienket/query.h"
#include "lienket/text.h"

#define FUZZ_CHECK(cond)                                                                 \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)

namespace lienket::fuzz {

namespace fs = std::filesystem;

// Well-formed UTF-8 as the reader demands it (ICU's U8_NEXT rejects overlong
// forms, surrogates and code points above U+10FFFF); NUL is allowed here.
inline bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

// Code points in valid UTF-8.
inline size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// A scratch directory of this process, removed at exit. A fuzzer that
// crashed never got to remove its own: each new one removes those of
// processes that are gone.
class ScratchDir {
 public:
  ScratchDir() {
    const fs::path tmp = fs::temp_directory_path();
    const std::string prefix = "lienket-fuzz-";
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(tmp, ec)) {
      const std::string name = e.path().filename().string();
      if (name.rfind(prefix, 0) != 0) continue;
      const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
      if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        fs::remove_all(e.path(), ec);
    }
    path_ = tmp / (prefix + std::to_string(::getpid()));
    fs::remove_all(path_, ec);
    if (!fs::create_directory(path_, ec)) std::abort();
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

inline const ScratchDir& Scratch() {
  static const ScratchDir* dir = new ScratchDir();  // lives as long as the process
  static struct Cleanup {
    ~Cleanup() { delete dir; }
  } cleanup;
  return *dir;
}

inline void WriteBytes(const fs::path& p, std::string_view bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The gzip form of `bytes` (so that the .jsonl.gz path sees real gzip).
inline std::string Gzip(std::string_view bytes) {
  z_stream z{};
  if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) std::abort();
  std::string out(deflateBound(&z, bytes.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) std::abort();
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// ---------------------------------------------------------------- text

// Normalize, SplitSentences, DetectDocumentDate and FoldKey on valid UTF-8,
// checking what text.h promises about offsets and spans.
inline void CheckNormalizer(std::string_view utf8) {
  NormalizedText n = Normalize(utf8);
  FUZZ_CHECK(n.origin.size() == n.text.size() + 1);
  FUZZ_CHECK(n.origin[n.origin.size() - 1] == utf8.size());
  for (uint32_t i = 1; i < n.origin.size(); ++i) FUZZ_CHECK(n.origin[i - 1] <= n.origin[i]);
  for (uint32_t o = 0; o <= utf8.size(); ++o) {  // the first byte from o or later
    const uint32_t k = n.origin.LowerBound(o);
    FUZZ_CHECK(k <= n.origin.size());
    FUZZ_CHECK(k == n.origin.size() || n.origin[k] >= o);
    FUZZ_CHECK(k == 0 || n.origin[k - 1] < o);
  }
  FUZZ_CHECK(IsValidUtf8(n.text));

  uint32_t previous_end = 0;
  for (const Span& s : SplitSentences(n.text)) {
    FUZZ_CHECK(s.begin <= s.end);
    FUZZ_CHECK(s.end <= n.text.size());
    FUZZ_CHECK(previous_end <= s.begin);
    previous_end = s.end;
    Span original = n.ToOriginal(s.begin, s.end);
    FUZZ_CHECK(original.begin <= original.end);
    FUZZ_CHECK(original.end <= utf8.size());
  }
  std::string date = DetectDocumentDate(n.text);
  FUZZ_CHECK(date.empty() || date.size() == 4 || date.size() == 10);

  // Not checked: FoldKey(FoldKey(x)) == FoldKey(x). text.h does not promise
  // it, and it fails where a dropped quote stood between a letter and its
  // combining mark ("o\u00BB\u0323": the second pass composes "ọ").
  FUZZ_CHECK(IsValidUtf8(FoldKey(utf8)));
}

// Reads `payload` through DocumentReader as the file kind chosen by `mode`
// and normalizes every document it accepts.
inline void ReadAs(int mode, std::string_view payload) {
  static const char* const kNames[] = {"doc.txt", "docs.jsonl", "legacy.txt", "docs.jsonl.gz",
                                       "raw.jsonl.gz"};
  mode %= 5;
  const fs::path dir = Scratch().path() / "reader";
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::create_directories(dir);
  const fs::path file = dir / kNames[mode];
  WriteBytes(file, mode == 3 ? Gzip(payload) : std::string(payload));

  ReaderOptions options;
  if (mode == 2) options.encoding = "windows-1258";
  options.max_document_bytes = 1 << 16;
  DocumentReader reader({file.string()}, options);
  std::string error;
  FUZZ_CHECK(reader.Open(&error));
  Document doc;
  size_t documents = 0, skipped = 0;
  auto on_skip = [&](const Skipped& s) {
    ++skipped;
    FUZZ_CHECK(!s.origin.empty());
    FUZZ_CHECK(!s.reason.empty());
  };
  while (reader.Next(&doc, on_skip)) {
    ++documents;
    // What the reader hands on is valid UTF-8 without NUL: the contract
    // every later stage relies on.
    FUZZ_CHECK(IsValidUtf8(doc.text));
    FUZZ_CHECK(doc.text.find('\0') == std::string::npos);
    FUZZ_CHECK(!doc.id.empty());
    FUZZ_CHECK(doc.text.size() <= options.max_document_bytes);
    CheckNormalizer(doc.text);
  }
  FUZZ_CHECK(documents + skipped < (1u << 20));
}

// Target 1: the reader and the normalizer. The first byte picks how the
// rest is read: as a .txt, a .jsonl, a windows-1258 .txt, gzipped JSONL,
// or raw bytes named .jsonl.gz; valid UTF-8 also goes straight to Normalize.
inline void FuzzText(const uint8_t* data, size_t size) {
  if (size == 0) return;
  std::string_view payload(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (IsValidUtf8(payload)) CheckNormalizer(payload);
  ReadAs(data[0], payload);
}

// ---------------------------------------------------------------- extract

inline const RuleSet& DefaultRules() {
  static const RuleSet* rules = [] {
    std::vector<RuleError> errors;
    std::unique_ptr<RuleSet> r = RuleSet::Load({LIENKET_RULES_DIR}, &errors);
    if (r == nullptr) {
      for (const RuleError& e : errors) std::fprintf(stderr, "%s\n", e.ToString().c_str());
      std::abort();
    }
    return r.release();
  }();
  return *rules;
}

inline void CheckFacts(const Document& doc, const DocumentFacts& facts) {
  FUZZ_CHECK(facts.doc_id == doc.id);
  auto check_span = [&](const Span& s) {
    FUZZ_CHECK(s.begin <= s.end);
    FUZZ_CHECK(s.end <= doc.text.size());
  };
  for (const Fact& f : facts.facts) {
    check_span(f.evidence);
    check_span(f.subject.span);
    check_span(f.object.span);
    FUZZ_CHECK(!f.rule.empty());
    for (const Mention* m : {&f.subject, &f.object}) {
      FUZZ_CHECK(IsValidUtf8(m->text));
      FUZZ_CHECK(!m->text.empty());
    }
  }
}

// Every export format into a string; the writers must take any name.
inline void ExportAll(const Graph& g) {
  ExportOptions options;
  for (ExportFormat f : {ExportFormat::kGraphML, ExportFormat::kGexf, ExportFormat::kTurtle,
                         ExportFormat::kNTriples, ExportFormat::kNQuads, ExportFormat::kJsonl,
                         ExportFormat::kDot, ExportFormat::kCsvNodes, ExportFormat::kCsvEdges}) {
    std::ostringstream out;
    Write(f, g, options, out);
    FUZZ_CHECK(IsValidUtf8(out.str()));
  }
}

// Target 2: the extractor with the default rules over any text a reader
// could hand it (valid UTF-8, no NUL), then resolution and every writer.
inline void FuzzExtract(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!IsValidUtf8(text) || text.find('\0') != std::string_view::npos) return;
  Document doc;
  doc.id = "fuzz";
  doc.text = std::string(text);
  doc.origin = "fuzz";
  DocumentFacts facts = Extract(DefaultRules(), doc);
  CheckFacts(doc, facts);
  if (facts.facts.empty()) return;
  // The store's line format reads back to the same line.
  const std::string json = DocumentFactsToJson(facts);
  DocumentFacts back;
  std::string error;
  FUZZ_CHECK(DocumentFactsFromJson(json, &back, &error));
  FUZZ_CHECK(DocumentFactsToJson(back) == json);
  GraphBuilder builder;
  builder.Add(std::move(facts));
  ExportAll(builder.Build());
}

// ---------------------------------------------------------------- rules

// An article for a fuzzed rule set to run over.
inline constexpr std::string_view kRuleProbeText =
    "Hà Nội, 14/12/2021 - Sáng 14/12, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam "
    "(VUFO) tổ chức Hội nghị tổng kết công tác năm 2021. Ông Nguyễn Văn An, Chủ tịch Hội "
    "Hữu nghị Việt Nam - Lào chủ trì hội nghị. Tham dự có bà Trần Thị Bình, Phó Chủ tịch "
    "Ủy ban nhân dân tỉnh Bình Định. Nhân dịp này, Chủ tịch nước trao Huân chương Lao động "
    "hạng Nhì cho Hội Hữu nghị Việt Nam - Lào.";

// Target 3: the rule-file parser. The input is one .rules file in a
// directory beside the project's lexicons; a rule set that loads must then
// extract from an article without trouble, one that does not must say why.
inline void FuzzRules(const uint8_t* data, size_t size) {
  static const fs::path dir = [] {
    fs::path d = Scratch().path() / "rules";
    fs::create_directories(d);
    fs::create_directory_symlink(fs::path(LIENKET_RULES_DIR) / "lexicons", d / "lexicons");
    return d;
  }();
  WriteBytes(dir / "50-fuzz.rules", std::string_view(reinterpret_cast<const char*>(data), size));
  std::vector<RuleError> errors;
  std::unique_ptr<RuleSet> rules = RuleSet::Load({dir.string()}, &errors);
  if (rules == nullptr) {
    FUZZ_CHECK(!errors.empty());
    for (const RuleError& e : errors) {
      FUZZ_CHECK(!e.reason.empty());
      FUZZ_CHECK(!e.ToString().empty());
    }
    return;
  }
  (void)rules->Describe();
  Document doc;
  doc.id = "probe";
  doc.text = std::string(kRuleProbeText);
  CheckFacts(doc, Extract(*rules, doc));
}

// ---------------------------------------------------------------- query

// The graph of kRuleProbeText under the default rules.
inline const Graph& ProbeGraph() {
  static const Graph* graph = [] {
    Document doc;
    doc.id = "probe";
    doc.text = std::string(kRuleProbeText);
    GraphBuilder builder;
    builder.Add(Extract(DefaultRules(), doc));
    return new Graph(builder.Build());
  }();
  return *graph;
}

// Target 4: the query parser (CheckQuery, FormatQueryError) and, for a
// query that parses, the engine and every answer format on a small graph.
inline void FuzzQuery(const uint8_t* data, size_t size) {
  std::string_view query(reinterpret_cast<const char*>(data), size);
  QueryError error;
  const bool ok = CheckQuery(query, &error);
  if (!ok) {
    FUZZ_CHECK(!error.message.empty());
    FUZZ_CHECK(error.column >= 0);
    if (IsValidUtf8(query))
      FUZZ_CHECK(static_cast<size_t>(error.column) <= CodePoints(query) + 1);
    (void)FormatQueryError(query, error);
    return;
  }
  static const QueryEngine* engine = [] {
    QueryOptions options;
    options.max_bindings = 100000;
    return new QueryEngine(ProbeGraph(), options);
  }();
  QueryAnswer answer;
  QueryError run_error;
  if (!engine->Run(query, &answer, &run_error)) {
    FUZZ_CHECK(!run_error.message.empty());
    return;
  }
  for (AnswerFormat format : {AnswerFormat::kTsv, AnswerFormat::kJson, AnswerFormat::kJsonl}) {
    std::ostringstream out;
    AnswerWriterOptions options;
    options.format = format;
    options.evidence = true;
    AnswerWriter writer(ProbeGraph(), options, out);
    writer.Write(answer);
    writer.Finish();
  }
}

}  // namespace lienket::fuzz

#endif  // LIENKET_TESTS_FUZZ_FUZZ_TARGETS_H_
