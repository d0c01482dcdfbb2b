#!/usr/bin/env bash
# Builds Fixtures/BrokenWiring, a consumer whose flow lists a task before the task that
# provides its input, and checks that `swift build` fails with the generator's diagnostic
# (`path:line:column: error: …`) on the flow annotation's `tasks` line.
#
# Usage: Scripts/plugin-broken-wiring.sh        Prints PASS or FAIL; exits non-zero on FAIL.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd -P)"
fixture="$root/Fixtures/BrokenWiring"
source_file="$fixture/Sources/BrokenWiring/Orders.swift"
marker='- tasks: charge_card, price_order'
expected_line="$(grep -n -F -- "$marker" "$source_file" | cut -d: -f1)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

fail() {
    echo "--- swift build output ---"
    cat "$log"
    echo "FAIL: $1"
    exit 1
}

[ -n "$expected_line" ] || { echo "FAIL: '$marker' not found in $source_file"; exit 1; }

echo "Building $fixture (expected to fail)..."
if swift build --package-path "$fixture" >"$log" 2>&1; then
    fail "the build succeeded, but the flow's wiring is wrong"
fi

# Match the path from the package down: SwiftPM may or may not resolve symlinks above it.
diagnostic="$(grep -F -- "/Sources/BrokenWiring/Orders.swift:$expected_line:" "$log" | grep -E ':[0-9]+:[0-9]+: error: ' | head -n 1)"
[ -n "$diagnostic" ] || fail "no 'error:' at $source_file:$expected_line (the annotation's tasks line)"

echo "$diagnostic"
echo "PASS: the build failed with the diagnostic on the annotation's line"
