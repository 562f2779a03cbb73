#!/usr/bin/env bash
# Renders the console with realistic sample data under Xvfb and saves
# docs/screenshot.png (or $1). Starts a virtual display (:99, 1400x900x24), a tiny callback
# target, and the real window on a temporary database (tools/screenshotapp.cpp), posts
# sample webhooks with curl, decides two of them through the API, captures the screen
# with ImageMagick's import, then stops everything it started.
# GATEHOUSE_SCREENSHOT_SIZE=WxH sets the screen and window size (default 1400x900).
# GATEHOUSE_SCREENSHOT_SETTINGS_TAB=N also opens File > Settings on tab N.
# `scripts/screenshot.sh --all` renders the README's set: docs/inbox-{en,de}-{1000x700,
# 1600x1000}.png (English and German, a narrow and a large window) and the German
# Policies page, docs/settings-policies-de-1000x700.png.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ "${1:-}" = "--all" ]; then
    for lang in en de; do
        locale=C.UTF-8
        [ "$lang" = de ] && locale=de_DE.UTF-8
        for size in 1000x700 1600x1000; do
            LANG="$locale" LC_ALL="" LANGUAGE="" GATEHOUSE_SCREENSHOT_SIZE="$size" \
                "$0" "$here/docs/inbox-$lang-$size.png"
        done
    done
    # The Policies page in German (long labels) in the narrow window.
    LANG=de_DE.UTF-8 LC_ALL="" LANGUAGE="" GATEHOUSE_SCREENSHOT_SIZE=1000x700 \
        GATEHOUSE_SCREENSHOT_SETTINGS_TAB=2 "$0" "$here/docs/settings-policies-de-1000x700.png"
    exit 0
fi
size="${GATEHOUSE_SCREENSHOT_SIZE:-1400x900}"
build="${BUILD_DIR:-$here/build}"
out="${1:-$here/docs/screenshot.png}"
port="${GATEHOUSE_SCREENSHOT_PORT:-18470}"
display="${GATEHOUSE_SCREENSHOT_DISPLAY:-:99}"
target_port=$((port + 1))
token="screenshot-operator-token-0123456789"
# The webhook secret the samples are sent with (GATEHOUSE_SECRET_<CONNECTOR>, where
# inbound authentication is configured; ignored where it is not).
hook_secret="screenshot-webhook-secret-0123456789"

cmake --build "$build" --target gatehouse-screenshot >/dev/null
tmp="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

if [ -e "/tmp/.X${display#:}-lock" ]; then
    echo "screenshot: display $display is taken; set GATEHOUSE_SCREENSHOT_DISPLAY" >&2
    exit 1
fi
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

# The callback target: accepts every decision with 200.
python3 - "$target_port" >"$tmp/target.log" 2>&1 <<'PY' &
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        self.send_response(200); self.send_header('Content-Type', 'application/json')
        self.end_headers(); self.wfile.write(b'{}')
    def log_message(self, *a): pass
http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
PY
pids+=($!)

export DISPLAY="$display" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" LANG="${LANG:-C.UTF-8}"
export GATEHOUSE_OPERATOR_TOKEN="$token" QT_QPA_PLATFORM=xcb
export GATEHOUSE_SECRET_GENERIC="$hook_secret" GATEHOUSE_SECRET_AZURE="$hook_secret"
export GATEHOUSE_DELIVERY_ALLOW=127.0.0.0/8,::1 # the callback target is a local fake
if [ -n "${GATEHOUSE_SCREENSHOT_SETTINGS_TAB:-}" ]; then
    # A policy to show on Settings > Policies (with its longest rows: four eyes, a quorum,
    # a time window gate). Its pipeline matches none of the samples below.
    mkdir -p "$XDG_CONFIG_HOME/Gatehouse"
    cat >"$XDG_CONFIG_HOME/Gatehouse/policies.json" <<'JSON'
{ "policies": [
    { "name": "production change window", "match": { "pipeline": "nightly-reports", "environment": "production" },
      "samplingIntervalSecs": 300, "timeoutSecs": 7200, "order": "gatesThenApproval",
      "fourEyes": true, "quorum": 2, "approvers": ["release-managers"],
      "gates": [ { "name": "change window", "type": "timeWindow", "days": ["mon", "tue", "wed", "thu"],
                   "from": "08:00", "to": "16:00", "timeZone": "Europe/Berlin" } ] }
] }
JSON
fi
"$build/tools/gatehouse-screenshot" --port "$port" --db "$tmp/g.sqlite" --key-file "$tmp/vault.key" \
    --expect 10 --select "Deploy shop 3.1" --size "$size" ${GATEHOUSE_SCREENSHOT_SETTINGS_TAB:+--settings-tab "$GATEHOUSE_SCREENSHOT_SETTINGS_TAB"} >"$tmp/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q LISTENING "$tmp/app.log" && break; sleep 0.1; done

base="http://127.0.0.1:$port"
cb="http://127.0.0.1:$target_port/decisions"
generic() {
    curl -sf -o /dev/null -H 'Content-Type: application/json' -H "X-Gatehouse-Secret: $hook_secret" \
        -d "$1" "$base/hooks/generic"
}
generic '{"title":"Deploy shop 3.1 to production","externalId":"shop-4711-prod","runId":"4711","pipeline":"shop","stage":"prod","environment":"production","requestedBy":"alice","timeoutMinutes":45,"runUrl":"https://ci.example.com/shop/-/pipelines/4711","description":"Release 3.1: new checkout flow, 14 fixes.\nChange ticket CHG-2291 approved by CAB.\nRollback: redeploy 3.0.9.","callbackUrl":"'"$cb"'"}'
generic '{"title":"Shop schema migration 2024-11","externalId":"shop-4711-db","runId":"4711","pipeline":"shop","stage":"prod","environment":"production","requestedBy":"alice","callbackUrl":"'"$cb"'"}'
generic '{"title":"Payments smoke tests signed off","externalId":"pay-882-stg","pipeline":"payments","stage":"staging","environment":"staging","requestedBy":"bob","timeoutMinutes":8,"callbackUrl":"'"$cb"'"}'
generic '{"title":"Release mobile-api 7.2","externalId":"mapi-72","pipeline":"mobile-api","stage":"prod","environment":"production","requestedBy":"carol","timeoutMinutes":240,"callbackUrl":"'"$cb"'"}'
generic '{"title":"Hotfix billing 3.0.7","externalId":"bill-307","pipeline":"billing","stage":"prod","environment":"production","requestedBy":"dave","timeoutMinutes":3,"callbackUrl":"'"$cb"'"}'
generic '{"title":"Rotate TLS certificates","externalId":"infra-tls-11","pipeline":"infra","stage":"prod","environment":"shared","requestedBy":"erin","callbackUrl":"'"$cb"'"}'
generic '{"title":"Search index rebuild","externalId":"search-19","pipeline":"search","stage":"canary","environment":"canary","requestedBy":"frank","callbackUrl":"'"$cb"'"}'
generic '{"title":"Reporting nightly export schedule","externalId":"rep-5","pipeline":"reporting","stage":"prod","environment":"production","requestedBy":"gina","callbackUrl":"'"$cb"'"}'
azure() {
    curl -sf -o /dev/null "$base/hooks/azure/$1" -H 'Content-Type: application/json' \
        -H "X-Gatehouse-Secret: $hook_secret" \
        -H "PlanUrl: http://127.0.0.1:$target_port/azure/" -H 'ProjectId: 6f1e0c2a' -H 'HubName: build' \
        -H "PlanId: plan-$2" -H "JobId: job-$2" -H "TimelineId: tl-$2" -H "TaskInstanceId: task-$2" \
        -H 'AuthToken: sample-job-token' -H "BuildId: $2" -d "$3"
}
azure check 5120 '{"title":"web 1.4.2: production check","pipeline":"web","stage":"prod","environment":"production","requestedBy":"Azure Pipelines"}'
azure gate 5121 '{"title":"web 1.4.2: change window gate","pipeline":"web","stage":"prod","environment":"production"}'

decide() {
    curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "$3" "$base/api/approvals/$1/$2"
}
decide 7 approve '{"decidedBy":"erin","comment":"canary green for 24 h"}'
decide 6 reject '{"decidedBy":"erin","comment":"wait for the freeze to end"}'

for _ in $(seq 150); do grep -q READY "$tmp/app.log" && break; sleep 0.1; done
grep -q READY "$tmp/app.log" || { cat "$tmp/app.log"; echo "screenshot: the window never got ready" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "screenshot: $out"
