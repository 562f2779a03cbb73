#!/bin/sh
# Stands in for the crash test when CMake found no Python 3: a visible skip (exit 77,
# ctest's "Not Run"), or a failure when the run requires the crash test.
echo "SKIP   : crashtest [crashtest] Python 3 was not found when CMake ran"
case ",${GATEHOUSE_REQUIRE:-}," in
*,crashtest,* | *,all,*) exit 1 ;;
esac
[ "${GATEHOUSE_REQUIRE_CRASHTEST:-0}" != 0 ] && exit 1
exit 77
