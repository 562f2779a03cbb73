// GitLabSettingsEdit: what Settings › Connectors › GitLab edits: gitlab/url,
// gitlab/representedAs, gitlab/playJob (read at start) and a new API token (sealed in
// the vault by the caller, applied with the next call). It validates field by field
// under the settings keys, so the dialog can point at the field that is wrong.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVector>

class QSettings;

struct GitLabSettingsEdit
{
    Q_DECLARE_TR_FUNCTIONS(GitLabSettingsEdit)

public:
    QString url; // empty: https://gitlab.com
    QString representedAs;
    bool playJob = false;
    bool tokenStored = false;
    bool tokenFromEnvironment = false; // GATEHOUSE_GITLAB_TOKEN replaces it at every start
    QByteArray newToken; // empty: keep the stored one

    static QString tokenField() { return QStringLiteral("gitlab/token"); }

    void load(const QSettings &settings, bool stored);
    // (settings key, reason) for each refused field.
    QVector<QPair<QString, QString>> validate() const;
    // Writes the keys; true when one changed (they are read at start).
    bool write(QSettings &settings) const;
};
