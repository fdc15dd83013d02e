// DocumentReader: .txt files, directories of them, JSONL (plain, gzip or
// stdin), one document at a time.
#include <fcntl.h>
#include <isa-l/igzip_lib.h>
#include <sys/stat.h>
#include <unistd.h>

// RapidJSON scans strings 16 bytes at a time when told it may.
#if defined(__SSE4_2__)
#define RAPIDJSON_SSE42
#elif defined(__SSE2__)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "lienket/text.h"
#include "utf8.h"

namespace lienket {
namespace {

namespace fs = std::filesystem;
using text_internal::DecodeUtf8;
using text_internal::FindInvalidUtf8;
using text_internal::IsSpaceCodePoint;

constexpr size_t kReadChunk = 256 << 10;
// RapidJSON's SIMD scan reads aligned 16-byte blocks, which may reach up
// to 15 bytes past the terminating NUL: they must be inside the buffer.
constexpr size_t kParsePadding = 16;

enum class Kind { kText, kDirectory, kJsonl, kStdin };

struct Input {
  std::string path;
  Kind kind;
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

std::string Errno(int err) { return std::strerror(err); }

// Reasons a text (already valid UTF-8) is no document, or "".
std::string CheckContent(std::string_view text, std::string_view what) {
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    return "NUL byte at byte " +
           std::to_string(static_cast<const char*>(nul) - text.data()) + std::string(what);
  }
  // Stray control characters happen in scraped text; a text made of them
  // is binary data that happens to be valid UTF-8.
  size_t controls = 0;
  size_t first = 0;
  for (size_t i = 0; i < text.size(); ++i) {
#if defined(__SSE2__)
    // Sixteen bytes at a time while none is below 0x20 or is 0x7F; then
    // straight to the first that is (a line break, most often).
    while (i + 16 <= text.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      const __m128i below = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)),
                                           _mm_set1_epi8(0x1F));
      const int mask =
          _mm_movemask_epi8(_mm_or_si128(below, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))));
      if (mask != 0) {
        i += static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        break;
      }
      i += 16;
    }
#endif
    // Eight bytes at a time while none is below 0x20 or is 0x7F (SWAR:
    // a byte b < 0x20 sets the high bit of b - 0x20 where b's was clear).
    while (i + 8 <= text.size()) {
      uint64_t w;
      std::memcpy(&w, text.data() + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      const uint64_t low = (w - 0x20 * kOnes) & ~w & kHigh;
      const uint64_t del = ((w ^ (0x7F * kOnes)) - kOnes) & ~(w ^ (0x7F * kOnes)) & kHigh;
      if (low | del) break;
      i += 8;
    }
    if (i >= text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' &&
         c != 0x1B) ||
        c == 0x7F) {
      if (controls++ == 0) first = i;
    }
  }
  if (controls > 0 && controls * 100 >= text.size()) {
    return "binary content: " + std::to_string(controls) + " control bytes, the first at byte " +
           std::to_string(first) + std::string(what);
  }
  size_t i = 0;
  while (i < text.size()) {
    const char32_t c = DecodeUtf8(text, &i);
    if (!IsSpaceCodePoint(c) && c != 0xFEFF) return {};
  }
  return text.empty() ? "empty text" : "text is only white space";
}

std::string FormatNumberId(const rapidjson::Value& v) {
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v.GetDouble());
  return buf;
}

bool IsDateString(std::string_view s) {
  if (s.size() < 10) return false;
  for (size_t i = 0; i < 10; ++i) {
    if (i == 4 || i == 7) {
      if (s[i] != '-') return false;
    } else if (s[i] < '0' || s[i] > '9') {
      return false;
    }
  }
  return s.size() == 10 || s[10] == 'T' || s[10] == ' ';
}

// What went wrong in a gzip stream, in zlib's words where it has some.
const char* InflateError(int code) {
  switch (code) {
    case ISAL_INVALID_BLOCK: return "invalid deflate block";
    case ISAL_INVALID_SYMBOL: return "invalid code";
    case ISAL_INVALID_LOOKBACK: return "invalid distance too far back";
    case ISAL_INVALID_WRAPPER: return "invalid gzip header";
    case ISAL_UNSUPPORTED_METHOD: return "unknown compression method";
    case ISAL_INCORRECT_CHECKSUM: return "incorrect data check";
    default: return "compressed data error";
  }
}

// The bytes of one JSONL input, a file or stdin, plain or gzip. Gzip is
// told by its first two bytes, as gzread tells it, so that stdin and a
// .jsonl.gz holding plain text read as well. The members of a gzip file
// follow one another (`cat a.gz b.gz`); after the last, bytes that do not
// start another member are ignored, as gzip and gzread ignore them.
//
// ISA-L inflates, not zlib: about three times faster on the news corpus,
// where inflating was most of the cost of reading.
class InputStream {
 public:
  InputStream() = default;
  ~InputStream() { Close(); }
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Starts reading `fd`, which the stream closes.
  void Open(int fd);
  void Close();
  bool is_open() const { return fd_ >= 0; }

  // Reads up to `n` bytes of content into `buf`: returns how many, 0 at the
  // end, or -1 with *error set ("unexpected end of file").
  ptrdiff_t Read(char* buf, size_t n, std::string* error);

  // Bytes taken from the fd so far (compressed ones for gzip).
  uint64_t consumed() const { return raw_read_ - avail_; }

 private:
  enum class Mode { kLook, kPlain, kGzip, kEnd, kFailed };

  // Appends what the fd has to the unconsumed input; false at its end or
  // on an error (error_ set).
  bool Fill();
  // True when the unconsumed input starts a gzip member (reads to know).
  bool AtGzipMagic();
  void StartMember();
  ptrdiff_t Fail(std::string reason, std::string* error);

  int fd_ = -1;
  Mode mode_ = Mode::kLook;
  bool eof_ = false;
  std::string error_;
  uint64_t raw_read_ = 0;
  std::vector<uint8_t> in_;
  const uint8_t* next_ = nullptr;  // unconsumed input: next_[0, avail_)
  size_t avail_ = 0;
  std::unique_ptr<inflate_state> inflate_;  // 87 KB: kept across inputs
};

void InputStream::Open(int fd) {
  Close();
  fd_ = fd;
  mode_ = Mode::kLook;
  eof_ = false;
  error_.clear();
  raw_read_ = 0;
  in_.resize(kReadChunk);
  next_ = in_.data();
  avail_ = 0;
}

void InputStream::Close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

bool InputStream::Fill() {
  if (eof_) return false;
  if (next_ != in_.data() && avail_ > 0) std::memmove(in_.data(), next_, avail_);
  if (avail_ == in_.size()) in_.resize(2 * in_.size());
  next_ = in_.data();
  for (;;) {
    const ssize_t r = ::read(fd_, in_.data() + avail_, in_.size() - avail_);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      if (r < 0) error_ = Errno(errno);
      eof_ = true;
      return false;
    }
    raw_read_ += static_cast<uint64_t>(r);
    avail_ += static_cast<size_t>(r);
    return true;
  }
}

bool InputStream::AtGzipMagic() {
  while (avail_ < 2 && Fill()) {
  }
  return avail_ >= 2 && next_[0] == 0x1F && next_[1] == 0x8B;
}

void InputStream::StartMember() {
  if (inflate_ == nullptr) inflate_ = std::make_unique<inflate_state>();
  isal_inflate_init(inflate_.get());
  inflate_->crc_flag = ISAL_GZIP;  // header and trailer checked too
}

ptrdiff_t InputStream::Fail(std::string reason, std::string* error) {
  mode_ = Mode::kFailed;
  error_ = std::move(reason);
  *error = error_;
  return -1;
}

ptrdiff_t InputStream::Read(char* buf, size_t n, std::string* error) {
  n = std::min<size_t>(n, UINT32_MAX);
  for (;;) {
    switch (mode_) {
      case Mode::kLook:
        mode_ = AtGzipMagic() ? Mode::kGzip : Mode::kPlain;
        if (!error_.empty()) return Fail(error_, error);
        if (mode_ == Mode::kGzip) StartMember();
        continue;

      case Mode::kPlain: {
        if (avail_ > 0) {  // what AtGzipMagic read
          const size_t k = std::min(n, avail_);
          std::memcpy(buf, next_, k);
          next_ += k;
          avail_ -= k;
          return static_cast<ptrdiff_t>(k);
        }
        if (eof_) return 0;
        ssize_t r;
        do {
          r = ::read(fd_, buf, n);
        } while (r < 0 && errno == EINTR);
        if (r < 0) return Fail(Errno(errno), error);
        if (r == 0) eof_ = true;
        raw_read_ += static_cast<uint64_t>(r);
        return r;
      }

      case Mode::kGzip: {
        if (avail_ == 0) Fill();
        if (!error_.empty()) return Fail(error_, error);
        inflate_state& s = *inflate_;
        s.next_in = const_cast<uint8_t*>(next_);
        s.avail_in = static_cast<uint32_t>(avail_);
        s.next_out = reinterpret_cast<uint8_t*>(buf);
        s.avail_out = static_cast<uint32_t>(n);
        const int r = isal_inflate(&s);
        const bool progress = s.avail_in != avail_ || s.avail_out != n;
        next_ = s.next_in;
        avail_ = s.avail_in;
        const auto got = static_cast<ptrdiff_t>(n - s.avail_out);
        // The content before a fault is handed out first; the fault comes
        // with the next call.
        if (r < 0) {
          Fail(InflateError(r), error);
        } else if (s.block_state == ISAL_BLOCK_FINISH) {
          if (AtGzipMagic()) {
            StartMember();
          } else if (!error_.empty()) {
            Fail(error_, error);
          } else {
            avail_ = 0;  // trailing garbage
            mode_ = Mode::kEnd;
          }
        } else if (!progress && !Fill()) {
          Fail(error_.empty() ? "unexpected end of file" : error_, error);
        }
        if (got > 0) {
          error->clear();
          return got;
        }
        continue;
      }

      case Mode::kEnd:
        return 0;

      case Mode::kFailed:
        *error = error_;
        return -1;
    }
  }
}

}  // namespace

struct DocumentReader::Impl {
  std::vector<std::string> paths;
  ReaderOptions options;
  std::vector<Input> inputs;
  enum class State { kNew, kOpen, kFailed } state = State::kNew;
  size_t next_input = 0;
  uint64_t finished_bytes = 0;  // of inputs done with

  // The directory being walked.
  bool in_directory = false;
  std::vector<std::string> files;
  size_t next_file = 0;

  // The JSONL stream being read.
  InputStream stream;
  std::string stream_name;
  bool stream_is_file = false;
  uint64_t stream_bytes = 0;  // decompressed bytes taken from the stream
  uint64_t line_number = 0;
  std::vector<char> chunk;  // kReadChunk bytes and kParsePadding more
  size_t chunk_pos = 0, chunk_len = 0;
  bool stream_eof = false;
  std::string line;       // a line that spans two chunks
  bool in_line = false;   // the last line read is in `line`

  bool Open(std::string* error);
  bool Next(Document* doc, const std::function<void(const Skipped&)>& on_skip);
  bool ReadTextFile(const std::string& path, Document* doc,
                    const std::function<void(const Skipped&)>& on_skip);
  bool OpenStream(const Input& input, const std::function<void(const Skipped&)>& on_skip);
  void CloseStream();
  // Finds the next line: *data points into `chunk` when it lies wholly
  // there (most do), else into `line`; either way data[*size] may be
  // written and kParsePadding bytes past it read. False at the end of the
  // stream. A line longer than `limit` is consumed but not kept
  // (*too_long = its length).
  bool ReadLine(size_t limit, char** data, size_t* size, uint64_t* too_long,
                std::string* error);
  // Parses the line in place.
  bool ParseLine(char* data, size_t size, Document* doc,
                 const std::function<void(const Skipped&)>& on_skip);
  uint64_t StreamPosition() const {
    return stream_is_file ? stream.consumed() : stream_bytes;
  }
  std::string Decode(const std::string& bytes, std::string* out) const;
};

bool DocumentReader::Impl::Open(std::string* error) {
  inputs.clear();
  state = State::kFailed;  // until every input checks out
  if (!options.encoding.empty()) {
    UErrorCode ec = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(options.encoding.c_str(), &ec);
    if (U_FAILURE(ec)) {
      *error = "unknown encoding \"" + options.encoding + "\" (" + u_errorName(ec) + ")";
      return false;
    }
    ucnv_close(conv);
  }
  for (const std::string& path : paths) {
    if (path == "-") {
      inputs.push_back({path, Kind::kStdin});
      continue;
    }
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      *error = path + ": " + Errno(errno);
      return false;
    }
    if (S_ISDIR(st.st_mode)) {
      if (::access(path.c_str(), R_OK | X_OK) != 0) {
        *error = path + ": " + Errno(errno);
        return false;
      }
      inputs.push_back({path, Kind::kDirectory});
      continue;
    }
    Kind kind;
    if (EndsWith(path, ".txt")) {
      kind = Kind::kText;
    } else if (EndsWith(path, ".jsonl") || EndsWith(path, ".jsonl.gz")) {
      kind = Kind::kJsonl;
    } else {
      *error = path + ": not a .txt, .jsonl or .jsonl.gz file, nor a directory";
      return false;
    }
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) {
      *error = path + ": " + Errno(errno);
      return false;
    }
    ::close(fd);
    inputs.push_back({path, kind});
  }
  state = State::kOpen;
  return true;
}

std::string DocumentReader::Impl::Decode(const std::string& bytes, std::string* out) const {
  UErrorCode ec = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(options.encoding.c_str(), &ec);
  if (U_FAILURE(ec)) return std::string("cannot open converter: ") + u_errorName(ec);
  ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &ec);
  std::u16string utf16(bytes.size() * 2 + 16, u'\0');
  const char* src = bytes.data();
  const char* src_end = src + bytes.size();
  UChar* dst = reinterpret_cast<UChar*>(utf16.data());
  ucnv_toUnicode(conv, &dst, dst + utf16.size(), &src, src_end, nullptr, true, &ec);
  std::string reason;
  if (U_FAILURE(ec)) {
    char bad[32];
    int8_t bad_len = sizeof bad;
    UErrorCode ec2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv, bad, &bad_len, &ec2);
    const size_t at = static_cast<size_t>(src - bytes.data()) - (U_SUCCESS(ec2) ? bad_len : 0);
    reason = "not valid " + options.encoding + " at byte " + std::to_string(at);
  } else {
    utf16.resize(dst - reinterpret_cast<UChar*>(utf16.data()));
    int32_t len = 0;
    ec = U_ZERO_ERROR;
    u_strToUTF8(nullptr, 0, &len, reinterpret_cast<const UChar*>(utf16.data()),
                static_cast<int32_t>(utf16.size()), &ec);
    out->resize(len);
    ec = U_ZERO_ERROR;
    u_strToUTF8(out->data(), len, &len, reinterpret_cast<const UChar*>(utf16.data()),
                static_cast<int32_t>(utf16.size()), &ec);
    if (U_FAILURE(ec)) reason = std::string("cannot convert to UTF-8: ") + u_errorName(ec);
  }
  ucnv_close(conv);
  return reason;
}

bool DocumentReader::Impl::ReadTextFile(const std::string& path, Document* doc,
                                        const std::function<void(const Skipped&)>& on_skip) {
  const std::string id = fs::path(path).stem().string();
  auto skip = [&](std::string reason) {
    on_skip({path, id, std::move(reason)});
    return false;
  };
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return skip("cannot open: " + Errno(errno));
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    return skip("cannot stat: " + Errno(err));
  }
  const auto size = static_cast<uint64_t>(st.st_size);
  if (size > options.max_document_bytes) {
    ::close(fd);
    finished_bytes += size;
    return skip(std::to_string(size) + " bytes, over the limit of " +
                std::to_string(options.max_document_bytes) + " bytes");
  }
  std::string bytes(size, '\0');
  size_t got = 0;
  while (got < size) {
    const ssize_t r = ::read(fd, bytes.data() + got, size - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      const int err = r < 0 ? errno : 0;
      ::close(fd);
      finished_bytes += got;
      return skip(r < 0 ? "read error: " + Errno(err) : "file shrank while being read");
    }
    got += static_cast<size_t>(r);
  }
  ::close(fd);
  finished_bytes += size;

  std::string text;
  if (!options.encoding.empty()) {
    std::string reason = Decode(bytes, &text);
    if (!reason.empty()) return skip(reason);
  } else {
    const size_t bad = FindInvalidUtf8(bytes);
    if (bad != std::string::npos) return skip("invalid UTF-8 at byte " + std::to_string(bad));
    text = std::move(bytes);
  }
  if (text.size() > options.max_document_bytes) {
    return skip(std::to_string(text.size()) + " bytes once decoded, over the limit of " +
                std::to_string(options.max_document_bytes) + " bytes");
  }
  if (std::string reason = CheckContent(text, ""); !reason.empty()) return skip(reason);
  doc->id = id;
  doc->text = std::move(text);
  doc->date.clear();
  doc->origin = path;
  return true;
}

bool DocumentReader::Impl::OpenStream(const Input& input,
                                      const std::function<void(const Skipped&)>& on_skip) {
  stream_is_file = input.kind != Kind::kStdin;
  stream_name = stream_is_file ? input.path : "stdin";
  // InputStream reads plain text through unchanged, so stdin may be either.
  const int fd = stream_is_file ? ::open(input.path.c_str(), O_RDONLY) : ::dup(0);
  if (fd < 0) {
    on_skip({stream_name, "", "cannot open: " + Errno(errno)});
    return false;
  }
  stream.Open(fd);
  chunk.resize(kReadChunk + kParsePadding);
  chunk_pos = chunk_len = 0;
  stream_eof = false;
  stream_bytes = 0;
  line_number = 0;
  return true;
}

void DocumentReader::Impl::CloseStream() {
  if (!stream.is_open()) return;
  finished_bytes += StreamPosition();
  stream.Close();
  // A huge line must not pin its memory for the rest of the run.
  if (line.capacity() > (4u << 20)) std::string().swap(line);
}

bool DocumentReader::Impl::ReadLine(size_t limit, char** data, size_t* size,
                                    uint64_t* too_long, std::string* error) {
  line.clear();
  *too_long = 0;
  uint64_t length = 0;
  bool any = false;
  for (;;) {
    if (chunk_pos == chunk_len) {
      if (stream_eof) break;
      const ptrdiff_t r = stream.Read(chunk.data(), kReadChunk, error);
      if (r <= 0) {
        stream_eof = true;
        if (r < 0) {
          *error = "read error: " + *error;
          return false;
        }
        break;
      }
      stream_bytes += static_cast<uint64_t>(r);
      chunk_pos = 0;
      chunk_len = static_cast<size_t>(r);
    }
    char* begin = chunk.data() + chunk_pos;
    const void* nl = std::memchr(begin, '\n', chunk_len - chunk_pos);
    const size_t take = nl ? static_cast<const char*>(nl) - begin : chunk_len - chunk_pos;
    chunk_pos += take;
    if (nl) ++chunk_pos;
    if (nl && !any) {  // the whole line is in the chunk: no copy
      in_line = false;
      if (take > limit) {
        *too_long = take;
      } else {
        *data = begin;
        *size = take;
      }
      return true;
    }
    any = true;
    length += take;
    if (length <= limit) {
      line.append(begin, take);
    } else if (!line.empty()) {
      std::string().swap(line);
    }
    if (nl) break;
  }
  if (!any) return false;
  if (length > limit) {
    *too_long = length;
  } else {
    line.reserve(line.size() + kParsePadding);
    in_line = true;
    *data = line.data();
    *size = line.size();
  }
  return true;
}

bool DocumentReader::Impl::ParseLine(char* data, size_t size, Document* doc,
                                     const std::function<void(const Skipped&)>& on_skip) {
  const std::string origin = stream_name + ":" + std::to_string(line_number);
  auto skip = [&](std::string id, std::string reason) {
    on_skip({origin, std::move(id), std::move(reason)});
    return false;
  };
  if (line_number == 1 && size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
    data += 3;
    size -= 3;
  }

  if (const void* nul = std::memchr(data, '\0', size)) {
    return skip("", "NUL byte at byte " + std::to_string(static_cast<const char*>(nul) - data) +
                        " of the line");
  }
  const size_t bad = FindInvalidUtf8(std::string_view(data, size));
  if (bad != std::string::npos)
    return skip("", "invalid UTF-8 at byte " + std::to_string(bad) + " of the line");

  // In situ: strings are unescaped inside the line, no copies. Iterative: a
  // line of a million '[' must not overflow the stack.
  data[size] = '\0';
  rapidjson::Document json;
  json.ParseInsitu<rapidjson::kParseIterativeFlag>(data);
  if (json.HasParseError()) {
    return skip("", std::string("not JSON: ") + rapidjson::GetParseError_En(json.GetParseError()) +
                        " at byte " + std::to_string(json.GetErrorOffset()));
  }
  if (!json.IsObject()) return skip("", "not a JSON object");

  std::string id;
  const auto id_it = json.FindMember("id");
  if (id_it == json.MemberEnd()) return skip("", "no \"id\" field");
  if (id_it->value.IsString()) {
    id.assign(id_it->value.GetString(), id_it->value.GetStringLength());
  } else if (id_it->value.IsNumber()) {
    id = FormatNumberId(id_it->value);
  } else {
    return skip("", "\"id\" is neither a string nor a number");
  }
  if (id.empty()) return skip("", "\"id\" is empty");

  const auto text_it = json.FindMember("text");
  if (text_it == json.MemberEnd()) return skip(id, "no \"text\" field");
  if (!text_it->value.IsString()) return skip(id, "\"text\" is not a string");
  const char* text = text_it->value.GetString();
  const size_t text_len = text_it->value.GetStringLength();
  if (text_len > options.max_document_bytes) {
    return skip(id, "\"text\" is " + std::to_string(text_len) + " bytes, over the limit of " +
                        std::to_string(options.max_document_bytes) + " bytes");
  }
  const std::string_view text_view(text, text_len);
  // The line was valid UTF-8, but a \u escape can still spell a lone low
  // surrogate, which RapidJSON lets by; it comes out as ED B0..BF.
  if (std::memchr(text, 0xED, text_len) != nullptr) {
    const size_t bad_text = FindInvalidUtf8(text_view);
    if (bad_text != std::string::npos)
      return skip(id, "invalid UTF-8 in \"text\" at byte " + std::to_string(bad_text));
  }
  if (std::string reason = CheckContent(text_view, " of \"text\""); !reason.empty())
    return skip(id, reason);

  std::string date;
  const auto date_it = json.FindMember("date");
  if (date_it != json.MemberEnd() && date_it->value.IsString()) {
    const std::string_view d(date_it->value.GetString(), date_it->value.GetStringLength());
    if (IsDateString(d)) date.assign(d.substr(0, 10));
  }

  if (in_line) {
    // Hand the line's buffer to the document: the text is moved to its
    // front rather than copied, so a huge article is held once.
    std::memmove(line.data(), text, text_len);
    line.resize(text_len);
    doc->text.swap(line);
  } else {
    doc->text.assign(text, text_len);
  }
  doc->id = std::move(id);
  doc->date = std::move(date);
  doc->origin = origin;
  return true;
}

bool DocumentReader::Impl::Next(Document* doc,
                                const std::function<void(const Skipped&)>& on_skip) {
  if (state == State::kNew) {
    std::string error;
    if (!Open(&error)) {
      on_skip({"", "", error});
      return false;
    }
  }
  if (state == State::kFailed) return false;
  for (;;) {
    if (stream.is_open()) {
      // A line may hold a document of max_document_bytes with its letters
      // written as \u escapes (at most 3 bytes of line for one of text),
      // plus the other fields; a longer one is counted, never held.
      const size_t limit = options.max_document_bytes > (SIZE_MAX - 65536) / 3
                               ? SIZE_MAX
                               : options.max_document_bytes * 3 + 65536;
      uint64_t too_long = 0;
      std::string error;
      char* data = nullptr;
      size_t size = 0;
      while (ReadLine(limit, &data, &size, &too_long, &error)) {
        ++line_number;
        if (too_long > 0) {
          on_skip({stream_name + ":" + std::to_string(line_number), "",
                   "line of " + std::to_string(too_long) + " bytes, too long for a document of " +
                       std::to_string(options.max_document_bytes) + " bytes at most"});
          continue;
        }
        if (std::string_view(data, size).find_first_not_of(" \t\r") == std::string_view::npos)
          continue;  // blank line
        if (ParseLine(data, size, doc, on_skip)) return true;
      }
      if (!error.empty())
        on_skip({stream_name + "@" + std::to_string(StreamPosition()), "", error});
      CloseStream();
      continue;
    }
    if (in_directory) {
      while (next_file < files.size()) {
        if (ReadTextFile(files[next_file++], doc, on_skip)) return true;
      }
      in_directory = false;
      files.clear();
      continue;
    }
    if (next_input >= inputs.size()) return false;
    const Input& input = inputs[next_input++];
    switch (input.kind) {
      case Kind::kText:
        if (ReadTextFile(input.path, doc, on_skip)) return true;
        break;
      case Kind::kDirectory: {
        files.clear();
        next_file = 0;
        std::error_code ec;
        fs::recursive_directory_iterator it(
            input.path, fs::directory_options::skip_permission_denied, ec);
        for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
          if (!EndsWith(it->path().native(), ".txt")) continue;
          // A link to nothing is an article that cannot be read, and is
          // named as such (ReadTextFile cannot open it), not passed over.
          std::error_code type_ec;
          if (it->is_regular_file(type_ec) || (it->is_symlink(type_ec) && !it->exists(type_ec)))
            files.push_back(it->path().string());
        }
        if (ec) on_skip({input.path, "", "cannot list directory: " + ec.message()});
        std::sort(files.begin(), files.end());
        in_directory = true;
        break;
      }
      case Kind::kJsonl:
      case Kind::kStdin:
        OpenStream(input, on_skip);
        break;
    }
  }
}

DocumentReader::DocumentReader(std::vector<std::string> inputs, ReaderOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->paths = std::move(inputs);
  impl_->options = std::move(options);
}

DocumentReader::~DocumentReader() { impl_->CloseStream(); }

bool DocumentReader::Open(std::string* error) { return impl_->Open(error); }

bool DocumentReader::Next(Document* doc, const std::function<void(const Skipped&)>& on_skip) {
  return impl_->Next(doc, on_skip);
}

uint64_t DocumentReader::bytes_read() const {
  const Impl& m = *impl_;
  return m.finished_bytes + (m.stream.is_open() ? m.StreamPosition() : 0);
}

}  // namespace lienket
