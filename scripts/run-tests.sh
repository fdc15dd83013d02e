#!/usr/bin/env bash
# Quick start, step 2 (and what .ci/run calls): installs what is missing,
# builds lienket with its tests (Release), runs the whole suite, then proves
# with the real consumers (rapper, networkx, Graphviz, oxigraph) that the
# exports of a build of examples/ load. In CI (CI=true) or with
# LIENKET_FULL_CHECKS=1 it then runs scripts/run-sanitizers.sh and
# scripts/run-fuzz.sh. Exits non-zero on any failure.
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
# In CI (or with LIENKET_FULL_CHECKS=1): the suite again under ASan/UBSan,
# then each fuzz target for FUZZ_SECONDS (default 60).
if [[ ${CI:-} == true || ${LIENKET_FULL_CHECKS:-} == 1 ]]; then
  scripts/run-sanitizers.sh
  FUZZ_SECONDS="${FUZZ_SECONDS:-60}" scripts/run-fuzz.sh
fi
echo "run-tests: all passed"
