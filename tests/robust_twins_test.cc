// The same article written the ways real archives write it (decomposed
// Unicode, Windows line ends, a byte-order mark, old-style tone marks, a
// legacy Windows-1258 file) gives the same triples.jsonl as its clean twin,
// once the evidence offsets (which point into each file as it is) are set
// aside. The twins are made here from the one clean fixture, with ICU.
#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <string>
#include <utility>
#include <vector>

#include "cli_test_util.h"

namespace lienket::testing {
namespace {

const std::string kArticle = std::string(LIENKET_TEST_DATA) + "/robust/hoa_binh_thuy_loi.txt";

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
    s.replace(at, from.size(), to);
  return s;
}

std::string Nfd(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  EXPECT_TRUE(U_SUCCESS(status));
  icu::UnicodeString out = nfd->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  EXPECT_TRUE(U_SUCCESS(status));
  std::string s;
  return out.toUTF8String(s);
}

// The tone placement of before the 1950s reform that news sites still use:
// the mark on the second vowel of "oa", "oe", "uy".
std::string OldStyleTones(std::string s) {
  const std::pair<const char*, const char*> kPairs[] = {
      {"Hòa", "Hoà"}, {"Ủy", "Uỷ"}, {"thủy", "thuỷ"}, {"Thủy", "Thuỷ"},
      {"Khỏe", "Khoẻ"}, {"Thúy", "Thuý"}};
  for (const auto& [now, old] : kPairs) s = Replace(s, now, old);
  return s;
}

// Windows-1258 writes the base letters (â, ơ, ư, đ...) as one byte and the
// five tone marks as combining characters after them: decompose, put every
// letter but its tone back together, then convert with ICU, refusing any
// character the code page lacks.
std::string Windows1258(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString in = nfd->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  auto is_tone = [](UChar c) {
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
  };
  icu::UnicodeString out, base, tones;
  auto flush = [&] {
    out += nfc->normalize(base, status);
    out += tones;
    base.remove();
    tones.remove();
  };
  for (int32_t i = 0; i < in.length(); ++i) {
    const UChar c = in[i];
    if (is_tone(c)) {
      tones += c;
    } else if (u_getCombiningClass(c) != 0) {
      base += c;  // breve, circumflex, horn: part of the letter
    } else {
      flush();
      base += c;
    }
  }
  flush();
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);

  UConverter* conv = ucnv_open("windows-1258", &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string bytes(static_cast<size_t>(out.length()) * 2 + 16, '\0');
  const int32_t n = ucnv_fromUChars(conv, bytes.data(), static_cast<int32_t>(bytes.size()),
                                    out.getBuffer(), out.length(), &status);
  ucnv_close(conv);
  EXPECT_TRUE(U_SUCCESS(status)) << "not encodable in windows-1258: " << u_errorName(status);
  bytes.resize(n > 0 ? static_cast<size_t>(n) : 0);
  return bytes;
}

// triples.jsonl with every evidence start/end removed, line by line.
std::string WithoutOffsets(const fs::path& file) {
  std::istringstream in(ReadFile(file));
  std::string out;
  for (std::string line; std::getline(in, line);) {
    rapidjson::Document d;
    d.Parse(line.c_str(), line.size());
    if (d.HasParseError() || !d.IsObject() || !d.HasMember("evidence")) return "<bad line> " + line;
    for (auto& e : d["evidence"].GetArray()) {
      e.RemoveMember("start");
      e.RemoveMember("end");
    }
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    d.Accept(w);
    out += std::string(buf.GetString(), buf.GetSize()) + "\n";
  }
  return out;
}

class RobustTwins : public ::testing::Test {
 protected:
  void SetUp() override {
    clean_ = ReadFile(kArticle);
    ASSERT_FALSE(clean_.empty());
    ASSERT_EQ(Build("clean", clean_).exit, 0);
    reference_ = WithoutOffsets(tmp_.path() / "out-clean" / "triples.jsonl");
    // The article does say these names, so a twin that reads them wrong
    // cannot match by accident.
    for (const char* name : {"Bùi Văn Khỏe", "Quách Thị Thúy", "Đinh Công Hòa",
                             "Ủy ban nhân dân tỉnh Hòa Bình", "công tác thủy lợi"})
      EXPECT_NE(reference_.find(name), std::string::npos) << name;
  }

  // Builds one file, named like the clean one (the id is the file name).
  RunResult Build(const std::string& twin, const std::string& bytes,
                  const std::string& options = "") {
    fs::path dir = tmp_.path() / ("in-" + twin);
    fs::create_directories(dir);
    WriteFile(dir / "hoa_binh_thuy_loi.txt", bytes);
    return Lienket("build -q " + options + " " + Sh(dir.string()) + " -o " +
                       Sh(tmp_ / ("out-" + twin)),
                   tmp_);
  }

  void ExpectSameAsClean(const std::string& twin, const std::string& bytes,
                         const std::string& options = "") {
    SCOPED_TRACE(twin);
    ASSERT_NE(bytes, clean_) << "the twin must differ from the clean file";
    RunResult r = Build(twin, bytes, options);
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(WithoutOffsets(tmp_.path() / ("out-" + twin) / "triples.jsonl"), reference_);
  }

  TempDir tmp_;
  std::string clean_;
  std::string reference_;
};

TEST_F(RobustTwins, Nfd) { ExpectSameAsClean("nfd", Nfd(clean_)); }

TEST_F(RobustTwins, WindowsLineEnds) { ExpectSameAsClean("crlf", Replace(clean_, "\n", "\r\n")); }

TEST_F(RobustTwins, ByteOrderMark) { ExpectSameAsClean("bom", "\xEF\xBB\xBF" + clean_); }

TEST_F(RobustTwins, OldStyleToneMarks) {
  std::string old = OldStyleTones(clean_);
  EXPECT_NE(old.find("Uỷ ban"), std::string::npos);
  EXPECT_NE(old.find("Hoà Bình"), std::string::npos);
  ExpectSameAsClean("old-tones", old);
}

TEST_F(RobustTwins, AllAtOnce) {
  ExpectSameAsClean("all", "\xEF\xBB\xBF" + Nfd(Replace(OldStyleTones(clean_), "\n", "\r\n")));
}

TEST_F(RobustTwins, JsonlTwinsOfEveryKind) {
  // The twins as the "text" of a JSONL line, with the clean file's id (the
  // id is part of every triple, so one build each).
  for (const auto& [twin, text] : std::vector<std::pair<std::string, std::string>>{
           {"jsonl-clean", clean_}, {"jsonl-nfd", Nfd(clean_)},
           {"jsonl-crlf-bom", "\xEF\xBB\xBF" + Replace(clean_, "\n", "\r\n")}}) {
    SCOPED_TRACE(twin);
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("id");
    w.String("hoa_binh_thuy_loi");
    w.Key("text");
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    w.EndObject();
    WriteFile(tmp_.path() / (twin + ".jsonl"), std::string(buf.GetString()) + "\n");
    RunResult r = Lienket("build -q " + Sh(tmp_ / (twin + ".jsonl")) + " -o " +
                              Sh(tmp_ / ("out-" + twin)),
                          tmp_);
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(WithoutOffsets(tmp_.path() / ("out-" + twin) / "triples.jsonl"), reference_);
  }
}

TEST_F(RobustTwins, Windows1258WithEncodingOption) {
  const std::string legacy = Windows1258(clean_);
  ASSERT_FALSE(legacy.empty());
  // Legacy bytes are no UTF-8: without the option the file is skipped, with
  // a reason, and nothing is made of it.
  RunResult r = Build("cp1258-as-utf8", legacy);
  ASSERT_EQ(r.exit, 0) << r.err;
  rapidjson::Document report =
      ParseJson(ReadFile(tmp_.path() / "out-cp1258-as-utf8" / "report.json"));
  ASSERT_EQ(report["input"]["skipped"].Size(), 1u);
  EXPECT_NE(std::string(report["input"]["skipped"][0]["reason"].GetString()).find("UTF-8"),
            std::string::npos);
  EXPECT_EQ(report["graph"]["documents"].GetUint64(), 0u);

  // With it, the same graph: every export but the evidence offsets.
  ExpectSameAsClean("cp1258", legacy, "--encoding windows-1258");
  for (const char* file : {"graph.graphml", "graph.gexf", "graph.ttl", "nodes.csv"})
    EXPECT_EQ(ReadFile(tmp_.path() / "out-cp1258" / file),
              ReadFile(tmp_.path() / "out-clean" / file))
        << file;

  // Its evidence spans point into the document as read: the legacy bytes
  // converted to UTF-8 (combining tone marks and all), on character
  // boundaries.
  std::string decoded;
  icu::UnicodeString(legacy.data(), static_cast<int32_t>(legacy.size()), "windows-1258")
      .toUTF8String(decoded);
  auto boundary = [&](unsigned at) {
    return at == decoded.size() ||
           (at < decoded.size() && (static_cast<unsigned char>(decoded[at]) & 0xC0) != 0x80);
  };
  std::istringstream in(ReadFile(tmp_.path() / "out-cp1258" / "triples.jsonl"));
  size_t spans = 0;
  for (std::string line; std::getline(in, line);) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    for (const auto& e : d["evidence"].GetArray()) {
      const unsigned begin = e["start"].GetUint(), end = e["end"].GetUint();
      EXPECT_LT(begin, end);
      EXPECT_LE(end, decoded.size());
      EXPECT_TRUE(boundary(begin) && boundary(end)) << begin << ".." << end;
      ++spans;
    }
  }
  EXPECT_GT(spans, 10u);
}

}  // namespace
}  // namespace lienket::testing
