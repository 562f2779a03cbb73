#include "testcertificate.h"

#include <QProcess>

bool TestCertificate::make(const QString &certificatePath, const QString &keyPath)
{
    QProcess openssl;
    openssl.setStandardOutputFile(QProcess::nullDevice());
    openssl.setStandardErrorFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   keyPath, QStringLiteral("-out"), certificatePath, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit
            && openssl.exitCode() == 0;
}
