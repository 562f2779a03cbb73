#include "githubjwt.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

} // namespace

QByteArray GitHubJwt::claims(const QString &issuer, const QDateTime &now)
{
    const qint64 seconds = now.toSecsSinceEpoch();
    bool numeric = false;
    const qint64 appId = issuer.toLongLong(&numeric);
    QJsonObject object{{QStringLiteral("iat"), seconds - backdateSecs},
                       {QStringLiteral("exp"), seconds + lifetimeSecs}};
    if (numeric && appId > 0)
        object.insert(QStringLiteral("iss"), appId);
    else
        object.insert(QStringLiteral("iss"), issuer);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray GitHubJwt::sign(const QByteArray &privateKeyPem, const QString &issuer,
                           const QDateTime &now, QString *error)
{
    if (issuer.trimmed().isEmpty()) {
        *error = QStringLiteral("github/appId is not set");
        return {};
    }
    std::unique_ptr<BIO, BioFree> bio(
            BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    std::unique_ptr<EVP_PKEY, KeyFree> key(
            bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA) {
        *error = QStringLiteral("the GitHub App private key is not an RSA private key in PEM form");
        return {};
    }
    const QByteArray input = base64Url(R"({"alg":"RS256","typ":"JWT"})") + '.'
            + base64Url(claims(issuer.trimmed(), now));
    std::unique_ptr<EVP_MD_CTX, ContextFree> context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context
        || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size()))
                != 1) {
        *error = QStringLiteral("cannot sign with the GitHub App private key");
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()))
        != 1) {
        *error = QStringLiteral("cannot sign with the GitHub App private key");
        return {};
    }
    signature.resize(qsizetype(length));
    return input + '.' + base64Url(signature);
}
