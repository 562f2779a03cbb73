#!/usr/bin/env bash
# Durable ingest on PostgreSQL (team mode), the load of run-bench.sh's first step, side
# by side in one run: the SQLite single seat, one Gatehouse on a PostgreSQL database,
# then two Gatehouses on one database with half the connections each. Run inside
# scripts/with-postgres.sh (run-bench.sh does):
#   scripts/with-postgres.sh bench/pg-ingest.sh build 10
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
seconds="${2:-10}"
: "${GATEHOUSE_TEST_PG_URL:?run inside scripts/with-postgres.sh}"
export GATEHOUSE_OPERATOR_TOKEN="${GATEHOUSE_OPERATOR_TOKEN:-bench}"
export GATEHOUSE_SECRET_GENERIC="${GATEHOUSE_SECRET_GENERIC:-bench-secret}" QT_QPA_PLATFORM=offscreen

work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
port_of() { grep -o 'http://127.0.0.1:[0-9]*' "$1" | head -1 | grep -o '[0-9]*$'; }
wait_port() { for _ in $(seq 200); do grep -qs 'listening on' "$1" && return; sleep 0.1; done; cat "$1" >&2; exit 1; }
start() { # database (a PostgreSQL name, or a path for SQLite) log
    db="$1"; [[ "$db" == /* ]] || db="${GATEHOUSE_TEST_PG_URL%/*}/$1"
    "$build/gatehouse" --headless --port 0 --db "$db" \
        --key-file "$work/vault.key" >"$2" 2>&1 & pids+=($!)
    wait_port "$2"
}
rps() { grep -o 'rps=[0-9]*' | cut -d= -f2; }

psql -q "$GATEHOUSE_TEST_PG_URL" -c "CREATE DATABASE bench_one" -c "CREATE DATABASE bench_two"

start "$work/seat.sqlite" "$work/seat.log"
seat=$(BENCH_WEBHOOK_SECRET="$GATEHOUSE_SECRET_GENERIC" wrk -t2 -c32 -d"${seconds}s" \
    -s "$here/bench/ingest.lua" "http://127.0.0.1:$(port_of "$work/seat.log")" | grep RESULT)
echo "ingest, Gatehouse on SQLite, the single seat: $seat"
kill "${pids[0]}"

start bench_one "$work/one.log"
one=$(BENCH_WEBHOOK_SECRET="$GATEHOUSE_SECRET_GENERIC" wrk -t2 -c32 -d"${seconds}s" \
    -s "$here/bench/ingest.lua" "http://127.0.0.1:$(port_of "$work/one.log")" | grep RESULT)
echo "ingest, Gatehouse on PostgreSQL, one receiver: $one"
kill "${pids[1]}"

start bench_two "$work/a.log"
start bench_two "$work/b.log"
loads=()
for side in a b; do
    BENCH_PREFIX="$side-" BENCH_WEBHOOK_SECRET="$GATEHOUSE_SECRET_GENERIC" wrk -t1 -c16 \
        -d"${seconds}s" -s "$here/bench/ingest.lua" "http://127.0.0.1:$(port_of "$work/$side.log")" \
        >"$work/wrk-$side.txt" &
    loads+=($!)
done
wait "${loads[@]}"
a=$(grep RESULT "$work/wrk-a.txt"); b=$(grep RESULT "$work/wrk-b.txt")
echo "ingest, Gatehouse on PostgreSQL, two receivers on one database: A $a"
echo "ingest, Gatehouse on PostgreSQL, two receivers on one database: B $b"
echo "ingest, two receivers together: rps=$(( $(echo "$a" | rps) + $(echo "$b" | rps) ))"
rows=$(psql -qtA "${GATEHOUSE_TEST_PG_URL%/*}/bench_two" -c "SELECT count(*) FROM approvals")
echo "ingest, two receivers: $rows approvals stored"
