// parseJsonObject: the one place where untrusted request bodies become JSON objects,
// with the nesting-depth limit and the error messages every route shares.
#pragma once

#include "connectors/connector.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

constexpr int maxJsonDepth = 32;

// Returns the error outcome, or nothing when *object was filled.
std::optional<ParseOutcome> parseJsonObject(const QByteArray &body, QJsonObject *object,
                                            bool emptyIsEmptyObject = false);
