// PolicyFile: reads and validates the JSON file of gate policies. A file that does not
// validate is refused as a whole, with the field and the reason
// ("field policies[0].gates[1].url: must be an absolute http or https URL").
#pragma once

#include "gates/policy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

class PolicyFile
{
    Q_DECLARE_TR_FUNCTIONS(PolicyFile)

public:
    static std::optional<QVector<Policy>> load(const QString &path, QString *error);
    static std::optional<QVector<Policy>> parse(const QByteArray &json, QString *error);

    // The first problem: the field's full path ("policies[0].gates[1].url"), the reason,
    // and both as one message ("field policies[0].gates[1].url: must be ...").
    struct Error
    {
        QString field;
        QString reason;
        QString message;
        bool isEmpty() const { return message.isEmpty(); }
        static Error at(const QString &field, const QString &reason);
    };
    static std::optional<QVector<Policy>> parse(const QByteArray &json, Error *error);
};
