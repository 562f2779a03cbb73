#include "receiversettings.h"

#include <QSettings>

namespace {

// A key that is missing, not a number, or zero/negative keeps the default.
template<typename T>
void readPositive(const QSettings &settings, const char *key, T *value)
{
    bool ok = false;
    const qlonglong read = settings.value(QLatin1String(key), qlonglong(*value)).toLongLong(&ok);
    if (ok && read > 0)
        *value = T(read);
}

} // namespace

void ReceiverSettings::readLimits(const QSettings &settings, ReceiverLimits *limits)
{
    readPositive(settings, "receiver/maxBodyBytes", &limits->maxBodyBytes);
    readPositive(settings, "receiver/maxConnections", &limits->maxConnections);
    readPositive(settings, "receiver/maxConnectionsPerAddress", &limits->maxConnectionsPerAddress);
    readPositive(settings, "receiver/idleTimeoutMs", &limits->idleTimeoutMs);
    readPositive(settings, "receiver/headTimeoutMs", &limits->headTimeoutMs);
    readPositive(settings, "receiver/bodyTimeoutMs", &limits->bodyTimeoutMs);
}
