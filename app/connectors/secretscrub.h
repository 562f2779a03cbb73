// SecretScrub: takes a secret that arrived with a webhook (Azure's job token) out of
// everything Gatehouse stores of that webhook. The sender may repeat it anywhere in
// the body: under its own name, inside a description, in a nested object. Values that
// contain it have it replaced by "[redacted]"; fields named after it are dropped.
#pragma once

#include "core/approval.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace SecretScrub {
// A copy of object without the field `name` (any case, any depth) and with the secret
// replaced in every key and string value. An empty secret only drops the fields.
QJsonObject object(const QJsonObject &object, const QString &name, const QByteArray &secret);
// The approval's text fields and metadata with the secret replaced.
void approval(Approval *approval, const QByteArray &secret);
} // namespace SecretScrub
