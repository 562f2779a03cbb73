// The API description (docs/openapi.json, served at /api/openapi.json) against the real
// router: every route is described with the access it really has, and nothing is
// described that the router does not serve, so the document cannot drift.
#include "connectors/fanin/faninhandler.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class tst_OpenApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servedDocumentIsTheOneInDocs();
    void everyRouteIsDescribed();
    void everyDescribedOperationIsARoute();
    void securityMatchesTheRoutesAccess();
    void everyOperationAnswersSomething();

private:
    static QString key(const QString &method, const QString &path)
    {
        return method.toUpper() + QLatin1Char(' ') + path;
    }

    TestCore m_core;
    std::unique_ptr<FanInHandler> m_fanIn;
    QJsonObject m_document;
    QHash<QString, QJsonObject> m_operations; // "GET /path" -> operation
};

void tst_OpenApi::initTestCase()
{
    // The fan-in route exists only with groups configured: configure one.
    FanInGroup group;
    group.name = QStringLiteral("acr");
    group.expectedSources = {QStringLiteral("westeurope"), QStringLiteral("japaneast")};
    m_fanIn = std::make_unique<FanInHandler>(
            *m_core.engine, std::make_shared<FanInConnector>(QVector<FanInGroup>{group}));
    m_fanIn->install(*m_core.receiver);
    QVERIFY(m_core.listen());

    QFile file(QStringLiteral(GATEHOUSE_SOURCE_DIR "/docs/openapi.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    m_document = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(m_document.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
    QVERIFY(!paths.isEmpty());
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto op = item.constBegin(); op != item.constEnd(); ++op) {
            if (op.key() == QLatin1String("parameters"))
                continue;
            m_operations.insert(key(op.key(), path.key()), op.value().toObject());
        }
    }
}

void tst_OpenApi::servedDocumentIsTheOneInDocs()
{
    const TestReply reply =
            TestHttp::send(QStringLiteral("GET"), m_core.url(QStringLiteral("/api/openapi.json")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(reply.body).object(), m_document);
}

void tst_OpenApi::everyRouteIsDescribed()
{
    for (const Router::Declared &route : m_core.receiver->routes())
        QVERIFY2(m_operations.contains(key(route.method, route.pattern)),
                 qPrintable(key(route.method, route.pattern) + QStringLiteral(" is undocumented")));
}

void tst_OpenApi::everyDescribedOperationIsARoute()
{
    QSet<QString> served;
    for (const Router::Declared &route : m_core.receiver->routes())
        served.insert(key(route.method, route.pattern));
    for (auto it = m_operations.constBegin(); it != m_operations.constEnd(); ++it)
        QVERIFY2(served.contains(it.key()),
                 qPrintable(it.key() + QStringLiteral(" is described but not served")));
}

void tst_OpenApi::securityMatchesTheRoutesAccess()
{
    for (const Router::Declared &route : m_core.receiver->routes()) {
        const QString name = key(route.method, route.pattern);
        const QJsonObject operation = m_operations.value(name);
        QVERIFY2(operation.contains(QStringLiteral("security")), qPrintable(name));
        QStringList schemes;
        for (const QJsonValue &requirement : operation.value(QStringLiteral("security")).toArray())
            schemes += requirement.toObject().keys();
        switch (route.access.kind) {
        case Access::Kind::Public:
        case Access::Kind::Link: // the token in the URL is the credential
            QVERIFY2(schemes.isEmpty(), qPrintable(name));
            break;
        case Access::Kind::Operator:
            QCOMPARE(schemes, QStringList{QStringLiteral("operatorToken")});
            break;
        case Access::Kind::Connector:
            // GitLab sends its secret in a header of its own (X-Gitlab-Token).
            QVERIFY2(schemes.contains(QStringLiteral("webhookBearer"))
                             || schemes.contains(QStringLiteral("gitlabToken")),
                     qPrintable(name));
            QVERIFY2(!schemes.contains(QStringLiteral("operatorToken")), qPrintable(name));
            break;
        }
    }
}

void tst_OpenApi::everyOperationAnswersSomething()
{
    const QJsonObject schemes = m_document.value(QStringLiteral("components"))
                                        .toObject()
                                        .value(QStringLiteral("securitySchemes"))
                                        .toObject();
    for (auto it = m_operations.constBegin(); it != m_operations.constEnd(); ++it) {
        const QJsonObject responses = it.value().value(QStringLiteral("responses")).toObject();
        QVERIFY2(!responses.isEmpty(), qPrintable(it.key()));
        for (const QJsonValue &requirement : it.value().value(QStringLiteral("security")).toArray())
            for (const QString &scheme : requirement.toObject().keys())
                QVERIFY2(schemes.contains(scheme),
                         qPrintable(it.key() + QLatin1Char(' ') + scheme));
    }
}

QTEST_GUILESS_MAIN(tst_OpenApi)
#include "tst_openapi.moc"
