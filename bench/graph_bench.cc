// Resolution and the graph files at corpus scale, on synthetic facts shaped
// like the extractor's: ~12.5 facts a document, Zipf-like reuse of names,
// positions built from roles and organizations, abbreviations and aliases.
//
//   cmake -DLIENKET_BUILD_BENCH=ON ... && build/bench/graph_bench
//   build/bench/graph_bench --benchmark_filter=Build/40000
//
// BM_RealAdd and BM_RealBuild replay real extractor output instead: the
// DocumentFacts of a `lienket extract` output or a store.jsonl named by
// LIENKET_BENCH_FACTS (skipped without it), e.g. the store of a build over
// the whole corpus.
//   LIENKET_BENCH_FACTS=out/store.jsonl build/bench/graph_bench --benchmark_filter=Real
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "lienket/graph.h"

namespace lienket {
namespace {

const char* kSurnames[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng", "Huỳnh", "Phan",  "Vũ",
                           "Võ",     "Đặng", "Bùi", "Đỗ",   "Hồ",    "Ngô",   "Dương", "Lý"};
const char* kMiddle[] = {"Văn",  "Thị",  "Hữu",  "Đức", "Minh",   "Quốc", "Thanh", "Ngọc", "Xuân",
                         "Hoài", "Bình", "Đình", "Tấn", "Phương", "Công", "Quang", "Thu",  "Kim"};
const char* kGiven[] = {"An",   "Bình",  "Cường", "Dũng",  "Giang", "Hà",     "Hải",  "Hân",
                        "Hòa",  "Hùng",  "Hương", "Khánh", "Lan",   "Linh",   "Long", "Mai",
                        "Minh", "Nam",   "Nga",   "Ngọc",  "Phúc",  "Phương", "Quân", "Quang",
                        "Sơn",  "Tâm",   "Thắng", "Thảo",  "Thủy",  "Trung",  "Tuấn", "Vân",
                        "Việt", "Vượng", "Xuân",  "Yến"};
const char* kProvinces[] = {"Hà Nội",     "Hải Phòng", "Đà Nẵng",    "Cần Thơ",   "Bình Định",
                            "Nghệ An",    "Thanh Hóa", "Quảng Ninh", "Lâm Đồng",  "Đắk Lắk",
                            "Bắc Ninh",   "Huế",       "Quảng Nam",  "Khánh Hòa", "Long An",
                            "Tiền Giang", "An Giang",  "Cà Mau",     "Lào Cai",   "Điện Biên",
                            "Hà Giang",   "Nam Định"};
const char* kFields[] = {"Giáo dục và Đào tạo",
                         "Y tế",
                         "Tài chính",
                         "Công Thương",
                         "Nông nghiệp và Phát triển nông thôn",
                         "Tư pháp",
                         "Xây dựng",
                         "Nội vụ",
                         "Lao động - Thương binh và Xã hội",
                         "Khoa học và Công nghệ",
                         "Văn hóa, Thể thao và Du lịch",
                         "Giao thông vận tải"};
const char* kCountries[] = {"Cuba", "Lào", "Campuchia", "Nhật Bản", "LB Nga",  "Hàn Quốc",
                            "Pháp", "Đức", "Ấn Độ",     "Ba Lan",   "Mông Cổ", "Hungary"};
const char* kRoles[] = {"Chủ tịch",   "Phó Chủ tịch",   "Giám đốc",    "Phó Giám đốc", "Bí thư",
                        "Trưởng ban", "Phó Trưởng ban", "Tổng Thư ký", "Ủy viên"};
const char* kEvents[] = {"Hội nghị tổng kết công tác", "Lễ kỷ niệm",   "Đại hội đại biểu",
                         "Hội thảo khoa học",          "Lễ trao tặng", "Kỳ họp thứ"};
const char* kAwards[] = {"Huân chương Lao động hạng Nhất",
                         "Huân chương Lao động hạng Nhì",
                         "Huân chương Hữu nghị",
                         "Bằng khen của Thủ tướng Chính phủ",
                         "Cờ thi đua",
                         "Kỷ niệm chương \"Vì sự nghiệp Đối ngoại nhân dân\""};

template <size_t N>
const char* Pick(const char* (&a)[N], size_t i) {
  return a[i % N];
}

// Draws ranks 0..n-1 with P(k) ~ 1/(k+1): a few names everywhere, most rare.
class Zipf {
 public:
  explicit Zipf(size_t n) : n_(n), log_n_(std::log(static_cast<double>(n) + 1)) {}
  size_t operator()(std::mt19937_64& rng) const {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    size_t k = static_cast<size_t>(std::exp(u * log_n_)) - 1;
    return k < n_ ? k : n_ - 1;
  }

 private:
  size_t n_;
  double log_n_;
};

std::string PersonName(size_t k) {
  size_t s = k % 16, m = (k / 16) % 18, g = (k / 288) % 36, extra = k / 10368;
  std::string name = std::string(kSurnames[s]) + " " + kMiddle[m] + " " + kGiven[g];
  if (extra) name += " " + std::string(Pick(kGiven, extra * 7 + 3));
  return name;
}

Mention OrgMention(size_t k) {
  Mention m;
  m.type = EntityType::kOrganization;
  switch (k % 5) {
    case 0:
      m.text = "Sở " + std::string(Pick(kFields, k / 5)) + " tỉnh " + Pick(kProvinces, k / 60);
      break;
    case 1:
      // An abbreviation the table expands inside the name.
      m.text = std::string(k % 2 ? "UBND" : "Ủy ban nhân dân") + " huyện " + Pick(kGiven, k / 5) +
               " tỉnh " + Pick(kProvinces, k / 180);
      break;
    case 2:
      m.text = "Hội Hữu nghị Việt Nam - " + std::string(Pick(kCountries, k / 5)) + " tỉnh " +
               Pick(kProvinces, k / 60);
      break;
    case 3:
      m.text = "Công ty Cổ phần " + std::string(Pick(kGiven, k / 5)) + " " +
               Pick(kProvinces, k / 180) + " " + std::to_string(k / 3960);
      m.aliases.push_back("CTCP " + std::to_string(k));
      break;
    default:
      m.text = "Trường Đại học " + std::string(Pick(kFields, k / 5)) + " " +
               Pick(kProvinces, k / 60) + " " + std::to_string(k / 1320);
      break;
  }
  return m;
}

AliasTables Tables() {
  AliasTables t;
  std::string error;
  LoadAliasTables(std::string(LIENKET_RULES_DIR) + "/lexicons/aliases.tsv", &t, &error);
  return t;
}

struct Corpus {
  GraphBuilder builder{Tables()};
  size_t facts = 0;
};

// Documents go straight into the builder: the bench holds one copy, as
// `lienket build` does.
std::unique_ptr<Corpus> MakeCorpus(size_t doc_count) {
  std::mt19937_64 rng(42);
  Zipf persons(60000), orgs(20000), events(30000);
  auto c = std::make_unique<Corpus>();
  for (size_t d = 0; d < doc_count; ++d) {
    DocumentFacts doc;
    doc.doc_id = "doc" + std::to_string(d);
    const int year = 2015 + static_cast<int>(d % 8);
    char date[11];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, static_cast<int>(1 + d % 12),
                  static_cast<int>(1 + d % 28));
    doc.date = d % 10 == 0 ? std::to_string(year) : date;

    size_t ek = events(rng);
    Mention event;
    event.type = EntityType::kEvent;
    event.text = std::string(Pick(kEvents, ek)) + " năm " + std::to_string(2015 + ek % 8) +
                 " của " + OrgMention(ek % 20000).text;
    if (ek % 3) event.date = std::string(date);
    Mention org = OrgMention(orgs(rng));
    Mention place;
    place.type = EntityType::kLocation;
    place.text = Pick(kProvinces, ek);
    Mention day;
    day.type = EntityType::kDate;
    day.text = event.date.empty() ? std::string(date) : event.date;

    auto fact = [&](Relation r, const Mention& s, const Mention& o, uint32_t at) {
      Fact f;
      f.relation = r;
      f.subject = s;
      f.object = o;
      f.rule = "rule-" + std::string(RelationName(r));
      f.evidence = {at, at + 60};
      f.former = r == Relation::kHoldsTitle && rng() % 20 == 0;
      doc.facts.push_back(std::move(f));
    };
    uint32_t at = 100;
    fact(Relation::kOrganizes, org, event, at += 80);
    fact(Relation::kHeldIn, event, place, at += 80);
    fact(Relation::kHeldOn, event, day, at += 80);
    const int people = 3 + static_cast<int>(rng() % 3);
    for (int p = 0; p < people; ++p) {
      size_t pk = persons(rng);
      Mention person;
      person.type = EntityType::kPerson;
      person.text = PersonName(pk);
      Mention position;
      position.type = EntityType::kPosition;
      Mention where = OrgMention((pk * 31) % 20000);
      position.role = Pick(kRoles, pk);
      position.org = where.text;
      position.org_aliases = where.aliases;
      position.text = position.role + " " + position.org;
      fact(Relation::kHoldsTitle, person, position, at += 80);
      if (p == 0) fact(Relation::kPositionOf, position, where, at += 80);
      fact(p == 0 ? Relation::kChairs : Relation::kAttends, person, event, at += 80);
    }
    if (rng() % 3 == 0) {
      Mention award;
      award.type = EntityType::kAward;
      award.text = Pick(kAwards, rng() % 6);
      Mention receiver = OrgMention(orgs(rng));
      fact(Relation::kAwards, org, receiver, at += 80);
      fact(Relation::kReceivedAward, receiver, award, at += 80);
    }
    c->facts += doc.facts.size();
    c->builder.Add(std::move(doc));
  }
  return c;
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

double CurrentRssMb() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return static_cast<double>(resident) * 4096 / (1 << 20);
}

// One corpus alive at a time, so RSS figures belong to it.
const Corpus& CorpusOf(size_t docs) {
  static size_t current_docs = 0;
  static std::unique_ptr<Corpus> current;  // bench-only memo
  if (current_docs != docs) {
    current.reset();
    current = MakeCorpus(docs);
    current_docs = docs;
  }
  return *current;
}

void BM_Build(benchmark::State& state) {
  const Corpus& corpus = CorpusOf(static_cast<size_t>(state.range(0)));
  const double before = CurrentRssMb();
  size_t nodes = 0, edges = 0;
  for (auto _ : state) {
    Graph g = corpus.builder.Build();
    nodes = boost::num_vertices(g);
    edges = boost::num_edges(g);
    benchmark::DoNotOptimize(g);
  }
  state.counters["facts"] = static_cast<double>(corpus.facts);
  state.counters["nodes"] = static_cast<double>(nodes);
  state.counters["edges"] = static_cast<double>(edges);
  state.counters["facts/s"] = benchmark::Counter(
      static_cast<double>(corpus.facts) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["store_rss_mb"] = before;
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_Build)->Arg(4000)->Arg(40000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SaveGraph(benchmark::State& state) {
  Graph g = CorpusOf(static_cast<size_t>(state.range(0))).builder.Build();
  size_t bytes = 0;
  for (auto _ : state) {
    std::ostringstream out;
    SaveGraph(g, out);
    bytes = out.str().size();
  }
  state.counters["file_mb"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_SaveGraph)->Arg(40000)->Unit(benchmark::kMillisecond);

void BM_LoadGraph(benchmark::State& state) {
  Graph g = CorpusOf(static_cast<size_t>(state.range(0))).builder.Build();
  std::ostringstream out;
  SaveGraph(g, out);
  const std::string bytes = out.str();
  for (auto _ : state) {
    std::istringstream in(bytes);
    Graph back;
    std::string error;
    if (!LoadGraph(in, &back, &error)) state.SkipWithError(error.c_str());
    benchmark::DoNotOptimize(back);
  }
  state.counters["nodes"] = static_cast<double>(boost::num_vertices(g));
  state.counters["edges"] = static_cast<double>(boost::num_edges(g));
}
BENCHMARK(BM_LoadGraph)->Arg(40000)->Unit(benchmark::kMillisecond);

void BM_StoreSaveLoad(benchmark::State& state) {
  const GraphBuilder& builder = CorpusOf(static_cast<size_t>(state.range(0))).builder;
  size_t bytes = 0;
  for (auto _ : state) {
    std::stringstream io;
    builder.Save(io);
    bytes = io.str().size();
    GraphBuilder back(Tables());
    std::string error;
    if (!back.Load(io, "bench", &error)) state.SkipWithError(error.c_str());
  }
  state.counters["store_mb"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_StoreSaveLoad)->Arg(40000)->Unit(benchmark::kMillisecond);

// The documents of LIENKET_BENCH_FACTS, read once; empty when unset. A
// store's header line is not a document and is skipped.
const std::vector<DocumentFacts>& RealDocuments(std::string* error) {
  static std::vector<DocumentFacts> docs;  // bench-only memo
  static std::string failure;
  static bool read = false;
  if (!read) {
    read = true;
    const char* path = std::getenv("LIENKET_BENCH_FACTS");
    if (!path) {
      failure = "LIENKET_BENCH_FACTS not set";
    } else {
      std::ifstream in(path);
      std::string line;
      while (failure.empty() && std::getline(in, line)) {
        if (line.rfind("{\"format\"", 0) == 0) continue;
        DocumentFacts d;
        if (DocumentFactsFromJson(line, &d, &failure)) docs.push_back(std::move(d));
      }
      if (failure.empty() && docs.empty()) failure = std::string(path) + ": no documents";
    }
  }
  *error = failure;
  return docs;
}

// GraphBuilder::Add of every document: what `lienket build` spends in its
// sink per document. In the build, extracting a document (RE2, ICU, ~100
// KB of text) runs between two Adds and leaves little of the store in the
// caches; with an argument of N, N MB of memory are read between two
// documents to do the same (untimed, but the misses that follow are timed).
void BM_RealAdd(benchmark::State& state) {
  std::string error;
  const std::vector<DocumentFacts>& docs = RealDocuments(&error);
  if (!error.empty()) return state.SkipWithError(error.c_str());
  const AliasTables tables = Tables();
  size_t facts = 0;
  for (const DocumentFacts& d : docs) facts += d.facts.size();
  std::vector<uint64_t> sweep(static_cast<size_t>(state.range(0)) << 17, 1);
  uint64_t sum = 0;
  for (auto _ : state) {
    GraphBuilder builder(tables);
    for (const DocumentFacts& d : docs) {
      if (!sweep.empty()) {
        state.PauseTiming();
        for (size_t i = 0; i < sweep.size(); i += 8) sum += sweep[i]++;
        state.ResumeTiming();
      }
      builder.Add(d);
    }
    benchmark::DoNotOptimize(builder);
    state.PauseTiming();  // not the builder's destruction
    builder = GraphBuilder();
    state.ResumeTiming();
  }
  benchmark::DoNotOptimize(sum);
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["facts"] = static_cast<double>(facts);
}
BENCHMARK(BM_RealAdd)->Arg(0)->Arg(16)->Unit(benchmark::kMillisecond);

void BM_RealBuild(benchmark::State& state) {
  std::string error;
  const std::vector<DocumentFacts>& docs = RealDocuments(&error);
  if (!error.empty()) return state.SkipWithError(error.c_str());
  GraphBuilder builder(Tables());
  for (const DocumentFacts& d : docs) builder.Add(d);
  size_t nodes = 0, edges = 0;
  for (auto _ : state) {
    Graph g = builder.Build();
    nodes = boost::num_vertices(g);
    edges = boost::num_edges(g);
    benchmark::DoNotOptimize(g);
  }
  state.counters["nodes"] = static_cast<double>(nodes);
  state.counters["edges"] = static_cast<double>(edges);
}
BENCHMARK(BM_RealBuild)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace lienket
