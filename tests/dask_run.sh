#!/bin/sh
# Run tests/dask_run.py (the Dask driver on a LocalCluster of 2 workers)
# with a python3 that can import distributed: Debian's python3-distributed
# is visible to /usr/bin/python3, which a pyenv or venv python3 earlier on
# the PATH does not see. Exit 77 (CTest: skipped) with a message when none
# can; with FSC_REQUIRE_BINDINGS=1 (CI) that is a failure.
# Usage: dask_run.sh CLI SRC WORK
set -eu
py=
for c in /usr/bin/python3 python3; do
    if command -v "$c" >/dev/null 2>&1 &&
       "$c" -c 'import distributed' >/dev/null 2>&1; then
        py=$c
        break
    fi
done
if [ -z "$py" ]; then
    echo "SKIPPED: no python3 can import distributed (Debian: python3-distributed)" >&2
    if [ "${FSC_REQUIRE_BINDINGS:-0}" = 1 ]; then exit 1; fi
    exit 77
fi
PYTHONDONTWRITEBYTECODE=1 exec "$py" "$(dirname "$0")/dask_run.py" "$@"
