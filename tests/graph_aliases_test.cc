// The alias file (rules/lexicons/aliases.tsv and its format).
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "lienket/graph.h"
#include "lienket/text.h"

namespace lienket {
namespace {

const std::string kData = std::string(LIENKET_TEST_DATA) + "/graph/";

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(AliasTables, ReadsKindsCommentsAndCrlf) {
  AliasTables t;
  std::string error;
  ASSERT_TRUE(LoadAliasTables(kData + "aliases_good.tsv", &t, &error)) << error;
  ASSERT_EQ(t.organizations.size(), 1u);  // the repeated row is kept once
  EXPECT_EQ(t.organizations[0].first, FoldKey("VUFO"));
  EXPECT_EQ(t.organizations[0].second, "Liên hiệp các tổ chức hữu nghị Việt Nam");
  ASSERT_EQ(t.positions.size(), 1u);
  EXPECT_EQ(t.positions[0].first, FoldKey("UVBCH TW"));
  EXPECT_EQ(t.positions[0].second, "Ủy viên Ban Chấp hành Trung ương Đảng");
  ASSERT_EQ(t.locations.size(), 1u);
  EXPECT_EQ(t.locations[0].second, "Thành phố Hồ Chí Minh");
  ASSERT_EQ(t.abbreviations.size(), 1u);
  EXPECT_EQ(t.abbreviations[0].second, "Ủy ban nhân dân");
}

TEST(AliasTables, TheShippedTableLoads) {
  AliasTables t;
  std::string error;
  ASSERT_TRUE(LoadAliasTables(std::string(LIENKET_RULES_DIR) + "/lexicons/aliases.tsv", &t, &error))
      << error;
  EXPECT_GE(
      t.organizations.size() + t.positions.size() + t.locations.size() + t.abbreviations.size(),
      60u);
}

TEST(AliasTables, AppendsAcrossFilesAndCatchesConflictsBetweenThem) {
  AliasTables t;
  std::string error;
  ASSERT_TRUE(LoadAliasTables(kData + "aliases_good.tsv", &t, &error)) << error;
  std::string more = WriteTemp("more.tsv", "organization\tLHQ\tLiên Hợp Quốc\n");
  ASSERT_TRUE(LoadAliasTables(more, &t, &error)) << error;
  EXPECT_EQ(t.organizations.size(), 2u);
  std::string clash = WriteTemp("clash.tsv", "organization\tVUFO\tHội Hữu nghị\n");
  EXPECT_FALSE(LoadAliasTables(clash, &t, &error));
  EXPECT_NE(error.find(clash + ":1: organization alias \"VUFO\" already means"), std::string::npos)
      << error;
  EXPECT_EQ(t.organizations.size(), 2u);  // unchanged by the refused file
}

struct BadTable {
  const char* name;
  const char* content;
  const char* message;  // after "<path>:"
};

class AliasTablesRefuse : public ::testing::TestWithParam<BadTable> {};

TEST_P(AliasTablesRefuse, NamingFileLineAndReason) {
  std::string path = WriteTemp(std::string(GetParam().name) + ".tsv", GetParam().content);
  AliasTables t;
  t.locations.emplace_back("x", "X");
  std::string error;
  EXPECT_FALSE(LoadAliasTables(path, &t, &error));
  EXPECT_NE(error.find(path + ":" + GetParam().message), std::string::npos) << error;
  EXPECT_EQ(t.locations.size(), 1u);
  EXPECT_TRUE(t.organizations.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Files, AliasTablesRefuse,
    ::testing::Values(BadTable{"kind", "# c\norganisation\tVUFO\tLiên hiệp\n",
                               "2: unknown kind \"organisation\""},
                      BadTable{"fields", "organization\tVUFO Liên hiệp\n",
                               "1: expected kind<TAB>alias<TAB>canonical, found 2"},
                      BadTable{"extra", "organization\tVUFO\tLiên hiệp\tx\n",
                               "1: expected kind<TAB>alias<TAB>canonical, found 4"},
                      BadTable{"empty_alias", "location\t\tHà Nội\n", "1: empty alias"},
                      BadTable{"empty_canonical", "location\tHN\t \n", "1: empty canonical name"},
                      BadTable{"utf8", "location\tH\xC3\x28\tHà Nội\n", "1: invalid UTF-8"},
                      BadTable{"conflict", "organization\tVUFO\tA\n\norganization\tvufo\tB\n",
                               "3: organization alias \"vufo\" already means \"A\""},
                      BadTable{"chain",
                               "organization\tLB Nga\tNga\norganization\tNga\tLiên bang Nga\n",
                               "1: canonical \"Nga\" is itself an alias of \"Liên bang Nga\""}),
    [](const ::testing::TestParamInfo<BadTable>& info) { return std::string(info.param.name); });

TEST(AliasTables, MissingFile) {
  AliasTables t;
  std::string error;
  EXPECT_FALSE(LoadAliasTables(kData + "no-such.tsv", &t, &error));
  EXPECT_NE(error.find("no-such.tsv: cannot open"), std::string::npos) << error;
}

}  // namespace
}  // namespace lienket
