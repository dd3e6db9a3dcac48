# bench/timing.sh - timing helpers shared by run.sh, compare_bench.sh and
# report_bench.sh (sourced, bash): wait for an idle machine, one timed run,
# medians and spreads of interleaved repetitions. The same rules as run.sh:
# before each timed run wait (FSC_IDLE_WAIT seconds in all, default 120)
# until >= 90 % of the cores are idle; BUSY_RUNS counts the runs that had to
# start on a busy machine.

# FSC_IDLE_SAMPLE: seconds over which the idle share is sampled (default 1).
cpu_idle_pct() { # idle share of all cores over FSC_IDLE_SAMPLE seconds
    local a b
    a=$(awk '/^cpu /{ print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
    sleep "${FSC_IDLE_SAMPLE:-1}"
    b=$(awk '/^cpu /{ print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " ");
        d = y[2] - x[2]; printf "%.0f", (d > 0 ? 100 * (y[1] - x[1]) / d : 100) }'
}
IDLE_WAITED=0
BUSY_RUNS=0
wait_idle() {
    local idle
    while :; do
        idle=$(cpu_idle_pct)
        [ "$idle" -ge 90 ] && return 0
        if [ "$IDLE_WAITED" -ge "${FSC_IDLE_WAIT:-120}" ]; then
            BUSY_RUNS=$((BUSY_RUNS + 1))
            return 0
        fi
        IDLE_WAITED=$((IDLE_WAITED + ${FSC_IDLE_SAMPLE:-1}))
    done
}
# run_once CMD...: one run after wait_idle, its standard output to
# RUN_STDOUT (default /dev/null); sets RUN_S (wall), RUN_CPU (user + sys),
# RUN_KB and RUN_MIB (peak RSS). Exit status 0 or 1 is accepted (framescope
# exits 1 when it skipped records); anything else aborts.
run_once() {
    local rc=0 s kb u y
    wait_idle
    /usr/bin/time -f '%e %M %U %S' -o "$OUT/time.tmp" "$@" >"${RUN_STDOUT:-/dev/null}" 2>"$OUT/stderr.tmp" || rc=$?
    if [ "$rc" -gt 1 ]; then
        echo "$0: command failed (exit $rc): $*" >&2
        tail -5 "$OUT/stderr.tmp" >&2
        exit 2
    fi
    read -r s kb u y < <(tail -1 "$OUT/time.tmp")
    RUN_S=$s
    RUN_KB=$kb
    RUN_MIB=$((kb / 1024))
    RUN_CPU=$(awk -v u="$u" -v y="$y" 'BEGIN { printf "%.2f", u + y }')
}
# median of the arguments (the lower middle one for an even count)
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# spread: (max - min) / median of the arguments, in percent
spread() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = v[int((NR + 1) / 2)];
    printf "%.0f", (m > 0 ? 100 * (v[NR] - v[1]) / m : 0) }'; }
