#!/usr/bin/env bash
# What TaskFlowPlugin costs a consumer: clean debug builds of Fixtures/CreateVolume's library
# with the plugin, against the same sources with the generated file copied in and no plugin.
# The difference is building taskflow-gen (and its generator library), compiling the plugin,
# and running it. Goal: at most 15 s on 2 cores.
#
# Usage: Benchmarks/plugin-cost.sh [RUNS]        RUNS clean builds of each (default 5).
# Prints, as NAME VALUE UNIT (medians):
#   plugin_cost.with_plugin     seconds for a clean build with the plugin
#   plugin_cost.without_plugin  seconds for a clean build with the generated file checked in
#   plugin_cost.extra           the difference
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

clean_build() { # package
    rm -rf "$work/scratch"
    local start end
    start="$(now)"
    swift build --package-path "$work/$1" --scratch-path "$work/scratch" --target CreateVolume >"$work/build.log" 2>&1 \
        || { cat "$work/build.log" >&2; echo "clean build of $1 failed" >&2; exit 1; }
    end="$(now)"
    awk -v a="$end" -v b="$start" 'BEGIN { printf "%.3f\n", a - b }'
}

: >"$work/with.txt"
: >"$work/without.txt"
for run in $(seq 1 "$runs"); do
    echo "run $run/$runs" >&2
    clean_build with-plugin >>"$work/with.txt"
    clean_build without-plugin >>"$work/without.txt"
done

with="$(median <"$work/with.txt")"
without="$(median <"$work/without.txt")"
printf 'plugin_cost.with_plugin %.2f s\n' "$with"
printf 'plugin_cost.without_plugin %.2f s\n' "$without"
awk -v a="$with" -v b="$without" 'BEGIN { printf "plugin_cost.extra %.2f s\n", a - b }'
