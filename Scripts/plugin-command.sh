#!/usr/bin/env bash
# Checks the command plugin, `swift package taskflow`, on the fixture packages:
#   check    passes on Fixtures/CreateVolume, fails on Fixtures/BrokenWiring with the diagnostic;
#   scan     prints JSON naming every task of CreateVolume;
#   diagram  writes one Mermaid (and DOT) file per flow, each naming its tasks;
#   runs     lists the durable runs the create-volume job journaled, one succeeded, one reverted.
#
# Usage: Scripts/plugin-command.sh        Prints PASS or FAIL; exits non-zero on FAIL.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd -P)"
create_volume="$root/Fixtures/CreateVolume"
broken="$root/Fixtures/BrokenWiring"
work="$(mktemp -d)"
log="$work/out.log"
trap 'rm -rf "$work"' EXIT

fail() {
    echo "--- output ---"
    cat "$log"
    echo "FAIL: $1"
    exit 1
}

# The plugin declares the permission to write to the package directory (for `lock`), which
# SwiftPM asks for on every verb; a script cannot answer, so it grants it up front.
taskflow() { # package, arguments...
    local package="$1"
    shift
    swift package --package-path "$package" --allow-writing-to-package-directory taskflow "$@" >"$log" 2>&1
}

tasks="extract_volume_request reserve_quota create_entry commit_quota cast_create_volume
       extract_scheduler_spec schedule_create_volume
       extract_volume_ref on_failure_reschedule extract_volume_spec notify_create_start create_from_spec create_on_finish"

echo "1. check"
taskflow "$create_volume" check --target CreateVolume || fail "check failed on CreateVolume"
grep -q 'CreateVolume: no problems found' "$log" || fail "check did not report CreateVolume as clean"
if taskflow "$broken" check; then fail "check passed on BrokenWiring"; fi
grep -Eq 'Orders\.swift:[0-9]+:[0-9]+: error: ' "$log" || fail "check on BrokenWiring printed no diagnostic"

echo "2. scan"
taskflow "$create_volume" scan --target CreateVolume || fail "scan failed"
for task in $tasks; do
    grep -q "\"$task\"" "$log" || fail "scan does not list $task"
done

echo "3. diagram"
for format in mermaid dot; do
    extension=$([ "$format" = mermaid ] && echo mmd || echo dot)
    taskflow "$create_volume" diagram --target CreateVolume --format "$format" --output "$work/$format" \
        || fail "diagram --format $format failed"
    for flow in volume_create_api volume_create_scheduler volume_create_manager; do
        [ -f "$work/$format/$flow.$extension" ] || fail "no $format diagram for $flow"
    done
    for task in $tasks; do
        grep -q -- "$task" "$work/$format"/*."$extension" || fail "no $format diagram names $task"
    done
done
if taskflow "$create_volume" diagram --format svg; then fail "diagram accepted --format svg"; fi

echo "4. runs"
swift run --package-path "$create_volume" create-volume --journal "$work/journal" >"$log" 2>&1 \
    || fail "create-volume --journal failed"
swift run --package-path "$create_volume" create-volume --journal "$work/journal" --fail cast_create_volume >"$log" 2>&1 \
    || fail "create-volume --journal --fail cast_create_volume failed"
taskflow "$create_volume" runs --journal "$work/journal" || fail "runs failed"
[ "$(grep -c 'volume_create_api' "$log")" = 2 ] || fail "runs does not list both journaled runs"
grep -Eq 'volume_create_api +success' "$log" || fail "runs does not show the run that succeeded"
grep -Eq 'volume_create_api +reverted' "$log" || fail "runs does not show the run that was reverted"
if taskflow "$create_volume" runs; then fail "runs accepted no --journal"; fi

echo "PASS: taskflow check, scan, diagram and runs work on the fixtures"
