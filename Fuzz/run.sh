#!/usr/bin/env bash
# Builds the front-end fuzzer with libFuzzer and AddressSanitizer and runs it for SECONDS
# (default 60) over the seed corpus. Crashes land in Fuzz/crash-*; add each as a regression
# test in Tests/TaskFlowGeneratorTests/Reading/FuzzRegressionTests.swift.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
# SwiftPM 6.3 passes only one of several `--sanitize` options to the compiler, a different
# one from build to build (so each build recompiles, and every other fuzzer has no coverage
# counters or no AddressSanitizer). Passing both to the compiler directly as well keeps every
# build complete.
swift build -c debug --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address
if ! nm .build/debug/TaskFlowFuzz | grep __start___sancov_cntrs > /dev/null; then
    echo "error: the fuzzer binary has no coverage counters" >&2
    exit 1
fi
mkdir -p corpus-work
exec .build/debug/TaskFlowFuzz corpus-work Corpus \
    -dict=swift.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
    -print_final_stats=1
