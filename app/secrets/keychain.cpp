#include "keychain.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <atomic>
#include <memory>

namespace {

// A keychain call that never answers (a locked keyring prompting for a password on a
// headless machine) must not hang the start-up forever.
std::atomic<int> keychainTimeoutMs{10000};
std::atomic<int> lateAnswerCount{0};

// What a job said, copied out in its finished handler: after a timeout the job
// outlives the call that started it, and the call must never touch it again.
struct JobOutcome
{
    QEventLoop *waiting = nullptr; // null once the caller gave up
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Runs a heap-allocated job. The job deletes itself after it finished (QtKeychain's
// auto-delete), never at our timeout: libsecret keeps calling back into a running job
// (a keyring prompt answered minutes later), and deleting it then crashed the process.
std::shared_ptr<JobOutcome> runJob(QKeychain::Job *job, QString *error)
{
    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    outcome->waiting = &loop;
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome](QKeychain::Job *done) {
        if (!outcome->waiting) {
            ++lateAnswerCount; // the caller has moved on: ignore what it says
            return;
        }
        outcome->finished = true;
        outcome->error = done->error();
        outcome->errorString = done->errorString();
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome->data = read->binaryData();
        outcome->waiting->quit();
    });
    QTimer::singleShot(keychainTimeoutMs.load(), &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    outcome->waiting = nullptr;
    if (!outcome->finished) {
        if (error)
            *error = QStringLiteral("the keychain did not answer");
        return outcome;
    }
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound) {
        if (error)
            *error = outcome->errorString;
    }
    return outcome;
}

bool succeeded(const JobOutcome &outcome, bool missingIsFine)
{
    return outcome.finished
            && (outcome.error == QKeychain::NoError
                || (missingIsFine && outcome.error == QKeychain::EntryNotFound));
}

} // namespace

QString Keychain::service()
{
    return QStringLiteral("Gatehouse");
}

QByteArray Keychain::read(const QString &key, QString *error)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    const auto outcome = runJob(job, error);
    return succeeded(*outcome, false) ? outcome->data : QByteArray();
}

bool Keychain::write(const QString &key, const QByteArray &value, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setBinaryData(value);
    return succeeded(*runJob(job, error), false);
}

bool Keychain::remove(const QString &key, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    return succeeded(*runJob(job, error), true);
}

void Keychain::setTimeoutMs(int ms)
{
    keychainTimeoutMs = ms;
}

int Keychain::timeoutMs()
{
    return keychainTimeoutMs;
}

int Keychain::lateAnswers()
{
    return lateAnswerCount;
}
