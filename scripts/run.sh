#!/usr/bin/env bash
# Builds Gatehouse and starts it: the window when there is a display, headless
# (receiver, engine and delivery) when there is none. Extra arguments go to gatehouse.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build "$build" --target gatehouse
exec "$build/gatehouse" "$@"
