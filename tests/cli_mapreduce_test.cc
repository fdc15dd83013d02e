// Map and reduce apart equal one build: merge of builds, extract | merge,
// shards through xargs -P, and extract's order under threads.
#include <gtest/gtest.h>

#include <string>

#include "cli_test_util.h"

namespace lienket::testing {
namespace {

const std::string kA = Sh(kData + "/a");
const std::string kB = Sh(kData + "/b");
const std::string kMixed = Sh(kData + "/mixed.jsonl");
const std::string kBin = Sh(kBinary);

TEST(CliMerge, MergeOfTwoBuildsEqualsOneBuild) {
  TempDir tmp;
  ASSERT_EQ(Lienket("build -q " + kA + " -o " + Sh(tmp / "a"), tmp).exit, 0);
  ASSERT_EQ(Lienket("build -q " + kB + " " + kMixed + " -o " + Sh(tmp / "b"), tmp).exit, 0);
  RunResult r = Lienket("merge " + Sh(tmp / "a") + " " + Sh(tmp / "b") + " -o " + Sh(tmp / "ab"),
                        tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  ASSERT_EQ(Lienket("build -q " + kA + " " + kB + " " + kMixed + " -o " + Sh(tmp / "all"), tmp)
                .exit,
            0);
  ExpectSameOutputs(tmp.path() / "ab", tmp.path() / "all");
  // Merged in the other order: the same.
  ASSERT_EQ(Lienket("merge -q " + Sh(tmp / "b") + " " + Sh(tmp / "a") + " -o " + Sh(tmp / "ba"),
                    tmp)
                .exit,
            0);
  ExpectSameOutputs(tmp.path() / "ba", tmp.path() / "all");
  // The skipped documents of the parts are carried over.
  EXPECT_EQ(ParseJson(ReadFile(tmp.path() / "ab" / "report.json"))["input"]["documents_skipped"]
                .GetUint64(),
            4u);
}

TEST(CliMerge, ExtractThenMergeEqualsBuild) {
  TempDir tmp;
  // Through a file and through a pipe.
  ASSERT_EQ(Shell(kBin + " extract -q " + kA + " " + kB + " >" + Sh(tmp / "facts.jsonl")), 0);
  RunResult r = Lienket("merge " + Sh(tmp / "facts.jsonl") + " -o " + Sh(tmp / "m"), tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  ASSERT_EQ(Shell(kBin + " extract -q " + kMixed + " | " + kBin + " merge -q - " +
                  Sh(tmp / "facts.jsonl") + " -o " + Sh(tmp / "piped")),
            0);
  ASSERT_EQ(Lienket("build -q " + kA + " " + kB + " -o " + Sh(tmp / "ab"), tmp).exit, 0);
  ASSERT_EQ(Lienket("build -q " + kMixed + " " + kA + " " + kB + " -o " + Sh(tmp / "all"), tmp)
                .exit,
            0);
  ExpectSameOutputs(tmp.path() / "m", tmp.path() / "ab");
  ExpectSameOutputs(tmp.path() / "piped", tmp.path() / "all");

  // extract reads JSONL on stdin by default: one line per good document.
  r = Lienket("extract -q", tmp, kData + "/mixed.jsonl");
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
  EXPECT_NE(r.out.find("j1_le_khai_giang"), std::string::npos);
  EXPECT_LT(r.out.find("j1_le_khai_giang"), r.out.find("j2_hoi_nghi_ubnd"));
}

TEST(CliMerge, FourShardsThroughXargsEqualOneBuild) {
  TempDir tmp;
  // Four shards of the fixtures, as a user would cut an archive.
  const std::vector<std::vector<std::string>> shards = {
      {"a/a1_hoi_nghi_doi_ngoai.txt", "b/b3_hoi_nghi_huu_nghi.txt"},
      {"a/a2_le_trao_huan_chuong.txt", "a/a3_dai_hoi_hoi_nong_dan.txt"},
      {"b/b1_hoi_thao_nong_nghiep.txt", "b/b2_tang_bang_khen.txt"},
      {"mixed.jsonl"}};
  std::string all;
  for (size_t i = 0; i < shards.size(); ++i) {
    fs::path dir = tmp.path() / ("shard" + std::to_string(i));
    fs::create_directory(dir);
    for (const std::string& f : shards[i]) {
      fs::copy_file(kData + "/" + f, dir / fs::path(f).filename());
      all += " " + Sh((dir / fs::path(f).filename()).string());
    }
  }
  std::string t = Sh(tmp.path().string());
  // Map as builds, reduce with merge.
  // (A shard is its files: a directory argument would read only its .txt.)
  ASSERT_EQ(Shell("cd " + t + " && printf 'shard%s\\n' 0 1 2 3 | xargs -P 2 -I{} sh -c '" +
                  kBinary + " build -q -j 1 {}/* -o out-{}'"),
            0);
  // Map as extract, reduce with merge.
  ASSERT_EQ(Shell("cd " + t + " && printf 'shard%s\\n' 0 1 2 3 | xargs -P 2 -I{} sh -c '" +
                  kBinary + " extract -q -j 1 {}/* > {}.facts'"),
            0);
  RunResult r = Lienket("merge -q " + Sh(tmp / "out-shard0") + " " + Sh(tmp / "out-shard1") +
                            " " + Sh(tmp / "out-shard2") + " " + Sh(tmp / "out-shard3") +
                            " -o " + Sh(tmp / "merged"),
                        tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  r = Lienket("merge -q " + Sh(tmp / "shard3.facts") + " " + Sh(tmp / "shard1.facts") + " " +
                  Sh(tmp / "shard0.facts") + " " + Sh(tmp / "shard2.facts") + " -o " +
                  Sh(tmp / "merged-facts"),
              tmp);
  ASSERT_EQ(r.exit, 0) << r.err;
  ASSERT_EQ(Lienket("build -q" + all + " -o " + Sh(tmp / "one"), tmp).exit, 0);
  ExpectSameOutputs(tmp.path() / "merged", tmp.path() / "one");
  ExpectSameOutputs(tmp.path() / "merged-facts", tmp.path() / "one");
}

TEST(CliMerge, ExtractOutputIsTheSameForAnyThreadCount) {
  TempDir tmp;
  // Enough documents that the threads overtake each other.
  std::string jsonl;
  std::string line = ReadFile(kData + "/mixed.jsonl");
  line = line.substr(0, line.find('\n'));
  for (int i = 0; i < 300; ++i) {
    std::string l = line;
    l.replace(l.find("j1_le_khai_giang"), 16, "doc" + std::to_string(i));
    jsonl += l + "\n";
  }
  WriteFile(tmp.path() / "many.jsonl", jsonl);
  RunResult one = Lienket("extract -j 1 " + Sh(tmp / "many.jsonl"), tmp);
  RunResult two = Lienket("extract -j 2 " + Sh(tmp / "many.jsonl"), tmp);
  RunResult four = Lienket("extract -j 4 " + Sh(tmp / "many.jsonl"), tmp);
  ASSERT_EQ(one.exit, 0) << one.err;
  EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '\n'), 300);
  EXPECT_TRUE(one.out == two.out);
  EXPECT_TRUE(one.out == four.out);
}

TEST(CliMerge, RefusesDamagedParts) {
  TempDir tmp;
  WriteFile(tmp.path() / "junk.jsonl", "{\"doc_id\": \n");
  RunResult r = Lienket("merge " + Sh(tmp / "junk.jsonl") + " -o " + Sh(tmp / "m"), tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("junk.jsonl:1"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(tmp.path() / "m"));

  fs::create_directory(tmp.path() / "notabuild");
  WriteFile(tmp.path() / "notabuild" / "x.txt", "x");
  r = Lienket("merge " + Sh(tmp / "notabuild") + " -o " + Sh(tmp / "m"), tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("store.jsonl"), std::string::npos) << r.err;

  r = Lienket("merge " + Sh(tmp / "absent") + " -o " + Sh(tmp / "m"), tmp);
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find(tmp / "absent"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(tmp.path() / "m"));
}

}  // namespace
}  // namespace lienket::testing
