// Every way a query can be malformed is reported at its column, and the
// caret of FormatQueryError lands under it.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "lienket/query.h"

namespace lienket {
namespace {

struct Malformed {
  std::string query;
  int column;
  std::string message;  // a part of the message
};

class QueryParseErrorTest : public ::testing::TestWithParam<Malformed> {};

TEST_P(QueryParseErrorTest, ReportsColumnAndReason) {
  const Malformed& m = GetParam();
  QueryError error;
  ASSERT_FALSE(CheckQuery(m.query, &error)) << m.query;
  EXPECT_EQ(error.column, m.column) << m.query << "\n" << error.message;
  EXPECT_NE(error.message.find(m.message), std::string::npos)
      << m.query << "\nmessage: " << error.message << "\nwanted: " << m.message;
}

INSTANTIATE_TEST_SUITE_P(
    Errors, QueryParseErrorTest,
    ::testing::Values(
        Malformed{"", 1, "empty query"},
        Malformed{"   # chỉ là ghi chú", 1, "empty query"},
        Malformed{"?who hold_title \"Trưởng Ban\"", 6,
                  "unknown relation 'hold_title' (did you mean holds_title?)"},
        Malformed{"?giver award ?r", 8, "(did you mean awards?)"},
        Malformed{"?who holds_title Trưởng Ban", 18, "names go in double quotes: \"Trưởng...\""},
        Malformed{"?who holds_title \"Trưởng Ban", 18, "name not closed"},
        Malformed{"?who holds_title \u201CTrưởng Ban", 18, "name not closed"},
        Malformed{"?who holds_title \"\"", 18, "empty name"},
        Malformed{"?p a Persn", 6, "unknown type 'Persn' (did you mean Person?)"},
        Malformed{"?p a \"Person\"", 6, "expected a type after 'a'"},
        Malformed{"?who holds_title ?t ?t position_of ?o", 21, "expected '.' before the next pattern"},
        Malformed{"?who holds_title \"Trưởng Ban\" durng 2020", 31,
                  "unexpected 'durng' (did you mean during?)"},
        Malformed{"?who holds_title ?t during 20x0", 28, "'during' takes a date"},
        Malformed{"?who holds_title ?t during", 27, "found the end of the query"},
        Malformed{"?who holds_title ?t as_of 2021-13-01", 27, "'as_of' takes a date"},
        Malformed{"?who holds_title ?t as_of 2021-02-29", 27, "'as_of' takes a date"},
        Malformed{"?e held_on 2020-02-30", 12, "'2020-02-30' is not a date"},
        Malformed{"?p a Person limit 0", 19, "'limit' takes a positive whole number"},
        Malformed{"?p a Person limit mười", 19, "names go in double quotes"},
        Malformed{"?p a Person limit ten", 19, "'limit' takes a positive whole number, found 'ten'"},
        Malformed{"?p a Person count count", 19, "'count' given twice"},
        Malformed{"?p a Person limit 2 limit 3", 21, "'limit' given twice"},
        Malformed{"?p a Person during 2020", 13, "qualifies a relation, not a type"},
        Malformed{"?p \"holds_title\" ?x", 4, "expected a relation"},
        Malformed{"limit 5", 1, "expected ?variable, \"name\" or <id> before 'limit'"},
        Malformed{"?x a Person . . ?y a Event", 15, "found '.'"},
        Malformed{"? holds_title \"Hà Nội\"", 1, "a variable is '?' followed by a letter"},
        Malformed{"?tên holds_title ?x", 3, "variable names are ASCII"},
        Malformed{"?who holds_title <org-vufo", 18, "node id not closed"},
        Malformed{"?who holds_title \"VUFO\" ; ?a a Person", 25, "unexpected ';'"},
        Malformed{"?x ?x ?y", 4, "?x names nodes elsewhere (column 1), not a relation"},
        Malformed{"?r a Person . ?x ?r ?y", 1, "?r names a relation elsewhere (column 18)"},
        Malformed{"path \"Trần Quốc Vượng\"", 23, "path takes two \"names\""},
        Malformed{"path ?a \"Lê Văn Hân\"", 6, "path takes \"names\" or <ids>, not variables"},
        Malformed{"path \"A\" \"B\" \"C\"", 14, "path takes two names"},
        Malformed{"about \"Hoàng Bình Quân\" \"VUFO\"", 25, "about takes one name"},
        Malformed{"about", 6, "about takes a \"name\""},
        Malformed{"about \"VUFO\" holds_title", 14, "unexpected 'holds_title'"},
        Malformed{"?x a Person \xff", 13, "not valid UTF-8"}));

TEST(QueryParseTest, AcceptsEveryConstruct) {
  for (const char* q : {
           "?who holds_title \"Trưởng Ban Đối ngoại Trung ương\"",
           "?who holds_title \u201CTrưởng Ban Đối ngoại Trung ương\u201D",
           "?giver awards ?r . ?r received_award ?award .",
           "?p a Person",
           "?p a position . ?p A PERSON",
           "?x ?rel ?y limit 5",
           "?who HOLDS_TITLE ?t during 2020 former . ?t position_of ?o count",
           "?who holds_title ?t as_of 2021-06-30 current",
           "?e held_on 2020-12 . ?e held_in \"Hà Nội\"",
           "<org-vufo> received_award ?a",
           "?x awards \"Kỷ niệm chương \\\"Vì sự nghiệp Đối ngoại nhân dân\\\"\"",
           "path \"Trần Quốc Vượng\" \"Lê Văn Hân\" during 2020",
           "about \"Hoàng Bình Quân\" limit 3",
           "about <per-hoang-binh-quan> count",
           "  ?p a Person   # every person\t",
       }) {
    QueryError error;
    EXPECT_TRUE(CheckQuery(q, &error)) << FormatQueryError(q, error);
  }
}

TEST(QueryParseTest, FormatPutsTheCaretUnderTheColumn) {
  const std::string q = "?who hold_title \"Trưởng Ban\"";
  QueryError error;
  ASSERT_FALSE(CheckQuery(q, &error));
  EXPECT_EQ(FormatQueryError(q, error),
            "error at column 6: unknown relation 'hold_title' (did you mean holds_title?)\n"
            "  ?who hold_title \"Trưởng Ban\"\n"
            "       ^");
}

TEST(QueryParseTest, CaretCountsCharactersNotBytes) {
  // Every letter of the name before the error is one cell, however many bytes.
  const std::string q = "\"Hoàng Bình Quân\" ?r ?x durin 2020";
  QueryError error;
  ASSERT_FALSE(CheckQuery(q, &error));
  EXPECT_EQ(error.column, 25);
  const std::string text = FormatQueryError(q, error);
  EXPECT_EQ(text.substr(text.rfind('\n') + 1), std::string(2 + 24, ' ') + "^");
}

TEST(QueryParseTest, CaretSkipsCombiningMarksAndWidensWideCharacters) {
  // "Quân" in NFD: the circumflex is a code point of its own but no cell.
  const std::string nfd = "\"Qua\u0302n\" ?r ?x durin 2020";
  QueryError error;
  ASSERT_FALSE(CheckQuery(nfd, &error));
  EXPECT_EQ(error.column, 15);  // 14 code points before it
  std::string text = FormatQueryError(nfd, error);
  EXPECT_EQ(text.substr(text.rfind('\n') + 1), std::string(2 + 13, ' ') + "^");
  // A CJK character takes two cells.
  const std::string wide = "\"\u4E2D\" ?r ?x durin 2020";
  ASSERT_FALSE(CheckQuery(wide, &error));
  EXPECT_EQ(error.column, 11);
  text = FormatQueryError(wide, error);
  EXPECT_EQ(text.substr(text.rfind('\n') + 1), std::string(2 + 11, ' ') + "^");
}

TEST(QueryParseTest, ControlCharactersDoNotBreakTheEcho) {
  const std::string q = "?x\tholds\n_title ?y";
  QueryError error;
  ASSERT_FALSE(CheckQuery(q, &error));
  const std::string text = FormatQueryError(q, error);
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2) << text;
  EXPECT_EQ(text.find('\t'), std::string::npos);
}

TEST(QueryParseTest, ErrorWithoutColumnHasNoCaret) {
  QueryError error;
  error.message = "the query has more than 5 bindings";
  EXPECT_EQ(FormatQueryError("?a a Person", error),
            "error: the query has more than 5 bindings\n  ?a a Person");
}

}  // namespace
}  // namespace lienket
