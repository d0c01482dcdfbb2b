#!/usr/bin/env bash
# failover-soak.sh N: N trials of two worker processes sharing one job board; one of them dies
# or stalls at a random moment, and the other must finish every run.
#
# Each trial installs a fresh schema, posts 8 runs of a durable 6-task flow whose tasks record
# their effects in a table, and starts two workers (lease 1 s). At a random moment one worker is
# killed with SIGKILL — or, in every third trial, paused with SIGSTOP for 2.5 s (past its lease)
# and then resumed, when it must find its lease lost and write nothing more. The trial passes when
# every run is done with the outputs of an uninterrupted run, no task's success is recorded
# twice, and each effect is recorded once (twice only for the task that was running when its
# worker died or stalled). Prints `N passed, M failed`; fails when any trial did.
#
# Needs the server in POSTGRES_SOCKET (Scripts/with-postgres.sh sets it); without it, the script
# runs itself under with-postgres.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
package="$(dirname "$here")"
trials="${1:-10}"

if [ -z "${POSTGRES_SOCKET:-}" ]; then
    exec "$here/with-postgres.sh" "$0" "$@"
fi

swift build --package-path "$package" --product taskflow-pg-probe >/dev/null
probe="$(swift build --package-path "$package" --show-bin-path)/taskflow-pg-probe"

passed=0
failed=0
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
for trial in $(seq 1 "$trials"); do
    schema="soak_${trial}_$$"
    "$probe" setup "$schema" 8
    "$probe" work "$schema" >"$logs/a.log" 2>&1 &
    a=$!
    "$probe" work "$schema" >"$logs/b.log" 2>&1 &
    b=$!
    # Somewhere between the first record and the last (8 runs write about 140).
    "$probe" progress "$schema" $(( RANDOM % 100 + 1 ))
    if [ $(( trial % 3 )) -eq 0 ]; then
        how="paused A"
        kill -STOP "$a"
        sleep 2.5
        kill -CONT "$a"
    else
        how="killed A"
        kill -KILL "$a"
        wait "$a" 2>/dev/null || true
    fi
    if "$probe" wait "$schema" 40 && verdict="$("$probe" verify "$schema")"; then
        passed=$(( passed + 1 ))
        echo "trial $trial ($how): $verdict"
    else
        failed=$(( failed + 1 ))
        echo "trial $trial ($how): FAILED"
        "$probe" verify "$schema" || true
        echo "--- worker A"; tail -20 "$logs/a.log"; echo "--- worker B"; tail -20 "$logs/b.log"
    fi
    kill -TERM "$a" "$b" 2>/dev/null || true
    wait "$a" "$b" 2>/dev/null || true
    "$probe" teardown "$schema"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
