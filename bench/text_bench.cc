// Throughput of the text stage on a Vietnamese news paragraph, repeated.
//   build/bench/text_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "../text/segment.h"
#include "lienket/text.h"

namespace {

// Written for this benchmark in the style of the corpus: a headline, a
// dateline, then body text with titles, abbreviations, dates and numbers,
// quotes, one old-style tone ("Uỷ") and a doubled space.
constexpr const char kParagraph[] =
    "Hội Hữu nghị Việt Nam - Lào tổng kết công tác năm 2022\n"
    "15/12/2022 09:30:00 AM\n"
    "Sáng 14/12, tại Hà Nội, Hội Hữu nghị Việt Nam - Lào đã tổ chức hội nghị tổng kết công tác "
    "năm 2022 và triển khai nhiệm vụ năm 2023. Tham dự hội nghị có đồng chí Nguyễn Văn Thành, "
    "Uỷ viên Trung ương Đảng, Phó Trưởng ban Đối ngoại Trung ương; GS. TS. Trần Thị Minh, "
    "Chủ tịch Hội; đại diện Đại sứ quán Lào tại Việt Nam cùng hơn 150 đại biểu.\n"
    "Phát biểu khai mạc, bà Trần Thị Minh cho biết năm qua Hội đã phối hợp tổ chức 35 hoạt động "
    "giao lưu, vận động được 1.250.000.000 đồng ủng hộ học sinh Lào học tập tại TP.HCM và "
    "TP. Đà Nẵng. Dịp này, Hội trao Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc” "
    "cho 12 cá nhân có nhiều đóng góp.  Hội nghị kết thúc lúc 11 giờ cùng ngày.\n";

std::string Corpus(size_t copies) {
  std::string s;
  for (size_t i = 0; i < copies; ++i) s += kParagraph;
  return s;
}

void BM_Normalize(benchmark::State& state) {
  const std::string text = Corpus(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    lienket::NormalizedText n = lienket::Normalize(text);
    benchmark::DoNotOptimize(n.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Normalize)->Arg(1)->Arg(64);

void BM_SplitSentences(benchmark::State& state) {
  const std::string text = lienket::Normalize(Corpus(static_cast<size_t>(state.range(0)))).text;
  for (auto _ : state) {
    std::vector<lienket::Span> spans = lienket::SplitSentences(text);
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_SplitSentences)->Arg(1)->Arg(64);

// The same sentences with ICU run over the whole of each line, as before
// the windows: what they save.
void BM_SplitSentencesByWholeLines(benchmark::State& state) {
  const std::string text = lienket::Normalize(Corpus(static_cast<size_t>(state.range(0)))).text;
  for (auto _ : state) {
    std::vector<lienket::Span> spans = lienket::text_internal::SplitSentencesByWholeLines(text);
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_SplitSentencesByWholeLines)->Arg(1)->Arg(64);

void BM_DetectDocumentDate(benchmark::State& state) {
  const std::string text = lienket::Normalize(Corpus(static_cast<size_t>(state.range(0)))).text;
  for (auto _ : state) benchmark::DoNotOptimize(lienket::DetectDocumentDate(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_DetectDocumentDate)->Arg(1);

// FoldKey is called once per mention: names of a few words.
void BM_FoldKey(benchmark::State& state) {
  const std::vector<std::string> names = {
      "Uỷ viên Trung ương Đảng", "Ban Đối ngoại Trung ương", "Hội Hữu nghị Việt Nam - Lào",
      "Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc”", "Trần Thị Minh", "TP.HCM",
      "Nguyễn Văn Thành", "Đại sứ quán Lào"};
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& name : names) {
      benchmark::DoNotOptimize(lienket::FoldKey(name));
      bytes += static_cast<int64_t>(name.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(names.size()));
}
BENCHMARK(BM_FoldKey);

// DocumentReader over JSONL lines of the paragraph: plain (0) or gzip (1).
// Counts the text bytes handed out, as report.json's text_mb does.
void BM_ReadJsonl(benchmark::State& state) {
  const bool gzip = state.range(0) != 0;
  std::string text = Corpus(4);
  for (size_t at = 0; (at = text.find('\n', at)) != std::string::npos; at += 2)
    text.replace(at, 1, "\\n");
  std::string jsonl;
  for (int i = 0; i < 2000; ++i)
    jsonl += "{\"id\": \"" + std::to_string(i) + "\", \"text\": \"" + text + "\"}\n";
  char path[] = "/tmp/lienket_bench_XXXXXX";
  const int fd = mkstemp(path);
  close(fd);
  const std::string name = std::string(path) + (gzip ? ".jsonl.gz" : ".jsonl");
  if (gzip) {
    gzFile gz = gzopen(name.c_str(), "wb");
    gzwrite(gz, jsonl.data(), static_cast<unsigned>(jsonl.size()));
    gzclose(gz);
  } else {
    std::ofstream(name, std::ios::binary) << jsonl;
  }
  int64_t bytes = 0;
  for (auto _ : state) {
    lienket::DocumentReader reader({name}, {});
    lienket::Document doc;
    while (reader.Next(&doc, [](const lienket::Skipped&) {})) bytes += doc.text.size();
  }
  state.SetBytesProcessed(bytes);
  std::remove(name.c_str());
  std::remove(path);
}
BENCHMARK(BM_ReadJsonl)->Arg(0)->Arg(1);

}  // namespace
