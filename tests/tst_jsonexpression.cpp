// tst_jsonexpression: the gate condition language as a table: expressions, JSON inputs,
// and either the result or the error (with its offset for parse errors).
#include "gates/jsonexpression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_JsonExpression : public QObject
{
    Q_OBJECT
private slots:
    void evaluates_data();
    void evaluates();
    void parseErrors_data();
    void parseErrors();
    void copiesShareTheParsedTree();
};

namespace {
const QByteArray health = R"({"status":"healthy","errors":3,"ok":true,"none":null,
    "checks":[{"state":"passed","name":"unit"},{"state":"failed","name":"lint"}],
    "items":[1,2,3],"map":{"a":1,"b":2},"odd key":{"x y":7},"ver":"1.10"})";
}

void tst_JsonExpression::evaluates_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("result"); // JSON of the value, or "error: <part of message>"

    QTest::newRow("string equal") << "status == \"healthy\"" << health << "true";
    QTest::newRow("single quotes") << "status == 'healthy'" << health << "true";
    QTest::newRow("string not equal") << "status != \"healthy\"" << health << "false";
    QTest::newRow("number less") << "errors < 5" << health << "true";
    QTest::newRow("number le edge") << "errors <= 3" << health << "true";
    QTest::newRow("number gt") << "errors > 3" << health << "false";
    QTest::newRow("number ge") << "errors >= 3.0" << health << "true";
    QTest::newRow("negative number") << "errors > -1" << health << "true";
    QTest::newRow("exponent") << "errors < 1e2" << health << "true";
    QTest::newRow("and") << "status == \"healthy\" and errors < 5" << health << "true";
    QTest::newRow("and false") << "status == \"healthy\" and errors < 2" << health << "false";
    QTest::newRow("or") << "errors > 10 or ok" << health << "true";
    QTest::newRow("not") << "not ok" << health << "false";
    QTest::newRow("bang") << "!(errors > 10)" << health << "true";
    QTest::newRow("symbols") << "ok && errors == 3 || false" << health << "true";
    QTest::newRow("precedence and over or") << "true or false and false" << health << "true";
    QTest::newRow("parentheses") << "(true or false) and false" << health << "false";
    QTest::newRow("index and member") << "checks[0].state == \"passed\"" << health << "true";
    QTest::newRow("second element") << "checks[1].name" << health << "\"lint\"";
    QTest::newRow("count array") << "count(items)" << health << "3";
    QTest::newRow("count object") << "count(map) == 2" << health << "true";
    QTest::newRow("count in condition") << "count(checks) <= 2 and errors < 5" << health << "true";
    QTest::newRow("null literal") << "none == null" << health << "true";
    QTest::newRow("bool literal") << "ok == true" << health << "true";
    QTest::newRow("quoted keys") << "[\"odd key\"][\"x y\"] == 7" << health
                                 << "error: expected a value";
    QTest::newRow("root quoted keys") << "$[\"odd key\"][\"x y\"] == 7" << health << "true";
    QTest::newRow("root array") << "count($) > 1 and $[1].id == 2"
                                << QByteArray(R"([{"id":1},{"id":2}])") << "true";
    QTest::newRow("strings order") << "ver < \"1.9\"" << health << "true";
    QTest::newRow("mixed equality is just false") << "errors == \"3\"" << health << "false";
    QTest::newRow("object equality") << "map == map" << health << "true";
    QTest::newRow("short circuit skips missing") << "false and missing == 1" << health << "false";
    QTest::newRow("keyword prefix is a name")
            << "ordinal == 1" << QByteArray(R"({"ordinal":1})") << "true";
    QTest::newRow("dash in name") << "build-id == 9" << QByteArray(R"({"build-id":9})") << "true";
    QTest::newRow("escaped quote") << "s == \"a\\\"b\"" << QByteArray(R"({"s":"a\"b"})") << "true";

    QTest::newRow("missing path") << "missing == 1" << health << "error: path 'missing' not found";
    QTest::newRow("missing nested")
            << "checks[0].nope" << health << "error: path 'checks[0].nope' not found";
    QTest::newRow("index past end")
            << "checks[5].state" << health << "error: past the end of 2 elements";
    QTest::newRow("index into object") << "map[0]" << health << "error: object is not an array";
    QTest::newRow("order mismatch")
            << "status < 5" << health << "error: cannot order string and number";
    QTest::newRow("and needs booleans")
            << "errors and ok" << health << "error: expected true or false, found number";
    QTest::newRow("not needs boolean") << "not status" << health << "error: found string";
    QTest::newRow("count of number")
            << "count(errors)" << health << "error: count() needs an array or an object";
    QTest::newRow("member of array") << "items.x" << health << "error: path 'items.x' not found";
}

void tst_JsonExpression::evaluates()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, input);
    QFETCH(QString, result);
    QString error;
    const JsonExpression parsed = JsonExpression::parse(expression, &error);
    const QJsonDocument document = QJsonDocument::fromJson(input);
    QVERIFY(!document.isNull());
    const QJsonValue root =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (!parsed.isValid()) {
        QVERIFY2(result.startsWith(QStringLiteral("error: ")), qPrintable(error));
        QVERIFY2(error.contains(result.mid(7)), qPrintable(error));
        return;
    }
    const JsonExpression::Result value = parsed.evaluate(root);
    if (result.startsWith(QStringLiteral("error: "))) {
        QVERIFY2(!value.ok(), "evaluation should have failed");
        QVERIFY2(value.error.contains(result.mid(7)), qPrintable(value.error));
        QString testError;
        QCOMPARE(parsed.test(root, &testError), false);
        QCOMPARE(testError, value.error);
        return;
    }
    QVERIFY2(value.ok(), qPrintable(value.error));
    const QJsonValue expected = QJsonDocument::fromJson("[" + result.toUtf8() + "]").array().at(0);
    QCOMPARE(value.value, expected);
}

void tst_JsonExpression::parseErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << ""
                           << "offset 0: unexpected end of expression";
    QTest::newRow("single equals") << "status = 1"
                                   << "offset 7: '=' is not an operator; use '=='";
    QTest::newRow("dangling and") << "a == 1 and"
                                  << "offset 10: unexpected end of expression";
    QTest::newRow("unclosed paren") << "(a == 1"
                                    << "offset 7: expected ')'";
    QTest::newRow("unterminated string") << "a == \"x"
                                         << "offset 5: unterminated string";
    QTest::newRow("trailing garbage") << "a == 1 b"
                                      << "offset 7: unexpected 'b'";
    QTest::newRow("bad index") << "a[x]"
                               << "offset 2: expected an index or a quoted name in '[ ]'";
    QTest::newRow("unclosed index") << "a[1"
                                    << "offset 3: expected ']'";
    QTest::newRow("dot without name") << "a. == 1"
                                      << "offset 2: expected a name after '.'";
    QTest::newRow("operator first") << "== 1"
                                    << "offset 0: expected a value, a path or '('";
    QTest::newRow("keyword as value") << "a == and"
                                      << "offset 5: expected a value, found 'and'";
    QTest::newRow("count without paren") << "count items"
                                         << "offset 6: expected '(' after count";
    QTest::newRow("chained comparison") << "1 < 2 < 3"
                                        << "offset 6: unexpected '< 3'";
    QTest::newRow("too deep") << QString(100, QLatin1Char('(')) + QStringLiteral("1")
                    + QString(100, QLatin1Char(')'))
                              << "expression nested too deeply";
}

void tst_JsonExpression::parseErrors()
{
    QFETCH(QString, expression);
    QFETCH(QString, error);
    QString message;
    const JsonExpression parsed = JsonExpression::parse(expression, &message);
    QVERIFY(!parsed.isValid());
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!parsed.evaluate(QJsonObject()).ok());
}

void tst_JsonExpression::copiesShareTheParsedTree()
{
    QString error;
    JsonExpression copy;
    {
        const JsonExpression original =
                JsonExpression::parse(QStringLiteral("a.b[1] >= 2"), &error);
        copy = original;
    }
    QVERIFY(copy.isValid());
    QCOMPARE(copy.text(), QStringLiteral("a.b[1] >= 2"));
    QVERIFY(copy.test(QJsonDocument::fromJson(R"({"a":{"b":[0,2]}})").object(), &error));
}

QTEST_GUILESS_MAIN(tst_JsonExpression)
#include "tst_jsonexpression.moc"
