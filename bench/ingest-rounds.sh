#!/usr/bin/env bash
# Durable ingest side by side in one run: the trivial QHttpServer route (the ceiling of
# this HTTP stack), Gatehouse's durable POST /hooks/generic, and the Node peer (parse,
# append, fsync, 201). Rounds alternate the servers so that the machine's noise hits all
# of them alike; each line is the median of the rounds, and the ratios come from those.
#   bench/ingest-rounds.sh [build-dir] [seconds=5] [rounds=3]
# GATEHOUSE_BASELINE=/path/to/other/gatehouse adds a fourth server (an older build), for
# before/after figures in the same run. GATEHOUSE_PORT=N measures a Gatehouse the caller
# started (run-bench.sh goes on with that server: ack latency right after saturation).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
seconds="${2:-5}"
rounds="${3:-3}"
export QT_QPA_PLATFORM=offscreen GATEHOUSE_OPERATOR_TOKEN=bench GATEHOUSE_SECRET_GENERIC=bench-secret
export GATEHOUSE_DELIVERY_ALLOW=127.0.0.0/8,::1 # the webhooks name a loopback callback

work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port_of() { grep -o 'http://127.0.0.1:[0-9]*' "$1" | head -1 | grep -o '[0-9]*$'; }
wait_port() { for _ in $(seq 200); do grep -qs 'listening on' "$1" && return; sleep 0.1; done; cat "$1" >&2; exit 1; }
start_gatehouse() { # binary name
    "$1" --headless --port 0 --db "$work/$2.sqlite" --key-file "$work/vault.key" >"$work/$2.log" 2>&1 &
    pids+=($!)
}

names=(trivial gatehouse node)
"$build/bench/gatehouse-trivialserver" 0 >"$work/trivial.log" 2>&1 & pids+=($!)
[ -n "${GATEHOUSE_PORT:-}" ] && echo "listening on http://127.0.0.1:$GATEHOUSE_PORT" >"$work/gatehouse.log" ||
    start_gatehouse "$build/gatehouse" gatehouse
node "$here/bench/nodepeer.js" 0 "$work/node.jsonl" >"$work/node.log" 2>&1 & pids+=($!)
if [ -n "${GATEHOUSE_BASELINE:-}" ]; then
    start_gatehouse "$GATEHOUSE_BASELINE" baseline
    names+=(baseline)
fi
declare -A port
for n in "${names[@]}"; do wait_port "$work/$n.log"; port[$n]=$(port_of "$work/$n.log"); done

for r in $(seq "$rounds"); do
    for n in "${names[@]}"; do
        line=$(BENCH_PREFIX="r$r$n" BENCH_WEBHOOK_SECRET=bench-secret wrk -t2 -c32 -d"${seconds}s" \
            -s "$here/bench/ingest.lua" "http://127.0.0.1:${port[$n]}" | grep RESULT)
        echo "$line" >>"$work/$n.results"
        echo "  round $r $n: $line"
    done
done

median() { # field name-of-server
    grep -o "$1=[0-9.]*" "$work/$2.results" | cut -d= -f2 | sort -g | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'
}
declare -A rps
for n in "${names[@]}"; do
    rps[$n]=$(median rps "$n")
    echo "ingest median of $rounds, $n: rps=${rps[$n]} p50_ms=$(median p50_ms "$n") p99_ms=$(median p99_ms "$n") non2xx=$(median non2xx "$n")"
done
ratio() { awk "BEGIN{printf \"%.1f\", $1/$2}"; }
echo "ingest ratios: Gatehouse/trivial $(awk "BEGIN{printf \"%.1f%%\", 100*${rps[gatehouse]}/${rps[trivial]}}") (target >= 25%), Gatehouse/Node $(ratio "${rps[gatehouse]}" "${rps[node]}")x (target >= 4.5x)"
if [ -n "${GATEHOUSE_BASELINE:-}" ]; then
    echo "ingest ratios, baseline: baseline/trivial $(awk "BEGIN{printf \"%.1f%%\", 100*${rps[baseline]}/${rps[trivial]}}"), baseline/Node $(ratio "${rps[baseline]}" "${rps[node]}")x; this build/baseline $(ratio "${rps[gatehouse]}" "${rps[baseline]}")x"
fi
