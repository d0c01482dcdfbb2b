#!/usr/bin/env bash
# with-postgres.sh CMD [ARGS…]: runs CMD with a throwaway PostgreSQL server beside it.
#
# Installs PostgreSQL 15 from Debian's packages when it is missing, creates a cluster in a new
# temporary directory, starts it listening on a unix socket there only (no TCP port), exports
# what postgres-nio's own tests read — POSTGRES_SOCKET (the socket file), POSTGRES_USER,
# POSTGRES_DB — runs CMD, then stops the server and deletes the cluster, whatever CMD did.
# CMD's exit status is the script's. With WITH_POSTGRES_FSYNC=on the server syncs its commits to
# disk, as a production server does (for latency figures); by default it does not (for tests).
#
#   Packages/TaskFlowPostgres/Scripts/with-postgres.sh swift test --package-path Packages/TaskFlowPostgres
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 CMD [ARGS…]" >&2
    exit 64
fi

pgbin=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/pg_ctl" ] && pgbin="$candidate"
done
if [ -z "$pgbin" ]; then
    echo "with-postgres: installing PostgreSQL from Debian's packages" >&2
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends postgresql-15 >/dev/null
    pgbin=/usr/lib/postgresql/15/bin
fi

# initdb and pg_ctl refuse to run as root: as root, run them as the `postgres` user.
as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cluster="$(mktemp -d /tmp/tfpg.XXXXXX)"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$cluster"
stop() {
    as_server_user "$pgbin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$cluster"
}
trap stop EXIT

# The server's user must be able to enter the working directory.
(
    cd /tmp
    as_server_user "$pgbin/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
    # Tests kill workers, never the server: fsync is not needed. Enough connections for the
    # tests' pools, listeners and worker processes at once.
    fsync="-c fsync=off"
    [ "${WITH_POSTGRES_FSYNC:-off}" = on ] && fsync=""
    as_server_user "$pgbin/pg_ctl" -D "$cluster/data" -l "$cluster/log" -w -t 60 start -o \
        "-c listen_addresses='' -c unix_socket_directories='$cluster' -c port=5432 -c max_connections=200 $fsync" \
        >/dev/null
) || { echo "with-postgres: the server did not start; its log:" >&2; cat "$cluster/log" >&2 || true; exit 1; }

export POSTGRES_SOCKET="$cluster/.s.PGSQL.5432"
export POSTGRES_USER=postgres
export POSTGRES_DB=postgres
echo "with-postgres: $("$pgbin/psql" -h "$cluster" -U postgres -d postgres -Atc 'select version()' | cut -d, -f1) on $POSTGRES_SOCKET" >&2

set +e
"$@"
status=$?
set -e
exit $status
