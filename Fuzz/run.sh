#!/bin/sh
# Builds the front-end fuzzer with libFuzzer and AddressSanitizer and runs it for SECONDS
# (default 60) over the seed corpus. Crashes land in Fuzz/crash-*; add each as a regression
# test in Tests/TaskFlowGeneratorTests/Reading/FuzzRegressionTests.swift.
set -eu
cd "$(dirname "$0")"
seconds="${1:-60}"
build() { swift build -c debug --sanitize=fuzzer --sanitize=address; }
instrumented() { nm .build/debug/TaskFlowFuzz | grep -q __start___sancov_cntrs; }
build
# A link right after recompiling has been seen to come out without the coverage counters
# (libFuzzer then reports "no interesting inputs"), and relinking alone fixes it: relink once,
# and refuse to fuzz blind.
if ! instrumented; then
    rm -f "$(readlink -f .build/debug/TaskFlowFuzz)"
    build
    instrumented || { echo "error: the fuzzer binary has no coverage counters" >&2; exit 1; }
fi
mkdir -p corpus-work
exec .build/debug/TaskFlowFuzz corpus-work Corpus \
    -dict=swift.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
    -print_final_stats=1
