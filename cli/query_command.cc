// `lienket query OUTDIR 'QUERY'` and `lienket query OUTDIR -f FILE`: load
// the graph once, index it once, answer every query.
#include <chrono>
#include <cstring>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "commands.h"
#include "lienket/graph.h"
#include "lienket/query.h"
#include "options.h"

namespace lienket::cli {
namespace {

constexpr char kUsage[] = R"(usage: lienket query OUTDIR 'QUERY' [options]
       lienket query OUTDIR -f FILE [options]

Answers questions about the graph that `lienket build ... -o OUTDIR` made
(it reads OUTDIR/graph.lkg).

  -f FILE            one query a line ('#' starts a comment; '-' is stdin);
                     every answer is labelled with its line
  --format FORMAT    tsv (default: a header line, one answer a line),
                     json (an array of bindings: each node's id, label, type),
                     jsonl (one binding a line)
  --evidence         each edge's evidence: document, byte span, rule, date
  --source INPUT     with --evidence: read the articles the graph was built
                     from (file, directory, .jsonl[.gz]; repeatable) and show
                     the sentence of each piece of evidence
  --encoding ENC     encoding of .txt sources, as given to build
  --time             print load, index and query times on stderr
  -h, --help         this text

The language (docs/query.md has it all, with examples):
  ?who holds_title "Trưởng Ban Đối ngoại Trung ương"   triple patterns;
  ?giver awards ?r . ?r received_award ?award           '.' joins them
  "VUFO"  <per-tran-quoc-vuong-3f2a>  2020-12-23        a name (label or any
                                                        alias, any case), an id, a date
  ?p a Person                                           a type
  ?x ?rel ?y                                            any relation
  ... during 2020 | as_of 2021-06-30 | former | current filters on the edge before
  ... limit 10 | count                                  at the end
  path "Trần Quốc Vượng" "Lê Văn Hân"                   shortest connection
  about "Hoàng Bình Quân"                               every edge of a node

Relations: holds_title position_of awards received_award organizes chairs
attends held_in held_on. Types: Person Organization Position Event Award
Location Date.

Exit status: 0 answered (an empty answer too), 2 malformed query, bad usage,
or a missing or unreadable OUTDIR/graph.lkg.
)";

int Usage(const std::string& message) {
  std::cerr << message << " (see lienket query --help)\n";
  return kExitError;
}

struct Job {
  int line = 0;  // in FILE; 0 for the query given on the command line
  std::string text;
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// A line of FILE that holds no query: blank, or only a comment.
bool Blank(const std::string& line) {
  const size_t first = line.find_first_not_of(" \t\r");
  return first == std::string::npos || line[first] == '#';
}

}  // namespace

int QueryCommand(const Args& args) {
  std::ios::sync_with_stdio(false);  // before any output; answers can be long
  if (WantsHelp(args)) {
    std::cout << kUsage;
    return kExitOk;
  }
  ArgParser parser("lienket query");
  parser.Value("--file", "-f");
  parser.Value("--format");
  parser.Flag("--evidence");
  parser.Value("--source");
  parser.Value("--encoding");
  parser.Flag("--time");
  std::string parse_error;
  if (!parser.Parse(args, &parse_error)) return Usage(parse_error);
  const std::vector<std::string>& positional = parser.positionals();
  const bool have_file = parser.Has("--file");
  const std::string file = parser.Get("--file");
  AnswerWriterOptions writer_options;
  if (parser.Has("--format") && !ParseAnswerFormat(parser.Get("--format"), &writer_options.format))
    return Usage("lienket query: unknown format '" + parser.Get("--format") +
                 "': tsv, json or jsonl");
  writer_options.evidence = parser.Has("--evidence");
  const std::vector<std::string> sources = parser.GetAll("--source");
  const bool timing = parser.Has("--time");
  if (positional.empty()) return Usage("lienket query: missing OUTDIR");
  const std::string outdir = positional[0];
  const bool have_query = positional.size() >= 2;
  if (positional.size() > 2)
    return Usage("lienket query: one query at a time: quote it, or use -f FILE");
  if (have_query && have_file) return Usage("lienket query: give a QUERY or -f FILE, not both");
  if (!have_query && !have_file) return Usage("lienket query: missing QUERY (or -f FILE)");
  if (!sources.empty() && !writer_options.evidence)
    return Usage("lienket query: --source shows evidence sentences: add --evidence");
  ReaderOptions reader_options;
  reader_options.encoding = parser.Get("--encoding");
  if (!reader_options.encoding.empty() && sources.empty())
    return Usage("lienket query: --encoding is that of the --source articles: add --source");

  // ---- the queries, all checked before anything runs
  std::vector<Job> jobs;
  if (have_query) {
    jobs.push_back({0, positional[1]});
  } else {
    std::ifstream in_file;
    std::istream* in = &std::cin;
    if (file != "-") {
      in_file.open(file, std::ios::binary);
      if (!in_file) {
        std::cerr << "lienket query: cannot open " << file << ": " << std::strerror(errno) << "\n";
        return kExitError;
      }
      in = &in_file;
    }
    std::string line;
    for (int n = 1; std::getline(*in, line); ++n) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!Blank(line)) jobs.push_back({n, line});
    }
  }
  bool malformed = false;
  for (const Job& job : jobs) {
    QueryError error;
    if (CheckQuery(job.text, &error)) continue;
    malformed = true;
    std::cerr << "lienket query: ";
    if (job.line > 0) std::cerr << file << ":" << job.line << ": ";
    std::cerr << FormatQueryError(job.text, error) << "\n";
  }
  if (malformed) return kExitError;

  // ---- the graph
  const auto start = std::chrono::steady_clock::now();
  const std::string path = outdir + (outdir.ends_with('/') ? "" : "/") + "graph.lkg";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "lienket query: cannot open " << path << ": " << std::strerror(errno)
              << " (make it with: lienket build INPUT... -o " << outdir << ")\n";
    return kExitError;
  }
  Graph graph;
  std::string load_error;
  if (!LoadGraph(in, &graph, &load_error)) {
    std::cerr << "lienket query: " << path << ": " << load_error << "\n";
    return kExitError;
  }
  const double load_seconds = Seconds(start);
  const auto index_start = std::chrono::steady_clock::now();
  QueryEngine engine(graph);
  const double index_seconds = Seconds(index_start);

  // ---- answers
  std::vector<QueryAnswer> answers(jobs.size());
  std::vector<double> times(jobs.size());
  for (size_t i = 0; i < jobs.size(); ++i) {
    const auto query_start = std::chrono::steady_clock::now();
    QueryError error;
    if (!engine.Run(jobs[i].text, &answers[i], &error)) {
      std::cerr << "lienket query: ";
      if (jobs[i].line > 0) std::cerr << file << ":" << jobs[i].line << ": ";
      std::cerr << FormatQueryError(jobs[i].text, error) << "\n";
      return kExitError;
    }
    times[i] = Seconds(query_start);
    for (const std::string& note : answers[i].notes) {
      std::cerr << "lienket query: ";
      if (jobs[i].line > 0) std::cerr << file << ":" << jobs[i].line << ": ";
      std::cerr << "note: " << note << "\n";
    }
  }
  std::map<std::pair<std::string, uint32_t>, std::string> sentences;
  if (!sources.empty()) {
    std::vector<const QueryAnswer*> pointers;
    for (const QueryAnswer& a : answers) pointers.push_back(&a);
    std::string error;
    if (!EvidenceSentences(graph, pointers, sources, reader_options, &sentences, &error)) {
      std::cerr << "lienket query: " << error << "\n";
      return kExitError;
    }
    writer_options.sentences = &sentences;
  }
  {
    AnswerWriter writer(graph, writer_options, std::cout);
    for (size_t i = 0; i < jobs.size(); ++i) {
      if (have_query) {
        writer.Write(answers[i]);
      } else {
        writer.WriteLabelled(jobs[i].line, jobs[i].text, answers[i]);
      }
    }
    if (have_file && jobs.empty() && writer_options.format == AnswerFormat::kJson)
      std::cout << "[]\n";
  }
  if (timing) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "lienket query: load %.3f s (%zu nodes, %zu edges), index %.3f s",
                  load_seconds, boost::num_vertices(graph), boost::num_edges(graph), index_seconds);
    std::cerr << buf;
    for (size_t i = 0; i < jobs.size(); ++i) {
      if (jobs[i].line > 0) {
        std::snprintf(buf, sizeof buf, "%s line %d %.3f s", i ? "," : ", query", jobs[i].line, times[i]);
      } else {
        std::snprintf(buf, sizeof buf, ", query %.3f s", times[i]);
      }
      std::cerr << buf;
    }
    std::cerr << "\n";
  }
  if (!std::cout) {
    std::cerr << "lienket query: cannot write to stdout\n";
    return kExitError;
  }
  return kExitOk;
}

}  // namespace lienket::cli
