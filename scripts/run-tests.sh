#!/usr/bin/env bash
# Quick start, step 2 (and what .ci/run calls): installs what is missing,
# builds lienket with its tests (Release), runs the whole suite, then proves
# with the real consumers (rapper, networkx, Graphviz, oxigraph) that the
# exports of a build of examples/ load. Exits non-zero on any failure.
#
# Usage: scripts/run-tests.sh         (from any directory)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup-deps.sh
# cmake refuses a build/ configured earlier with another generator: drop its cache.
if [[ -f build/CMakeCache.txt ]] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' build/CMakeCache.txt; then
  echo "${0##*/}: build/ was configured with another generator; reconfiguring it for Ninja" >&2
  rm -rf build/CMakeCache.txt build/CMakeFiles
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLIENKET_BUILD_TESTS=ON
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2

# The consumer check is written separately; run it when it is there.
if [[ -f scripts/check-consumers.sh ]]; then
  fixture_out=build/consumers-examples
  build/lienket build examples -o "$fixture_out" --quiet
  bash scripts/check-consumers.sh "$fixture_out"
fi
echo "run-tests: all passed"
