#!/bin/sh
# Runs the declaration reader over real-world Swift and compares, file by file, the `func`
# declarations it finds with those the Swift compiler's own parser finds.
#
#   Scripts/real-world-scan.sh [WORKDIR]
#
# Extracts the .swift files of several public packages from the offline bare repositories
# under /opt/swift-packages (newest tag of each) into WORKDIR (default: a temporary
# directory; nothing is committed), builds the independent counter
# (RealWorldScan/count-functions.swift, linked against the toolchain's SwiftParser), then runs
# RealWorldScanTests with TASKFLOW_REAL_WORLD_COUNTS pointing at the counter's output. The test
# fails on any crash or difference and prints the totals.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d)}"
packages="${PACKAGES:-/opt/swift-packages}"
host="${SWIFT_HOST_LIBS:-$(dirname "$(command -v swiftc)")/../lib/swift/host}"

mkdir -p "$work/sources"
for repository in \
    apple/swift-nio apple/swift-collections apple/swift-argument-parser swiftlang/swift-syntax \
    vapor/vapor apple/swift-openapi-generator apple/swift-async-algorithms apple/swift-crypto \
    pointfreeco/swift-parsing vapor/fluent-kit
do
    git_dir="$packages/$repository.git"
    [ -d "$git_dir" ] || { echo "skipping $repository (not found)"; continue; }
    tag="$(git -C "$git_dir" tag --sort=-v:refname | head -n 1)"
    destination="$work/sources/$(echo "$repository" | tr / _)"
    mkdir -p "$destination"
    git -C "$git_dir" archive "$tag" -- '*.swift' | tar -x -C "$destination"
    echo "$repository $tag: $(find "$destination" -name '*.swift' | wc -l) files"
done

find "$work/sources" -name '*.swift' -type f | sort > "$work/files.txt"
swiftc -O "$root/Scripts/RealWorldScan/count-functions.swift" \
    -I "$host" -L "$host" -lSwiftSyntax -lSwiftParser -Xlinker -rpath -Xlinker "$host" \
    -o "$work/count-functions"
"$work/count-functions" "$work/files.txt" > "$work/expected.tsv"

cd "$root"
TASKFLOW_REAL_WORLD_COUNTS="$work/expected.tsv" swift test --filter RealWorldScanTests
