#include "atomic_file.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <thread>
#include <vector>

namespace lienket::cli {

namespace fs = std::filesystem;

namespace {

constexpr size_t kBufferBytes = 1 << 20;

std::string ErrnoText(int err) { return std::strerror(err); }

// fsync through a fresh descriptor: Linux flushes the inode's dirty pages
// whichever descriptor asks, so the stream need not expose its own.
bool SyncPath(const std::string& path, bool directory, std::string* error) {
  int fd = ::open(path.c_str(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = path + ": " + ErrnoText(errno);
    return false;
  }
  int rc = directory ? ::fsync(fd) : ::fdatasync(fd);
  int err = errno;
  ::close(fd);
  // Some file systems (tmpfs, certain FUSE mounts) refuse to sync a
  // directory; that is no reason to fail the build.
  if (rc != 0 && !(directory && (err == EINVAL || err == EROFS))) {
    *error = path + ": cannot sync: " + ErrnoText(err);
    return false;
  }
  return true;
}

// Asks the kernel to start writing `path`'s dirty pages now, without
// waiting: the fdatasync that Commit must do later then finds little left.
// Best effort; that fdatasync reports any error.
void StartWriteback(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
  ::close(fd);
}

bool ProcessAlive(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

enum class Leftover { kNone, kStaging, kOld };

// A directory that an earlier run of ours left behind, whose process is
// gone: "<name>.tmp-<pid>" (a staging directory never swapped in) or
// "<name>.old-<pid>" (a previous output moved aside).
Leftover ClassifySibling(const std::string& entry, const std::string& name) {
  for (const char* tag : {".tmp-", ".old-"}) {
    std::string prefix = name + tag;
    if (entry.size() <= prefix.size() || entry.compare(0, prefix.size(), prefix) != 0) continue;
    std::string digits = entry.substr(prefix.size());
    if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos)
      return Leftover::kNone;
    pid_t pid = static_cast<pid_t>(std::stol(digits));
    if (pid == ::getpid() || ProcessAlive(pid)) return Leftover::kNone;
    return tag[1] == 't' ? Leftover::kStaging : Leftover::kOld;
  }
  return Leftover::kNone;
}

}  // namespace

// ---------------------------------------------------------------- AtomicFile

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  fs::path p(path_);
  std::string name = ".";  // hidden, and never taken for an output
  name += p.filename().string();
  name += ".tmp-";
  name += std::to_string(::getpid());
  temp_ = (p.parent_path() / name).string();
}

AtomicFile::~AtomicFile() {
  if (opened_ && !committed_) {
    out_.close();
    ::unlink(temp_.c_str());
  }
}

bool AtomicFile::Open(std::string* error) {
  // Not zeroed: make_unique<char[]> would memset the whole megabyte, and
  // touch pages a small file never uses.
  buffer_.reset(new char[kBufferBytes]);
  out_.rdbuf()->pubsetbuf(buffer_.get(), kBufferBytes);
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    *error = "cannot write " + path_ + ": " + ErrnoText(errno);
    return false;
  }
  opened_ = true;
  return true;
}

bool AtomicFile::Close(std::string* error) {
  if (closed_) return true;
  out_.flush();
  bool ok = static_cast<bool>(out_);
  int err = errno;
  out_.close();
  buffer_.reset();
  if (!ok || out_.fail()) {
    *error = "cannot write " + path_ + ": " + ErrnoText(err ? err : EIO);
    return false;
  }
  closed_ = true;
  StartWriteback(temp_);
  return true;
}

bool AtomicFile::Commit(std::string* error) {
  if (!Close(error)) return false;
  if (!SyncPath(temp_, false, error)) {
    ::unlink(temp_.c_str());
    return false;
  }
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    *error = "cannot rename " + temp_ + " to " + path_ + ": " + ErrnoText(errno);
    ::unlink(temp_.c_str());
    return false;
  }
  committed_ = true;
  return true;
}

// ---------------------------------------------------------------- StagedDirectory

// A thread that waits for the interrupting signals (blocked everywhere
// else) and cleans up in ordinary context, where removing files is safe.
struct StagedDirectory::Watcher {
  sigset_t signals;
  sigset_t old_mask;
  std::thread thread;
};

StagedDirectory::StagedDirectory() = default;

StagedDirectory::~StagedDirectory() {
  if (watcher_) {
    // SIGUSR1 is in the watched set only to end the watcher.
    pthread_kill(watcher_->thread.native_handle(), SIGUSR1);
    watcher_->thread.join();
    pthread_sigmask(SIG_SETMASK, &watcher_->old_mask, nullptr);
  }
  if (!committed_ && !staging_.empty()) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
}

void StagedDirectory::RemoveOnInterrupt() {
  if (watcher_ || staging_.empty()) return;
  watcher_ = std::make_unique<Watcher>();
  sigemptyset(&watcher_->signals);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGUSR1}) sigaddset(&watcher_->signals, sig);
  pthread_sigmask(SIG_BLOCK, &watcher_->signals, &watcher_->old_mask);
  watcher_->thread = std::thread([this] {
    int sig = 0;
    while (sigwait(&watcher_->signals, &sig) != 0) {
    }
    if (sig == SIGUSR1) return;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!committed_) {
        std::error_code ec;
        fs::remove_all(staging_, ec);
      }
      // Die of the signal, as the shell expects; the lock is never given
      // back, so Commit cannot swap a half-removed directory in.
      signal(sig, SIG_DFL);
      sigset_t only;
      sigemptyset(&only);
      sigaddset(&only, sig);
      pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
      raise(sig);
      _exit(128 + sig);
    }
  });
}

bool StagedDirectory::Create(const std::string& target, std::string* error) {
  std::error_code ec;
  fs::path t = fs::absolute(fs::path(target), ec).lexically_normal();
  if (!t.has_filename()) t = t.parent_path();  // "out/" -> "out"
  if (ec || t.empty() || t == t.root_path()) {
    *error = target + ": not a usable output directory";
    return false;
  }
  target_ = t.string();

  fs::file_status st = fs::symlink_status(t, ec);
  if (fs::exists(st)) {
    if (!fs::is_directory(fs::status(t, ec))) {
      *error = target + ": exists and is not a directory";
      return false;
    }
    bool empty = fs::is_empty(t, ec);
    if (ec) {
      *error = target + ": " + ec.message();
      return false;
    }
    if (!empty && !fs::exists(t / "report.json", ec) && !fs::exists(t / "store.jsonl", ec) &&
        !fs::exists(t / "graph.lkg", ec)) {
      *error = target +
               ": exists and is not the output of a lienket build; refusing to replace it";
      return false;
    }
    if (fs::is_symlink(st)) {
      // Swapping would replace the link, not what it points to; resolve it.
      t = fs::canonical(t, ec);
      if (ec) {
        *error = target + ": " + ec.message();
        return false;
      }
      target_ = t.string();
    }
  }

  fs::path parent = t.parent_path();
  fs::create_directories(parent, ec);
  if (ec || !fs::is_directory(parent, ec)) {
    *error = "cannot create output directory " + target + ": " +
             (ec ? ec.message() : std::string("parent is not a directory"));
    return false;
  }

  std::string name = t.filename().string();
  std::vector<fs::path> leftovers[3];
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    Leftover kind = ClassifySibling(it->path().filename().string(), name);
    leftovers[static_cast<int>(kind)].push_back(it->path());
  }
  std::error_code ignored;
  for (const fs::path& p : leftovers[static_cast<int>(Leftover::kStaging)]) fs::remove_all(p, ignored);
  for (const fs::path& p : leftovers[static_cast<int>(Leftover::kOld)]) {
    // A run killed between moving the old output aside and putting the new
    // one in place: the old one is the result, so it goes back.
    if (!fs::exists(fs::symlink_status(t, ignored)) && ::rename(p.c_str(), t.c_str()) == 0)
      continue;
    fs::remove_all(p, ignored);
  }

  staging_ = (parent / (name + ".tmp-" + std::to_string(::getpid()))).string();
  fs::remove_all(staging_, ec);  // our own pid: a leftover of a recycled pid
  if (::mkdir(staging_.c_str(), 0777) != 0) {
    int err = errno;
    *error = "cannot create output directory " + target + ": " + ErrnoText(err);
    staging_.clear();
    return false;
  }
  return true;
}

bool StagedDirectory::Commit(std::string* error) {
  if (!SyncPath(staging_, true, error)) return false;
  std::lock_guard<std::mutex> lock(mu_);
  std::error_code ec;
  bool target_exists = fs::exists(fs::symlink_status(target_, ec));
  if (!target_exists) {
    if (::rename(staging_.c_str(), target_.c_str()) != 0) {
      *error = "cannot rename " + staging_ + " to " + target_ + ": " + ErrnoText(errno);
      return false;
    }
  } else if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(),
                         RENAME_EXCHANGE) == 0) {
    // staging_ now holds the previous output.
    fs::remove_all(staging_, ec);
  } else {
    // No atomic exchange here (EINVAL: the file system lacks it). Move the
    // old directory aside first; a kill between the two renames leaves it
    // whole under OUTDIR.old-<pid>.
    std::string old = target_ + ".old-" + std::to_string(::getpid());
    fs::remove_all(old, ec);
    if (::rename(target_.c_str(), old.c_str()) != 0) {
      *error = "cannot move " + target_ + " aside: " + ErrnoText(errno);
      return false;
    }
    if (::rename(staging_.c_str(), target_.c_str()) != 0) {
      int err = errno;
      ::rename(old.c_str(), target_.c_str());
      *error = "cannot rename " + staging_ + " to " + target_ + ": " + ErrnoText(err);
      return false;
    }
    fs::remove_all(old, ec);
  }
  committed_ = true;
  std::string ignored;
  SyncPath(fs::path(target_).parent_path().string(), true, &ignored);
  return true;
}

}  // namespace lienket::cli
