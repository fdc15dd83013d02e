#!/usr/bin/env bash
# Builds lienket and its tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DLIENKET_SANITIZE=ON, RelWithDebInfo) in
# build-asan/ and runs the test suite there. The command the CLI tests run is
# the instrumented one too, so whole builds are checked, not only units.
#
# Usage: scripts/run-sanitizers.sh
#   SANITIZE_TESTS     ctest -R regex of the tests to run (default: all)
#   SANITIZE_EXCLUDE   ctest -E regex of tests to leave out (default: none)
#   SANITIZE_JOBS      build and test jobs (default 2)
# Exit status: 0 every test passed with no sanitizer report, 1 a test failed,
# 2 the build failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jobs="${SANITIZE_JOBS:-2}"
build=build-asan
if [[ -f $build/CMakeCache.txt ]] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' $build/CMakeCache.txt; then
  rm -rf $build/CMakeCache.txt $build/CMakeFiles
fi
start=$SECONDS
cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIENKET_SANITIZE=ON \
  -DLIENKET_BUILD_TESTS=ON >/dev/null || { echo "run-sanitizers: cmake failed" >&2; exit 2; }
cmake --build $build -j"$jobs" || { echo "run-sanitizers: build failed" >&2; exit 2; }
built=$((SECONDS - start))

# Any report fails the test that caused it: UBSan aborts (the build uses
# -fno-sanitize-recover=undefined), ASan's leak check stays on.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
select=()
[[ -n ${SANITIZE_TESTS:-} ]] && select+=(-R "$SANITIZE_TESTS")
[[ -n ${SANITIZE_EXCLUDE:-} ]] && select+=(-E "$SANITIZE_EXCLUDE")
t0=$SECONDS
ctest --test-dir $build --output-on-failure -j"$jobs" "${select[@]}"
rc=$?
echo "run-sanitizers: build ${built} s, tests $((SECONDS - t0)) s"
if ((rc != 0)); then
  echo "run-sanitizers: FAILED under ASan/UBSan" >&2
  exit 1
fi
echo "run-sanitizers: all passed under ASan/UBSan"
