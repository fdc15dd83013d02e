// Answers as TSV, JSON and JSON Lines. Everything streams: one row is
// written at a time, JSON through RapidJSON's writer (which escapes), TSV
// through Cell() (which escapes tab, line breaks and backslash).
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <ostream>

#include "lienket/query.h"

namespace lienket {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

// A TSV field: the characters that would break a row become escapes.
void Cell(std::ostream& out, std::string_view s) {
  size_t plain = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const char* escape = c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\\' ? "\\\\" : nullptr;
    if (!escape) continue;
    out.write(s.data() + plain, static_cast<std::streamsize>(i - plain));
    out << escape;
    plain = i + 1;
  }
  out.write(s.data() + plain, static_cast<std::streamsize>(s.size() - plain));
}

void String(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

}  // namespace

bool ParseAnswerFormat(std::string_view name, AnswerFormat* format) {
  if (name == "tsv") *format = AnswerFormat::kTsv;
  else if (name == "json") *format = AnswerFormat::kJson;
  else if (name == "jsonl") *format = AnswerFormat::kJsonl;
  else return false;
  return true;
}

struct AnswerWriter::Impl {
  Impl(const Graph& graph, AnswerWriterOptions opt, std::ostream& o)
      : g(graph), options(opt), out(o), stream(o), json(stream) {}

  const Graph& g;
  AnswerWriterOptions options;
  std::ostream& out;
  rapidjson::OStreamWrapper stream;
  JsonWriter json;
  int answers = 0;  // labelled answers written
  bool finished = false;

  const std::string* Sentence(const Evidence& e) const {
    if (!options.sentences) return nullptr;
    auto it = options.sentences->find({e.doc, e.begin});
    return it == options.sentences->end() ? nullptr : &it->second;
  }

  // ------------------------------------------------------------ JSON pieces

  void Node(Vertex v) {
    const NodeProps& n = g[v];
    json.StartObject();
    json.Key("id");
    String(json, n.id);
    json.Key("label");
    String(json, n.label);
    json.Key("type");
    String(json, EntityTypeName(n.type));
    json.EndObject();
  }

  void EvidenceArray(const EdgeProps& p) {
    json.StartArray();
    for (const Evidence& e : p.evidence) {
      json.StartObject();
      json.Key("doc");
      String(json, e.doc);
      json.Key("begin");
      json.Uint(e.begin);
      json.Key("end");
      json.Uint(e.end);
      json.Key("rule");
      String(json, e.rule);
      json.Key("date");
      String(json, e.date);
      if (const std::string* s = Sentence(e)) {
        json.Key("sentence");
        String(json, *s);
      }
      json.EndObject();
    }
    json.EndArray();
  }

  // The members of an edge object, inside an open object.
  void EdgeMembers(const EdgeDesc& e) {
    const EdgeProps& p = g[e];
    json.Key("id");
    String(json, p.id);
    json.Key("subject");
    Node(boost::source(e, g));
    json.Key("relation");
    String(json, RelationName(p.relation));
    json.Key("object");
    Node(boost::target(e, g));
    json.Key("former");
    json.Bool(p.former);
    json.Key("first_seen");
    String(json, p.first_seen);
    json.Key("last_seen");
    String(json, p.last_seen);
    json.Key("weight");
    json.Uint(p.weight);
    if (options.evidence) {
      json.Key("evidence");
      EvidenceArray(p);
    }
  }

  // One row as one JSON object, on the current line.
  void JsonRow(const QueryAnswer& a, size_t i, int line) {
    json.Reset(stream);
    json.StartObject();
    if (line > 0) {
      json.Key("_line");
      json.Int(line);
    }
    if (a.kind == QueryAnswer::Kind::kCount) {
      json.Key("count");
      json.Uint64(a.count);
    } else if (a.kind == QueryAnswer::Kind::kEdges) {
      if (a.is_path) {
        json.Key("step");
        json.Uint64(i + 1);
      }
      EdgeMembers(a.rows[i].edges[0]);
    } else {
      const QueryAnswer::Row& row = a.rows[i];
      for (size_t c = 0; c < a.variables.size(); ++c) {
        json.Key(a.variables[c].data(), static_cast<rapidjson::SizeType>(a.variables[c].size()));
        if (a.is_relation[c]) {
          String(json, RelationName(static_cast<Relation>(row.values[c])));
        } else {
          Node(row.values[c]);
        }
      }
      if (options.evidence && !row.edges.empty()) {
        json.Key("_edges");
        json.StartArray();
        for (size_t k = 0; k < row.edges.size(); ++k) {
          json.StartObject();
          json.Key("pattern");
          json.Uint64(k + 1);
          EdgeMembers(row.edges[k]);
          json.EndObject();
        }
        json.EndArray();
      }
    }
    json.EndObject();
  }

  size_t JsonRowCount(const QueryAnswer& a) const {
    return a.kind == QueryAnswer::Kind::kCount ? 1 : a.rows.size();
  }

  // [ one row a line ]
  void JsonArray(const QueryAnswer& a) {
    const size_t n = JsonRowCount(a);
    out << '[';
    for (size_t i = 0; i < n; ++i) {
      out << (i ? ",\n" : "\n");
      JsonRow(a, i, 0);
    }
    out << (n ? "\n]" : "]");
  }

  // ------------------------------------------------------------ TSV

  void TsvEvidenceHeader() {
    out << "\tdoc\tbegin\tend\trule\tdate";
    if (options.sentences) out << "\tsentence";
  }
  void TsvEvidence(const Evidence* e) {
    if (!e) {
      out << "\t\t\t\t\t";
      if (options.sentences) out << '\t';
      return;
    }
    out << '\t';
    Cell(out, e->doc);
    out << '\t' << e->begin << '\t' << e->end << '\t';
    Cell(out, e->rule);
    out << '\t';
    Cell(out, e->date);
    if (options.sentences) {
      out << '\t';
      if (const std::string* s = Sentence(*e)) Cell(out, *s);
    }
  }

  void TsvEdge(const EdgeDesc& e) {
    const EdgeProps& p = g[e];
    Cell(out, g[boost::source(e, g)].label);
    out << '\t' << RelationName(p.relation) << '\t';
    Cell(out, g[boost::target(e, g)].label);
    out << '\t' << (p.former ? "true" : "false") << '\t';
    Cell(out, p.first_seen);
    out << '\t';
    Cell(out, p.last_seen);
    out << '\t' << p.weight;
  }

  void Tsv(const QueryAnswer& a) {
    switch (a.kind) {
      case QueryAnswer::Kind::kCount:
        out << "count\n" << a.count << '\n';
        return;
      case QueryAnswer::Kind::kEdges: {
        if (a.is_path) out << "step\t";
        out << "subject\trelation\tobject\tformer\tfirst_seen\tlast_seen\tweight";
        if (options.evidence) TsvEvidenceHeader();
        out << '\n';
        for (size_t i = 0; i < a.rows.size(); ++i) {
          const EdgeDesc& e = a.rows[i].edges[0];
          auto prefix = [&] {
            if (a.is_path) out << i + 1 << '\t';
            TsvEdge(e);
          };
          const auto& evidence = g[e].evidence;
          if (!options.evidence) {
            prefix();
            out << '\n';
          } else if (evidence.empty()) {
            prefix();
            TsvEvidence(nullptr);
            out << '\n';
          } else {
            for (const Evidence& ev : evidence) {
              prefix();
              TsvEvidence(&ev);
              out << '\n';
            }
          }
        }
        return;
      }
      case QueryAnswer::Kind::kBindings: {
        for (size_t c = 0; c < a.variables.size(); ++c) {
          if (c) out << '\t';
          out << a.variables[c];
        }
        const bool evidence = options.evidence && a.pattern_count > 0;
        if (evidence) {
          out << "\tpattern";
          TsvEvidenceHeader();
        }
        out << '\n';
        for (const QueryAnswer::Row& row : a.rows) {
          auto prefix = [&] {
            for (size_t c = 0; c < a.variables.size(); ++c) {
              if (c) out << '\t';
              if (a.is_relation[c]) {
                out << RelationName(static_cast<Relation>(row.values[c]));
              } else {
                Cell(out, g[row.values[c]].label);
              }
            }
          };
          if (!evidence) {
            prefix();
            out << '\n';
            continue;
          }
          for (size_t k = 0; k < row.edges.size(); ++k) {
            const auto& list = g[row.edges[k]].evidence;
            if (list.empty()) {
              prefix();
              out << '\t' << k + 1;
              TsvEvidence(nullptr);
              out << '\n';
            }
            for (const Evidence& ev : list) {
              prefix();
              out << '\t' << k + 1;
              TsvEvidence(&ev);
              out << '\n';
            }
          }
        }
        return;
      }
    }
  }
};

AnswerWriter::AnswerWriter(const Graph& graph, AnswerWriterOptions options, std::ostream& out)
    : impl_(std::make_unique<Impl>(graph, options, out)) {}

AnswerWriter::~AnswerWriter() { Finish(); }

void AnswerWriter::Write(const QueryAnswer& answer) {
  Impl& w = *impl_;
  switch (w.options.format) {
    case AnswerFormat::kTsv:
      w.Tsv(answer);
      break;
    case AnswerFormat::kJson:
      w.JsonArray(answer);
      w.out << '\n';
      break;
    case AnswerFormat::kJsonl:
      for (size_t i = 0, n = w.JsonRowCount(answer); i < n; ++i) {
        w.JsonRow(answer, i, 0);
        w.out << '\n';
      }
      break;
  }
}

void AnswerWriter::WriteLabelled(int line, std::string_view query, const QueryAnswer& answer) {
  Impl& w = *impl_;
  switch (w.options.format) {
    case AnswerFormat::kTsv: {
      if (w.answers > 0) w.out << '\n';
      w.out << "# line " << line << ": ";
      std::string flat(query);
      for (char& c : flat)
        if (c == '\n' || c == '\r') c = ' ';
      w.out << flat << '\n';
      w.Tsv(answer);
      break;
    }
    case AnswerFormat::kJson:
      w.out << (w.answers == 0 ? "[\n" : ",\n");
      w.out << "{\"line\":" << line << ",\"query\":";
      w.json.Reset(w.stream);
      String(w.json, query);
      w.out << ",\"answer\":";
      w.JsonArray(answer);
      w.out << '}';
      break;
    case AnswerFormat::kJsonl:
      for (size_t i = 0, n = w.JsonRowCount(answer); i < n; ++i) {
        w.JsonRow(answer, i, line);
        w.out << '\n';
      }
      break;
  }
  ++w.answers;
}

void AnswerWriter::Finish() {
  Impl& w = *impl_;
  if (w.finished) return;
  w.finished = true;
  if (w.options.format == AnswerFormat::kJson && w.answers > 0) w.out << "\n]\n";
  w.out.flush();
}

}  // namespace lienket
