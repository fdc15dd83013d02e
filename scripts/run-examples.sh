#!/usr/bin/env bash
# Quick start, step 1: installs what is missing, builds lienket (Release) and
# runs it on examples/, writing out/ (and out/graph.svg when Graphviz is there).
#
# Usage: scripts/run-examples.sh      (from any directory)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup-deps.sh
# cmake refuses a build/ configured earlier with another generator: drop its cache.
if [[ -f build/CMakeCache.txt ]] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' build/CMakeCache.txt; then
  echo "${0##*/}: build/ was configured with another generator; reconfiguring it for Ninja" >&2
  rm -rf build/CMakeCache.txt build/CMakeFiles
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build -j2 --target lienket

build/lienket build examples -o out

if command -v dot >/dev/null 2>&1; then
  build/lienket export out --to dot | dot -Tsvg -o out/graph.svg.tmp
  mv out/graph.svg.tmp out/graph.svg
fi

echo
echo "out/ holds the graph of examples/:"
ls -l out
echo "Open out/graph.graphml or out/graph.gexf in Gephi; out/triples.jsonl lists every fact with its evidence."
