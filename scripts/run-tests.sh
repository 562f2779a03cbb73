#!/usr/bin/env bash
# Builds Gatehouse and runs every test. The keychain tests need a real Secret
# Service: a gnome-keyring-daemon, unlocked, in a private D-Bus session. The store and
# engine tests also run on a throw-away PostgreSQL server (scripts/with-postgres.sh),
# which they must reach: GATEHOUSE_REQUIRE_POSTGRES=1 turns a skip into a failure.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" ${CMAKE_EXTRA:-} >/dev/null
cmake --build "$build"

# Sanitizer builds: Qt's own allocations at exit are not ours to fix.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen GATEHOUSE_REQUIRE_KEYCHAIN=1
# Tests write settings and data under a throw-away home, never the user's own.
test_home="$(mktemp -d)"
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home" XDG_DATA_HOME="$test_home/data" XDG_CONFIG_HOME="$test_home/config" \
       XDG_RUNTIME_DIR="$test_home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

"$here/scripts/with-postgres.sh" dbus-run-session -- bash -c '
    echo -n "gatehouse-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd "'"$build"'" && ctest --output-on-failure --timeout 300 -j2
'
