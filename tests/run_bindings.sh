#!/bin/sh
# Run the Python or R binding tests against this build's libframescope.so.
# Usage: run_bindings.sh python|r SOURCE_DIR BUILD_DIR
# Exit 77 (CTest: skipped) with a message when python3+pandas+pytest or
# R+testthat are missing; with FSC_REQUIRE_BINDINGS=1 (CI) that fails.
set -eu
lang=$1 src=$2 build=$3
skip() {
    echo "SKIPPED: $*" >&2
    if [ "${FSC_REQUIRE_BINDINGS:-0}" = 1 ]; then exit 1; fi
    exit 77
}
export FRAMESCOPE_LIB="$build/libframescope.so"
export FRAMESCOPE_CLI="$build/framescope"
export FRAMESCOPE_LEXICONS="$src/lexicons"
export FRAMESCOPE_SOURCE_DIR="$src"
[ -e "$FRAMESCOPE_LIB" ] || skip "$FRAMESCOPE_LIB not built (FSC_SHARED=OFF?)"
case $lang in
python)
    py=
    for c in /usr/bin/python3 python3; do
        if command -v "$c" >/dev/null 2>&1 &&
           "$c" -c 'import pandas, pytest' >/dev/null 2>&1; then
            py=$c
            break
        fi
    done
    [ -n "$py" ] || skip "no python3 with pandas and pytest (Debian: python3-pandas python3-pytest)"
    cd "$src/python"
    PYTHONDONTWRITEBYTECODE=1 exec "$py" -m pytest -q -p no:cacheprovider tests
    ;;
r)
    command -v Rscript >/dev/null 2>&1 || skip "R is not installed (Debian: r-base-dev r-cran-testthat r-cran-jsonlite)"
    Rscript -e 'quit(status = !requireNamespace("testthat", quietly = TRUE))' \
        >/dev/null 2>&1 || skip "R package testthat missing (Debian: r-cran-testthat)"
    lib="$build/r-lib" pkg="$build/r-pkg/framescope"
    rm -rf "$lib" "$build/r-pkg"
    mkdir -p "$lib" "$build/r-pkg"
    cp -R "$src/r" "$pkg"   # objects are built there, not in the source tree
    FRAMESCOPE_INCLUDE="$src/analysis/include" FRAMESCOPE_LIBDIR="$build" \
        R CMD INSTALL --library="$lib" "$pkg" >"$build/r-install.log" 2>&1 ||
        { cat "$build/r-install.log" >&2; exit 1; }
    cd "$src/r/tests"
    LD_LIBRARY_PATH="$build${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" R_LIBS="$lib" \
        exec Rscript testthat.R
    ;;
*) echo "usage: $0 python|r SRC BUILD" >&2; exit 2 ;;
esac
