// Secrets: sealing round trips and tamper detection, owner-only key files, and the
// real OS keychain (gnome-keyring in a D-Bus session, started by the test command).
#include "secrets/keychain.h"
#include "secrets/secretvault.h"
#include "secrets/vaultkeyloader.h"
#include "service/gatehouseservice.h"
#include "support/testrequire.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// `make test` runs a keyring and requires the "keychain" part: there a missing
// keychain is a failure, not a skip.
bool keychainReachable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

class tst_Secrets : public QObject
{
    Q_OBJECT
private slots:
    void sealOpenRoundTrip();
    void tamperedOrWrongKeyFails();
    void keyFileCreatedOwnerOnly();
    void keyFileWithWidePermissionsRefused();
    void keyFileWithGarbageRefused();
    void keychainRoundTrip();
    void loaderPrefersKeychain();
    void lateKeychainAnswerIsIgnored();
    void serviceStartKeepsTheCallerResponsive();
};

void tst_Secrets::sealOpenRoundTrip()
{
    SecretVault vault;
    QVERIFY(vault.setKey(SecretVault::generateKey()));
    const QByteArray secret =
            "azure-job-token-" + QByteArray::number(QRandomGenerator::global()->generate());
    const QString sealed = vault.seal(secret);
    QVERIFY(!sealed.contains(QString::fromLatin1(secret)));
    QVERIFY(vault.seal(secret) != sealed); // fresh nonce every time
    QByteArray opened;
    QVERIFY(vault.open(sealed, &opened));
    QCOMPARE(opened, secret);
}

void tst_Secrets::tamperedOrWrongKeyFails()
{
    SecretVault vault;
    vault.setKey(SecretVault::generateKey());
    QString sealed = vault.seal("payload");
    QByteArray raw = QByteArray::fromBase64(sealed.toLatin1());
    raw[raw.size() - 1] = char(raw.at(raw.size() - 1) ^ 1);
    QByteArray out;
    QVERIFY(!vault.open(QString::fromLatin1(raw.toBase64()), &out));
    SecretVault other;
    other.setKey(SecretVault::generateKey());
    QVERIFY(!other.open(sealed, &out));
    QVERIFY(!vault.open(QStringLiteral("c2hvcnQ="), &out));
    QVERIFY(!vault.setKey("too short"));
}

void tst_Secrets::keyFileCreatedOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/vault.key"));
    const VaultKey first = VaultKeyLoader::loadFromFile(path, true);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.key.size(), SecretVault::keyBytes());
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const VaultKey second = VaultKeyLoader::loadFromFile(path, false);
    QCOMPARE(second.key, first.key); // the same key on the next start
}

void tst_Secrets::keyFileWithWidePermissionsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.key"));
    QVERIFY(VaultKeyLoader::loadFromFile(path, true).error.isEmpty());
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                               | QFileDevice::ReadOther);
    const VaultKey key = VaultKeyLoader::loadFromFile(path, false);
    QVERIFY(key.key.isEmpty());
    QVERIFY(key.error.contains(QStringLiteral("chmod 600")));
}

void tst_Secrets::keyFileWithGarbageRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a key");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!VaultKeyLoader::loadFromFile(path, false).error.isEmpty());
    QVERIFY(!VaultKeyLoader::loadFromFile(dir.filePath(QStringLiteral("missing")), false)
                     .error.isEmpty());
}

void tst_Secrets::keychainRoundTrip()
{
    if (!keychainReachable())
        REQUIRE_OR_SKIP("keychain",
                        "no D-Bus session: run through `make test`, which starts gnome-keyring");
    const QString entry =
            QStringLiteral("test-entry-%1").arg(QRandomGenerator::global()->generate());
    QString error;
    QVERIFY2(Keychain::write(entry, "keychain-value", &error), qPrintable(error));
    QCOMPARE(Keychain::read(entry, &error), QByteArray("keychain-value"));
    QVERIFY(error.isEmpty());
    QVERIFY(Keychain::remove(entry, &error));
    QCOMPARE(Keychain::read(entry, &error), QByteArray());
    QVERIFY2(error.isEmpty(), qPrintable(error)); // missing is not an error
}

void tst_Secrets::loaderPrefersKeychain()
{
    if (!keychainReachable())
        REQUIRE_OR_SKIP("keychain",
                        "no D-Bus session: run through `make test`, which starts gnome-keyring");
    QTemporaryDir dir;
    const QString entry =
            QStringLiteral("test-vault-%1").arg(QRandomGenerator::global()->generate());
    const QString fallback = dir.filePath(QStringLiteral("vault.key"));
    const VaultKey first = VaultKeyLoader::load({}, fallback, entry);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.source, QStringLiteral("keychain"));
    QVERIFY(!QFile::exists(fallback)); // no key file when the keychain works
    QCOMPARE(VaultKeyLoader::load({}, fallback, entry).key, first.key);
    QString error;
    Keychain::remove(entry, &error);
}

// A keyring that answers after the call gave up (a password prompt answered late):
// the job used to be destroyed at the timeout while libsecret still called back into
// it, and the process died. Now the job lives until it finishes, and its answer is
// ignored. A zero timeout makes the real gnome-keyring answer late.
void tst_Secrets::lateKeychainAnswerIsIgnored()
{
    if (!keychainReachable())
        REQUIRE_OR_SKIP("keychain",
                        "no D-Bus session: run through `make test`, which starts gnome-keyring");
    const QString entry =
            QStringLiteral("test-late-%1").arg(QRandomGenerator::global()->generate());
    QString error;
    QVERIFY2(Keychain::write(entry, "late-value", &error), qPrintable(error));
    const int defaultTimeout = Keychain::timeoutMs();
    const int lateBefore = Keychain::lateAnswers();
    // A zero timeout gives up at the first turn of the event loop; the keyring may
    // still answer first once in a while: try until a call gives up.
    int gaveUp = 0;
    Keychain::setTimeoutMs(0);
    for (int attempt = 0; attempt < 200 && gaveUp == 0; ++attempt) {
        error.clear();
        const QByteArray answer = Keychain::read(entry, &error);
        if (error == QLatin1String("the keychain did not answer")) {
            QVERIFY(answer.isEmpty()); // nothing from a call that gave up
            ++gaveUp;
        }
    }
    Keychain::setTimeoutMs(defaultTimeout);
    QCOMPARE(gaveUp, 1);
    // The late answer arrives, is counted and ignored, and the process lives on.
    QTRY_COMPARE_WITH_TIMEOUT(Keychain::lateAnswers(), lateBefore + 1, 10000);
    error.clear();
    QCOMPARE(Keychain::read(entry, &error), QByteArray("late-value"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(Keychain::remove(entry, &error));
}

// The vault key can wait for a keyring prompt: meanwhile the thread that starts the
// service (the GUI thread, with the "starting" window) keeps handling its events. A
// timer due at once must fire before start() returns; a blocking call held it back.
void tst_Secrets::serviceStartKeepsTheCallerResponsive()
{
    QTemporaryDir dir;
    ServiceConfig config;
    config.databasePath = dir.filePath(QStringLiteral("g.sqlite"));
    config.port = 0;
    config.keyFile = dir.filePath(QStringLiteral("vault.key"));
    config.operatorToken = "start-test-token";
    bool handled = false;
    QTimer::singleShot(0, this, [&handled] { handled = true; });
    ServiceThread service;
    QString error;
    QVERIFY2(service.start(config, &error), qPrintable(error));
    QVERIFY(handled);
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
