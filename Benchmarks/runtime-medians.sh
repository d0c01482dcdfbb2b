#!/usr/bin/env bash
# The runtime benchmarks, each case the median over several processes.
#
# One process's figures move together from one process to the next on this machine (a run of
# the same binary can be 1.5x slower across the board), so a single `taskflow-bench runtime`
# can be lucky or unlucky. This runs it PROCESSES times (default 5) and prints, per case, the
# median of the per-process medians as `NAME VALUE UNIT`, followed by every process's value.
#
# Usage: Benchmarks/runtime-medians.sh [PROCESSES] [CASE-PREFIX]
set -euo pipefail

processes="${1:-5}"
filter="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd -P)"
swift build --package-path "$root" -c release --product taskflow-bench >&2
bench="$(swift build --package-path "$root" -c release --show-bin-path)/taskflow-bench"

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for run in $(seq 1 "$processes"); do
    echo "process $run/$processes" >&2
    "$bench" runtime $filter >>"$results"
done

# Cases in the order the benchmark prints them; the median over processes, then every value.
awk '
    { if (!($1 in values)) order[++count] = $1; values[$1] = values[$1] " " $2; unit[$1] = $3 }
    END {
        for (i = 1; i <= count; i++) {
            name = order[i]
            n = split(substr(values[name], 2), v, " ")
            for (a = 1; a <= n; a++) for (b = a + 1; b <= n; b++) if (v[b] + 0 < v[a] + 0) { t = v[a]; v[a] = v[b]; v[b] = t }
            printf "%s %s %s   [%s ]\n", name, v[int((n + 1) / 2)], unit[name], values[name]
        }
    }
' "$results"
