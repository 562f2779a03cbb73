// RestartTarget: a configured outbound request that starts the second half of a paused
// pipeline. Its URL and body are templates filled from the run's stored "data" object:
// {{data}} is the whole object as JSON, {{data.key}} one field (JSON in the body,
// percent-encoded text in the URL). Credentials are a vault secret, never config text.
#pragma once

#include "core/outboundrequest.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

struct RestartTarget
{
    QString name;
    QString method = QStringLiteral("POST");
    QString urlTemplate;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString bodyTemplate = QStringLiteral("{{data}}");
    OutboundRequest::Auth auth = OutboundRequest::Auth::None;
    // The field of the target's JSON answer that names the run it started (Data Factory
    // answers {"runId": "..."}); recorded as the approval's "restartRunId". Empty: none.
    QString runIdField = QStringLiteral("runId,id"); // the first the answer has

    static constexpr const char *runIdKey = "restartRunId";

    // Vault name of this target's credentials (a bearer token, or "user:password").
    static QString secretName(const QString &target)
    {
        return QStringLiteral("restart-target/%1").arg(target);
    }

    static constexpr const char *azurePublicManagementUrl = "https://management.azure.com";
    // Azure Data Factory "Pipelines - Create Run": the data object is the body of
    // pipeline parameters; the secret is an Azure AD bearer token for the management
    // endpoint: managementUrl, empty for the public cloud's (sovereign clouds have their
    // own, e.g. https://management.usgovcloudapi.net, https://management.chinacloudapi.cn).
    static RestartTarget azureDataFactory(const QString &name, const QString &subscriptionId,
                                          const QString &resourceGroup, const QString &factory,
                                          const QString &pipeline,
                                          const QString &managementUrl = {});
    // Any HTTP endpoint: POST url with the data object as the JSON body.
    static RestartTarget generic(const QString &name, const QString &url,
                                 OutboundRequest::Auth auth = OutboundRequest::Auth::None);

    // The request for one run, or an empty URL with *error set (a field the templates
    // name is missing from data, or the URL is not absolute http(s)).
    OutboundRequest render(const QJsonObject &data, QString *error) const;
    // The data field whose value would be an empty, "." or ".." segment of the URL's
    // path (it would move the call to another resource); empty: none.
    QString unsafePathField(const QJsonObject &data) const;
};
