// JenkinsMetadata: the keys the Jenkins connector keeps in an approval's metadata, with
// typed readers, so that the connector, the row facts and the tests spell them once.
#pragma once

#include "core/approval.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace JenkinsMetadata {
inline const QString buildUrl = QStringLiteral("buildUrl"); // "{jenkins/url}job/shop/57/"
inline const QString inputId = QStringLiteral("inputId");
inline const QString job = QStringLiteral("job"); // "shop/main"
inline const QString build = QStringLiteral("build"); // 57
// "confirming" until Jenkins answered pendingInputActions, then "waiting" or "not waiting".
inline const QString confirmation = QStringLiteral("confirmation");
inline const QString message = QStringLiteral("message");
inline const QString proceedText = QStringLiteral("proceedText");
// [{"name","type","description","default","choices":[...]}], as Jenkins declares them.
inline const QString parameters = QStringLiteral("parameters");
// {"NAME": value}: what the operator chose (never a password's value); a parameter
// without one gets its default.
inline const QString values = QStringLiteral("values");
// The approval's sealed secret (Connector::secretName) holding the whole proceed form
// built from the operator's values, passwords included, when the approval carried them.
inline const QString proceedFormSecret = QStringLiteral("proceedForm");
// The parameters that form was built for: the proceed uses it only while Jenkins still
// declares the same ones.
inline const QString formParameters = QStringLiteral("formParameters");
inline const QString triggeredBy = QStringLiteral("triggeredBy");

inline QString text(const Approval &a, const QString &key)
{
    return a.metadata.value(key).toString();
}
inline bool confirmed(const Approval &a)
{
    return text(a, confirmation) == QLatin1String("waiting");
}
} // namespace JenkinsMetadata
