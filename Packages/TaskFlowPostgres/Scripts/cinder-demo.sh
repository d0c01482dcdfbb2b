#!/usr/bin/env bash
# cinder-demo.sh: Cinder's create-volume as separate services over one PostgreSQL job board, with
# a volume service killed with SIGKILL while its driver is creating a volume.
#
# Installs the taskflow schema and the demo's tables (volumes, quota, reservations) in a fresh
# schema, starts an API service, a scheduler service and two volume services (each a FlowWorker
# of one flow's queue, lease 2 s), asks for 3 volumes, waits until a run of volume_create_manager
# is running on volume service #1 and kills that process with SIGKILL. Volume service #2 takes
# the run over once the lease has expired and resumes it from the journal (the driver's task runs
# again; what it had finished does not). Passes when every run finished, every volume is
# `available` (or `error` with its quota released, never stuck `creating`) and the quota adds up.
# Stops the remaining services with SIGTERM.
#
#   cinder-demo.sh [--with-failure]
#
# --with-failure also asks for a fourth volume whose driver fails: its manager run reverts, and
# the volume must end `error` with its quota released.
#
# Needs the server in POSTGRES_SOCKET (Scripts/with-postgres.sh sets it); without it, the script
# runs itself under with-postgres.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
package="$(dirname "$here")"

if [ -z "${POSTGRES_SOCKET:-}" ]; then
    exec "$here/with-postgres.sh" "$0" "$@"
fi

with_failure=false
case "${1:-}" in
    "") ;;
    --with-failure) with_failure=true ;;
    *) echo "usage: $0 [--with-failure]" >&2; exit 64 ;;
esac

step() { printf '\n==> %s\n' "$*"; }

step "Building cinder-demo"
swift build --package-path "$package" --product cinder-demo >/dev/null
demo="$(swift build --package-path "$package" --show-bin-path)/cinder-demo"

# A schema of its own, so that runs on a server shared with other work start from nothing.
export CINDER_DEMO_SCHEMA="cinder_demo_$$"
logs="$(mktemp -d)"
services=()
stop_services() {  # SIGTERM: each service hands back what it holds and exits
    local pid code
    for pid in "${services[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${services[@]}"; do
        code=0
        wait "$pid" 2>/dev/null || code=$?
        echo "$(cat "$logs/pid.$pid") exited with status $code"
    done
    services=()
}
trap 'stop_services; rm -rf "$logs"' EXIT

start() {  # start KIND NAME [OPTIONS…]: a service in the background, its output in $logs/NAME.log
    local kind="$1" name="$2"
    shift 2
    "$demo" service "$kind" --name "$name" "$@" >"$logs/$name.log" 2>&1 &
    services+=($!)
    eval "pid_${name//-/_}=$!"
    echo "$name" >"$logs/pid.$!"
    echo "started $kind service $name (pid $!)"
}

step "Setup: the taskflow schema (${CINDER_DEMO_SCHEMA}_taskflow) and the demo's tables ($CINDER_DEMO_SCHEMA)"
"$demo" setup --gigabytes 100 --volumes 10

step "Starting the services: api, scheduler, and two volume services (one volume at a time each)"
start api api
start scheduler scheduler
start volume volume-1 --concurrency 1
start volume volume-2 --concurrency 1

step "Asking for 3 volumes of 10 GB: runs of volume_create_api on the api queue"
"$demo" create --count 3 --size 10 --name demo
if $with_failure; then
    step "Asking for one more volume, whose driver will fail"
    "$demo" create --count 1 --size 5 --name doomed --fail-in-driver
fi
echo "each API run casts to the scheduler (a run on the scheduler queue), which casts to a volume service (a run on the volume queue)"

step "Waiting until volume-1 is working on a volume"
found="$("$demo" wait --manager-running-on volume-1 --timeout 60)" || { echo "$found"; cat "$logs"/*.log; exit 1; }
echo "$found"
volume="$(sed -n 's/.*(volume \([0-9a-f-]*\)).*/\1/p' <<<"$found")"
sleep 0.4  # past extract_volume_ref, into the driver's 1-2 s
step "kill -9 volume-1 (pid $pid_volume_1) while its driver creates volume ${volume:0:8}"
kill -KILL "$pid_volume_1"
wait "$pid_volume_1" 2>/dev/null || true
alive=()
for pid in "${services[@]}"; do [ "$pid" = "$pid_volume_1" ] || alive+=("$pid"); done
services=("${alive[@]}")
echo "volume-1's last words:"
tail -3 "$logs/volume-1.log" | sed 's/^/    /'
echo "its run stays 'running' on the board until its 2 s lease expires; then volume-2 rescues and resumes it"

step "Waiting for every run to finish"
started=$SECONDS
"$demo" wait --timeout 90 || { cat "$logs"/*.log; exit 1; }
echo "all runs finished $(( SECONDS - started )) s after the kill"
echo "volume-2 on volume ${volume:0:8}, resumed from the journal (what volume-1 finished does not run again):"
grep -F "${volume:0:8}" "$logs/volume-2.log" | sed 's/^/    /' || echo "    (nothing)"
taken_over=true
grep -qF "create_on_finish: volume ${volume:0:8} is available" "$logs/volume-2.log" || taken_over=false

step "What each service did"
for name in api scheduler volume-1 volume-2; do
    echo "--- $name"
    sed 's/^/    /' "$logs/$name.log"
done

step "Volumes and quota"
status=0
"$demo" status --check || status=$?

if ! $taken_over; then
    echo "check: volume-2 did not finish volume ${volume:0:8}, the one volume-1 was killed on"
    status=1
fi

step "Stopping the services with SIGTERM"
stop_services
if [ "$status" -eq 0 ]; then echo "PASS"; else echo "FAIL"; fi
exit "$status"
