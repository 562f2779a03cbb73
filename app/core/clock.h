// Clock: the engine's source of "now", replaceable in tests so that deadlines
// and backoff can be exercised without sleeping.
#pragma once

#include <QDateTime>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};
