// TLS: a self-signed certificate made in the test with openssl; HTTPS works through
// the real service, plain HTTP to the TLS port fails cleanly and the server stays up,
// and every broken certificate/key set-up is refused at start with a clear message.
#include "service/gatehouseservice.h"
#include "support/testcertificate.h"
#include "support/testhttp.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class tst_Tls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void httpsWorksPlainHttpFailsCleanly();
    void badSetupsRefusedAtStart_data();
    void badSetupsRefusedAtStart();

private:
    ServiceConfig config(const QString &certificate, const QString &key) const;
    QTemporaryDir m_dir;
};

void tst_Tls::initTestCase()
{
    QVERIFY2(TestCertificate::make(m_dir.filePath(QStringLiteral("cert.pem")),
                                   m_dir.filePath(QStringLiteral("key.pem"))),
             "openssl could not make a certificate");
    QVERIFY(TestCertificate::make(m_dir.filePath(QStringLiteral("other-cert.pem")),
                                  m_dir.filePath(QStringLiteral("other-key.pem"))));
    QFile garbage(m_dir.filePath(QStringLiteral("garbage.pem")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
}

ServiceConfig tst_Tls::config(const QString &certificate, const QString &key) const
{
    ServiceConfig config;
    config.databasePath = m_dir.filePath(
            QStringLiteral("g-%1.sqlite").arg(QRandomGenerator::global()->generate()));
    config.port = 0;
    config.keyFile = m_dir.filePath(QStringLiteral("vault.key"));
    config.operatorToken = "tls-operator";
    config.tlsCertificate = certificate.isEmpty() ? QString() : m_dir.filePath(certificate);
    config.tlsKey = key.isEmpty() ? QString() : m_dir.filePath(key);
    return config;
}

void tst_Tls::httpsWorksPlainHttpFailsCleanly()
{
    ServiceThread service;
    QString error;
    QVERIFY2(service.start(config(QStringLiteral("cert.pem"), QStringLiteral("key.pem")), &error),
             qPrintable(error));
    QVERIFY(service.service()->usesTls());
    const quint16 port = service.service()->port();
    const TestReply secure =
            TestHttp::send(QStringLiteral("GET"),
                           QUrl(QStringLiteral("https://127.0.0.1:%1/api/approvals").arg(port)), {},
                           {{"Authorization", "Bearer tls-operator"}});
    QCOMPARE(secure.status, 200);
    QCOMPARE(secure.json().value(QStringLiteral("total")).toInt(), 0);

    const TestReply plain = TestHttp::send(
            QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(port)),
            {}, {}, 5000);
    QCOMPARE(plain.status, 0); // no HTTP answer in clear text
    QVERIFY(!plain.body.contains("ok"));
    // Still serving after the plain-text attempt.
    QCOMPARE(TestHttp::send(QStringLiteral("GET"),
                            QUrl(QStringLiteral("https://127.0.0.1:%1/healthz").arg(port)))
                     .status,
             200);
}

void tst_Tls::badSetupsRefusedAtStart_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing certificate") << QStringLiteral("nope.pem") << QStringLiteral("key.pem")
                                         << QStringLiteral("does not exist");
    QTest::newRow("missing key") << QStringLiteral("cert.pem") << QStringLiteral("nope.pem")
                                 << QStringLiteral("does not exist");
    QTest::newRow("key without certificate")
            << QString() << QStringLiteral("key.pem") << QStringLiteral("does not exist");
    QTest::newRow("garbage certificate")
            << QStringLiteral("garbage.pem") << QStringLiteral("key.pem")
            << QStringLiteral("no PEM certificate");
    QTest::newRow("certificate as key") << QStringLiteral("cert.pem") << QStringLiteral("cert.pem")
                                        << QStringLiteral("no unencrypted PEM private key");
    QTest::newRow("mismatched key") << QStringLiteral("cert.pem") << QStringLiteral("other-key.pem")
                                    << QStringLiteral("does not match");
}

void tst_Tls::badSetupsRefusedAtStart()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, message);
    ServiceThread service;
    QString error;
    QVERIFY(!service.start(config(certificate, key), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
