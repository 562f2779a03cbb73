#include "testrequire.h"

bool TestRequire::required(const char *part)
{
    const QByteArray name(part);
    if (qEnvironmentVariableIntValue("GATEHOUSE_REQUIRE_" + name.toUpper()) != 0)
        return true;
    const QList<QByteArray> listed = qgetenv("GATEHOUSE_REQUIRE").toLower().split(',');
    for (const QByteArray &entry : listed) {
        const QByteArray trimmed = entry.trimmed();
        if (trimmed == name || trimmed == "all")
            return true;
    }
    return false;
}
