// Helpers for the tests that run the built `lienket` command.
#ifndef LIENKET_TESTS_CLI_TEST_UTIL_H_
#define LIENKET_TESTS_CLI_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace lienket::testing {

namespace fs = std::filesystem;

inline const std::string kBinary = LIENKET_BINARY;
inline const std::string kData = std::string(LIENKET_TEST_DATA) + "/cli";

// Single-quotes a word for sh.
inline std::string Sh(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

inline std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

struct RunResult {
  int exit = -1;
  std::string out;
  std::string err;
};

// A fresh directory under the system temp dir, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "lienket-cli-test-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

// Runs `lienket <args>` through sh (args are shell text: quote with Sh()),
// stdout and stderr captured. LIENKET_RULES is cleared so that the
// command uses the project's rule set.
inline RunResult Lienket(const std::string& args, const TempDir& tmp,
                         const std::string& stdin_file = "") {
  RunResult r;
  std::string out = tmp / ".stdout", err = tmp / ".stderr";
  std::string cmd = "env -u LIENKET_RULES " + Sh(kBinary) + " " + args + " >" + Sh(out) + " 2>" +
                    Sh(err) + " <" + Sh(stdin_file.empty() ? "/dev/null" : stdin_file);
  int status = std::system(cmd.c_str());
  r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

// Runs a shell command line; returns its exit status.
inline int Shell(const std::string& cmd) {
  int status = std::system(("env -u LIENKET_RULES sh -c " + Sh(cmd)).c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Every regular file of a directory by name, with its bytes.
inline std::map<std::string, std::string> Files(const fs::path& dir) {
  std::map<std::string, std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file()) files[e.path().filename().string()] = ReadFile(e.path());
  return files;
}

inline const std::vector<std::string>& ExpectedOutputs() {
  static const std::vector<std::string> names = {
      "triples.jsonl", "graph.graphml", "graph.gexf",  "graph.ttl",   "graph.nt",
      "graph.nq",      "nodes.csv",     "relationships.csv", "store.jsonl", "graph.lkg",
      "report.json"};
  return names;
}

inline rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str(), text.size());
  return d;
}

// The deterministic "graph" section of report.json, re-serialized.
inline std::string ReportGraph(const fs::path& outdir) {
  rapidjson::Document d = ParseJson(ReadFile(outdir / "report.json"));
  if (d.HasParseError() || !d.IsObject() || !d.HasMember("graph")) return "<no report graph>";
  const rapidjson::Value& g = d["graph"];
  std::string s = "documents=" + std::to_string(g["documents"].GetUint64());
  for (const char* part : {"entities", "edges"})
    for (auto& m : g[part].GetObject())
      s += std::string(" ") + m.name.GetString() + "=" + std::to_string(m.value.GetUint64());
  return s;
}

// Two output directories hold the same graph: every file but report.json
// byte-identical, and report.json's graph section equal.
inline void ExpectSameOutputs(const fs::path& a, const fs::path& b) {
  auto fa = Files(a), fb = Files(b);
  for (const std::string& name : ExpectedOutputs()) {
    ASSERT_TRUE(fa.count(name)) << a << " lacks " << name;
    ASSERT_TRUE(fb.count(name)) << b << " lacks " << name;
    if (name == "report.json") continue;
    EXPECT_TRUE(fa[name] == fb[name]) << name << " differs between " << a << " and " << b;
  }
  EXPECT_EQ(ReportGraph(a), ReportGraph(b));
}

}  // namespace lienket::testing

#endif  // LIENKET_TESTS_CLI_TEST_UTIL_H_
