#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/, and runs each for a bounded time
# over its seed corpus (tests/fuzz/corpus/<target>/). Prints libFuzzer's
# coverage figures (cov: edges, ft: features, corp: corpus) at the end of
# each run.
#
# Usage: scripts/run-fuzz.sh [TARGET...]   (default: text extract rules query)
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_JOBS      parallel build jobs (default 2)
#
# New inputs the fuzzers find go to build-fuzz/corpus/<target>/ (the seed
# corpus in the source tree is never written). A crash leaves its input as
# build-fuzz/crash-<target>-*; keep it under tests/fuzz/regressions/<target>/
# and add a named case to tests/robust_fuzz_regressions_test.cc.
# Exit status: 0 no crash, 1 a target crashed, leaked or timed out, 2 the
# build failed or clang is missing.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${FUZZ_SECONDS:-60}"
jobs="${FUZZ_JOBS:-2}"
targets=("$@")
((${#targets[@]})) || targets=(text extract rules query)

cxx=""
for c in clang++ clang++-14; do
  if command -v "$c" >/dev/null 2>&1; then cxx="$c"; break; fi
done
[[ -n $cxx ]] || { echo "run-fuzz: clang++ is not installed (scripts/setup-deps.sh installs it)" >&2; exit 2; }
cc="${cxx/clang++/clang}"

build=build-fuzz
if [[ -f $build/CMakeCache.txt ]] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' $build/CMakeCache.txt; then
  rm -rf $build/CMakeCache.txt $build/CMakeFiles
fi
start=$SECONDS
cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="$cc" \
  -DLIENKET_FUZZ=ON -DLIENKET_SANITIZE=ON -DLIENKET_BUILD_TESTS=OFF >/dev/null ||
  { echo "run-fuzz: cmake failed" >&2; exit 2; }
fuzzers=()
for t in "${targets[@]}"; do fuzzers+=("${t}_fuzzer"); done
cmake --build $build -j"$jobs" --target "${fuzzers[@]}" ||
  { echo "run-fuzz: build failed" >&2; exit 2; }
echo "run-fuzz: built ${fuzzers[*]} in $((SECONDS - start)) s"

# Leak checking stays on; halt_on_error makes UBSan findings crashes.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
summary=()
for t in "${targets[@]}"; do
  work="$build/corpus/$t"
  mkdir -p "$work"
  log="$build/fuzz-$t.log"
  echo "run-fuzz: $t for ${seconds} s"
  t0=$SECONDS
  # -max_len 8192: articles are long, but longer inputs only slow the search.
  "$build/tests/fuzz/${t}_fuzzer" "$work" "tests/fuzz/corpus/$t" \
    -max_total_time="$seconds" -max_len=8192 -timeout=25 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$build/crash-$t-" >"$log" 2>&1
  rc=$?
  last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  last="${last#*cov: }"
  last="${last%% L: *}"
  line="$t: $((SECONDS - t0)) s, ${execs:-?} runs, cov: ${last%% MS: *}"
  if ((rc != 0)); then
    status=1
    echo "run-fuzz: $t FAILED (exit $rc); the end of $log:" >&2
    grep -E 'ERROR|SUMMARY|invariant|Test unit written|==[0-9]+==' "$log" | head -20 >&2
    line="$line  FAILED, input in $build/crash-$t-*"
  fi
  echo "run-fuzz: $line"
  summary+=("$line")
done

echo "run-fuzz: summary (cov = edges covered, ft = features, corp = corpus size)"
for s in "${summary[@]}"; do echo "  $s"; done
exit $status
