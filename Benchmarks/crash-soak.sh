#!/usr/bin/env bash
# Crash soak: N trials of the durable crash probe, each killed with SIGKILL at a random moment
# (odd trials twice), then resumed to the end and checked: the outcome is that of an
# uninterrupted run, no task is recorded as succeeded twice, every effect happened once (twice
# only for a task or revert running at a kill), and the journal opens after every kill. One trial
# in two runs a flow that fails at step5, so kills also land in its reverts.
#
#   Benchmarks/crash-soak.sh N
#
# Ends with the line `N passed, M failed`; exits non-zero when a trial failed.
set -u
trials="${1:?usage: crash-soak.sh N}"
cd "$(dirname "$0")/.."
swift build --product taskflow-crash-probe >/dev/null || exit 2
probe="$(swift build --show-bin-path)/taskflow-crash-probe"
expected_ok="$("$probe" expected)"
expected_fail="$("$probe" expected --fail)"
passed=0
failed=0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for ((trial = 0; trial < trials; trial++)); do
    dir="$work/$trial"
    mkdir -p "$dir"
    run_id="$(python3 -c 'import uuid; print(uuid.uuid4())' 2>/dev/null || cat /proc/sys/kernel/random/uuid)"
    kills=$((1 + trial % 2))
    if (( trial % 4 >= 2 )); then mode=--fail; expected="$expected_fail"; else mode=; expected="$expected_ok"; fi
    verb=run
    ok=1
    for ((k = 0; k < kills; k++)); do
        "$probe" "$verb" "$dir" "$run_id" $mode >/dev/null 2>&1 &
        pid=$!
        sleep "0.$(printf '%03d' $((RANDOM % 120)))"
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        # The journal must open after a kill (verify reads it): no "corrupted".
        if "$probe" verify "$dir" "$run_id" "$kills" $mode 2>&1 | grep -q 'corrupted'; then ok=0; fi
        # Resume the run, or start it again if the kill came before its header was written.
        verb=continue
    done
    final="$("$probe" continue "$dir" "$run_id" $mode 2>&1)"
    verdict="$("$probe" verify "$dir" "$run_id" "$kills" $mode 2>&1)"
    if [ "$ok" = 1 ] && [ "$final" = "$expected" ] && [ "$verdict" = ok ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "trial $trial failed: final=$final verdict=$verdict" >&2
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
