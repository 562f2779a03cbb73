#!/usr/bin/env bash
# Runs one Qt Test executable. With GATEHOUSE_TEST_ORDER=shuffle (scripts/run-tests.sh
# sets it), its test functions run in a random order, so that a function that only
# passes after the ones before it fails in CI. The order and its seed are printed;
# GATEHOUSE_TEST_SEED=<seed> replays an order. Arguments after the executable go to it
# unchanged (and then the order is theirs).
set -euo pipefail
binary="$1"
shift
if [[ "${GATEHOUSE_TEST_ORDER:-}" != shuffle || $# -gt 0 ]]; then
    exec "$binary" "$@"
fi
seed="${GATEHOUSE_TEST_SEED:-$RANDOM$RANDOM}"
# -functions lists "name()" per test function (data functions and init/cleanup excluded).
mapfile -t functions < <("$binary" -functions | sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)()$/\1/p')
mapfile -t order < <(printf '%s\n' "${functions[@]}" | shuf --random-source=<(yes "$seed"))
echo "function order (GATEHOUSE_TEST_SEED=$seed): ${order[*]}"
exec "$binary" "${order[@]}"
