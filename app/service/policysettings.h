// PolicySettings: the gate policies as the settings dialog edits them. They keep the
// policy file's JSON schema (docs/gates-and-fanin.md) and live in the file that
// gates/policyFile names; when none is named, in policies.json next to the settings
// file, and gates/policyFile is set to it. Every policy is validated by PolicyFile,
// the same validator the start uses, plus one rule of the dialog: a header that carries
// a credential must name a stored secret (${secret:NAME}), never hold it in clear.
#pragma once

#include "gates/policyfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSettings;

class PolicySettings
{
    Q_DECLARE_TR_FUNCTIONS(PolicySettings)

public:
    static QString filePath(const QSettings &settings);
    // The policies of the file, as JSON objects; a missing file is no policies.
    static std::optional<QJsonArray> load(const QSettings &settings, QString *error);
    // One policy, as the policy file would read it; error->field is relative to the
    // policy ("gates[1].url", "match.environment").
    static std::optional<Policy> validate(const QJsonObject &policy, PolicyFile::Error *error);
    // All of them; error->field starts with the policy's index ("policies[2].timeoutSecs").
    static std::optional<QVector<Policy>> validateAll(const QJsonArray &policies,
                                                      PolicyFile::Error *error);
    // Validates, writes the file (owner-only, atomically) and sets gates/policyFile.
    static std::optional<QVector<Policy>> save(QSettings &settings, const QJsonArray &policies,
                                               PolicyFile::Error *error);
    // The vault name of a secret header ("gate-<policy>-<gate>-<header>", lower case).
    static QString headerSecretName(const QString &policy, const QString &gate,
                                    const QString &header);
    static QString secretReference(const QString &name); // "${secret:NAME}"
    // Headers that carry credentials: Authorization, Cookie, and names with token, key,
    // secret or password in them.
    static bool isCredentialHeader(const QString &name);
};
