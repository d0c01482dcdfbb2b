#!/usr/bin/env bash
# What TaskFlowPlugin costs a consumer: clean debug builds of Fixtures/CreateVolume's library
# with the plugin, against the same sources with the generated file copied in and no plugin.
# The difference is building taskflow-gen (and its generator library), compiling the plugin,
# and running it. Goal: at most 15 s on 2 cores. CPU time (user + sys of the build and all its
# children) is printed too: on a shared machine it moves far less with other load than seconds.
#
# Usage: Benchmarks/plugin-cost.sh [RUNS]        RUNS clean builds of each (default 5).
# Prints, as NAME VALUE UNIT (medians):
#   plugin_cost.with_plugin     seconds for a clean build with the plugin
#   plugin_cost.without_plugin  seconds for a clean build with the generated file checked in
#   plugin_cost.extra           the difference
#   plugin_cost.with_plugin_cpu, plugin_cost.without_plugin_cpu, plugin_cost.extra_cpu
#                               the same in CPU seconds
set -euo pipefail

runs="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd -P)"
fixture_sources="$root/Fixtures/CreateVolume/Sources/CreateVolume"
root_name="$(basename "$root")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now() { perl -MTime::HiRes=time -e 'printf "%.3f\n", time'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Two packages with the same library sources; only their manifests (and the generated file) differ.
make_package() { # name, plugins clause
    mkdir -p "$work/$1/Sources"
    cp -R "$fixture_sources" "$work/$1/Sources/CreateVolume"
    cat >"$work/$1/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "$1",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$root")],
    targets: [
        .target(
            name: "CreateVolume",
            dependencies: [.product(name: "TaskFlow", package: "$root_name")],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]$2
        ),
    ],
    swiftLanguageModes: [.v6]
)
MANIFEST
}
make_package with-plugin ",
            plugins: [.plugin(name: \"TaskFlowPlugin\", package: \"$root_name\")]"
make_package without-plugin ""

echo "Generating the wiring once for the no-plugin package..." >&2
swift build --package-path "$root" --product taskflow-gen >&2
generator="$(swift build --package-path "$root" --show-bin-path)/taskflow-gen"
"$generator" generate --module CreateVolume \
    --output "$work/without-plugin/Sources/CreateVolume/CreateVolume.taskflow.swift" \
    $(find "$fixture_sources" -name '*.swift' | sort)

clean_build() { # package, file for the seconds, file for the CPU seconds
    rm -rf "$work/scratch"
    local start end
    start="$(now)"
    # perl runs the build, then appends its children's user + sys time to the CPU file.
    cpu_file="$3" perl -e 'my $status = system(@ARGV); my @t = times;
        open(my $f, ">>", $ENV{cpu_file}) or die; printf $f "%.3f\n", $t[2] + $t[3]; exit($status ? 1 : 0)' \
        swift build --package-path "$work/$1" --scratch-path "$work/scratch" --target CreateVolume >"$work/build.log" 2>&1 \
        || { cat "$work/build.log" >&2; echo "clean build of $1 failed" >&2; exit 1; }
    end="$(now)"
    awk -v a="$end" -v b="$start" 'BEGIN { printf "%.3f\n", a - b }' >>"$2"
}

: >"$work/with.txt"
: >"$work/without.txt"
: >"$work/with-cpu.txt"
: >"$work/without-cpu.txt"
for run in $(seq 1 "$runs"); do
    echo "run $run/$runs" >&2
    clean_build with-plugin "$work/with.txt" "$work/with-cpu.txt"
    clean_build without-plugin "$work/without.txt" "$work/without-cpu.txt"
done

report() { # name suffix, file of the runs with the plugin, file of the runs without
    local with without
    with="$(median <"$2")"
    without="$(median <"$3")"
    printf 'plugin_cost.with_plugin%s %.2f s\n' "$1" "$with"
    printf 'plugin_cost.without_plugin%s %.2f s\n' "$1" "$without"
    awk -v a="$with" -v b="$without" -v name="$1" 'BEGIN { printf "plugin_cost.extra%s %.2f s\n", name, a - b }'
}
report "" "$work/with.txt" "$work/without.txt"
report _cpu "$work/with-cpu.txt" "$work/without-cpu.txt"
