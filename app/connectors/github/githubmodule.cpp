#include "githubmodule.h"

#include "connectors/github/githubapptokens.h"
#include "connectors/github/githubconnector.h"
#include "connectors/github/githubhook.h"
#include "connectors/github/githubreviewpoller.h"
#include "core/engine.h"
#include "delivery/outboxworker.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGitHub, "gatehouse.github")

GitHubModule::GitHubModule(const GitHubConfig &config, Engine &engine)
    : m_config(config), m_engine(engine), m_connector(std::make_shared<GitHubConnector>(config))
{
    if (!config.reviewerToken.isEmpty())
        engine.putSecret(GitHubConfig::reviewerTokenSecret(), config.reviewerToken);
    m_config.reviewerToken.clear(); // kept sealed only
}

GitHubModule::~GitHubModule() = default;

void GitHubModule::install(WebhookReceiver &receiver, OutboxWorker &outbox)
{
    Engine *engine = &m_engine;
    const QString keyFile = m_config.privateKeyFile;
    m_tokens = std::make_shared<GitHubAppTokens>(
            m_config, outbox.targetGuard(),
            [engine, keyFile](QString *error) {
                return readGitHubPrivateKey(
                        keyFile,
                        keyFile.isEmpty() ? engine->secret(GitHubConfig::privateKeySecret())
                                          : QByteArray(),
                        error);
            },
            [engine] { return engine->now(); });
    outbox.setCredentialProvider(GitHubAppTokens::providerName(), m_tokens);
    m_hook = std::make_unique<GitHubHook>(m_engine, m_connector);
    m_hook->install(receiver);
    m_poller = std::make_unique<GitHubReviewPoller>(
            m_engine, m_connector, outbox.targetGuard(),
            [engine] { return engine->secret(GitHubConfig::reviewerTokenSecret()); });
    QObject::connect(m_poller.get(), &GitHubReviewPoller::problem, m_poller.get(),
                     [](const QString &message) { qCWarning(lcGitHub).noquote() << message; });
    m_hook->setReviewHint([poller = m_poller.get()] {
        QMetaObject::invokeMethod(poller, &GitHubReviewPoller::pollNow, Qt::QueuedConnection);
    });
}

void GitHubModule::start()
{
    if (m_poller)
        m_poller->start();
}
