// Keychain: blocking read/write/delete of one entry in the OS keychain through
// QtKeychain (service "Gatehouse"). Each call spins a local event loop; use it at
// start or from worker code, never in a paint or input handler.
#pragma once

#include <QByteArray>
#include <QString>

class Keychain
{
public:
    static QString service();
    // Returns an empty array and leaves *error empty when the entry does not exist;
    // sets *error when no keychain could be reached.
    static QByteArray read(const QString &key, QString *error);
    static bool write(const QString &key, const QByteArray &value, QString *error);
    static bool remove(const QString &key, QString *error);

    // How long a call waits for the keychain before it gives up (default 10 s). A
    // job that answers later (a keyring prompt answered after the timeout) is kept
    // alive until it finishes, then deleted; its answer is ignored and counted.
    static void setTimeoutMs(int ms);
    static int timeoutMs();
    static int lateAnswers();
};
