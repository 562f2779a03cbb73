// ReleaseRequest: when an approval's callback may go out (issue 18, item 2, "approve
// ahead"). The decision is recorded at once; the callback waits in the outbox until the
// release time. NextWindow: the next moment the time-window gates of the approval's
// policies are green (ReleaseWindows); the engine resolves it, not the caller.
#pragma once

#include <QDateTime>

struct ReleaseRequest
{
    enum class When { Now, At, NextWindow };
    When when = When::Now;
    QDateTime at; // for When::At

    static ReleaseRequest now() { return {}; }
    static ReleaseRequest atTime(const QDateTime &at) { return {When::At, at}; }
    static ReleaseRequest nextWindow() { return {When::NextWindow, {}}; }
    bool isDeferred() const { return when != When::Now; }
};
