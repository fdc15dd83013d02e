// Writing results so that a crash or a kill at any moment leaves either the
// old result or the new one, never a mixture or a torn file.
#ifndef LIENKET_CLI_ATOMIC_FILE_H_
#define LIENKET_CLI_ATOMIC_FILE_H_

#include <fstream>
#include <memory>
#include <mutex>
#include <string>

namespace lienket::cli {

// A file written under a temporary name beside `path` and renamed over it
// by Commit(). Destroying an uncommitted AtomicFile removes the temporary.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Creates the temporary file; *error names the path and the reason.
  bool Open(std::string* error);
  std::ostream& stream() { return out_; }
  // Flushes and closes the temporary file and starts writing it to disk
  // without waiting for the disk. Optional: Commit closes too; closing early
  // lets other work overlap the disk's before Commit waits for it.
  bool Close(std::string* error);
  // Closes if still open, waits until the file is on disk and renames it
  // into place.
  bool Commit(std::string* error);

 private:
  std::string path_;
  std::string temp_;
  std::unique_ptr<char[]> buffer_;
  std::ofstream out_;
  bool opened_ = false;
  bool closed_ = false;
  bool committed_ = false;
};

// The output directory of a build, staged as a whole: everything is written
// into a fresh sibling `OUTDIR.tmp-<pid>`, and Commit() swaps it for OUTDIR
// (atomically with renameat2(RENAME_EXCHANGE) where the file system has it)
// and deletes the old one. Until then OUTDIR is untouched; destroying an
// uncommitted StagedDirectory removes the staging directory.
class StagedDirectory {
 public:
  StagedDirectory();
  ~StagedDirectory();
  StagedDirectory(const StagedDirectory&) = delete;
  StagedDirectory& operator=(const StagedDirectory&) = delete;

  // Checks that `target` may be replaced (absent, empty, or the output of an
  // earlier run: it holds report.json, store.jsonl or graph.lkg), creates
  // its parent if needed, removes staging directories left by killed runs,
  // and creates the staging directory. *error is one line.
  bool Create(const std::string& target, std::string* error);

  const std::string& path() const { return staging_; }
  const std::string& target() const { return target_; }
  std::string File(const std::string& name) const { return staging_ + "/" + name; }

  bool Commit(std::string* error);

  // From now on SIGINT, SIGTERM and SIGHUP remove the staging directory
  // before the process dies of them (so ^C leaves nothing behind). Call it
  // before starting other threads: they inherit the blocked signal mask.
  void RemoveOnInterrupt();

 private:
  struct Watcher;

  std::string target_;
  std::string staging_;
  bool committed_ = false;
  std::mutex mu_;  // Commit's swap vs. the watcher's removal
  std::unique_ptr<Watcher> watcher_;
};

}  // namespace lienket::cli

#endif  // LIENKET_CLI_ATOMIC_FILE_H_
