#!/usr/bin/env bash
# Whole-corpus throughput of `lienket build`: builds Release, then runs the
# build over the corpus with 1 and 2 extraction threads, three times each,
# and prints the median wall time, MB/s of article text, documents/s and the
# peak RSS (from /usr/bin/time -v). With --scale N, also builds a corpus N
# times the size (the articles repeated, ids suffixed "-1" .. "-N") and
# compares its time and memory to the 1x build's.
#
#   bench/corpus.sh                       # 1 and 2 threads, 3 runs each
#   bench/corpus.sh --scale 10            # and the 10x corpus (2 threads)
#   bench/corpus.sh --corpus FILE --runs 5 --threads "1 2"
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus="$here/../shared/corpus/baomoi-2017.jsonl.gz"
build="$here/build-bench"
runs=3
threads="1 2"
scale=0
scale_threads=""
work=""

usage() {
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
  cat <<EOF

options:
  --corpus FILE        input (.jsonl, .jsonl.gz; default $corpus)
  --build-dir DIR      where to build Release (default $build)
  --runs N             runs per thread count (default $runs)
  --threads "A B"      thread counts (default "$threads")
  --scale N            also run the corpus repeated N times
  --scale-threads T    threads for the --scale run (default: the last of --threads)
  --work DIR           scratch directory (default: a fresh one under \$TMPDIR)
EOF
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --corpus) corpus=$2; shift 2 ;;
    --build-dir) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --scale-threads) scale_threads=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "corpus.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

[[ -r "$corpus" ]] || { echo "corpus.sh: cannot read $corpus" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "corpus.sh: needs /usr/bin/time (GNU time)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "corpus.sh: needs python3" >&2; exit 1; }
if [[ -z "$work" ]]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/lienket-bench.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

echo "== building Release in $build"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DLIENKET_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target lienket -j 2 >/dev/null
lienket="$build/lienket"

# One build: prints "wall_seconds peak_rss_kb text_mb documents".
run_once() {
  local input=$1 nthreads=$2 out="$work/out"
  rm -rf "$out"
  /usr/bin/time -v "$lienket" build -q -j "$nthreads" "$input" -o "$out" \
    2>"$work/time.log" >/dev/null
  python3 - "$work/time.log" "$out/report.json" <<'EOF'
import json, re, sys
log = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", log).group(1)
seconds = 0.0
for part in wall.split(":"):
    seconds = seconds * 60 + float(part)
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", log).group(1))
report = json.load(open(sys.argv[2]))
print(f"{seconds:.2f} {rss} {report['run']['text_mb']} {report['input']['documents_read']}")
EOF
}

# Runs `runs` builds; prints the summary line and leaves "median_wall max_rss"
# in $work/last.
measure() {
  local label=$1 input=$2 nthreads=$3 n=$4
  local results=()
  for ((i = 1; i <= n; i++)); do
    local r
    r=$(run_once "$input" "$nthreads")
    results+=("$r")
    read -r wall rss mb docs <<<"$r"
    printf '   %-10s threads %s  run %d: %7.2f s  %6.1f MB/s  peak RSS %5d MB\n' \
      "$label" "$nthreads" "$i" "$wall" "$(python3 -c "print($mb / $wall)")" $((rss / 1024))
  done
  printf '%s\n' "${results[@]}" | python3 -c "
import statistics, sys
rows = [l.split() for l in sys.stdin if l.strip()]
wall = statistics.median(float(r[0]) for r in rows)
rss = max(int(r[1]) for r in rows)
mb, docs = float(rows[0][2]), int(rows[0][3])
print(f'$label threads $nthreads: median {wall:.2f} s over {len(rows)} runs, '
      f'{mb / wall:.1f} MB/s of text ({mb:.1f} MB), {docs / wall:.0f} documents/s, '
      f'peak RSS {rss / 1024:.0f} MB')
open('$work/last', 'w').write(f'{wall} {rss}\n')
"
}

echo "== $corpus"
declare -A median_wall median_rss
for t in $threads; do
  measure "1x" "$corpus" "$t" "$runs"
  read -r median_wall[$t] median_rss[$t] <"$work/last"
done
set -- $threads
if [[ $# -ge 2 ]]; then
  python3 -c "print(f'speed-up, $2 threads against $1: {${median_wall[$1]} / ${median_wall[$2]}:.2f}x')"
fi

if [[ "$scale" -gt 1 ]]; then
  st=${scale_threads:-${!#}}
  big="$work/corpus-x$scale.jsonl.gz"
  echo "== building the ${scale}x corpus in $big"
  for ((k = 1; k <= scale; k++)); do
    # Every line starts {"id": "...": give each copy its own ids.
    if [[ "$corpus" == *.gz ]]; then gzip -dc "$corpus"; else cat "$corpus"; fi |
      sed -E "s/^\\{\"id\": *\"([^\"]*)\"/{\"id\": \"\\1-$k\"/"
  done | gzip -1 >"$big"
  if [[ -z "${median_wall[$st]:-}" ]]; then
    measure "1x" "$corpus" "$st" "$runs"
    read -r median_wall[$st] median_rss[$st] <"$work/last"
  fi
  measure "${scale}x" "$big" "$st" 1
  read -r big_wall big_rss <"$work/last"
  python3 -c "
w1, r1, wn, rn = ${median_wall[$st]}, ${median_rss[$st]}, $big_wall, $big_rss
print(f'${scale}x against 1x ($st threads): {wn / w1:.2f}x the time (target <= $((scale + 1))x), '
      f'{rn / r1:.2f}x the peak memory (target <= 3x)')
"
fi
