// Gate: one automated condition of a policy, as the policy file describes it, and
// GateResult: what one evaluation of it said. Plain values; GateEvaluator runs them.
#pragma once

#include "gates/jsonexpression.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <optional>

struct Gate
{
    enum class Kind { HttpProbe, CountThreshold, TimeWindow };

    Kind kind = Kind::HttpProbe;
    QString name;

    // HttpProbe and CountThreshold. Header values may name secrets: "Bearer ${secret:NAME}".
    QString method = QStringLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QString>> headers;
    QByteArray body;
    int timeoutMs = 10000;
    JsonExpression condition; // HttpProbe: optional condition on the JSON answer

    // CountThreshold: `value` evaluates to an array/object (its size) or a number.
    JsonExpression value;
    std::optional<double> min;
    std::optional<double> max;

    // TimeWindow: inside [fromMinute, toMinute) on the given ISO days (1 = Monday), local
    // to timeZone. A window that ends before it starts runs over midnight.
    QSet<int> days;
    int fromMinute = 0;
    int toMinute = 24 * 60;
    QTimeZone timeZone;
    bool inverse = false; // a change freeze: green outside the window
};

struct GateResult
{
    QString name;
    bool green = false;
    QString reason;
};
