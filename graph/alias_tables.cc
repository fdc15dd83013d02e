// The alias file: "kind<TAB>alias<TAB>canonical" lines (docs/resolution.md).
#include <unicode/utf8.h>

#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lienket/graph.h"
#include "lienket/text.h"

namespace lienket {
namespace {

using Table = std::vector<std::pair<std::string, std::string>>;

bool ValidUtf8(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

struct Row {
  std::string canonical;
  std::string where;  // "file:line" of its first statement
};

}  // namespace

bool LoadAliasTables(const std::string& path, AliasTables* tables, std::string* error) {
  auto fail = [&](const std::string& message) {
    if (error) *error = message;
    return false;
  };
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(path + ": cannot open the alias table");

  static constexpr std::string_view kKinds[] = {"organization", "position", "location",
                                                "abbreviation"};
  AliasTables result = *tables;
  Table* outs[] = {&result.organizations, &result.positions, &result.locations,
                   &result.abbreviations};
  // Per kind: folded alias -> the canonical it was given, to catch a file
  // that maps one alias to two names, or chains one alias through another.
  std::map<std::string, Row> seen[4];
  for (int k = 0; k < 4; ++k)
    for (const auto& [alias, canonical] : *outs[k])
      seen[k].emplace(alias, Row{canonical, "an earlier table"});

  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string where = path + ":" + std::to_string(line_no);
    std::string_view view(line);
    if (line_no == 1 && view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);
    if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
    std::string_view stripped = Trim(view);
    if (stripped.empty() || stripped.front() == '#') continue;
    if (!ValidUtf8(view)) return fail(where + ": invalid UTF-8");

    std::vector<std::string_view> fields = SplitTabs(view);
    if (fields.size() != 3)
      return fail(where + ": expected kind<TAB>alias<TAB>canonical, found " +
                  std::to_string(fields.size()) + " tab-separated field(s)");
    std::string_view kind = Trim(fields[0]);
    std::string_view alias = Trim(fields[1]);
    std::string_view canonical = Trim(fields[2]);
    int k = 0;
    while (k < 4 && kKinds[k] != kind) ++k;
    if (k == 4)
      return fail(where + ": unknown kind \"" + std::string(kind) +
                  "\" (organization, position, location or abbreviation)");
    if (alias.empty()) return fail(where + ": empty alias");
    if (canonical.empty()) return fail(where + ": empty canonical name");

    std::string key = FoldKey(alias);
    if (key.empty()) return fail(where + ": the alias has no letters");
    auto [it, inserted] = seen[k].emplace(key, Row{std::string(canonical), where});
    if (!inserted) {
      if (FoldKey(it->second.canonical) != FoldKey(canonical))
        return fail(where + ": " + std::string(kind) + " alias \"" + std::string(alias) +
                    "\" already means \"" + it->second.canonical + "\" (" + it->second.where + ")");
      continue;  // the same row again
    }
    outs[k]->emplace_back(std::move(key), std::string(canonical));
  }
  if (in.bad()) return fail(path + ": read error");

  // One step of lookup is all resolution does, so a canonical name must not
  // itself be an alias of something else.
  for (int k = 0; k < 4; ++k) {
    for (const auto& [alias, row] : seen[k]) {
      std::string canonical_key = FoldKey(row.canonical);
      if (canonical_key == alias) continue;
      auto chained = seen[k].find(canonical_key);
      if (chained != seen[k].end() && FoldKey(chained->second.canonical) != canonical_key)
        return fail(row.where + ": canonical \"" + row.canonical + "\" is itself an alias of \"" +
                    chained->second.canonical + "\" (" + chained->second.where +
                    "); map the alias to the final name");
    }
  }
  *tables = std::move(result);
  return true;
}

}  // namespace lienket
