#!/usr/bin/env bash
# Executor hops per task: how many times each runtime benchmark case calls `swift_task_switch`
# (the Swift runtime's executor check after an awaited call returns, or on entering a
# `nonisolated` async function), divided by the tasks it ran. Timings on this machine drift by
# the minute; this count does not, and it explains most of the gap between `linear` and
# `baseline` (see Docs/Architecture.md, "Why the engine costs what it costs").
#
# Counts with a uprobe on swift_task_switch: needs Linux `perf`, root and uprobes.
#
# Usage: Benchmarks/executor-hops.sh
# Prints, per case, `NAME HOPS hops_per_task` (per call for maybe_isolated and plain_call).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd -P)"
swift build --package-path "$root" -c release --product taskflow-bench >&2
bench="$(swift build --package-path "$root" -c release --show-bin-path)/taskflow-bench"
concurrency="$(ldd "$bench" | awk '/libswift_Concurrency\.so/ { print $3 }')"
[ -n "$concurrency" ] || { echo "taskflow-bench does not link libswift_Concurrency.so" >&2; exit 1; }

event="probe_libswift_Concurrency:swift_task_switch"
if ! perf probe -l 2>/dev/null | grep -q "$event"; then
    perf probe -x "$concurrency" swift_task_switch >&2 || {
        echo "cannot add a uprobe on swift_task_switch (root and uprobes are needed)" >&2
        exit 1
    }
fi

# Each case runs RuntimeBenchmarks.runs (7) measurements of 100,000 tasks (or calls).
measurements=7
tasks=100000
for case in baseline layer adapters linear maybe_isolated plain_call; do
    count="$(perf stat -x, -e "$event" "$bench" runtime "$case.$tasks.ns" 2>&1 >/dev/null | awk -F, -v e="$event" '$3 == e { print $1 }')"
    awk -v name="$case.$tasks" -v count="$count" -v total=$((measurements * tasks)) \
        'BEGIN { printf "%s %.2f hops_per_task\n", name, count / total }'
done
