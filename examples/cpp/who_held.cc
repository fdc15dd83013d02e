// Who held a position, from when to when, and how they are connected:
// the lienket library used from C++ on a graph that `lienket build` made.
//
//   who_held OUTDIR [POSITION]
//
// POSITION defaults to "Trưởng Ban Đối ngoại Trung ương"; any label or alias
// of a position node works, in any case.
#include <lienket/graph.h>
#include <lienket/query.h>

#include <fstream>
#include <iostream>
#include <string>

namespace {

// A name as a quoted query term: the name is data, whatever it contains.
std::string Quote(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: who_held OUTDIR [POSITION]\n";
    return 2;
  }
  const std::string position = argc == 3 ? argv[2] : "Trưởng Ban Đối ngoại Trung ương";

  // Load the graph once; index it once.
  const std::string path = std::string(argv[1]) + "/graph.lkg";
  std::ifstream in(path, std::ios::binary);
  lienket::Graph graph;
  std::string error;
  if (!in || !lienket::LoadGraph(in, &graph, &error)) {
    std::cerr << "who_held: " << path << ": " << (in ? error : "cannot open") << "\n";
    return 2;
  }
  const lienket::QueryEngine engine(graph);

  // Ask, then walk the answer: values are vertices, edges are the graph's own.
  const std::string query = "?who holds_title " + Quote(position);
  lienket::QueryAnswer answer;
  lienket::QueryError query_error;
  if (!engine.Run(query, &answer, &query_error)) {
    std::cerr << lienket::FormatQueryError(query, query_error) << "\n";
    return 2;
  }
  for (const std::string& note : answer.notes) std::cerr << "note: " << note << "\n";
  std::cout << position << ":\n";
  for (const lienket::QueryAnswer::Row& row : answer.rows) {
    const lienket::NodeProps& who = graph[row.values[0]];
    const lienket::EdgeProps& held = graph[row.edges[0]];
    std::cout << "  " << who.label << "  " << held.first_seen << " .. " << held.last_seen
              << (held.former ? "  (former)" : "") << "  in " << held.weight << " article(s)\n";
  }

  // How the first and the last holder are connected, written as JSON Lines.
  if (answer.rows.size() >= 2) {
    const std::string from = graph[answer.rows.front().values[0]].id;
    const std::string to = graph[answer.rows.back().values[0]].id;
    lienket::QueryAnswer path_answer;
    if (engine.Run("path <" + from + "> <" + to + ">", &path_answer, &query_error)) {
      lienket::AnswerWriter writer(graph, {lienket::AnswerFormat::kJsonl}, std::cout);
      writer.Write(path_answer);
    }
  }
  return 0;
}
