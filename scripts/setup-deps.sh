#!/usr/bin/env bash
# Installs what lienket needs to build, test and render, on Debian 12.
#
# Idempotent: a package already installed is left alone, and apt-get (update
# included) runs only when something is missing. Runs apt-get as root, or
# through sudo when not root. Afterwards installs the pinned npm packages of
# tests/consumers/ (oxigraph) when that folder has a lockfile and no
# node_modules yet.
#
# Usage: scripts/setup-deps.sh        (from any directory)
# Exit status: 0 ready, 2 something could not be installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
  build-essential cmake ninja-build pkg-config   # toolchain
  libboost-graph-dev rapidjson-dev libicu-dev libre2-dev libisal-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev     # tests and bench/
  raptor2-utils python3 python3-networkx graphviz nodejs npm  # real consumers of the exports
  clang libclang-rt-14-dev                       # libFuzzer, ASan/UBSan runtimes (scripts/run-fuzz.sh)
)

installed() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii'; }

missing=()
for p in "${packages[@]}"; do
  case "$p" in
    # A Node.js from NodeSource ships npm inside its nodejs package and
    # conflicts with Debian's npm: any working node/npm will do.
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    npm) command -v npm >/dev/null 2>&1 && continue ;;
  esac
  installed "$p" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup-deps: installing ${missing[*]}" >&2
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-deps: no apt-get here; lienket's set-up expects Debian 12. Install: ${missing[*]}" >&2
    exit 2
  fi
  if [[ $(id -u) -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "setup-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 2
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

consumers=tests/consumers
if [[ -f $consumers/package-lock.json && ! -d $consumers/node_modules ]]; then
  echo "setup-deps: npm ci in $consumers" >&2
  (cd "$consumers" && npm ci --no-audit --no-fund --loglevel=error)
fi
