// Reading articles, normalizing their text and cutting it into sentences.
// Stage 1 of the pipeline; it touches only Document and the types below.
#ifndef LIENKET_TEXT_H_
#define LIENKET_TEXT_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lienket/types.h"

namespace lienket {

// ---------------------------------------------------------------- reading

// Why a document was not read. Reported, never fatal unless --strict.
struct Skipped {
  std::string origin;  // "file", "file:line" or "file@byte"
  std::string id;      // the document id when it is known
  std::string reason;  // "invalid UTF-8 at byte 17", "no \"text\" field", ...
};

struct ReaderOptions {
  // Name of an ICU converter for .txt input ("windows-1258"); empty = UTF-8.
  std::string encoding;
  // Documents longer than this are skipped (bytes). A news article is tens
  // of kilobytes; a megabyte of text in one document is a dump, and the
  // rules' cost grows faster than linearly inside one huge sentence.
  size_t max_document_bytes = 1u << 20;
};

// Streams documents from the inputs of `lienket build`: a .txt file (one
// article, id = file name without extension), a directory (every .txt below
// it, sorted by path), a .jsonl or .jsonl.gz file, or "-" for JSONL on stdin.
// Documents are produced one at a time; nothing holds the whole input.
class DocumentReader {
 public:
  DocumentReader(std::vector<std::string> inputs, ReaderOptions options);
  ~DocumentReader();
  DocumentReader(const DocumentReader&) = delete;
  DocumentReader& operator=(const DocumentReader&) = delete;

  // Checks that every input exists and is readable; on failure returns false
  // and sets *error to one line naming the path and the reason.
  bool Open(std::string* error);

  // Fills *doc with the next good document; bad ones are passed to
  // `on_skip` and stepped over. Returns false at the end of all inputs.
  bool Next(Document* doc, const std::function<void(const Skipped&)>& on_skip);

  // Bytes of input consumed so far (compressed bytes for .gz), for progress.
  uint64_t bytes_read() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------- normalizing

// Where each byte of a normalized text came from in the original. Kept as
// the points where a byte stops coming from the byte after the one its
// predecessor came from: normalizing changes little (a run of spaces, a
// quote mark, a moved tone mark), so an article needs a few entries where a
// table would take four bytes for every byte of text.
class OffsetMap {
 public:
  // Bytes mapped.
  uint32_t size() const { return size_; }
  // The original offset of byte i (i < size()).
  uint32_t operator[](uint32_t i) const;
  // The first byte whose original offset is `original` or more (size() if
  // none). Valid when the offsets do not decrease, as Normalize() makes them.
  uint32_t LowerBound(uint32_t original) const;

  // Maps the next n bytes to original, original + 1, ...
  void AppendRun(uint32_t original, uint32_t n);
  void Append(uint32_t original) { AppendRun(original, 1); }
  // Back to the first n bytes (n <= size()).
  void Truncate(uint32_t n);
  void Clear();

 private:
  struct Piece {
    uint32_t at;        // first byte of the run
    uint32_t original;  // where that byte came from
  };
  std::vector<Piece> pieces_;  // ascending `at`, the first at 0
  uint32_t size_ = 0;
};

// Text in one canonical form, with the way back to the original bytes.
struct NormalizedText {
  // NFC; typographic quotes as '"', every dash as '-', the BOM dropped,
  // every run of white space (including CR, tabs, NBSP) one ' ', except that
  // line breaks stay '\n' (a headline ends at one); old-style tone placement
  // ("hoà", "Uỷ") moved to the new one ("hòa", "Ủy").
  std::string text;
  // origin[i] = byte offset in the original of text byte i; one extra entry
  // at the end holds the original length. Monotone non-decreasing.
  OffsetMap origin;

  // Maps a span of `text` to the span of the original it came from.
  Span ToOriginal(uint32_t begin, uint32_t end) const;
};

// Normalizes valid UTF-8. Linear in the input.
NormalizedText Normalize(std::string_view utf8);

// The comparison key of a name: Normalize + ICU case folding + one tone-mark
// placement + no quotes + "-" with no spaces around it + trimmed. Two names
// that a reader would call the same string have the same key.
std::string FoldKey(std::string_view name);

// The words of `s` as views into it, split at ' ' (several spaces in a row
// make no empty word): how keys and folded names are cut into syllables.
std::vector<std::string_view> SplitSpaces(std::string_view s);

// ---------------------------------------------------------------- segmenting

// Sentences of a normalized text as byte ranges into it, in order. Uses ICU's
// sentence break iterator with exceptions for Vietnamese news: a line break
// always ends a sentence (headlines, captions), and abbreviations such as
// "TP.", "GS.", "TS.", "PGS." and dates like "12/4/2022" never split one.
std::vector<Span> SplitSentences(std::string_view normalized_text);

// The article's own date found in the text: a dateline near the top
// ("24/12/2020 09:38:00 AM", "14/12/2021", "Thứ Hai, 12/04/2022"), else the
// year most often written in the text. "YYYY-MM-DD", "YYYY" or "".
std::string DetectDocumentDate(std::string_view normalized_text);

}  // namespace lienket

#endif  // LIENKET_TEXT_H_
