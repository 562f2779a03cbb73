// FanInGroupFile: reads and validates the JSON file of fan-in groups; a file that does
// not validate is refused with the field and the reason.
#pragma once

#include "connectors/fanin/faningroup.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class FanInGroupFile
{
    Q_DECLARE_TR_FUNCTIONS(FanInGroupFile)

public:
    static std::optional<QVector<FanInGroup>> load(const QString &path, QString *error);
    static std::optional<QVector<FanInGroup>> parse(const QByteArray &json, QString *error);
};
