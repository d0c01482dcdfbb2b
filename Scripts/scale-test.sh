#!/usr/bin/env bash
# Generates a module of 5,000 tasks (one flow of 1,000 tasks among them, so its state is split
# into parts) and compiles the generated file with its sources in a debug build, printing the
# generation time, the compile time and the compiler's peak memory. Takes several minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
TASKFLOW_SCALE=1 swift test --skip-build --filter GenerationScaleTests 2>&1 | tee /dev/stderr | grep -q "Test run with 1 test.*passed"
echo "PASS scale test"
