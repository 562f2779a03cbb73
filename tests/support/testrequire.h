// TestRequire: a skip that the run can forbid. A test that cannot run here (no Chromium,
// no keyring, no PostgreSQL) skips when run by hand, but fails when the run says the
// part must be there: GATEHOUSE_REQUIRE lists the parts (comma separated, or "all"),
// and GATEHOUSE_REQUIRE_<PART>=1 names one. scripts/run-tests.sh requires every part
// it sets up, so a CI machine that lacks one goes red instead of silently testing less.
#pragma once

#include <QTest>

namespace TestRequire {
// True when this run demands the part (lower-case name such as "chromium").
bool required(const char *part);
} // namespace TestRequire

// Skips the current test function, or fails it when the part is required. The skip
// message starts with "[part]" so that the run's skip summary can name the part.
#define REQUIRE_OR_SKIP(part, why) \
    do { \
        const QByteArray message__ = QByteArray("[") + (part) + "] " + (why); \
        if (TestRequire::required(part)) \
            QFAIL((message__ + " (required by GATEHOUSE_REQUIRE)").constData()); \
        QSKIP(message__.constData()); \
    } while (false)
