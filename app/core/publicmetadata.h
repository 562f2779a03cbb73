// publicMetadata: an approval's metadata as the control API shows it. Metadata is
// meant to hold no secrets, but part of it is what a webhook sent (an Azure check's
// body, a paused run's data, a fan-in payload), and a sender may repeat a token there.
// So the answer drops every field whose name says it is a credential (token, secret,
// password, authorization, signature, ...), strips user:password@ from URLs, and
// blanks out every value sealed for the approval wherever it appears.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

QJsonObject publicMetadata(const QJsonObject &metadata, const QList<QByteArray> &secretValues);
