// Private: the JSON form of DocumentFacts, written through any RapidJSON
// writer so that the store streams straight to its std::ostream.
//
// {"doc":"001","date":"2020-12-24","facts":[{"relation":"holds_title",
//   "subject":{"type":"Person","text":"Hoàng Bình Quân","span":[10,25]},
//   "object":{"type":"Position","text":"Trưởng Ban Đối ngoại Trung ương",
//             "role":"Trưởng Ban","org":"Ban Đối ngoại Trung ương","span":[30,60]},
//   "rule":"title-before-person","evidence":[10,60]}]}
//
// Empty strings and lists, false flags and zero spans are left out.
#ifndef LIENKET_GRAPH_FACTS_JSON_H_
#define LIENKET_GRAPH_FACTS_JSON_H_

#include <rapidjson/writer.h>

#include <string>
#include <vector>

#include "lienket/types.h"

namespace lienket::graph_internal {

template <typename Writer>
void WriteString(Writer* w, const std::string& s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename Writer>
void WriteStringField(Writer* w, const char* name, const std::string& value) {
  if (value.empty()) return;
  w->Key(name);
  WriteString(w, value);
}

template <typename Writer>
void WriteListField(Writer* w, const char* name, const std::vector<std::string>& values) {
  if (values.empty()) return;
  w->Key(name);
  w->StartArray();
  for (const std::string& v : values) WriteString(w, v);
  w->EndArray();
}

template <typename Writer>
void WriteSpanField(Writer* w, const char* name, const Span& span) {
  if (span.begin == 0 && span.end == 0) return;
  w->Key(name);
  w->StartArray();
  w->Uint(span.begin);
  w->Uint(span.end);
  w->EndArray();
}

template <typename Writer>
void WriteMention(Writer* w, const Mention& m) {
  w->StartObject();
  w->Key("type");
  std::string_view type = EntityTypeName(m.type);
  w->String(type.data(), static_cast<rapidjson::SizeType>(type.size()));
  WriteStringField(w, "text", m.text);
  WriteListField(w, "aliases", m.aliases);
  WriteStringField(w, "role", m.role);
  WriteStringField(w, "org", m.org);
  WriteListField(w, "org_aliases", m.org_aliases);
  WriteStringField(w, "date", m.date);
  WriteSpanField(w, "span", m.span);
  w->EndObject();
}

template <typename Writer>
void WriteDocumentFacts(Writer* w, const DocumentFacts& d) {
  w->StartObject();
  w->Key("doc");
  WriteString(w, d.doc_id);
  WriteStringField(w, "date", d.date);
  if (!d.facts.empty()) {
    w->Key("facts");
    w->StartArray();
    for (const Fact& f : d.facts) {
      w->StartObject();
      w->Key("relation");
      std::string_view rel = RelationName(f.relation);
      w->String(rel.data(), static_cast<rapidjson::SizeType>(rel.size()));
      w->Key("subject");
      WriteMention(w, f.subject);
      w->Key("object");
      WriteMention(w, f.object);
      if (f.former) {
        w->Key("former");
        w->Bool(true);
      }
      WriteStringField(w, "rule", f.rule);
      WriteSpanField(w, "evidence", f.evidence);
      w->EndObject();
    }
    w->EndArray();
  }
  w->EndObject();
}

}  // namespace lienket::graph_internal

#endif  // LIENKET_GRAPH_FACTS_JSON_H_
