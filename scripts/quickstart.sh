#!/usr/bin/env bash
# framescope quick start.
#   scripts/quickstart.sh        install what is missing, build, score the bundled
#                                corpus and write a sample report (out/report.html)
#   scripts/quickstart.sh test   install what is missing, build, run the whole test suite
#   scripts/quickstart.sh deps   only install what is missing
# Debian 12 or later. As root it installs packages with apt-get; otherwise it
# prints the one `sudo apt-get install ...` line you need and stops.
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS="build-essential cmake pkg-config libicu-dev libgsl-dev libcjson-dev libyaml-dev zlib1g-dev libsqlite3-dev"
BUILD=${FSC_BUILD_DIR:-build}
JOBS=$(nproc 2>/dev/null || echo 2)

deps() {
  local missing=""
  for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
      || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "framescope needs:$missing" >&2
    echo "Run:  sudo apt-get install -y$missing" >&2
    echo "then run this command again." >&2
    exit 2
  fi
  echo "Installing:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null
}

build() {
  cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFSC_WERROR=ON >/dev/null
  cmake --build "$BUILD" -j "$JOBS" >/dev/null
}

case "${1:-run}" in
  deps)
    deps ;;
  run)
    deps
    build
    echo "== framescope: scoring the bundled corpus (corpora/) with the bundled lexicons (lexicons/)"
    mkdir -p out
    "$BUILD/framescope" score --threads "$JOBS" --quiet -o out/scores.jsonl corpora/
    "$BUILD/framescope" score --threads "$JOBS" --format table -o out/scores.txt corpora/
    # The first articles, then the corpus summary (all rows: out/scores.txt).
    awk 'NR <= 8; NR == 9 {print "..."} /^Records:/ {tail = 1} tail' out/scores.txt
    echo
    echo "== framescope: a research report from the score rows (texts from corpora/ for the highlighted views)"
    "$BUILD/framescope" report --quiet --threads "$JOBS" --corpus corpora/ \
      -o out/report.html out/scores.jsonl
    echo "Per-article score rows with every match: out/scores.jsonl"
    echo "Report (open in a browser; no network needed): out/report.html"
    ;;
  test)
    deps
    build
    ctest --test-dir "$BUILD" --output-on-failure -j "$JOBS"
    ;;
  *)
    echo "usage: $0 [run|test|deps]" >&2
    exit 2 ;;
esac
