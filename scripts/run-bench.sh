#!/usr/bin/env bash
# Runs every benchmark side by side on this machine and prints the figures (also to
# bench/results/latest.txt). Usage: make bench   (or scripts/run-bench.sh [seconds])
# INGEST_SECONDS (5) and INGEST_ROUNDS (3) shape the ingest comparison; [seconds] the rest.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
seconds="${1:-10}"
# The bench's own tools (not needed by the tests): wrk, and Node for the peer receiver.
for tool in wrk:wrk node:nodejs; do
    command -v "${tool%%:*}" >/dev/null || { sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo);
        DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${tool#*:}" >/dev/null; }
done
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target gatehouse gatehouse-trivialserver gatehouse-loadgen gatehouse-consolebench gatehouse-teambench >/dev/null

work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$here/bench/results"
results="$here/bench/results/latest.txt"
{
trap cleanup EXIT # this block is a subshell (the pipe to tee): its servers are its own to stop
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
export QT_QPA_PLATFORM=offscreen GATEHOUSE_OPERATOR_TOKEN=bench GATEHOUSE_SECRET_GENERIC=bench-secret
export GATEHOUSE_DELIVERY_ALLOW=127.0.0.0/8,::1 # callbacks go to local fakes

port_of() { grep -o 'http://127.0.0.1:[0-9]*' "$1" | head -1 | grep -o '[0-9]*$'; }
wait_port() { for _ in $(seq 100); do [ -s "$1" ] && grep -q 'listening on' "$1" && return; sleep 0.1; done; }

# 1. Ingest: the trivial QHttpServer route, durable Gatehouse and the Node peer, side by
# side (wrk -t2 -c32, 5 s, 3 rounds, medians); then the same Gatehouse goes on below.
"$build/gatehouse" --headless --port 0 --db "$work/g.sqlite" --key-file "$work/vault.key" \
    >"$work/gatehouse.log" 2>&1 & pids+=($!)
wait_port "$work/gatehouse.log"; gatehouse=$(port_of "$work/gatehouse.log")
GATEHOUSE_PORT=$gatehouse "$here/bench/ingest-rounds.sh" "$build" "${INGEST_SECONDS:-5}" "${INGEST_ROUNDS:-3}"

# 2. Ack latency at a fixed 1,000 webhooks/s (open loop: latency from the scheduled send).
echo "ack latency at 1000/s, right after the ingest run: $("$build/bench/gatehouse-loadgen" "$gatehouse" 1000 "$seconds" 64 bench-secret | grep RESULT)"

# 1b. Team mode: the same ingest on PostgreSQL (one receiver, two on one database) beside
# the SQLite seat, propagation between instances, console start-up over PostgreSQL.
"$here/scripts/with-postgres.sh" "$here/bench/team.sh" "$build" "$seconds" 2>/dev/null ||
    echo "ingest on PostgreSQL: not measured (scripts/with-postgres.sh failed)"

# 3. Decision (the Approve button's engine call) to the callback arriving.
echo "decision to callback: $("$build/bench/gatehouse-consolebench" decision 2>/dev/null | grep RESULT)"

# 4. Start-up and memory with a year of history; 5. filtering as you type.
for n in 1000 10000 100000; do
    echo "scale: $("$build/bench/gatehouse-consolebench" scale $n 2>/dev/null | grep RESULT)"
done
for n in 1000 10000 100000; do
    echo "filter: $("$build/bench/gatehouse-consolebench" filter $n 2>/dev/null | grep RESULT)"
done

# 6. The window's GUI thread while 1,000 webhooks/s arrive and 10,000 approvals are listed.
portfile="$work/stall.port"
"$build/bench/gatehouse-consolebench" stall "$portfile" >"$work/stall.log" 2>/dev/null & stallpid=$!
for _ in $(seq 600); do [ -s "$portfile" ] && break; sleep 0.1; done
"$build/bench/gatehouse-loadgen" "$(cat "$portfile")" 1000 "$seconds" 64 bench-secret >"$work/stall-load.log" || true
rm -f "$portfile"; wait $stallpid || true
echo "window under load: $(grep RESULT "$work/stall.log") load: $(grep RESULT "$work/stall-load.log")"
} | tee "$results"
