#include "keychain.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

// A keychain call that never answers (a locked keyring prompting for a password on a
// headless machine) must not hang the start-up forever.
constexpr int keychainTimeoutMs = 10000;

bool runJob(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (!finished) {
        if (error)
            *error = QStringLiteral("the keychain did not answer");
        return false;
    }
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

QString Keychain::service()
{
    return QStringLiteral("Gatehouse");
}

QByteArray Keychain::read(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(key);
    if (!runJob(job, error))
        return {};
    return job.error() == QKeychain::NoError ? job.binaryData() : QByteArray();
}

bool Keychain::write(const QString &key, const QByteArray &value, QString *error)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(key);
    job.setBinaryData(value);
    return runJob(job, error) && job.error() == QKeychain::NoError;
}

bool Keychain::remove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(key);
    return runJob(job, error);
}
