// DocumentFacts <-> one JSON line. The reader is strict: the line is the
// contract between `lienket extract` and `lienket merge`, possibly run by
// different builds on different machines, so anything it does not know
// (a misspelt field, an unknown relation, a span running backwards) is an
// error with a path to the offending value rather than a silent default.
#include "facts_json.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>
#include <string_view>

#include "collection_year.h"
#include "lienket/graph.h"

namespace lienket {
namespace {

using rapidjson::Value;

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" with plausible month and day.
bool IsIsoDate(std::string_view s) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  auto number = [&](size_t from) { return (s[from] - '0') * 10 + (s[from + 1] - '0'); };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4)) return false;
  if (s.size() >= 7) {
    if (s[4] != '-' || !digits(5, 2) || number(5) < 1 || number(5) > 12) return false;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !digits(8, 2) || number(8) < 1 || number(8) > 31) return false;
  }
  return true;
}

// A date of a mention: as IsIsoDate, or "--MM-DD" (its article never told
// the year: resolution gives it the collection's).
bool IsMentionDate(std::string_view s) { return IsIsoDate(s) || graph_internal::IsMonthDay(s); }

class Reader {
 public:
  explicit Reader(std::string* error) : error_(error) {}

  bool Fail(const std::string& path, const std::string& what) {
    if (error_) *error_ = path.empty() ? what : path + ": " + what;
    return false;
  }

  bool String(const Value& v, const std::string& path, std::string* out) {
    if (!v.IsString()) return Fail(path, "expected a string");
    out->assign(v.GetString(), v.GetStringLength());
    return true;
  }

  bool StringList(const Value& v, const std::string& path, std::vector<std::string>* out) {
    if (!v.IsArray()) return Fail(path, "expected an array of strings");
    out->clear();
    out->reserve(v.Size());
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
      std::string s;
      std::string item = path + "[" + std::to_string(i) + "]";
      if (!String(v[i], item, &s)) return false;
      if (s.empty()) return Fail(item, "empty name");
      out->push_back(std::move(s));
    }
    return true;
  }

  bool SpanOf(const Value& v, const std::string& path, Span* out) {
    if (!v.IsArray() || v.Size() != 2 || !v[0].IsUint() || !v[1].IsUint())
      return Fail(path, "expected [begin, end] byte offsets");
    out->begin = v[0].GetUint();
    out->end = v[1].GetUint();
    if (out->begin > out->end) return Fail(path, "begin is after end");
    return true;
  }

  // A document's date (YYYY...) or, with `month_day`, a mention's (also --MM-DD).
  bool DateField(const Value& v, const std::string& path, std::string* out, bool month_day) {
    if (!String(v, path, out)) return false;
    if (!out->empty() && !(month_day ? IsMentionDate(*out) : IsIsoDate(*out)))
      return Fail(path, "\"" + *out + "\" is not a date (" + DateForms(month_day) + ")");
    return true;
  }

  static std::string DateForms(bool month_day) {
    return month_day ? "YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD";
  }

  bool MentionOf(const Value& v, const std::string& path, Mention* m) {
    if (!v.IsObject()) return Fail(path, "expected an object");
    bool has_type = false;
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string_view name(it->name.GetString(), it->name.GetStringLength());
      std::string field = path + "." + std::string(name);
      if (name == "type") {
        std::string type;
        if (!String(it->value, field, &type)) return false;
        auto parsed = ParseEntityType(type);
        if (!parsed) return Fail(field, "unknown entity type \"" + type + "\"");
        m->type = *parsed;
        has_type = true;
      } else if (name == "text") {
        if (!String(it->value, field, &m->text)) return false;
      } else if (name == "aliases") {
        if (!StringList(it->value, field, &m->aliases)) return false;
      } else if (name == "role") {
        if (!String(it->value, field, &m->role)) return false;
      } else if (name == "org") {
        if (!String(it->value, field, &m->org)) return false;
      } else if (name == "org_aliases") {
        if (!StringList(it->value, field, &m->org_aliases)) return false;
      } else if (name == "date") {
        if (!DateField(it->value, field, &m->date, true)) return false;
      } else if (name == "span") {
        if (!SpanOf(it->value, field, &m->span)) return false;
      } else {
        return Fail(field, "unknown field");
      }
    }
    if (!has_type) return Fail(path, "no \"type\"");
    if (m->text.empty()) return Fail(path, "no \"text\"");
    if (m->type == EntityType::kDate && !IsMentionDate(m->text))
      return Fail(path + ".text", "\"" + m->text + "\" is not a date (" + DateForms(true) + ")");
    return true;
  }

  bool FactOf(const Value& v, const std::string& path, Fact* f) {
    if (!v.IsObject()) return Fail(path, "expected an object");
    bool has_relation = false, has_subject = false, has_object = false;
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string_view name(it->name.GetString(), it->name.GetStringLength());
      std::string field = path + "." + std::string(name);
      if (name == "relation") {
        std::string rel;
        if (!String(it->value, field, &rel)) return false;
        auto parsed = ParseRelation(rel);
        if (!parsed) return Fail(field, "unknown relation \"" + rel + "\"");
        f->relation = *parsed;
        has_relation = true;
      } else if (name == "subject") {
        if (!MentionOf(it->value, field, &f->subject)) return false;
        has_subject = true;
      } else if (name == "object") {
        if (!MentionOf(it->value, field, &f->object)) return false;
        has_object = true;
      } else if (name == "former") {
        if (!it->value.IsBool()) return Fail(field, "expected true or false");
        f->former = it->value.GetBool();
      } else if (name == "rule") {
        if (!String(it->value, field, &f->rule)) return false;
      } else if (name == "evidence") {
        if (!SpanOf(it->value, field, &f->evidence)) return false;
      } else {
        return Fail(field, "unknown field");
      }
    }
    if (!has_relation) return Fail(path, "no \"relation\"");
    if (!has_subject) return Fail(path, "no \"subject\"");
    if (!has_object) return Fail(path, "no \"object\"");
    return true;
  }

  bool DocumentOf(const Value& v, DocumentFacts* d) {
    if (!v.IsObject()) return Fail("", "expected a JSON object");
    bool has_doc = false;
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string_view name(it->name.GetString(), it->name.GetStringLength());
      std::string field(name);
      if (name == "doc") {
        if (!String(it->value, field, &d->doc_id)) return false;
        has_doc = true;
      } else if (name == "date") {
        if (!DateField(it->value, field, &d->date, false)) return false;
      } else if (name == "facts") {
        if (!it->value.IsArray()) return Fail(field, "expected an array");
        d->facts.resize(it->value.Size());
        for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i)
          if (!FactOf(it->value[i], "facts[" + std::to_string(i) + "]", &d->facts[i])) return false;
      } else {
        return Fail(field, "unknown field");
      }
    }
    if (!has_doc || d->doc_id.empty()) return Fail("", "no \"doc\" id");
    return true;
  }

 private:
  std::string* error_;
};

}  // namespace

std::string DocumentFactsToJson(const DocumentFacts& facts) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  graph_internal::WriteDocumentFacts(&writer, facts);
  return std::string(buffer.GetString(), buffer.GetSize());
}

bool DocumentFactsFromJson(std::string_view line, DocumentFacts* facts, std::string* error) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  if (doc.HasParseError()) {
    if (error)
      *error = std::string("invalid JSON at byte ") + std::to_string(doc.GetErrorOffset()) + ": " +
               rapidjson::GetParseError_En(doc.GetParseError());
    return false;
  }
  DocumentFacts parsed;
  if (!Reader(error).DocumentOf(doc, &parsed)) return false;
  *facts = std::move(parsed);
  return true;
}

}  // namespace lienket
