#include "githubmodule.h"

#include "connectors/github/githubapptokens.h"
#include "connectors/github/githubconnector.h"
#include "connectors/github/githubreviewpoller.h"
#include "core/engine.h"
#include "delivery/outboxworker.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGitHub, "gatehouse.github")

GitHubModule::GitHubModule(std::shared_ptr<GitHubConnector> connector, Engine &engine,
                           OutboxWorker &outbox)
    : m_connector(std::move(connector))
{
    // The reviewer token (GATEHOUSE_GITHUB_TOKEN) was sealed at start like every declared
    // connector credential; the App key is read when a token is needed.
    Engine *engineRef = &engine;
    const GitHubConfig &config = m_connector->config();
    const QString keyFile = config.privateKeyFile;
    m_tokens = std::make_shared<GitHubAppTokens>(
            config, outbox.targetGuard(),
            [engineRef, keyFile](QString *error) {
                return readGitHubPrivateKey(
                        keyFile,
                        keyFile.isEmpty() ? engineRef->secret(GitHubConfig::privateKeySecret())
                                          : QByteArray(),
                        error);
            },
            [engineRef] { return engineRef->now(); });
    outbox.setCredentialProvider(GitHubAppTokens::providerName(), m_tokens);
    m_poller = std::make_unique<GitHubReviewPoller>(
            engine, m_connector, outbox.targetGuard(),
            [engineRef] { return engineRef->secret(GitHubConfig::reviewerTokenSecret()); });
    QObject::connect(m_poller.get(), &GitHubReviewPoller::problem, m_poller.get(),
                     [](const QString &message) { qCWarning(lcGitHub).noquote() << message; });
    m_connector->setReviewHint([poller = m_poller.get()] {
        QMetaObject::invokeMethod(poller, &GitHubReviewPoller::pollNow, Qt::QueuedConnection);
    });
    m_poller->start();
}

GitHubModule::~GitHubModule()
{
    m_connector->setReviewHint({});
}
