// DecisionSafety: the console's settings for deciding safely, each key defined here
// once: ui/undoSeconds (how long a decision can be undone before it is committed and
// its callback goes out; 0: at once; default 5) and ui/confirmProduction (ask before
// deciding an approval for a production environment; default off).
#pragma once

#include <QString>

class QSettings;

struct DecisionSafety
{
    int undoSeconds = 5;
    bool confirmProduction = false;

    static constexpr int maxUndoSeconds = 60;
    static DecisionSafety read(const QSettings &settings);
    void write(QSettings &settings) const;
    // "production", "prod", "prod-eu", "PRD", "live": what a confirmation guards.
    static bool isProduction(const QString &environment);
};
