// JenkinsInput: one waiting `input` step as GET {build}/wfapi/pendingInputActions
// describes it (message, proceed text, parameters with defaults and choices), and the
// form that proceeds it. Jenkins settles a parameter left out of the form as null, not
// as its default, so the form always carries every parameter with an explicit value.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace JenkinsInput {
// The input with this id in a pendingInputActions answer, in metadata form:
// {"message","proceedText","parameters":[{"name","type","description","default","choices"}]};
// nothing when Jenkins does not list it (no longer waiting) or the answer is not an array.
std::optional<QJsonObject> find(const QByteArray &answer, const QString &inputId);
// The body of POST {build}/input/{id}/proceed: json={"parameter":[{"name","value"},...]}
// form-encoded, each parameter with the operator's value or else its default.
QByteArray proceedForm(const QJsonArray &parameters, const QJsonObject &values);
// What a parameter is, for a form: "string", "text", "boolean", "choice" or "password"
// (from Jenkins' StringParameterDefinition, TextParameterDefinition, ...); an unknown
// type is a string.
QString kindOf(const QJsonObject &parameter);
// Checks a decider's values against the parameters: each name one of them, a choice one
// of its choices, a boolean true or false, anything else a string. Empty when they fit,
// else why not (naming the parameter).
QString checkValues(const QJsonArray &parameters, const QJsonObject &values);
} // namespace JenkinsInput
