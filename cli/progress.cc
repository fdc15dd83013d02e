#include "progress.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

namespace lienket::cli {

namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::string FormatDuration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

Progress::Progress(const LiveCounters* counters, uint64_t total_input_bytes, bool enabled)
    : counters_(counters), total_(total_input_bytes), enabled_(enabled), started_(Now()) {
  if (enabled_) thread_ = std::thread([this] { Run(); });
}

Progress::~Progress() { Stop(); }

bool Progress::StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

void Progress::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stop_) return;
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  std::lock_guard<std::mutex> lock(mu_);
  ClearLocked();
}

void Progress::Message(std::string_view line) {
  std::lock_guard<std::mutex> lock(mu_);
  ClearLocked();
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fputc('\n', stderr);
  std::fflush(stderr);
}

void Progress::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stop_) {
    // 100 ms between frames: at most 10 refreshes a second.
    if (cv_.wait_for(lock, std::chrono::milliseconds(100), [this] { return stop_; })) break;
    DrawLocked();
  }
}

void Progress::ClearLocked() {
  if (!drawn_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

void Progress::DrawLocked() {
  double elapsed = Now() - started_;
  uint64_t docs = counters_->documents.load(std::memory_order_relaxed);
  uint64_t skipped = counters_->skipped.load(std::memory_order_relaxed);
  double mb = counters_->text_bytes.load(std::memory_order_relaxed) / 1e6;
  uint64_t in = counters_->input_bytes.load(std::memory_order_relaxed);
  double rate = elapsed > 0 ? mb / elapsed : 0;

  std::string line = "\r\033[K" + std::to_string(docs) + " docs";
  if (skipped) line += " (" + std::to_string(skipped) + " skipped)";
  char buf[128];
  std::snprintf(buf, sizeof buf, "  %.1f MB  %.1f MB/s", mb, rate);
  line += buf;
  if (total_ > 0) {
    double frac = std::min(1.0, static_cast<double>(in) / static_cast<double>(total_));
    constexpr int kWidth = 24;
    int filled = static_cast<int>(frac * kWidth);
    line += "  [" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "]";
    std::snprintf(buf, sizeof buf, " %3.0f%%", frac * 100);
    line += buf;
    if (frac > 0.01)
      line += "  ETA " + FormatDuration(elapsed * (1 - frac) / frac);
  }
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace lienket::cli
