#!/usr/bin/env bash
# Records every figure of `taskflow-bench` in Benchmarks/README.md, as one dated table.
#
# Builds taskflow-bench in release, runs its suites `runtime`, `journal`, `scan` and `check`
# in PROCESSES separate processes (each suite once per process, in that order), and takes, per
# case, the median of the values the processes printed: one process's figures move together on
# a shared machine, so a single process can be lucky or unlucky throughout. Each goal below is
# checked against the medians of the same run; a ratio goal compares two cases of that run, so
# it holds whatever the machine's speed at the time.
#
# The table replaces what is between the `figures:begin` and `figures:end` markers of
# Benchmarks/README.md, with the date, the Swift version and the number of cores.
#
# With --postgres it records `taskflow-pg-bench` of Packages/TaskFlowPostgres instead, each
# process against a throwaway PostgreSQL server that syncs its commits to disk (as a production
# server does), between the `postgres-figures` markers.
#
# Usage: Benchmarks/record.sh [--processes N] [--print] [--postgres]
#   --processes N   processes per suite (default 5).
#   --print         print the table instead of writing it into Benchmarks/README.md.
#   --postgres      the PostgreSQL journal and job board's figures.
# Prints, as NAME VALUE UNIT, every case's median, then one line per goal on standard error.
set -euo pipefail

processes=5
print_only=""
postgres=""
while [ $# -gt 0 ]; do
    case "$1" in
        --processes) processes="$2"; shift 2 ;;
        --print) print_only=1; shift ;;
        --postgres) postgres=1; shift ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "error: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
case "$processes" in
    ''|*[!0-9]*|0) echo "error: --processes takes a positive number" >&2; exit 2 ;;
esac

# The goals: CASE, comparison, bound, and the case the bound is a multiple of ("-" for an
# absolute bound, in the case's own unit).
goals='
linear.10000.ns_per_task             <= 1.3 layer.100000.ns_per_task
linear.100000.ns_per_task            <= 1.2 linear.1000.ns_per_task
graph.10000.ns_per_task              <= 5   baseline.100000.ns_per_task
journal.file.fsync.us_per_task       <= 1.2 journal.fsync.us
journal.file.unordered.1000.syncs    <= 100 -
journal.file.batched.us_per_task     <= 5   -
journal.resume.10000.ms              <= 50  -
scan.mb_per_s                        >= 100 -
generate.1000_tasks.ms               <= 200 -
'
suites="runtime journal scan check"
root="$(cd "$(dirname "$0")/.." && pwd -P)"
package="$root"
product=taskflow-bench
markers=figures
if [ -n "$postgres" ]; then
    # Commits are compared with the bare statements of the same process, against the same server.
    goals='
pg.journal.us_per_task                  <= 1.5 pg.insert.us
pg.journal.unordered.100.commits        <= 20  -
pg.claim_complete.1.jobs_per_s          >= 0.3 pg.floor.1.jobs_per_s
pg.claim_complete.4.jobs_per_s          >= 0.3 pg.floor.4.jobs_per_s
pg.claim_complete.batched.1.jobs_per_s  >= 0.6 pg.floor.1.jobs_per_s
pg.claim_complete.batched.4.jobs_per_s  >= 0.6 pg.floor.4.jobs_per_s
'
    suites="all"
    package="$root/Packages/TaskFlowPostgres"
    product=taskflow-pg-bench
    markers=postgres-figures
fi

readme="$root/Benchmarks/README.md"
grep -q "<!-- $markers:begin -->" "$readme" && grep -q "<!-- $markers:end -->" "$readme" \
    || { echo "error: no $markers markers in $readme" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build --package-path "$package" -c release --product "$product" >&2
bench="$(swift build --package-path "$package" -c release --show-bin-path)/$product"

# Every line every process printed, as `NAME VALUE UNIT`.
: >"$work/values.txt"
for run in $(seq 1 "$processes"); do
    for suite in $suites; do
        echo "process $run/$processes: $product $suite" >&2
        if [ -n "$postgres" ]; then
            WITH_POSTGRES_FSYNC=on "$package/Scripts/with-postgres.sh" "$bench" >>"$work/values.txt"
        else
            "$bench" "$suite" >>"$work/values.txt"
        fi
    done
done

# Per case, in the order the suites print them: the median over the processes (the lower
# middle value for an even count), the lowest and highest value, the unit.
awk '
    NF == 3 { if (!($1 in values)) order[++count] = $1; values[$1] = values[$1] " " $2; unit[$1] = $3 }
    END {
        for (i = 1; i <= count; i++) {
            name = order[i]
            n = split(substr(values[name], 2), v, " ")
            for (a = 1; a <= n; a++) for (b = a + 1; b <= n; b++) if (v[b] + 0 < v[a] + 0) { t = v[a]; v[a] = v[b]; v[b] = t }
            print name, v[int((n + 1) / 2)], v[1], v[n], unit[name]
        }
    }
' "$work/values.txt" >"$work/medians.txt"
awk '{ print $1, $2, $5 }' "$work/medians.txt"

# Each goal against the medians: `CASE|goal text|status`.
echo "$goals" | awk -v medians="$work/medians.txt" '
    BEGIN { while ((getline line < medians) > 0) { split(line, f, " "); value[f[1]] = f[2]; unit[f[1]] = f[5] } }
    NF == 4 {
        name = $1; op = $2; bound = $3; reference = $4
        if (reference == "-") {
            goal = op " " bound " " unit[name]
            limit = bound
        } else {
            goal = op " " bound " × `" reference "`"
            limit = (reference in value) ? bound * value[reference] : ""
        }
        sub(/<=/, "≤", goal); sub(/>=/, "≥", goal)
        if (!(name in value) || limit == "") {
            status = "no figure"
        } else {
            met = (op == "<=") ? (value[name] + 0 <= limit + 0) : (value[name] + 0 >= limit + 0)
            status = met ? "met" : "missed"
            if (reference != "-" && value[reference] + 0 > 0)
                status = sprintf("%s (%.2f×)", status, value[name] / value[reference])
        }
        print name "|" goal "|" status
    }
' >"$work/goals.txt"
awk -F'|' '{ print "goal " $1 " " $2 ": " $3 }' "$work/goals.txt" >&2

cores="$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)"
swift_version="$(swift --version 2>/dev/null | head -1 | sed 's/ (swift-.*//')"
plural="es"
[ "$processes" -eq 1 ] && plural=""
write_section() {
    echo "Recorded $(date -u +%F) by \`Benchmarks/record.sh --processes $processes${postgres:+ --postgres}\` on $cores cores,"
    echo "$swift_version, release build. Each figure is the median over $processes process$plural of what"
    echo "\`$product\` printed (itself a median of several runs in the process); the range is the"
    echo "lowest and highest process. Ratio goals compare medians of this same recording."
    echo
    echo "| Case | Median | Range over the processes | Goal | Status |"
    echo "| --- | ---: | ---: | --- | --- |"
    awk -F'|' -v goals="$work/goals.txt" '
        BEGIN { while ((getline line < goals) > 0) { split(line, g, "|"); goal[g[1]] = g[2]; status[g[1]] = g[3] } }
        {
            split($0, f, " ")
            range = (f[3] == f[4]) ? f[3] : f[3] "–" f[4]
            printf "| `%s` | %s %s | %s | %s | %s |\n", f[1], f[2], f[5], range, goal[f[1]], status[f[1]]
        }
    ' "$work/medians.txt"
    # A goal whose case printed nothing still gets its row.
    awk -F'|' -v medians="$work/medians.txt" '
        BEGIN { while ((getline line < medians) > 0) { split(line, f, " "); seen[f[1]] = 1 } }
        !($1 in seen) { printf "| `%s` | none | | %s | %s |\n", $1, $2, $3 }
    ' "$work/goals.txt"
}
write_section >"$work/section.md"

if [ -n "$print_only" ]; then
    cat "$work/section.md"
    exit 0
fi
awk -v section="$work/section.md" -v begin="<!-- $markers:begin -->" -v end="<!-- $markers:end -->" '
    $0 == begin { print; while ((getline line < section) > 0) print line; skip = 1; next }
    $0 == end { skip = 0 }
    !skip { print }' "$readme" >"$work/README.md"
cp "$work/README.md" "$readme"
echo "Recorded in $readme" >&2
