#!/usr/bin/env bash
# CPU time of Gatehouse's engine thread (and of the whole process) per webhook under
# `wrk -t2 -c32 -d5s` with bench/ingest.lua, how long the engine thread waited for a
# core (run queue, /proc/.../schedstat), the commit time per webhook and the mean group
# size (from /metrics). Unlike req/s, the CPU figure hardly moves when other
# work shares the machine, so before/after builds compare even on a loaded machine.
#   bench/engine-cpu.sh GATEHOUSE_BINARY [LABEL]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
export QT_QPA_PLATFORM=offscreen GATEHOUSE_OPERATOR_TOKEN=bench GATEHOUSE_SECRET_GENERIC=bench-secret
export GATEHOUSE_DELIVERY_ALLOW=127.0.0.0/8,::1 # the webhooks name a loopback callback
work="$(mktemp -d)"
"$1" --headless --port 0 --db "$work/g.sqlite" --key-file "$work/vault.key" >"$work/g.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -qs 'listening on' "$work/g.log" && break; sleep 0.1; done
port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/g.log" | head -1 | grep -o '[0-9]*$')
engine=$(ps -L -o tid,comm -p "$pid" | awk '/servi/ {print $1}') # the service (engine) thread
ticks() { awk '{print $14 + $15}' "$1"; } # utime + stime, in 10 ms ticks
e0=$(ticks "/proc/$pid/task/$engine/stat"); p0=$(ticks "/proc/$pid/stat")
w0=$(awk '{print $2}' "/proc/$pid/task/$engine/schedstat") # ns runnable, not running
line=$(BENCH_PREFIX="${2:-cpu}" BENCH_WEBHOOK_SECRET=bench-secret wrk -t2 -c32 -d5s \
    -s "$here/bench/ingest.lua" "http://127.0.0.1:$port" | grep RESULT)
e1=$(ticks "/proc/$pid/task/$engine/stat"); p1=$(ticks "/proc/$pid/stat")
w1=$(awk '{print $2}' "/proc/$pid/task/$engine/schedstat")
requests=$(echo "$line" | grep -o 'requests=[0-9]*' | cut -d= -f2)
metric() { curl -s -H "Authorization: Bearer bench" "http://127.0.0.1:$port/metrics" | awk -v m="$1" '$1 == m {print $2}'; }
commit_s=$(metric gatehouse_commit_seconds_sum)
groups=$(metric gatehouse_commit_group_size_count); grouped=$(metric gatehouse_commit_group_size_sum)
echo "${2:-gatehouse} $(echo "$line" | grep -o 'rps=[0-9]*')" \
    "engine_us_per_webhook=$(((e1 - e0) * 10000 / requests))" \
    "process_us_per_webhook=$(((p1 - p0) * 10000 / requests))" \
    "engine_runqueue_us_per_webhook=$(((w1 - w0) / 1000 / requests))" \
    "commit_us_per_webhook=$(awk "BEGIN{printf \"%.1f\", $commit_s * 1e6 / $requests}")" \
    "group=$(awk "BEGIN{printf \"%.1f\", $grouped / $groups}")" \
    "($(uptime | grep -o 'load.*'))"
