// JsonFields: reads typed fields out of an untrusted JSON object and remembers the
// first problem, named after the field, so that every connector answers bad input
// with the same clear message.
#pragma once

#include <QJsonObject>
#include <QString>

class JsonFields
{
public:
    explicit JsonFields(const QJsonObject &object) : m_object(object) { }

    QString requiredString(const QString &field);
    QString optionalString(const QString &field);
    double optionalNumber(const QString &field, double fallback);

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

private:
    QJsonObject m_object;
    QString m_problem;
};
