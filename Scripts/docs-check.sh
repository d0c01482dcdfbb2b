#!/usr/bin/env bash
# Builds the TaskFlow DocC catalog against the module's symbol graph and fails on any warning:
# a ``symbol`` link that resolves to nothing, a malformed directive, a topic that names a
# missing article.
#
# Usage: Scripts/docs-check.sh        (builds TaskFlow in .build-docs, a scratch path of its own)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd -P)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build --package-path "$root" --scratch-path "$root/.build-docs" --target TaskFlow \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$work/graphs-all"
# Only the documented module's own graph: TaskFlowJournalFormat is an internal dependency.
mkdir "$work/graphs"
cp "$work/graphs-all/TaskFlow.symbols.json" "$work/graphs/"
docc convert "$root/Sources/TaskFlow/TaskFlow.docc" \
    --additional-symbol-graph-dir "$work/graphs" \
    --fallback-display-name TaskFlow --fallback-bundle-identifier org.swift-taskflow.TaskFlow \
    --output-dir "$work/site" --analyze --warnings-as-errors
echo "DocC catalog: no warnings"
