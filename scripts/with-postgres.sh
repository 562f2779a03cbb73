#!/usr/bin/env bash
# Runs a command next to a throw-away PostgreSQL 15 server: initdb into a temporary
# folder, listen on a free port of 127.0.0.1 and on a unix socket in that folder, SCRAM
# authentication, and stop and delete it all when the command ends.
#
#   scripts/with-postgres.sh ctest -j2
#
# The command sees GATEHOUSE_TEST_PG_URL (a libpq URI of the superuser's "postgres"
# database, without the password), PGPASSWORD (libpq reads it itself) and
# GATEHOUSE_REQUIRE_POSTGRES=1 (a test that cannot reach PostgreSQL fails, not skips) and
# GATEHOUSE_TEST_PG_RESTART (a command that restarts this server, for tst_teamlive, which
# runs it against a server of its own).
# PostgreSQL refuses to run as root: as root the server runs as the user "nobody" (or
# GATEHOUSE_PG_USER).
set -euo pipefail

pg_bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ ! -x "$pg_bin/initdb" ]; then
    echo "with-postgres: no PostgreSQL server found (install the Debian package 'postgresql')" >&2
    exit 1
fi

run_as=()
if [ "$(id -u)" -eq 0 ]; then
    run_as=(setpriv --reuid="${GATEHOUSE_PG_USER:-nobody}" --regid="$(id -g "${GATEHOUSE_PG_USER:-nobody}")"
            --clear-groups --)
fi

pg_dir="$(mktemp -d /tmp/gatehouse-pg.XXXXXX)"
chmod 700 "$pg_dir"
[ ${#run_as[@]} -eq 0 ] || chown "${GATEHOUSE_PG_USER:-nobody}:" "$pg_dir"

stop_server() {
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
        "${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
}
trap stop_server EXIT
# Interrupted (Ctrl-C, a CI timeout): the server must not outlive us either.
trap 'exit 130' INT
trap 'exit 143' TERM

# A free port: the kernel picks one, the server takes it a moment later.
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
password="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
printf '%s\n' "$password" > "$pg_dir/pwfile"
[ ${#run_as[@]} -eq 0 ] || chown "${GATEHOUSE_PG_USER:-nobody}:" "$pg_dir/pwfile"

"${run_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U gatehouse --pwfile="$pg_dir/pwfile" \
    --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log" >&2; exit 1; }
rm -f "$pg_dir/pwfile"

# fsync stays on: the tests check that an acknowledged webhook is durable.
"${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c max_connections=200" >/dev/null ||
    { cat "$pg_dir/server.log" >&2; exit 1; }

# For the tests that restart the server under load (tst_teamlive): one command that does it.
cat > "$pg_dir/restart" <<RESTART
#!/bin/sh
exec ${run_as[*]} "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -m fast -w -t 60 restart >/dev/null
RESTART
chmod 755 "$pg_dir/restart"

export GATEHOUSE_TEST_PG_URL="postgresql://gatehouse@127.0.0.1:$port/postgres"
export GATEHOUSE_TEST_PG_RESTART="$pg_dir/restart"
export GATEHOUSE_TEST_PG_SOCKET_DIR="$pg_dir"
export PGPASSWORD="$password"
export GATEHOUSE_REQUIRE_POSTGRES=1
echo "with-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

status=0
"$@" || status=$?
exit $status
