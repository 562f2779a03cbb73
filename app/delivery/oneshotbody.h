// OneShotBody: a request body that can be read once and never rewound.
// Qt's HTTP client sends a request again by itself, up to three times, when the
// connection closes after the request went out and before an answer came (meant for a
// keep-alive connection the server closed meanwhile). It rewinds the body to do so, and
// nothing of it reaches the caller: the target gets the call twice (and may have acted
// on the first), the timeline shows one attempt. A body that cannot be rewound makes Qt
// end the reply with ContentReSendError instead, so the OutboxWorker sees the attempt
// fail and retries it under its own backoff, counted and on the timeline.
#pragma once

#include <QByteArray>
#include <QIODevice>

class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    const QByteArray m_data;
    qint64 m_read = 0;
};
