#!/usr/bin/env bash
# Self-test of scripts/browser-check.py: it must pass a clean page and fail
# each page of tests/data/browser/ that has a console error, a network
# request, an uncaught exception or a CSP violation, for the right reason;
# and exit 2 on usage errors and when chromium is missing.
# Needs chromium (not part of CTest for that reason). Takes about 10 s.
# BROWSER_CHECK=path runs another copy of the check (to test this test).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2

CHECK=${BROWSER_CHECK:-scripts/browser-check.py}
DATA=tests/data/browser
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
failures=0

# indent TEXT: print TEXT with "  | " before each line.
indent() { local l; while IFS= read -r l; do printf '  | %s\n' "$l"; done <<<"$1"; }

# expect NAME RC TEXT [ARGS...]: run the check, compare exit status and
# require TEXT in its output (stdout + stderr).
expect() {
  local name=$1 want_rc=$2 want_text=$3
  shift 3
  local out rc start secs
  start=$EPOCHREALTIME
  out=$("$@" 2>&1)
  rc=$?
  secs=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  if [ "$rc" -ne "$want_rc" ]; then
    echo "FAIL $name: exit $rc, expected $want_rc"; indent "$out"
    failures=$((failures + 1)); return 1
  fi
  if ! grep -qF -- "$want_text" <<<"$out"; then
    echo "FAIL $name: output lacks \"$want_text\""; indent "$out"
    failures=$((failures + 1)); return 1
  fi
  echo "ok   $name (exit $rc, ${secs} s)"
  LAST_OUT=$out
}

# A page must fail for its own reason only: no stray request (favicon...).
no_stray_request() {
  local name=$1
  if grep -qF "request: " <<<"$LAST_OUT"; then
    echo "FAIL $name: unexpected request reported"; indent "$LAST_OUT"
    failures=$((failures + 1))
  fi
}

LAST_OUT=
expect clean 0 "OK $DATA/clean.html (" \
  "$CHECK" --out "$OUT" "$DATA/clean.html"
if ! head -c 8 "$OUT/clean.png" 2>/dev/null | grep -q PNG; then
  echo "FAIL clean: no PNG screenshot at $OUT/clean.png"; failures=$((failures + 1))
fi

LAST_OUT=
expect console_error 1 "console.error: selftest: deliberate console error" \
  "$CHECK" --out "$OUT" "$DATA/console_error.html" && no_stray_request console_error

LAST_OUT=
expect network 1 "request: http://example.invalid/x.png" \
  "$CHECK" --out "$OUT" "$DATA/network.html"

LAST_OUT=
expect exception 1 "exception: Error: selftest: deliberate exception" \
  "$CHECK" --out "$OUT" "$DATA/exception.html" && no_stray_request exception

LAST_OUT=
expect csp 1 "violates the following Content Security Policy directive" \
  "$CHECK" --out "$OUT" "$DATA/csp.html" && no_stray_request csp

expect missing_file 2 "no such file" \
  "$CHECK" --out "$OUT" "$DATA/does-not-exist.html"
expect no_chromium 2 "chromium not found" \
  env CHROMIUM=/nonexistent/chromium "$CHECK" --out "$OUT" "$DATA/clean.html"

if [ "$failures" -ne 0 ]; then
  echo "browser self-test: $failures failure(s)"
  exit 1
fi
echo "browser self-test passed"
