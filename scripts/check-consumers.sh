#!/usr/bin/env bash
# Proves that the exports in OUTDIR load in the real programs people open
# them with, not just that they look right:
#
#   rapper (raptor2-utils)  parses graph.ttl and graph.nt with no error or
#                           warning, and both give the same triple count;
#                           parses graph.nq
#   python3 + networkx      reads graph.graphml, every node has label and type;
#                           reads graph.gexf (GEXF 1.3), every node has a colour
#                           and a size; triples.jsonl and the CSV files parse
#   graphviz (if installed) renders graph.dot to SVG that is well-formed XML
#   node + oxigraph (npm)   loads graph.nq and answers, in SPARQL, who holds
#                           the post labelled POST (tests/consumers/)
#
# Usage: scripts/check-consumers.sh OUTDIR [--post LABEL] [--allow-empty]
#   --post LABEL   the post to ask about (default "Trưởng Ban Đối ngoại Trung ương")
#   --allow-empty  an empty SPARQL answer is not a failure
# Exit status: 0 all consumers accepted the files, 1 one did not, 2 usage or
# a consumer is not installed.
set -uo pipefail

usage() { sed -n '2,/^$/s/^# \{0,1\}//p' "$0" >&2; exit 2; }

outdir=""
post="Trưởng Ban Đối ngoại Trung ương"
allow_empty=""
while [ $# -gt 0 ]; do
  case "$1" in
    --post) [ $# -ge 2 ] || usage; post="$2"; shift 2 ;;
    --allow-empty) allow_empty="--allow-empty"; shift ;;
    -h|--help) usage ;;
    -*) echo "check-consumers: unknown option $1" >&2; usage ;;
    *) [ -z "$outdir" ] || usage; outdir="$1"; shift ;;
  esac
done
[ -n "$outdir" ] || usage
[ -d "$outdir" ] || { echo "check-consumers: $outdir: not a directory" >&2; exit 2; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
consumers="$root/tests/consumers"
status=0
fail() { echo "check-consumers: FAIL: $*" >&2; status=1; }
need() {
  command -v "$1" >/dev/null 2>&1 || { echo "check-consumers: $1 is not installed ($2)" >&2; exit 2; }
}
need rapper "Debian: apt-get install raptor2-utils"
need python3 "Debian: apt-get install python3 python3-networkx"
need node "Node.js 18 or later"
python3 -c 'import networkx' 2>/dev/null || { echo "check-consumers: python3 has no networkx (apt-get install python3-networkx)" >&2; exit 2; }

for f in graph.ttl graph.nt graph.nq graph.graphml; do
  [ -f "$outdir/$f" ] || fail "$outdir/$f is missing"
done
[ $status -eq 0 ] || exit 1

# ------------------------------------------------------------------ rapper
# Prints the statement count; fails on any error or warning.
rapper_count() {
  local syntax="$1" file="$2" log
  log="$(rapper -i "$syntax" -c "$file" 2>&1)"
  local rc=$?
  if [ $rc -ne 0 ] || grep -qE 'rapper: (Error|Warning)' <<<"$log"; then
    grep -E 'rapper: (Error|Warning)' <<<"$log" | head -5 >&2
    return 1
  fi
  sed -n 's/.*Parsing returned \([0-9][0-9]*\) triples.*/\1/p' <<<"$log"
}
ttl=$(rapper_count turtle "$outdir/graph.ttl") || fail "rapper rejects graph.ttl"
nt=$(rapper_count ntriples "$outdir/graph.nt") || fail "rapper rejects graph.nt"
nq=$(rapper_count nquads "$outdir/graph.nq") || fail "rapper rejects graph.nq"
echo "rapper: turtle ${ttl:-?} triples, ntriples ${nt:-?} triples, nquads ${nq:-?} statements"
if [ -n "${ttl:-}" ] && [ -n "${nt:-}" ] && [ "$ttl" != "$nt" ]; then
  fail "graph.ttl has ${ttl} triples but graph.nt has ${nt:-?}"
fi

# ------------------------------------------------------------------ networkx and friends
python3 - "$outdir" <<'PY' || fail "python3 consumers (networkx, json, csv, xml) reject a file"
import csv, json, os, sys
import xml.etree.ElementTree as ET
import networkx as nx

d = sys.argv[1]
ok = True

def bad(msg):
    global ok
    ok = False
    print("  " + msg, file=sys.stderr)

g = nx.read_graphml(os.path.join(d, "graph.graphml"))
missing = [n for n, a in g.nodes(data=True) if not a.get("type") or "label" not in a]
if missing:
    bad(f"graph.graphml: {len(missing)} nodes lack label or type, e.g. {missing[0]!r}")
print(f"networkx graphml: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, "
      f"every node has label and type: {not missing}")

path = os.path.join(d, "graph.gexf")
if os.path.exists(path):
    root = ET.parse(path).getroot()
    if root.tag != "{http://gexf.net/1.3}gexf":
        bad(f"graph.gexf: root element is {root.tag}, not GEXF 1.3")
    h = nx.read_gexf(path)
    unstyled = [n for n, a in h.nodes(data=True) if "color" not in a.get("viz", {}) or "size" not in a.get("viz", {})]
    if unstyled:
        bad(f"graph.gexf: {len(unstyled)} nodes without viz colour and size")
    timed = sum(1 for *_, a in h.edges(data=True) if "start" in a)
    print(f"networkx gexf: {h.number_of_nodes()} nodes, {h.number_of_edges()} edges, {timed} in time")

path = os.path.join(d, "triples.jsonl")
if os.path.exists(path):
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f]
    for t in lines:
        if not {"s", "p", "o", "evidence"} <= t.keys():
            bad("triples.jsonl: a line lacks s, p, o or evidence")
            break
    print(f"json: triples.jsonl {len(lines)} lines")

for name, columns in (("nodes.csv", 5), ("relationships.csv", 7)):
    path = os.path.join(d, name)
    if os.path.exists(path):
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        widths = {len(r) for r in rows}
        if widths != {columns}:
            bad(f"{name}: rows of {sorted(widths)} fields, want {columns}")
        print(f"csv: {name} {len(rows) - 1} rows")
sys.exit(0 if ok else 1)
PY

# ------------------------------------------------------------------ graphviz
if command -v dot >/dev/null 2>&1 && [ -f "$outdir/graph.dot" ]; then
  svg="$(mktemp)"
  if dot -Tsvg "$outdir/graph.dot" -o "$svg" 2>"$svg.err" &&
     python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$svg"; then
    echo "graphviz: graph.dot renders to well-formed SVG"
  else
    head -3 "$svg.err" >&2
    fail "graphviz cannot render graph.dot to well-formed SVG"
  fi
  rm -f "$svg" "$svg.err"
fi

# ------------------------------------------------------------------ oxigraph
if [ ! -d "$consumers/node_modules/oxigraph" ]; then
  need npm "it comes with Node.js"
  echo "check-consumers: installing the pinned oxigraph (npm ci in tests/consumers)"
  (cd "$consumers" && npm ci --no-audit --no-fund --loglevel=error) || { echo "check-consumers: npm ci failed" >&2; exit 2; }
fi
node "$consumers/sparql-holders.mjs" "$outdir/graph.nq" "$post" $allow_empty || fail "oxigraph cannot load or query graph.nq"

if [ $status -eq 0 ]; then echo "check-consumers: OK ($outdir)"; fi
exit $status
