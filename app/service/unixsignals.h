// UnixSignals: turns SIGINT/SIGTERM into quitRequested() and SIGHUP into
// reloadRequested(), delivered in the event loop of the thread that made the object.
// A signal handler may only do async-signal-safe work, so it writes the signal's
// number into a socket pair (the self-pipe trick) and a QSocketNotifier reads it.
#pragma once

#include <QObject>

class QSocketNotifier;

class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

    // Installs the handlers; false when the socket pair cannot be made. One instance
    // per process.
    bool install();

signals:
    void quitRequested();
    void reloadRequested();

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
