#include "githubhttp.h"

#include "connectors/github/githubconnector.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

void GitHubHttp::configure(QNetworkAccessManager &network)
{
    network.setAutoDeleteReplies(true);
    network.setTransferTimeout(30000);
    network.setProxy(QNetworkProxy::NoProxy);
}

std::optional<QNetworkRequest> GitHubHttp::request(const QUrl &url, const TargetGuard &guard,
                                                   const QByteArray &bearer, QString *problem)
{
    const QString refused = guard.checkUrl(url);
    if (!url.isValid() || !refused.isEmpty()) {
        *problem = QCoreApplication::translate("GitHubHttp", "refused: %1")
                           .arg(refused.isEmpty() ? QCoreApplication::translate(
                                        "GitHubHttp", "invalid github/apiUrl")
                                                  : refused);
        return std::nullopt;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : GitHubConnector::apiHeaders())
        request.setRawHeader(name, value);
    request.setRawHeader("Authorization", "Bearer " + bearer);
    return request;
}
