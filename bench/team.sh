#!/usr/bin/env bash
# Team mode figures side by side in one run, on one throw-away PostgreSQL:
#   scripts/with-postgres.sh bench/team.sh build 10
# durable ingest (SQLite single seat, one and two receivers on PostgreSQL), cross-instance
# propagation at 100 changes/s (commit in A to the row in B's inbox model), and console
# start-up on 100,000 approvals over PostgreSQL.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
seconds="${2:-10}"
: "${GATEHOUSE_TEST_PG_URL:?run inside scripts/with-postgres.sh}"
"$here/bench/pg-ingest.sh" "$build" "$seconds"
echo "propagation A to B's inbox at 100/s: $("$build/bench/gatehouse-teambench" propagation \
    "$build/gatehouse" 100 "$seconds" 2>/dev/null | grep RESULT)"
echo "console start-up on PostgreSQL: $("$build/bench/gatehouse-teambench" startup 100000 \
    2>/dev/null | grep RESULT)"
