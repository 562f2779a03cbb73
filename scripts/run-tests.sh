#!/usr/bin/env bash
# Builds Gatehouse and runs every test. The keychain tests need a real Secret
# Service: a gnome-keyring-daemon, unlocked, in a private D-Bus session. The store and
# engine tests also run on a throw-away PostgreSQL server (scripts/with-postgres.sh).
#
# This run requires every part it sets up (GATEHOUSE_REQUIRE): a test that would skip
# for want of Chromium, the keyring, PostgreSQL, Python (crash test) or the gatehouse
# binary fails instead, so a machine that lacks one goes red rather than silently
# testing less. Test functions run in a shuffled order (the seed is printed;
# GATEHOUSE_TEST_SEED replays it). At the end, every skip that remains is listed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" ${CMAKE_EXTRA:-} >/dev/null
cmake --build "$build"

# Sanitizer builds: Qt's own allocations at exit are not ours to fix.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen GATEHOUSE_REQUIRE_KEYCHAIN=1
export GATEHOUSE_REQUIRE="${GATEHOUSE_REQUIRE:-chromium,keychain,postgres,crashtest,binary}"
export GATEHOUSE_TEST_ORDER="${GATEHOUSE_TEST_ORDER:-shuffle}"
# Callbacks go to local fakes; outside tests loopback and private targets are refused.
export GATEHOUSE_DELIVERY_ALLOW=127.0.0.0/8,::1
# Tests write settings and data under a throw-away home, never the user's own.
test_home="$(mktemp -d)"
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home" XDG_DATA_HOME="$test_home/data" XDG_CONFIG_HOME="$test_home/config" \
       XDG_RUNTIME_DIR="$test_home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

status=0
"$here/scripts/with-postgres.sh" dbus-run-session -- bash -c '
    echo -n "gatehouse-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd "'"$build"'" && ctest --output-on-failure --timeout 300 -j2
' || status=$?

# ctest says "Passed" for an executable whose functions skipped: list the skips.
log="$build/Testing/Temporary/LastTest.log"
if [[ -f "$log" ]]; then
    skips="$(grep -E '^SKIP +: ' "$log" || true)"
    if [[ -n "$skips" ]]; then
        echo "Skipped ($(wc -l <<<"$skips")):"
        sed 's/^/  /' <<<"$skips"
    else
        echo "Skipped: none"
    fi
fi
exit "$status"
