// Killing a build at any moment leaves the previous OUTDIR intact and
// loadable; the progress bar shows only on a terminal.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "cli_test_util.h"

namespace lienket::testing {
namespace {

// A JSONL file of `count` documents made of the fixture articles, each with
// its own id.
void WriteLargeInput(const fs::path& path, int count) {
  std::vector<std::string> texts;
  for (const char* dir : {"a", "b"})
    for (const auto& e : fs::directory_iterator(kData + "/" + dir)) texts.push_back(ReadFile(e.path()));
  std::sort(texts.begin(), texts.end());
  std::string all;
  for (const std::string& t : texts) all += t + "\n";
  std::string escaped;
  for (char c : all) {
    if (c == '"' || c == '\\') escaped += '\\';
    if (c == '\n') {
      escaped += "\\n";
      continue;
    }
    escaped += c;
  }
  std::ofstream out(path, std::ios::binary);
  for (int i = 0; i < count; ++i)
    out << "{\"id\": \"big" << i << "\", \"text\": \"" << escaped << "\"}\n";
}

pid_t StartBuild(const std::string& input, const std::string& outdir) {
  pid_t pid = ::fork();
  if (pid == 0) {
    ::unsetenv("LIENKET_RULES");
    FILE* null = std::freopen("/dev/null", "w", stderr);
    (void)null;
    ::execl(kBinary.c_str(), "lienket", "build", "-q", "-j", "2", input.c_str(), "-o",
            outdir.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

// Waits until `ready` holds or the child ends; true when it still runs.
bool WaitFor(pid_t pid, const std::function<bool()>& ready, int* status) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid, status, WNOHANG) == pid) return false;
    if (ready()) return true;
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  }
  return true;
}

TEST(CliKill, KilledBuildLeavesThePreviousOutdirIntact) {
  TempDir tmp;
  std::string big = tmp / "big.jsonl";
  WriteLargeInput(big, 2500);  // about 8 MB
  std::string out = tmp / "out";
  // The previous result is a build of the same input, timed so that the
  // kills below land inside the run however fast the machine is.
  auto t0 = std::chrono::steady_clock::now();
  ASSERT_EQ(Lienket("build -q -j 2 " + Sh(big) + " -o " + Sh(out), tmp).exit, 0);
  const auto full_run = std::chrono::steady_clock::now() - t0;
  const auto previous = Files(out);
  const std::string previous_triples = previous.at("triples.jsonl");

  struct Moment {
    const char* name;
    std::function<bool(const std::string& staging)> ready;
  };
  auto started = std::make_shared<std::chrono::steady_clock::time_point>();
  std::vector<Moment> moments = {
      {"as soon as the staging directory exists",
       [](const std::string& s) { return fs::exists(s); }},
      {"while reading and extracting",
       [started, full_run](const std::string& s) {
         return fs::exists(s) && std::chrono::steady_clock::now() - *started > full_run * 2 / 5;
       }},
      {"while writing the outputs",
       [](const std::string& s) {
         std::error_code ec;
         return fs::exists(s) && !fs::is_empty(s, ec);
       }},
  };
  int killed = 0;
  for (const Moment& m : moments) {
    *started = std::chrono::steady_clock::now();
    pid_t pid = StartBuild(big, out);
    ASSERT_GT(pid, 0);
    std::string staging = out + ".tmp-" + std::to_string(pid);
    int status = 0;
    if (WaitFor(pid, [&] { return m.ready(staging); }, &status)) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      ++killed;
      EXPECT_TRUE(WIFSIGNALED(status)) << m.name;
      EXPECT_EQ(Files(out), previous) << "killed " << m.name;
      // Still loadable.
      RunResult r = Lienket("export " + Sh(out) + " --to jsonl", tmp);
      EXPECT_EQ(r.exit, 0) << m.name << ": " << r.err;
      EXPECT_FALSE(r.out.empty());
    } else {
      ADD_FAILURE() << "the build ended before the kill (" << m.name
                    << "); make the input larger";
    }
  }
  EXPECT_EQ(killed, 3);

  // A build that runs to the end replaces it, and clears what the killed
  // ones left behind.
  RunResult r = Lienket("build -q " + Sh(kData + "/a") + " " + Sh(kData + "/b") + " -o " + Sh(out),
                        tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(ReadFile(fs::path(out) / "triples.jsonl"), previous_triples);
  for (const auto& e : fs::directory_iterator(tmp.path())) {
    std::string name = e.path().filename().string();
    EXPECT_EQ(name.find("out.tmp-"), std::string::npos) << name;
    EXPECT_EQ(name.find("out.old-"), std::string::npos) << name;
  }
}

TEST(CliKill, InterruptedBuildCleansUpAfterItself) {
  TempDir tmp;
  std::string big = tmp / "big.jsonl";
  WriteLargeInput(big, 2500);
  std::string out = tmp / "out";
  ASSERT_EQ(Lienket("build -q " + Sh(kData + "/b") + " -o " + Sh(out), tmp).exit, 0);
  const auto previous = Files(out);
  for (int sig : {SIGINT, SIGTERM}) {
    pid_t pid = StartBuild(big, out);
    std::string staging = out + ".tmp-" + std::to_string(pid);
    int status = 0;
    ASSERT_TRUE(WaitFor(pid, [&] { return fs::exists(staging); }, &status));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ::kill(pid, sig);
    ::waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == sig) << sig;
    EXPECT_FALSE(fs::exists(staging)) << sig;
    EXPECT_EQ(Files(out), previous);
  }
}

TEST(CliProgress, BarOnATerminalOnly) {
  TempDir tmp;
  std::string big = tmp / "big.jsonl";
  WriteLargeInput(big, 2000);
  // `script` gives the command a terminal.
  std::string cmd = "script -qec " +
                    Sh("env -u LIENKET_RULES " + Sh(kBinary) + " build -j 1 " + Sh(big) + " -o " +
                       Sh(tmp / "tty")) +
                    " /dev/null > " + Sh(tmp / "typescript");
  if (std::system(cmd.c_str()) != 0) GTEST_SKIP() << "no working script(1)";
  std::string shown = ReadFile(tmp.path() / "typescript");
  EXPECT_NE(shown.find(" docs"), std::string::npos) << shown;
  EXPECT_NE(shown.find("MB/s"), std::string::npos) << shown;
  EXPECT_NE(shown.find("ETA"), std::string::npos) << shown;

  // --quiet, even on a terminal: nothing but errors.
  cmd = "script -qec " +
        Sh("env -u LIENKET_RULES " + Sh(kBinary) + " build -q -j 1 " + Sh(big) + " -o " +
           Sh(tmp / "tty")) +
        " /dev/null > " + Sh(tmp / "typescript");
  ASSERT_EQ(std::system(cmd.c_str()), 0) << ReadFile(tmp.path() / "typescript");
  EXPECT_EQ(ReadFile(tmp.path() / "typescript"), "");

  // Not a terminal: no bar.
  RunResult r = Lienket("build -j 1 " + Sh(big) + " -o " + Sh(tmp / "pipe"), tmp);
  ASSERT_EQ(r.exit, 0);
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
  EXPECT_EQ(r.err.find("ETA"), std::string::npos);
}

}  // namespace
}  // namespace lienket::testing
