// GitHubReviewPoller: finds GitHub Actions runs that wait for the user's review
// (environments with required reviewers) in the repositories of github/repositories,
// with the user's token, and puts each run's environment in the inbox ("githubreview").
// Per repository: GET /repos/{owner}/{repo}/actions/runs?status=waiting, then for each
// waiting run GET .../runs/{run_id}/pending_deployments. An environment becomes an
// approval only where current_user_can_approve is true and GitHub names reviewers: a
// wait that only a custom protection rule holds (CONNECTORS.md leaves open whether those
// appear here) is the App's, not the reviewer's.
// Politely: one request at a time; each answer's ETag is sent back as If-None-Match
// (a 304 costs no rate limit); x-ratelimit-remaining 0 pauses until x-ratelimit-reset, a
// retry-after pauses that long, and a 5xx or network error backs off.
#pragma once

#include "connectors/github/githubconnector.h"
#include "delivery/targetguard.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QTimer>

#include <functional>
#include <memory>

class Engine;
class QNetworkReply;

class GitHubReviewPoller : public QObject
{
    Q_OBJECT
public:
    // token returns the reviewer's token (GATEHOUSE_GITHUB_TOKEN or the vault).
    GitHubReviewPoller(Engine &engine, std::shared_ptr<GitHubConnector> connector,
                       TargetGuard guard, std::function<QByteArray()> token,
                       QObject *parent = nullptr);
    // Polls now and then every github/pollSeconds; nothing without repositories.
    void start();
    // When the next round may start (rate limit or retry-after); invalid: now.
    QDateTime pausedUntil() const { return m_pausedUntil; }
    int roundsCompleted() const { return m_rounds; }
    bool isPolling() const { return m_running; }

public slots:
    // Starts a round now, unless one runs or GitHub asked to wait.
    void pollNow();

signals:
    void roundFinished();
    // A problem worth telling the operator (bad token, unknown repository).
    void problem(const QString &message);

private:
    struct Step
    {
        QString owner;
        QString repo;
        QString runId; // empty: the list of waiting runs
        QJsonObject run; // the run, for its pending deployments
    };
    void next();
    void get(const Step &step);
    void answered(QNetworkReply *reply, const Step &step);
    void readRuns(const Step &step, const QByteArray &body);
    void readPending(const Step &step, const QByteArray &body);
    void honourLimits(QNetworkReply *reply, int status);
    void finishRound();

    Engine &m_engine;
    std::shared_ptr<GitHubConnector> m_connector;
    TargetGuard m_guard;
    std::function<QByteArray()> m_token;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QQueue<Step> m_steps;
    bool m_running = false;
    bool m_failed = false; // this round stopped early: keep what is known
    QDateTime m_pausedUntil;
    int m_rounds = 0;
    int m_backoffSecs = 0;
    // By URL: the last ETag and the body it stood for (a 304 answers with no body).
    QHash<QString, QPair<QByteArray, QByteArray>> m_cache;
};
