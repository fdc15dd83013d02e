// The progress line of long runs, and the one place that writes warnings to
// stderr while it is shown (so that the two never garble each other).
#ifndef LIENKET_CLI_PROGRESS_H_
#define LIENKET_CLI_PROGRESS_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string_view>
#include <thread>

namespace lienket::cli {

// Counters the pipeline bumps and the progress line reads.
struct LiveCounters {
  std::atomic<uint64_t> documents{0};   // delivered, in order
  std::atomic<uint64_t> skipped{0};
  std::atomic<uint64_t> text_bytes{0};  // bytes of document text read
  std::atomic<uint64_t> input_bytes{0}; // bytes of input consumed (compressed for .gz)
};

class Progress {
 public:
  // Draws on stderr at most 10 times a second while `enabled` (the caller
  // decides: stderr is a terminal and not --quiet). `total_input_bytes` is 0
  // when unknown (stdin), and then no percentage or ETA is shown.
  Progress(const LiveCounters* counters, uint64_t total_input_bytes, bool enabled);
  ~Progress();  // Stop()s
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Prints one line on stderr (a newline is added), clearing the bar first.
  // Thread-safe.
  void Message(std::string_view line);
  // Stops the refresh thread and clears the bar.
  void Stop();

  // True when stderr is a terminal.
  static bool StderrIsTerminal();

 private:
  void Run();
  void DrawLocked();
  void ClearLocked();

  const LiveCounters* counters_;
  uint64_t total_;
  bool enabled_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  bool drawn_ = false;
  double started_;
  std::thread thread_;
};

}  // namespace lienket::cli

#endif  // LIENKET_CLI_PROGRESS_H_
