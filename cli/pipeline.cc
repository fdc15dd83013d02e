#include "pipeline.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace lienket::cli {

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// What a worker hands back for one document: its facts, or why it failed.
struct Result {
  bool ok = false;
  DocumentFacts facts;
  Skipped skip;
  size_t bytes = 0;
  uint64_t input_position = 0;  // reader's bytes_read() after this document
};

// A document on its way to a worker.
struct Item {
  uint64_t seq = 0;
  uint64_t input_position = 0;
  Document doc;
};

Result ExtractOne(const RuleSet& rules, const Document& doc, double* seconds) {
  Result r;
  r.bytes = doc.text.size();
  auto start = Clock::now();
  // A bug that throws on one document must not take the others with it.
  try {
    r.facts = Extract(rules, doc);
    r.ok = true;
  } catch (const std::exception& e) {
    r.skip = {doc.origin, doc.id, std::string("extraction failed: ") + e.what()};
  }
  *seconds += Since(start);
  return r;
}

// Runs everything on the calling thread: the one-thread baseline, with no
// queue or thread switch in the way.
PipelineStats RunSequential(DocumentReader& reader, const RuleSet& rules,
                            LiveCounters* counters, const SkipHandler& on_skip,
                            const FactsSink& sink) {
  PipelineStats stats;
  auto start = Clock::now();
  bool stop = false;
  auto skip = [&](const Skipped& s) {
    if (stop) return;
    counters->skipped.fetch_add(1, std::memory_order_relaxed);
    if (!on_skip(s)) stop = true;
  };
  while (!stop) {
    Document doc;
    auto t = Clock::now();
    bool more = reader.Next(&doc, skip);
    stats.read_seconds += Since(t);
    counters->input_bytes.store(reader.bytes_read(), std::memory_order_relaxed);
    if (!more || stop) break;
    Result r = ExtractOne(rules, doc, &stats.extract_seconds);
    if (!r.ok) {
      skip(r.skip);
      continue;
    }
    counters->documents.fetch_add(1, std::memory_order_relaxed);
    counters->text_bytes.fetch_add(r.bytes, std::memory_order_relaxed);
    t = Clock::now();
    sink(std::move(r.facts));
    stats.sink_seconds += Since(t);
  }
  stats.wall_seconds = Since(start);
  return stats;
}

class ParallelRun {
 public:
  ParallelRun(DocumentReader& reader, const RuleSet& rules, const PipelineOptions& options,
              LiveCounters* counters, const SkipHandler& on_skip)
      : reader_(reader),
        rules_(rules),
        max_docs_(options.max_inflight_documents ? options.max_inflight_documents
                                                 : 64 * static_cast<size_t>(options.threads)),
        max_bytes_(options.max_inflight_bytes),
        counters_(counters),
        on_skip_(on_skip),
        threads_(options.threads) {}

  PipelineStats Run(const FactsSink& sink) {
    auto start = Clock::now();
    std::thread reader([this] { ReadAll(); });
    std::vector<std::thread> workers;
    std::vector<double> extract_seconds(threads_, 0.0);
    for (int i = 0; i < threads_; ++i)
      workers.emplace_back([this, &extract_seconds, i] { Work(&extract_seconds[i]); });

    std::exception_ptr sink_error;
    try {
      Deliver(sink);
    } catch (...) {
      sink_error = std::current_exception();
      Cancel();
    }
    reader.join();
    for (std::thread& w : workers) w.join();
    if (sink_error) std::rethrow_exception(sink_error);
    if (reader_error_) std::rethrow_exception(reader_error_);

    counters_->input_bytes.store(final_position_, std::memory_order_relaxed);
    stats_.wall_seconds = Since(start);
    for (double s : extract_seconds) stats_.extract_seconds += s;
    return stats_;
  }

 private:
  void Cancel() {
    std::lock_guard<std::mutex> lock(mu_);
    cancelled_ = true;
    work_cv_.notify_all();
    result_cv_.notify_all();
    budget_cv_.notify_all();
  }

  // From the reader thread (reader skips) or the delivering thread (failed
  // extractions); the user's handler is serialized here.
  void Skip(const Skipped& s) {
    std::unique_lock<std::mutex> lock(skip_mu_);
    if (stopped_by_skip_) return;
    counters_->skipped.fetch_add(1, std::memory_order_relaxed);
    if (!on_skip_(s)) {
      stopped_by_skip_ = true;
      lock.unlock();
      Cancel();
    }
  }

  void ReadAll() {
    try {
      auto skip = [this](const Skipped& s) { Skip(s); };
      for (uint64_t seq = 0;; ++seq) {
        Document doc;
        auto t = Clock::now();
        bool more = reader_.Next(&doc, skip);
        stats_.read_seconds += Since(t);  // only this thread writes it
        if (!more) break;
        size_t bytes = doc.text.size();
        uint64_t position = reader_.bytes_read();
        std::unique_lock<std::mutex> lock(mu_);
        budget_cv_.wait(lock, [&] {
          return cancelled_ || inflight_docs_ == 0 ||
                 (inflight_docs_ < max_docs_ && inflight_bytes_ + bytes <= max_bytes_);
        });
        if (cancelled_) break;
        ++inflight_docs_;
        inflight_bytes_ += bytes;
        work_.push_back(Item{seq, position, std::move(doc)});
        produced_ = seq + 1;
        work_cv_.notify_one();
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(mu_);
      reader_error_ = std::current_exception();
      cancelled_ = true;
    }
    // The end of the input, skipped documents included.
    final_position_ = reader_.bytes_read();
    std::lock_guard<std::mutex> lock(mu_);
    reader_done_ = true;
    work_cv_.notify_all();
    result_cv_.notify_all();
  }

  void Work(double* extract_seconds) {
    for (;;) {
      std::unique_lock<std::mutex> lock(mu_);
      work_cv_.wait(lock, [this] { return cancelled_ || reader_done_ || !work_.empty(); });
      if (cancelled_ || work_.empty()) return;
      Item item = std::move(work_.front());
      work_.pop_front();
      lock.unlock();
      Result r = ExtractOne(rules_, item.doc, extract_seconds);
      r.input_position = item.input_position;
      lock.lock();
      results_.emplace(item.seq, std::move(r));
      result_cv_.notify_all();
    }
  }

  void Deliver(const FactsSink& sink) {
    for (uint64_t next = 0;; ++next) {
      std::unique_lock<std::mutex> lock(mu_);
      result_cv_.wait(lock, [&] {
        return cancelled_ || results_.count(next) || (reader_done_ && next == produced_);
      });
      if (cancelled_) return;
      auto it = results_.find(next);
      if (it == results_.end()) return;  // everything produced was delivered
      Result r = std::move(it->second);
      results_.erase(it);
      lock.unlock();
      // Progress counts what is delivered, not what the reader ran ahead to.
      counters_->input_bytes.store(r.input_position, std::memory_order_relaxed);

      if (r.ok) {
        counters_->documents.fetch_add(1, std::memory_order_relaxed);
        counters_->text_bytes.fetch_add(r.bytes, std::memory_order_relaxed);
        auto t = Clock::now();
        sink(std::move(r.facts));
        stats_.sink_seconds += Since(t);
      } else {
        Skip(r.skip);
      }

      lock.lock();
      --inflight_docs_;
      inflight_bytes_ -= r.bytes;
      budget_cv_.notify_all();
    }
  }

  DocumentReader& reader_;
  const RuleSet& rules_;
  const size_t max_docs_;
  const size_t max_bytes_;
  LiveCounters* counters_;
  const SkipHandler& on_skip_;
  const int threads_;

  std::mutex mu_;  // guards everything below up to skip_mu_
  std::condition_variable work_cv_, result_cv_, budget_cv_;
  std::deque<Item> work_;
  std::map<uint64_t, Result> results_;
  uint64_t produced_ = 0;
  size_t inflight_docs_ = 0;
  size_t inflight_bytes_ = 0;
  bool reader_done_ = false;
  bool cancelled_ = false;
  std::exception_ptr reader_error_;
  uint64_t final_position_ = 0;  // written by the reader thread before it ends

  std::mutex skip_mu_;
  bool stopped_by_skip_ = false;

  PipelineStats stats_;  // read_seconds: reader thread; sink_seconds: delivering thread
};

}  // namespace

PipelineStats RunPipeline(DocumentReader& reader, const RuleSet& rules,
                          const PipelineOptions& options, LiveCounters* counters,
                          const SkipHandler& on_skip, const FactsSink& sink) {
  if (options.threads <= 1) return RunSequential(reader, rules, counters, on_skip, sink);
  ParallelRun run(reader, rules, options, counters, on_skip);
  return run.Run(sink);
}

}  // namespace lienket::cli
