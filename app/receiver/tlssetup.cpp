#include "tlssetup.h"

#include <QEventLoop>
#include <QFile>
#include <QSslCipher>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace {

bool readFile(const QString &path, const QString &what, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = QStringLiteral("TLS %1 %2 does not exist").arg(what, path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("TLS %1 %2 cannot be read: %3").arg(what, path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

// Whether a client can complete a handshake with this configuration: the only
// portable way Qt offers to prove that the key matches the certificate.
bool handshakeWorks(const QSslConfiguration &configuration, QString *error)
{
    QSslServer server;
    server.setSslConfiguration(configuration);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        *error = server.errorString();
        return false;
    }
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    QEventLoop loop;
    bool encrypted = false;
    QObject::connect(&client, &QSslSocket::encrypted, &loop, [&] {
        encrypted = true;
        loop.quit();
    });
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&server, &QSslServer::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    loop.exec();
    if (!encrypted)
        *error = client.errorString();
    return encrypted;
}

// TLS 1.3 suites as they are (all AEAD with ephemeral keys); on TLS 1.2 only ECDHE key
// exchange (forward secrecy) with an AEAD cipher: no RSA key exchange, no CBC.
QList<QSslCipher> forwardSecretAeadCiphers()
{
    QList<QSslCipher> allowed;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = name.startsWith(QLatin1String("TLS_"));
        const bool aead = name.contains(QLatin1String("GCM"))
                || name.contains(QLatin1String("CHACHA20-POLY1305"));
        if (tls13 || (name.startsWith(QLatin1String("ECDHE-")) && aead))
            allowed.append(cipher);
    }
    return allowed;
}

} // namespace

std::optional<QSslConfiguration> TlsSetup::load(const QString &certificatePath,
                                                const QString &keyPath, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available: no TLS backend (OpenSSL) could be loaded");
        return std::nullopt;
    }
    QByteArray certificateData, keyData;
    if (!readFile(certificatePath, QStringLiteral("certificate"), &certificateData, error)
        || !readFile(keyPath, QStringLiteral("key"), &keyData, error))
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateData, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("TLS certificate %1 holds no PEM certificate").arg(certificatePath);
        return std::nullopt;
    }
    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc()) {
        *error = QStringLiteral("TLS certificate %1 expired on %2")
                         .arg(certificatePath, chain.first().expiryDate().toString(Qt::ISODate));
        return std::nullopt;
    }
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("TLS key %1 holds no unencrypted PEM private key").arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(forwardSecretAeadCiphers());
    QString why;
    if (!handshakeWorks(configuration, &why)) {
        *error = QStringLiteral("TLS key %1 does not match certificate %2 (%3)")
                         .arg(keyPath, certificatePath, why);
        return std::nullopt;
    }
    return configuration;
}
