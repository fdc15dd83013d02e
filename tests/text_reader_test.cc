// DocumentReader over the fixtures in tests/data/text and files made here.
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lienket/text.h"

namespace lienket {
namespace {

namespace fs = std::filesystem;

const std::string kData = LIENKET_TEST_DATA "/text";

struct Result {
  std::vector<Document> docs;
  std::vector<Skipped> skipped;
  uint64_t bytes_read = 0;
};

Result ReadAll(std::vector<std::string> inputs, ReaderOptions options = {}) {
  Result r;
  DocumentReader reader(std::move(inputs), options);
  std::string error;
  EXPECT_TRUE(reader.Open(&error)) << error;
  Document doc;
  while (reader.Next(&doc, [&](const Skipped& s) { r.skipped.push_back(s); })) r.docs.push_back(doc);
  r.bytes_read = reader.bytes_read();
  return r;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// A fresh directory for files a test makes.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::path(testing::TempDir()) / "lienket_text_XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string operator/(const std::string& name) const { return (fs::path(path_) / name).string(); }

 private:
  std::string path_;
};

const Skipped* FindSkip(const Result& r, const std::string& origin_suffix) {
  for (const Skipped& s : r.skipped) {
    if (s.origin.size() >= origin_suffix.size() &&
        s.origin.compare(s.origin.size() - origin_suffix.size(), origin_suffix.size(),
                         origin_suffix) == 0)
      return &s;
  }
  return nullptr;
}

TEST(DocumentReader, TextFileIdIsItsName) {
  const Result r = ReadAll({kData + "/clean.txt"});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "clean");
  EXPECT_EQ(r.docs[0].origin, kData + "/clean.txt");
  EXPECT_EQ(r.docs[0].text, ReadFile(kData + "/clean.txt"));
  EXPECT_TRUE(r.docs[0].date.empty());
  EXPECT_TRUE(r.skipped.empty());
  EXPECT_EQ(r.bytes_read, r.docs[0].text.size());
}

TEST(DocumentReader, TextKeepsTheOriginalBytes) {
  // BOM, CRLF and NFD stay in Document::text; Normalize() deals with them.
  const Result r = ReadAll({kData + "/twin_crlf_bom_nfd.txt"});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(r.docs[0].text.find("\r\n"), std::string::npos);
  EXPECT_EQ(Normalize(r.docs[0].text).text, Normalize(ReadFile(kData + "/clean.txt")).text);
}

TEST(DocumentReader, DirectoryIsWalkedInPathOrderAndBadFilesAreSkipped) {
  const Result r = ReadAll({kData + "/dir"});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a_trao_tang");
  EXPECT_EQ(r.docs[1].id, "b_tham_hue");  // in sub/, after the files of dir/
  EXPECT_EQ(r.docs[1].origin, kData + "/dir/sub/b_tham_hue.txt");

  ASSERT_EQ(r.skipped.size(), 5u);  // notes.md is not read at all
  const Skipped* bad = FindSkip(r, "/bad_utf8.txt");
  ASSERT_NE(bad, nullptr);
  EXPECT_EQ(bad->reason, "invalid UTF-8 at byte 10");  // "Hà Nội " is 10 bytes
  EXPECT_EQ(bad->id, "bad_utf8");
  const Skipped* nul = FindSkip(r, "/nul.txt");
  ASSERT_NE(nul, nullptr);
  EXPECT_EQ(nul->reason, "NUL byte at byte 5");
  const Skipped* empty = FindSkip(r, "/empty.txt");
  ASSERT_NE(empty, nullptr);
  EXPECT_EQ(empty->reason, "empty text");
  const Skipped* blank = FindSkip(r, "/blank.txt");
  ASSERT_NE(blank, nullptr);
  EXPECT_EQ(blank->reason, "text is only white space");
  const Skipped* binary = FindSkip(r, "/binary.txt");
  ASSERT_NE(binary, nullptr);
  EXPECT_EQ(binary->reason.rfind("binary content", 0), 0u) << binary->reason;

  uint64_t total = 0;
  for (const char* f : {"a_trao_tang.txt", "bad_utf8.txt", "binary.txt", "blank.txt", "empty.txt",
                        "nul.txt", "sub/b_tham_hue.txt"})
    total += fs::file_size(kData + "/dir/" + f);
  EXPECT_EQ(r.bytes_read, total);
}

// Control bytes are counted eight bytes at a time where there are none:
// the count and the first one's place must not depend on where in a word
// of eight they fall, nor on letters of several bytes around them.
TEST(DocumentReader, ControlBytesAreCountedWhereverTheyFall) {
  TempDir dir;
  for (size_t at : {0u, 7u, 8u, 17u, 30u}) {
    std::string text = "Hội nghị tổng kết công tác năm 2023 của Bộ Tài chính diễn ra.";
    text[at] = '\x01';  // each place holds an ASCII letter or space
    text[text.size() - 3] = '\x7F';
    std::ofstream(dir / "ctl.txt", std::ios::binary) << text;
    const Result r = ReadAll({dir / "ctl.txt"});
    ASSERT_EQ(r.skipped.size(), 1u) << at;
    EXPECT_EQ(r.skipped[0].reason,
              "binary content: 2 control bytes, the first at byte " + std::to_string(at));
  }
  // Letters of two and three bytes, and no control byte: a document.
  std::ofstream(dir / "clean.txt", std::ios::binary)
      << "Phó Thủ tướng Phạm Bình Minh chủ trì Hội nghị Ngoại giao lần thứ 30 ở Hà Nội.";
  EXPECT_EQ(ReadAll({dir / "clean.txt"}).docs.size(), 1u);
}

TEST(DocumentReader, DanglingLinkInADirectoryIsNamedNotPassedOver) {
  TempDir dir;
  fs::copy_file(kData + "/dir/a_trao_tang.txt", dir / "a.txt");
  fs::create_symlink(dir / "gone.txt", dir / "b.txt");
  fs::create_symlink(dir / "a.txt", dir / "c.txt");
  fs::create_symlink(dir / "gone.md", dir / "d.md");
  const Result r = ReadAll({dir / ""});
  ASSERT_EQ(r.docs.size(), 2u);  // a.txt and the link c.txt
  EXPECT_EQ(r.docs[1].id, "c");
  ASSERT_EQ(r.skipped.size(), 1u);  // not d.md: no article
  EXPECT_EQ(r.skipped[0].id, "b");
  EXPECT_EQ(r.skipped[0].reason.rfind("cannot open", 0), 0u) << r.skipped[0].reason;
}

TEST(DocumentReader, JsonlGoodAndBadLines) {
  const Result r = ReadAll({kData + "/docs.jsonl"});
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "vn-001");
  EXPECT_EQ(r.docs[0].date, "2023-06-08");
  EXPECT_EQ(r.docs[0].origin, kData + "/docs.jsonl:1");
  EXPECT_EQ(r.docs[0].text.substr(0, 28), "Bộ Ngoại giao họp báo");
  EXPECT_EQ(r.docs[1].id, "42");  // a number id
  EXPECT_EQ(r.docs[1].origin, kData + "/docs.jsonl:2");
  EXPECT_EQ(r.docs[2].id, "vn-008");
  EXPECT_EQ(r.docs[2].text, "Hội Chữ thập đỏ trao quà.\r\nHết.");  // \u escapes decoded
  EXPECT_EQ(r.docs[2].origin, kData + "/docs.jsonl:11");

  ASSERT_EQ(r.skipped.size(), 7u);  // the blank line 6 is no document and no error
  auto reason = [&](int line) {
    const Skipped* s = FindSkip(r, "docs.jsonl:" + std::to_string(line));
    return s ? s->reason : std::string("(not skipped)");
  };
  EXPECT_EQ(reason(3).rfind("not JSON: ", 0), 0u) << reason(3);
  EXPECT_EQ(reason(4), "no \"text\" field");
  EXPECT_EQ(FindSkip(r, "docs.jsonl:4")->id, "vn-003");
  EXPECT_EQ(reason(5), "no \"id\" field");
  EXPECT_EQ(reason(7), "text is only white space");
  EXPECT_EQ(reason(8), "\"text\" is not a string");
  EXPECT_EQ(reason(9), "invalid UTF-8 at byte 36 of the line");
  EXPECT_EQ(reason(10), "NUL byte at byte 3 of \"text\"");
  EXPECT_EQ(r.bytes_read, fs::file_size(kData + "/docs.jsonl"));
}

TEST(DocumentReader, InvalidUtf8IsReportedWhereItStarts) {
  TempDir dir;
  const std::string prefix = "Tin nóng: ";  // 11 bytes
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"overlong", "\xC0\xAF"},          {"surrogate", "\xED\xA0\x80"},
      {"too_big", "\xF4\x90\x80\x80"},   {"f5", "\xF5\x80\x80\x80"},
      {"lone_tail", "\x80"},             {"cut_short", "\xE1\xBA"},
      {"e0_overlong", "\xE0\x80\xAF"},   {"bad_tail", "\xC3\x28"},
  };
  std::vector<std::string> inputs;
  for (const auto& [name, bytes] : bad) {
    inputs.push_back(dir / (name + ".txt"));
    WriteFile(inputs.back(), prefix + bytes + (name == "cut_short" ? "" : " nữa"));
  }
  // Well-formed edge cases: U+0800, U+FFFD, U+10FFFF, an emoji.
  inputs.push_back(dir / "good.txt");
  WriteFile(inputs.back(), prefix + "\xE0\xA0\x80 \xEF\xBF\xBD \xF4\x8F\xBF\xBF \xF0\x9F\x98\x80");
  const Result r = ReadAll(inputs);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "good");
  ASSERT_EQ(r.skipped.size(), bad.size());
  for (size_t i = 0; i < bad.size(); ++i) {
    EXPECT_EQ(r.skipped[i].id, bad[i].first);
    EXPECT_EQ(r.skipped[i].reason, "invalid UTF-8 at byte 11") << bad[i].first;
  }
}

TEST(DocumentReader, GzipJsonl) {
  TempDir dir;
  const std::string path = dir / "news.jsonl.gz";
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  std::string plain;
  for (int i = 0; i < 300; ++i) {
    plain += "{\"id\": \"g" + std::to_string(i) +
             "\", \"text\": \"Đại hội đại biểu lần thứ " + std::to_string(i) +
             " của Hội Hữu nghị Việt Nam - Lào đã bế mạc.\"}\n";
  }
  plain += "{\"id\": \"cuối\", \"text\": \"Không có xuống dòng ở cuối tệp.\"}";
  gzwrite(gz, plain.data(), static_cast<unsigned>(plain.size()));
  gzclose(gz);

  const Result r = ReadAll({path});
  ASSERT_EQ(r.docs.size(), 301u);
  EXPECT_TRUE(r.skipped.empty());
  EXPECT_EQ(r.docs[7].id, "g7");
  EXPECT_EQ(r.docs[7].origin, path + ":8");
  EXPECT_EQ(r.docs[300].id, "cuối");
  EXPECT_EQ(r.docs[300].text, "Không có xuống dòng ở cuối tệp.");
  EXPECT_EQ(r.bytes_read, fs::file_size(path));  // compressed bytes
  EXPECT_LT(r.bytes_read, plain.size());
}

TEST(DocumentReader, TruncatedGzipIsReportedNotFatal) {
  TempDir dir;
  const std::string path = dir / "cut.jsonl.gz";
  gzFile gz = gzopen(path.c_str(), "wb");
  std::string plain;
  for (int i = 0; i < 2000; ++i)
    plain += "{\"id\": " + std::to_string(i) + ", \"text\": \"Tin số " + std::to_string(i * 7919) + "\"}\n";
  gzwrite(gz, plain.data(), static_cast<unsigned>(plain.size()));
  gzclose(gz);
  const std::string bytes = ReadFile(path);
  WriteFile(path, bytes.substr(0, bytes.size() / 2));

  const Result r = ReadAll({path, kData + "/clean.txt"});
  EXPECT_GT(r.docs.size(), 10u);
  EXPECT_LT(r.docs.size(), 2001u);
  EXPECT_EQ(r.docs.back().id, "clean");  // the next input is still read
  ASSERT_FALSE(r.skipped.empty());
  EXPECT_NE(r.skipped.back().origin.find(path + "@"), std::string::npos) << r.skipped.back().origin;
}

// `plain` as one gzip member, made by zlib: the reader inflates with
// another library, so this also checks that the two agree.
std::string Gzip(const std::string& plain) {
  std::string out(compressBound(static_cast<uLong>(plain.size())) + 64, '\0');
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
  z.avail_in = static_cast<uInt>(plain.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// Lines of articles whose words compress poorly, so that the gzip form
// too spans several reads; `first` numbers the ids.
std::string Articles(int first, int count, std::vector<std::string>* texts) {
  std::string jsonl;
  uint64_t x = 88172645463325252ull + static_cast<uint64_t>(first);
  for (int i = first; i < first + count; ++i) {
    std::string text = "Tin số " + std::to_string(i) + ":";
    const int words = 20 + static_cast<int>(x % 900);
    for (int w = 0; w < words; ++w) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      text += " Hà" + std::to_string(x % 100000);
    }
    jsonl += "{\"id\": \"a" + std::to_string(i) + "\", \"text\": \"" + text + "\"}\n";
    texts->push_back(std::move(text));
  }
  return jsonl;
}

// Lines cut by the ends of the read buffers, plain and gzip, come out whole.
TEST(DocumentReader, LinesAcrossBufferEnds) {
  TempDir dir;
  std::vector<std::string> texts;
  const std::string plain = Articles(0, 600, &texts);
  ASSERT_GT(plain.size(), 2u << 20);
  WriteFile(dir / "a.jsonl", plain);
  const std::string gz = Gzip(plain);
  ASSERT_GT(gz.size(), 512u << 10);  // more than two reads of the raw buffer
  WriteFile(dir / "a.jsonl.gz", gz);
  for (const std::string name : {"a.jsonl", "a.jsonl.gz"}) {
    SCOPED_TRACE(name);
    const Result r = ReadAll({dir / name});
    EXPECT_TRUE(r.skipped.empty());
    ASSERT_EQ(r.docs.size(), texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
      char id[24];  // ("a" + std::to_string(i) trips GCC 12's -Wrestrict)
      std::snprintf(id, sizeof id, "a%zu", i);
      ASSERT_EQ(r.docs[i].id, id);
      ASSERT_EQ(r.docs[i].text, texts[i]) << i;
    }
    EXPECT_EQ(r.bytes_read, fs::file_size(dir / name));
  }
}

// `cat a.gz b.gz` is one gzip file of two members; what follows the last
// member and is no gzip header is ignored, as gzip ignores it.
TEST(DocumentReader, GzipMembersFollowOneAnother) {
  TempDir dir;
  std::vector<std::string> texts;
  const std::string a = Articles(0, 300, &texts);
  const std::string b = Articles(300, 5, &texts);
  const std::string path = dir / "ab.jsonl.gz";
  WriteFile(path, Gzip(a) + Gzip(b) + "rác ở cuối tệp\n");
  const Result r = ReadAll({path});
  EXPECT_TRUE(r.skipped.empty());
  ASSERT_EQ(r.docs.size(), 305u);
  EXPECT_EQ(r.docs[299].text, texts[299]);
  EXPECT_EQ(r.docs[300].id, "a300");
  EXPECT_EQ(r.docs[300].origin, path + ":301");
  EXPECT_EQ(r.docs[304].text, texts[304]);
  EXPECT_EQ(r.bytes_read, fs::file_size(path));
}

// Gzip is told by its first bytes, not by the name: plain JSONL named .gz
// reads, and so does gzip named .jsonl.
TEST(DocumentReader, GzipIsToldByItsBytes) {
  TempDir dir;
  const std::string plain = "\xEF\xBB\xBF{\"id\": \"bom\", \"text\": \"Tin có BOM ở đầu tệp.\"}\n";
  WriteFile(dir / "plain.jsonl.gz", plain);
  WriteFile(dir / "gzip.jsonl", Gzip(plain));
  const Result r = ReadAll({dir / "plain.jsonl.gz", dir / "gzip.jsonl"});
  EXPECT_TRUE(r.skipped.empty());
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "bom");  // the BOM before the first line is dropped
  EXPECT_EQ(r.docs[1].text, "Tin có BOM ở đầu tệp.");
}

// A damaged gzip file: what came before the damage is read, the damage is
// one skip at a byte offset, and the next input is read.
TEST(DocumentReader, DamagedGzipIsReportedNotFatal) {
  TempDir dir;
  std::vector<std::string> texts;
  const std::string gz = Gzip(Articles(0, 300, &texts));
  std::string bad_crc = gz;
  bad_crc[bad_crc.size() - 8] ^= 1;  // the trailer's CRC-32
  WriteFile(dir / "crc.jsonl.gz", bad_crc);
  std::string bad_data = gz;
  for (size_t i = gz.size() / 2; i < gz.size() / 2 + 64; ++i) bad_data[i] ^= 0x55;
  WriteFile(dir / "data.jsonl.gz", bad_data);

  const Result crc = ReadAll({dir / "crc.jsonl.gz", kData + "/clean.txt"});
  ASSERT_EQ(crc.docs.size(), 301u);  // every article was whole
  EXPECT_EQ(crc.docs.back().id, "clean");
  ASSERT_EQ(crc.skipped.size(), 1u);
  EXPECT_EQ(crc.skipped[0].origin, dir / "crc.jsonl.gz@" + std::to_string(gz.size()));
  EXPECT_EQ(crc.skipped[0].reason, "read error: incorrect data check");

  const Result data = ReadAll({dir / "data.jsonl.gz", kData + "/clean.txt"});
  EXPECT_GT(data.docs.size(), 10u);
  EXPECT_LT(data.docs.size(), 300u);
  EXPECT_EQ(data.docs[5].text, texts[5]);
  EXPECT_EQ(data.docs.back().id, "clean");
  ASSERT_FALSE(data.skipped.empty());
  const Skipped& last = data.skipped.back();
  EXPECT_EQ(last.origin.rfind(dir / "data.jsonl.gz@", 0), 0u) << last.origin;
  EXPECT_EQ(last.reason.rfind("read error: ", 0), 0u) << last.reason;
}

TEST(DocumentReader, Windows1258TextFile) {
  TempDir dir;
  const std::string path = dir / "cp1258.txt";
  const std::string utf8 = "Ủy ban nhân dân tỉnh Thừa Thiên Huế khen thưởng các tập thể.\n";
  // The same as windows-1258 spells it: base letters (â, ê, ư, ơ ...) with
  // the tone as a separate combining mark.
  const icu::UnicodeString u(
      u"U\u0309y ban nh\u00E2n d\u00E2n ti\u0309nh Th\u01B0\u0300a Thi\u00EAn "
      u"Hu\u00EA\u0301 khen th\u01B0\u01A1\u0309ng ca\u0301c t\u00E2\u0323p th\u00EA\u0309.\n");
  UErrorCode ec = U_ZERO_ERROR;
  UConverter* conv = ucnv_open("windows-1258", &ec);
  ASSERT_TRUE(U_SUCCESS(ec)) << u_errorName(ec);
  std::string bytes(utf8.size() * 2, '\0');
  const int32_t n = ucnv_fromUChars(conv, bytes.data(), static_cast<int32_t>(bytes.size()),
                                    u.getBuffer(), u.length(), &ec);
  ucnv_close(conv);
  ASSERT_TRUE(U_SUCCESS(ec)) << u_errorName(ec);
  bytes.resize(n);
  ASSERT_EQ(bytes.find('\x1A'), std::string::npos);  // nothing was substituted
  WriteFile(path, bytes);

  // Read as UTF-8 it is not valid.
  const Result as_utf8 = ReadAll({path});
  EXPECT_TRUE(as_utf8.docs.empty());
  ASSERT_EQ(as_utf8.skipped.size(), 1u);
  EXPECT_EQ(as_utf8.skipped[0].reason.rfind("invalid UTF-8 at byte", 0), 0u);

  ReaderOptions options;
  options.encoding = "windows-1258";
  const Result r = ReadAll({path}, options);
  ASSERT_EQ(r.docs.size(), 1u) << r.skipped[0].reason;
  // windows-1258 writes tone marks as combining characters: the text is
  // UTF-8 now, and NFC once normalized.
  EXPECT_EQ(Normalize(r.docs[0].text).text, Normalize(utf8).text);
}

TEST(DocumentReader, DocumentOverTheLimitIsSkipped) {
  TempDir dir;
  ReaderOptions options;
  options.max_document_bytes = 1000;
  const std::string big_txt = dir / "dai.txt";
  std::string body;
  while (body.size() < 1500) body += "Hội nghị đối ngoại nhân dân. ";
  WriteFile(big_txt, body);
  const std::string jsonl = dir / "dai.jsonl";
  WriteFile(jsonl, "{\"id\": \"dai\", \"text\": \"" + body + "\"}\n{\"id\": \"ngan\", \"text\": \"Tin ngắn.\"}\n");

  const Result r = ReadAll({big_txt, jsonl}, options);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "ngan");
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].reason, std::to_string(body.size()) + " bytes, over the limit of 1000 bytes");
  EXPECT_EQ(r.skipped[1].reason,
            "\"text\" is " + std::to_string(body.size()) + " bytes, over the limit of 1000 bytes");
  EXPECT_EQ(r.skipped[1].id, "dai");
}

TEST(DocumentReader, HugeLineIsSkippedWithoutHoldingIt) {
  // A 50 MB line with a 4 MB limit: counted as it streams by, never held,
  // and the next line is read as usual.
  TempDir dir;
  const std::string path = dir / "huge.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"id\": \"to\", \"text\": \"";
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 50; ++i) out << chunk;
    out << "\"}\n{\"id\": \"nho\", \"text\": \"Tin nhỏ sau dòng lớn.\"}\n";
  }
  ReaderOptions options;
  options.max_document_bytes = 4 << 20;
  const Result r = ReadAll({path}, options);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "nho");
  EXPECT_EQ(r.docs[0].origin, path + ":2");
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].origin, path + ":1");
  EXPECT_NE(r.skipped[0].reason.find("line of " + std::to_string((50 << 20) + 24) + " bytes"),
            std::string::npos)
      << r.skipped[0].reason;
}

TEST(DocumentReader, DeeplyNestedJsonDoesNotCrash) {
  TempDir dir;
  const std::string path = dir / "nested.jsonl";
  WriteFile(path, std::string(1 << 20, '[') + "\n{\"id\": 1, \"text\": \"Còn đọc được.\"}\n");
  const Result r = ReadAll({path});
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].reason.rfind("not JSON: ", 0), 0u);
}

TEST(DocumentReader, StdinIsJsonl) {
  TempDir dir;
  const std::string path = dir / "stdin.jsonl";
  WriteFile(path, "{\"id\": \"s1\", \"text\": \"Tin từ đầu vào chuẩn.\"}\nkhông phải JSON\n");
  const int saved = dup(0);
  const int fd = open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  dup2(fd, 0);
  close(fd);
  const Result r = ReadAll({"-"});
  dup2(saved, 0);
  close(saved);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "s1");
  EXPECT_EQ(r.docs[0].origin, "stdin:1");
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].origin, "stdin:2");
}

TEST(DocumentReader, OpenNamesAMissingOrUnusableInput) {
  std::string error;
  DocumentReader missing({kData + "/clean.txt", kData + "/khong_co.jsonl"}, {});
  EXPECT_FALSE(missing.Open(&error));
  EXPECT_EQ(error, kData + "/khong_co.jsonl: No such file or directory");
  Document doc;
  EXPECT_FALSE(missing.Next(&doc, [](const Skipped&) {}));  // not even clean.txt

  DocumentReader wrong_kind({kData + "/dir/notes.md"}, {});
  EXPECT_FALSE(wrong_kind.Open(&error));
  EXPECT_NE(error.find("notes.md: not a .txt, .jsonl or .jsonl.gz file"), std::string::npos) << error;

  ReaderOptions options;
  options.encoding = "no-such-encoding";
  DocumentReader bad_encoding({kData + "/clean.txt"}, options);
  EXPECT_FALSE(bad_encoding.Open(&error));
  EXPECT_NE(error.find("no-such-encoding"), std::string::npos) << error;
}

TEST(DocumentReader, SeveralInputsInOrder) {
  const Result r = ReadAll({kData + "/clean.txt", kData + "/docs.jsonl", kData + "/dir"});
  ASSERT_EQ(r.docs.size(), 6u);
  EXPECT_EQ(r.docs[0].id, "clean");
  EXPECT_EQ(r.docs[1].id, "vn-001");
  EXPECT_EQ(r.docs[5].id, "b_tham_hue");
}

}  // namespace
}  // namespace lienket
