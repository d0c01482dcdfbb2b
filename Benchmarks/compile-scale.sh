#!/usr/bin/env bash
# What generated wiring adds to a clean build of its target, per task, as flows grow.
#
# Writes a consumer package whose target `Scale` holds one flow of N trivial tasks
# (`public func step_i(x_{i-1}: Int) async -> Int`, each `- Task: step_i` / `- provides: x_i`)
# and applies TaskFlowPlugin, and a target `Plain` with the same task functions and no plugin.
# After a warm build of everything else, each target's own build products (and the plugin's
# output) are removed and the target is built again; the difference between the two builds,
# divided by N, is what the generated code costs per task. Goal: at most 50 ms a task at
# N = 1,000, and the figure at 1,000 at most 1.3 times the figure at 100.
#
# Usage: Benchmarks/compile-scale.sh [--configs "debug release"] [--runs R] [--limit MS] [--record] [CASE...]
#   CASE is SHAPE:N, SHAPE `linear` (a linear flow) or `graph` (a graph flow whose order comes
#   from the data: the same chain). Default cases: linear:100 linear:300 linear:1000 graph:1000.
#   --runs R     R builds of each target per case, alternating, median (default 1).
#   --limit MS   exit 1 when any case's figure exceeds MS milliseconds a task (for CI).
#   --record     also write the figures, dated, into Benchmarks/README.md (between its
#                `compile-scale` markers).
# Prints, as NAME VALUE UNIT:
#   compile.CONFIG.N.with_plugin / .without_plugin   seconds for the target's clean build
#   compile.CONFIG.N.ms_per_task                      the difference, per task
#   (N is written `graph1000` for a graph case.)
set -euo pipefail

configs="debug release"
runs=1
limit=""
record=""
cases=()
while [ $# -gt 0 ]; do
    case "$1" in
        --configs) configs="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --limit) limit="$2"; shift 2 ;;
        --record) record=1; shift ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        *) cases+=("$1"); shift ;;
    esac
done
[ ${#cases[@]} -gt 0 ] || cases=(linear:100 linear:300 linear:1000 graph:1000)

root="$(cd "$(dirname "$0")/.." && pwd -P)"
root_name="$(basename "$root")"
work="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
package="$work/scale"
scratch="$work/scratch"

now() { perl -MTime::HiRes=time -e 'printf "%.3f\n", time'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

mkdir -p "$package/Sources/Scale" "$package/Sources/Plain"
cat >"$package/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "scale",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$root")],
    targets: [
        .target(
            name: "Scale",
            dependencies: [.product(name: "TaskFlow", package: "$root_name")],
            plugins: [.plugin(name: "TaskFlowPlugin", package: "$root_name")]
        ),
        .target(name: "Plain", dependencies: [.product(name: "TaskFlow", package: "$root_name")]),
    ],
    swiftLanguageModes: [.v6]
)
MANIFEST

# The tasks of one case, and the flow that lists them, as Swift source.
write_tasks() { # shape, count
    awk -v shape="$1" -v n="$2" 'BEGIN {
        printf "import TaskFlow\n\n"
        for (i = 1; i <= n; i++) {
            printf "/// Step %d of the chain.\n///\n/// - Task: step_%d\n///   - provides: x_%d\n", i, i, i
            printf "public func step_%d(x_%d: Int) async -> Int {\n    x_%d + 1\n}\n\n", i, i - 1, i - 1
        }
        printf "/// A chain of %d steps.\n///\n/// - Flow: chain\n///   - pattern: %s\n///   - tasks: ", n, shape
        for (i = 1; i <= n; i++) printf "%sstep_%d", (i > 1 ? ", " : ""), i
        printf "\npublic enum Chain {}\n"
    }'
}

# Removes what building `target` produced, and the file the plugin generated for it, so that
# the next build runs the generator and compiles the target from scratch.
forget() { # config, target
    # The build plan's own files (output-file-map.json, sources) stay.
    find "$scratch/$1/$2.build" -maxdepth 1 -type f \( -name '*.o' -o -name '*.swiftdeps' -o -name '*.d' \
        -o -name '*.dia' -o -name '*.priors' -o -name '*.swiftmodule' \) -delete
    rm -f "$scratch/$1/Modules/$2".*
    find "$scratch/plugins/outputs" -path "*/$2/*" -name '*.taskflow.swift' -delete 2>/dev/null || true
}

build() { # config, target, log
    swift build --package-path "$package" --scratch-path "$scratch" -c "$1" --target "$2" >"$3" 2>&1 \
        || { cat "$3" >&2; echo "error: building $2 ($1) failed" >&2; exit 1; }
}

clean_build_seconds() { # config, target
    forget "$1" "$2"
    local start end
    start="$(now)"
    build "$1" "$2" "$work/build.log"
    end="$(now)"
    awk -v a="$end" -v b="$start" 'BEGIN { printf "%.3f\n", a - b }'
}

exceeded=0
: >"$work/figures.txt"
for config in $configs; do
    echo "Warm build of everything else ($config)..." >&2
    write_tasks linear 2 >"$package/Sources/Scale/Tasks.swift"
    cp "$package/Sources/Scale/Tasks.swift" "$package/Sources/Plain/Tasks.swift"
    build "$config" Scale "$work/warm.log"
    build "$config" Plain "$work/warm.log"
    # The first clean build of a target after the warm build is slower than any later one
    # (39 s against 14 s for a case of 100 tasks), so one round is not counted.
    clean_build_seconds "$config" Scale >/dev/null
    clean_build_seconds "$config" Plain >/dev/null
    for case in "${cases[@]}"; do
        shape="${case%%:*}"
        count="${case##*:}"
        name="$count"
        [ "$shape" = linear ] || name="$shape$count"
        write_tasks "$shape" "$count" >"$package/Sources/Scale/Tasks.swift"
        cp "$package/Sources/Scale/Tasks.swift" "$package/Sources/Plain/Tasks.swift"
        : >"$work/with.txt"
        : >"$work/without.txt"
        for run in $(seq 1 "$runs"); do
            echo "$config $case: run $run/$runs" >&2
            clean_build_seconds "$config" Scale >>"$work/with.txt"
            clean_build_seconds "$config" Plain >>"$work/without.txt"
        done
        with="$(median <"$work/with.txt")"
        without="$(median <"$work/without.txt")"
        per_task="$(awk -v a="$with" -v b="$without" -v n="$count" 'BEGIN { printf "%.1f", (a - b) * 1000 / n }')"
        printf 'compile.%s.%s.with_plugin %.2f s\n' "$config" "$name" "$with"
        printf 'compile.%s.%s.without_plugin %.2f s\n' "$config" "$name" "$without"
        printf 'compile.%s.%s.ms_per_task %s ms\n' "$config" "$name" "$per_task"
        printf '%s %s %s %s %s %s %s\n' "$config" "$name" "$shape" "$count" "$with" "$without" "$per_task" >>"$work/figures.txt"
        if [ -n "$limit" ] && awk -v v="$per_task" -v l="$limit" 'BEGIN { exit !(v > l) }'; then
            echo "error: compile.$config.$name.ms_per_task is $per_task ms, over the limit of $limit ms" >&2
            exceeded=1
        fi
    done
done

# The figures as the Markdown section of Benchmarks/README.md, with the per-task figure at the
# largest linear case against the one at the smallest.
write_section() {
    echo "Measured $(date -u +%Y-%m-%d) by \`Benchmarks/compile-scale.sh --runs $runs --record\` on $(nproc) cores,"
    echo "$(swift --version 2>/dev/null | head -1 | sed 's/ (swift-.*//')."
    echo
    echo "| Build | Flow | With the plugin | Without | Added per task |"
    echo "| --- | --- | ---: | ---: | ---: |"
    awk '{ printf "| %s | %s, %d tasks | %.1f s | %.1f s | %s ms |\n", $1, $3, $4, $5, $6, $7 }' "$work/figures.txt"
    echo
    awk '$3 == "linear" { if (!($1 in low) || $4 < lowN[$1]) { low[$1] = $7; lowN[$1] = $4 }
                          if (!($1 in high) || $4 > highN[$1]) { high[$1] = $7; highN[$1] = $4 } }
        END { for (c in low) if (highN[c] > lowN[c] && low[c] > 0)
            printf "%s: %s ms a task at %d tasks, %.2f times the figure at %d.\n", c, high[c], highN[c], high[c] / low[c], lowN[c] }' \
        "$work/figures.txt" | sort
}
if [ -n "$record" ]; then
    readme="$root/Benchmarks/README.md"
    write_section >"$work/section.md"
    awk -v section="$work/section.md" '
        /<!-- compile-scale:begin -->/ { print; while ((getline line < section) > 0) print line; skip = 1; next }
        /<!-- compile-scale:end -->/ { skip = 0 }
        !skip { print }' "$readme" >"$work/README.md"
    grep -q 'compile-scale:begin' "$readme" || { echo "error: no compile-scale markers in $readme" >&2; exit 1; }
    cp "$work/README.md" "$readme"
    echo "Recorded in $readme" >&2
fi
exit "$exceeded"
