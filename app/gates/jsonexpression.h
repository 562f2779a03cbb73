// JsonExpression: the small condition language of gates, parsed once and evaluated
// against each JSON answer. Paths (`status`, `checks[0].state`, `$` for the root),
// literals, comparisons, and/or/not, parentheses and count(path). Every problem,
// in the text or in the data, comes back as a message; evaluation never crashes.
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <memory>

class JsonExpression
{
    Q_DECLARE_TR_FUNCTIONS(JsonExpression)

public:
    struct Result
    {
        QJsonValue value;
        QString error; // empty: value holds the result
        bool ok() const { return error.isEmpty(); }
    };

    JsonExpression();
    ~JsonExpression();
    JsonExpression(const JsonExpression &other);
    JsonExpression &operator=(const JsonExpression &other);

    // On failure the result is invalid and *error says what and at which offset.
    static JsonExpression parse(const QString &text, QString *error);

    bool isValid() const { return m_root != nullptr; }
    QString text() const { return m_text; }

    Result evaluate(const QJsonValue &input) const;
    // The expression as a condition: it must evaluate to true or false.
    bool test(const QJsonValue &input, QString *error) const;

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root; // immutable once parsed, so copies share it
};
