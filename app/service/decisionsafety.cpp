#include "decisionsafety.h"

#include <QSettings>

namespace {
const QString undoSecondsKey = QStringLiteral("ui/undoSeconds");
const QString confirmProductionKey = QStringLiteral("ui/confirmProduction");
} // namespace

DecisionSafety DecisionSafety::read(const QSettings &settings)
{
    DecisionSafety safety;
    safety.undoSeconds =
            qBound(0, settings.value(undoSecondsKey, safety.undoSeconds).toInt(), maxUndoSeconds);
    safety.confirmProduction =
            settings.value(confirmProductionKey, safety.confirmProduction).toBool();
    return safety;
}

void DecisionSafety::write(QSettings &settings) const
{
    settings.setValue(undoSecondsKey, undoSeconds);
    settings.setValue(confirmProductionKey, confirmProduction);
}

bool DecisionSafety::isProduction(const QString &environment)
{
    const QString name = environment.trimmed().toLower();
    return name.startsWith(QLatin1String("prod")) || name == QLatin1String("prd")
            || name == QLatin1String("live");
}
