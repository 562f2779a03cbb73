#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded
# time (default 60 s; FUZZ_SECONDS=N to change). Prints executions and crashes.
# Usage: scripts/fuzz.sh [seconds]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="$here/build-fuzz"
seconds="${1:-${FUZZ_SECONDS:-60}}"
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt-get install clang)"; exit 2; }

CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DGATEHOUSE_FUZZ=ON >/dev/null
cmake --build "$build" --target fuzz_connectors fuzz_httpframing | grep -E "error|warning" || true

status=0
for target in fuzz_connectors fuzz_httpframing; do
    corpus="$build/corpus-$target"
    mkdir -p "$corpus"
    if [ "$target" = fuzz_connectors ]; then
        # Seeds: the requests the README documents.
        printf '\x00{"title":"Deploy","callbackUrl":"http://127.0.0.1/cb","timeoutMinutes":5}' > "$corpus/generic"
        printf '\x01PlanUrl: https://dev.azure.com/org/\nProjectId: p\nHubName: checks\nPlanId: a\nJobId: b\nTaskInstanceId: c\nAuthToken: t\n\n{"title":"x"}' > "$corpus/azure"
        printf '\x03{"taskid":"8900","description":"DiPocket to PROD"}' > "$corpus/flexdeploy"
        printf '\x04{"target":"adf","data":{"a":1},"expiresInMinutes":60}' > "$corpus/pause"
        printf '\x05webhook-id: msg_1\nwebhook-timestamp: 1700000000\nwebhook-signature: v1,abc\n\n{}' > "$corpus/standard"
    else
        # Seeds: the heads of issue #12 (first byte 0x03: three read sizes follow).
        post='\x03\x07\x10\x01POST /healthz HTTP/1.1\r\nHost: x\r\n'
        printf "${post}Content-Length: 2500000000\r\nContent-Length: 1\r\n\r\nx" > "$corpus/duplicate-length"
        printf "${post}Content-Length: 1\r\n 2500000000\r\n\r\nx" > "$corpus/folded-length"
        printf "${post}X-A: b\r\n\tContent-Length: 9\r\n\r\nx" > "$corpus/folded-line"
        printf '\x01\x05GET /api/approvals HTTP/1.1\nHost: x\n\n' > "$corpus/bare-lf"
        printf "${post}Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n" > "$corpus/te-and-length"
        printf "${post}Content-Length: 5\r\n\r\nhelloGET /healthz HTTP/1.1\r\n\r\n" > "$corpus/pipelined"
        printf '\x00GET /healthz HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n' > "$corpus/upgrade"
        printf '\x00\r\nGET  /healthz HTTP/1.1\r\nContent-Length : 3\r\n\r\nabc' > "$corpus/spaces"
    fi
    log="$build/$target.log"
    if ASAN_OPTIONS=detect_leaks=0 "$build/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 \
            -rss_limit_mb=2048 -artifact_prefix="$build/" "$corpus" >"$log" 2>&1; then
        result=ok
    else
        result=CRASH
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    echo "$target: $runs executions in ${seconds} s, result: $result"
done
exit $status
