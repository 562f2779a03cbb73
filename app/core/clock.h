// Clock: the engine's source of "now", replaceable in tests so that deadlines
// and backoff can be exercised without sleeping. now() is also called by the receiver
// threads (a webhook parsed ahead takes its time of arrival there), so an implementation
// must be safe to read from any thread.
#pragma once

#include <QDateTime>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};
