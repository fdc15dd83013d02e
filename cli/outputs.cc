#include "outputs.h"

#include <rapidjson/document.h>
#include <rapidjson/istreamwrapper.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

namespace lienket::cli {

namespace fs = std::filesystem;

double NowSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

void AddRuleOptions(ArgParser* parser) {
  parser->Value("--rules");
  parser->Value("--rules-only");
}

bool RuleDirsFromOptions(const ArgParser& parser, std::vector<std::string>* dirs,
                         std::string* error) {
  return ResolveRuleDirs(parser.GetAll("--rules-only"), parser.GetAll("--rules"), dirs, error);
}

bool LoadRuleConfig(const std::vector<std::string>& dirs, bool load_rules, RuleConfig* config,
                    std::vector<std::string>* errors) {
  config->dirs = dirs;
  if (load_rules) {
    std::vector<RuleError> rule_errors;
    config->rules = RuleSet::Load(dirs, &rule_errors);
    for (const RuleError& e : rule_errors) errors->push_back(e.ToString());
    if (config->rules == nullptr) {
      if (errors->empty()) errors->push_back("cannot load the rules in " + dirs.front());
      return false;
    }
  }
  for (const std::string& dir : dirs) {
    std::string path = dir + "/lexicons/aliases.tsv";
    std::error_code ec;
    if (!fs::exists(path, ec)) continue;
    std::string error;
    if (!LoadAliasTables(path, &config->aliases, &error)) {
      errors->push_back(error.find(path) == std::string::npos ? path + ": " + error : error);
      return false;
    }
    ++config->alias_files;
  }
  return true;
}

bool LoadStoreFromDir(const std::string& dir, GraphBuilder* builder, std::string* error) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    *error = dir + ": no such output directory";
    return false;
  }
  std::string path = (fs::path(dir) / kStoreFile).string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = dir + ": holds no " + kStoreFile +
             " (not the output of lienket build, or of an older version); refusing to go on";
    return false;
  }
  std::string why;
  if (!builder->Load(in, path, &why)) {
    *error = (why.find(path) == std::string::npos ? path + ": " + why : why) +
             "; refusing to go on (rebuild it from the articles)";
    return false;
  }
  return true;
}

void ReadSkippedFromReport(const std::string& dir, std::vector<Skipped>* skipped) {
  std::ifstream in(fs::path(dir) / "report.json", std::ios::binary);
  if (!in) return;
  rapidjson::IStreamWrapper wrapper(in);
  rapidjson::Document doc;
  doc.ParseStream(wrapper);
  if (doc.HasParseError() || !doc.IsObject()) return;
  auto input = doc.FindMember("input");
  if (input == doc.MemberEnd() || !input->value.IsObject()) return;
  auto list = input->value.FindMember("skipped");
  if (list == input->value.MemberEnd() || !list->value.IsArray()) return;
  for (const auto& item : list->value.GetArray()) {
    if (!item.IsObject()) continue;
    Skipped s;
    auto get = [&](const char* key, std::string* out) {
      auto m = item.FindMember(key);
      if (m != item.MemberEnd() && m->value.IsString())
        out->assign(m->value.GetString(), m->value.GetStringLength());
    };
    get("origin", &s.origin);
    get("id", &s.id);
    get("reason", &s.reason);
    skipped->push_back(std::move(s));
  }
}

namespace {

struct Task {
  std::string file;
  std::function<void(std::ostream&)> write;
};

// Writes each task's file atomically, `threads` files at a time. The
// writers only read the graph, so they may share it. Files are committed
// (synced and renamed) only when all are written: each is closed as soon as
// it is written, which starts the disk on it, so that the disk works while
// the next files are made instead of the writer waiting for it file by file.
bool RunTasks(const std::vector<Task>& tasks, const StagedDirectory& staged, int threads,
              std::string* error) {
  std::atomic<size_t> next{0};
  std::mutex mu;
  std::string first_error;
  std::vector<std::unique_ptr<AtomicFile>> written(tasks.size());
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < tasks.size();) {
      std::string e;
      try {
        auto file = std::make_unique<AtomicFile>(staged.File(tasks[i].file));
        if (file->Open(&e)) {
          tasks[i].write(file->stream());
          if (file->Close(&e)) written[i] = std::move(file);
        }
      } catch (const std::exception& ex) {
        e = "cannot write " + staged.File(tasks[i].file) + ": " + ex.what();
      }
      if (!e.empty()) {
        std::lock_guard<std::mutex> lock(mu);
        if (first_error.empty()) first_error = e;
        next = tasks.size();  // stop early
      }
    }
  };
  int n = std::clamp<int>(threads, 1, static_cast<int>(tasks.size()));
  std::vector<std::thread> pool;
  for (int i = 1; i < n; ++i) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  for (size_t i = 0; i < tasks.size() && first_error.empty(); ++i) {
    try {
      written[i]->Commit(&first_error);
    } catch (const std::exception& ex) {
      first_error = "cannot write " + staged.File(tasks[i].file) + ": " + ex.what();
    }
  }
  if (!first_error.empty()) {
    *error = first_error;
    return false;
  }
  return true;
}

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void Key(Writer& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
void Str(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void WriteReport(const Graph& g, size_t documents, const RuleConfig& config,
                 const RunInfo& info, std::ostream& out) {
  std::array<uint64_t, kEntityTypeCount> entities{};
  std::array<uint64_t, kRelationCount> edges{};
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    ++entities[static_cast<int>(g[v].type)];
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    ++edges[static_cast<int>(g[e].relation)];

  rapidjson::OStreamWrapper stream(out);
  Writer w(stream);
  w.SetIndent(' ', 2);
  w.SetMaxDecimalPlaces(3);
  w.StartObject();
  Key(w, "format");
  Str(w, "lienket-report/1");

  // Everything up to "run" is a function of the inputs and the rules only;
  // "run" holds what changes from run to run (times, speeds, threads).
  Key(w, "graph");
  w.StartObject();
  Key(w, "documents");
  w.Uint64(documents);
  Key(w, "entities");
  w.StartObject();
  Key(w, "total");
  w.Uint64(boost::num_vertices(g));
  for (int i = 0; i < kEntityTypeCount; ++i) {
    Key(w, kEntityTypeNames[i]);
    w.Uint64(entities[i]);
  }
  w.EndObject();
  Key(w, "edges");
  w.StartObject();
  Key(w, "total");
  w.Uint64(boost::num_edges(g));
  for (int i = 0; i < kRelationCount; ++i) {
    Key(w, kRelationNames[i]);
    w.Uint64(edges[i]);
  }
  w.EndObject();
  w.EndObject();

  Key(w, "rules");
  w.StartObject();
  Key(w, "directories");
  w.StartArray();
  for (const std::string& d : config.dirs) Str(w, d);
  w.EndArray();
  if (config.rules) {
    Key(w, "rules");
    w.Uint64(config.rules->rule_count());
    Key(w, "lexicon_entries");
    w.Uint64(config.rules->lexicon_entry_count());
  }
  Key(w, "alias_files");
  w.Uint64(config.alias_files);
  Key(w, "alias_entries");
  w.Uint64(config.aliases.organizations.size() + config.aliases.positions.size() +
           config.aliases.locations.size() + config.aliases.abbreviations.size());
  w.EndObject();

  Key(w, "input");
  w.StartObject();
  Key(w, "command");
  Str(w, info.command);
  Key(w, "inputs");
  w.StartArray();
  for (const std::string& s : info.inputs) Str(w, s);
  w.EndArray();
  Key(w, "stores_read");
  w.StartArray();
  for (const std::string& s : info.carried_from) Str(w, s);
  w.EndArray();
  Key(w, "documents_read");
  w.Uint64(info.documents_read);
  Key(w, "documents_skipped");
  w.Uint64(info.skipped.size());
  Key(w, "skipped");
  w.StartArray();
  for (const Skipped& s : info.skipped) {
    w.StartObject();
    Key(w, "origin");
    Str(w, s.origin);
    Key(w, "id");
    Str(w, s.id);
    Key(w, "reason");
    Str(w, s.reason);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();

  double total = NowSeconds() - info.start_time;
  Key(w, "run");
  w.StartObject();
  Key(w, "threads");
  w.Int(info.threads);
  Key(w, "seconds");
  w.StartObject();
  Key(w, "read");
  w.Double(info.read_seconds);
  Key(w, "extract");
  w.Double(info.extract_seconds);
  Key(w, "resolve");
  w.Double(info.resolve_seconds);
  Key(w, "export");
  w.Double(info.export_seconds);
  Key(w, "total");
  w.Double(total);
  w.EndObject();
  Key(w, "seconds_note");
  Str(w, "read and extract are summed over threads; total is wall time");
  Key(w, "input_mb");
  w.Double(info.input_bytes / 1e6);
  Key(w, "text_mb");
  w.Double(info.text_bytes / 1e6);
  Key(w, "mb_per_s");
  w.Double(total > 0 ? info.text_bytes / 1e6 / total : 0.0);
  Key(w, "documents_per_s");
  w.Double(total > 0 ? info.documents_read / total : 0.0);
  w.EndObject();

  w.EndObject();
  out << '\n';
}

}  // namespace

bool WriteOutputs(const GraphBuilder& builder, const RuleConfig& config,
                  const ExportOptions& export_options, const StagedDirectory& staged,
                  RunInfo* info, OutputSummary* summary, std::string* error) {
  double t = NowSeconds();
  Graph g = builder.Build();
  info->resolve_seconds += NowSeconds() - t;

  t = NowSeconds();
  const ExportOptions& opt = export_options;
  // Largest first (as measured on the corpus), so that the pool finishes
  // together.
  std::vector<Task> tasks = {
      {"graph.nq", [&](std::ostream& o) { WriteNQuads(g, opt, o); }},
      {"graph.nt", [&](std::ostream& o) { WriteNTriples(g, opt, o); }},
      {kStoreFile, [&](std::ostream& o) { builder.Save(o); }},
      {"graph.ttl", [&](std::ostream& o) { WriteTurtle(g, opt, o); }},
      {"graph.gexf", [&](std::ostream& o) { WriteGexf(g, o); }},
      {"triples.jsonl", [&](std::ostream& o) { WriteTriplesJsonl(g, o); }},
      {"graph.graphml", [&](std::ostream& o) { WriteGraphML(g, o); }},
      {"graph.lkg", [&](std::ostream& o) { SaveGraph(g, o); }},
      {"relationships.csv", [&](std::ostream& o) { WriteCsvRelationships(g, o); }},
      {"nodes.csv", [&](std::ostream& o) { WriteCsvNodes(g, o); }},
  };
  if (!RunTasks(tasks, staged, info->threads, error)) return false;
  info->export_seconds = NowSeconds() - t;

  summary->documents = builder.document_count();
  summary->entities = boost::num_vertices(g);
  summary->edges = boost::num_edges(g);

  std::vector<Task> report = {{"report.json", [&](std::ostream& o) {
                                 WriteReport(g, summary->documents, config, *info, o);
                               }}};
  return RunTasks(report, staged, 1, error);
}

std::string SummaryLine(const RunInfo& info, const OutputSummary& summary,
                        const std::string& outdir) {
  double total = NowSeconds() - info.start_time;
  char buf[160];
  std::snprintf(buf, sizeof buf, "%zu documents, %zu entities, %zu edges -> ", summary.documents,
                summary.entities, summary.edges);
  std::string line = "lienket: " + std::string(buf) + outdir;
  if (info.text_bytes > 0)
    std::snprintf(buf, sizeof buf, " (%.1f s, %.1f MB/s)", total, info.text_bytes / 1e6 / total);
  else
    std::snprintf(buf, sizeof buf, " (%.1f s)", total);
  return line + buf;
}

}  // namespace lienket::cli
