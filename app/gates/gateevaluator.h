// GateEvaluator: runs one gate once and says green or red with a reason. HTTP probes
// go out through its own QNetworkAccessManager (in the service thread), with secrets
// named in header values resolved through the Engine at send time; time windows are
// judged against the Engine's clock. Any answer that does not parse is a red result
// with the evaluation error, never a crash.
#pragma once

#include "gates/gate.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

class Engine;

class GateEvaluator : public QObject
{
    Q_OBJECT
public:
    explicit GateEvaluator(Engine &engine, QObject *parent = nullptr);

    // Calls done exactly once, possibly before returning (time windows).
    void evaluate(const Gate &gate, std::function<void(const GateResult &)> done);

    static GateResult judgeTimeWindow(const Gate &gate, const QDateTime &now);
    static GateResult judgeAnswer(const Gate &gate, int httpStatus, const QByteArray &body);

private:
    Engine &m_engine;
    QNetworkAccessManager m_network;
};
