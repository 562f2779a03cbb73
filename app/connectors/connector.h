// Connector: everything Gatehouse knows about one external system, described in one
// place (docs/architecture.md). It translates: an inbound request becomes an approval,
// a decision becomes the outbound requests that system expects. It also says what it
// is made of (its kinds, routes, outbound calls, settings and secrets), so that the
// receiver, the settings pages, How to connect, the sidebar, the table model, the fuzz
// target and the tests loop over ConnectorRegistry instead of naming each system.
// No UI, no SQL, no network I/O of its own; a connector that must call its system on
// its own schedule (GitHub's reviewer poller) does it in the ConnectorTask it starts.
//
// Adding a system: a folder app/connectors/<name>/ with a Connector subclass that has
// a static create(const ServiceConfig &), and one line in connectorregistry.cpp.
#pragma once

#include "core/approval.h"
#include "core/decision.h"
#include "core/outboundrequest.h"
#include "receiver/httpmessage.h"
#include "receiver/inboundauth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class Engine;
struct LinkSettings;
class OutboxWorker;
class TargetGuard;

// What a connector runs for as long as the service does (GitHub: the reviewer poller
// and the installation tokens it lends the outbox). The service owns it and destroys
// it before the outbox and the Engine.
class ConnectorTask
{
public:
    virtual ~ConnectorTask() = default;
};

// What a connector read out of a webhook: the approval to store, and the secrets it
// carried (sealed by the engine, never stored in the approval itself).
struct ParsedWebhook
{
    Approval approval;
    QHash<QString, QByteArray> secrets; // short name -> value, e.g. "authToken"
    // A metadata key the engine increments on every delivery of the same item, inside
    // the ingest transaction (Azure gate evaluations); empty: none.
    QString counter;
    // A metadata key holding a JSON array of strings to which the engine adds listValue,
    // if absent, inside the ingest transaction (the sources of a fan-in); empty: none.
    QString listKey;
    QString listValue;
    // Metadata keys that a repeated delivery of the same item leaves as the first one
    // set them (the fan-in payload: the first source's notification, as documented).
    QStringList keepFirst;
    // The deadline counts from the first delivery: later ones do not move it (an Azure
    // gate's timeout runs from its first evaluation).
    bool deadlineFromFirstDelivery = false;
    // A progress line for a new approval: on its timeline and, through the connector's
    // statusRequests(), in the waiting system's log, stored with the approval in one
    // transaction (no second commit per webhook). Empty: none.
    QString openingStatus;
};

// Either a parsed webhook or the client error to answer with.
struct ParseOutcome
{
    std::optional<ParsedWebhook> parsed;
    int status = 400;
    QString error;
    QString detail;

    static ParseOutcome ok(ParsedWebhook webhook)
    {
        ParseOutcome outcome;
        outcome.parsed = std::move(webhook);
        outcome.status = 200;
        return outcome;
    }
    static ParseOutcome fail(int status, const QString &error, const QString &detail)
    {
        ParseOutcome outcome;
        outcome.status = status;
        outcome.error = error;
        outcome.detail = detail;
        return outcome;
    }
};

// What a route handler may use of the receiver that calls it (WebhookReceiver
// implements it; connectors never see the receiver class itself).
class InboundContext
{
public:
    virtual ~InboundContext() = default;
    virtual Engine &engine() = 0;
    virtual const LinkSettings &linkSettings() const = 0;
    // Stores a parsed webhook (field limits first) and answers createdStatus or
    // updatedStatus with {"id","state"}, the parse error, or 503 when not stored.
    virtual HttpResponse ingest(const ParseOutcome &outcome, int createdStatus = 201,
                                int updatedStatus = 200) = 0;
    // 401 with the detail, logged and counted per address (429 once over the limit),
    // for handlers with credentials of their own (fan-in group secrets).
    virtual HttpResponse refuseCredentials(const HttpRequest &request, const QString &detail) = 0;
};

// One kind of approval a connector creates. The texts are source strings marked with
// QT_TRANSLATE_NOOP in the contexts below, so that views translate them at display time.
struct ConnectorKind
{
    QString id; // stored in Approval::kind: "check", "pausedrun"
    const char *label = ""; // one row's kind, QT_TRANSLATE_NOOP("ApprovalTableModel", ...)
    const char *sidebarLabel = ""; // the sidebar's view, QT_TRANSLATE_NOOP("SidebarModel", ...)
    QString icon; // ":/icons/kind-<id>.svg"

    QString labelText() const { return QCoreApplication::translate("ApprovalTableModel", label); }
    QString sidebarText() const
    {
        return QCoreApplication::translate("SidebarModel", sidebarLabel);
    }
};

using RouteParams = QHash<QString, QString>;

// One inbound route. parse is the pure translation step (the fuzz target runs every
// route's parse on arbitrary bytes); handler answers the request. A route with only a
// parse is stored through InboundContext::ingest (201 new, 200 repeated).
// parseAnywhere (a route with only a parse, on a fixed path): parse reads nothing but
// the request, the time and the connector's settings, so the receiver thread that took
// the request may run it before the engine thread gets the request. The engine thread,
// where every webhook waits its turn, then only authenticates and stores it.
struct InboundRoute
{
    using Parse = std::function<ParseOutcome(const HttpRequest &, const QDateTime &now)>;
    using Handler =
            std::function<HttpResponse(InboundContext &, const HttpRequest &, const RouteParams &)>;

    QString method; // "POST"
    QString path; // "/hooks/fanin/{group}"
    QString realm; // whose inbound rule authenticates it: the connector's name
    Parse parse;
    Handler handler;
    bool parseAnywhere = false;

    // Whether the receiver thread may run this route's parse: asked for, on a route that
    // only parses, on a fixed path (a path with parameters is matched by the router).
    bool parsesAhead() const
    {
        return parseAnywhere && !handler && !path.contains(QLatin1Char('{'));
    }
};

// One kind of outbound call, as documentation (README, How to connect): what the
// connector sends where, and why.
struct OutboundCall
{
    QString method;
    QString url; // with placeholders: "{baseUrl}/flexdeploy/rest/v1/tasks/approve"
    QString purpose;
};

// A setting or secret the connector reads. Settings › Connectors is generated from
// these (one field each, its kind by type), and How to connect and --print-secrets list
// them; a value never appears in the settings file when it is a secret (it is sealed in
// the vault under vaultName). A key with a placeholder ("restartTargets/<name>/...") is
// documentation only: its owner edits it.
struct ConnectorSetting
{
    // Text: one line. Url: an absolute http(s) URL without credentials in it. Bool: a
    // check box ("true"/"false"). List: comma-separated entries. File: a path, with a
    // Browse button. Secret: sealed in the vault, never shown again (only "stored").
    enum class Type { Text, Url, Secret, Bool, List, File };
    // The QSettings key, "jenkins/url". A secret is never written to the settings file:
    // its key only names its field (errors, tests), "jenkins/credentials".
    QString key;
    QString environment; // environment variable that wins, "GATEHOUSE_JENKINS_CREDENTIALS"
    QString vaultName; // Secret: the vault name it is sealed under
    Type type = Type::Text;
    QString description; // translated, one line
    QString label; // translated, the form's row: "API token"; empty: the description
    QString placeholder; // an example, "https://jenkins.example.com/"
    QString defaultValue; // what applies when unset (the key is removed when it equals it)
    // A Secret whose field names a file: its content is sealed (the GitHub App's key).
    bool readFromFile = false;
    // The connector's own check of a value (for a Secret, the new value; for readFromFile,
    // the file's content): empty when fine, else why not, translated.
    std::function<QString(const QString &value)> check;

    static ConnectorSetting plain(Type type, const QString &key, const QString &description)
    {
        ConnectorSetting setting;
        setting.type = type;
        setting.key = key;
        setting.description = description;
        return setting;
    }
    static ConnectorSetting secret(const QString &key, const QString &environment,
                                   const QString &vaultName, const QString &description)
    {
        ConnectorSetting setting = plain(Type::Secret, key, description);
        setting.environment = environment;
        setting.vaultName = vaultName;
        return setting;
    }

    ConnectorSetting &labelled(const QString &text)
    {
        label = text;
        return *this;
    }
    ConnectorSetting &example(const QString &text)
    {
        placeholder = text;
        return *this;
    }
    ConnectorSetting &defaultsTo(const QString &value)
    {
        defaultValue = value;
        return *this;
    }
    ConnectorSetting &checkedBy(std::function<QString(const QString &)> function)
    {
        check = std::move(function);
        return *this;
    }
    ConnectorSetting &sealedFromFile()
    {
        readFromFile = true;
        return *this;
    }
    QString labelText() const { return label.isEmpty() ? description : label; }
    bool isTemplate() const
    {
        return key.contains(QLatin1Char('<')) || vaultName.contains(QLatin1Char('<'))
                || environment.contains(QLatin1Char('<'));
    }
};

// The tab of How to connect for one endpoint: what to configure in the sending system.
struct ConnectInstructions
{
    QString name;
    QString url;
    QString method;
    QString headers;
    QString payload;
    QString notes;
    QString secret; // the webhook secret shown in headers (masked), empty when none
};

// A fact a row or the detail pane shows about an approval (job, build, who started it).
struct ApprovalFact
{
    QString label; // translated
    QString value;
    QUrl link; // optional: where the fact leads (the run)
};

// What the answer to one of a connector's own calls says about the waiting item, as
// Connector::readAnswer() reads it. The engine applies it in this order: the decision
// first, in a transaction of its own (sent again after a crash, the same answer finds the
// item decided and changes nothing); then, with the delivery, the metadata, title and
// requester onto the approval as stored at that moment, the timeline line, and the
// further requests. A decision of the waiting system's own origin makes its connector
// send nothing back, nor does Verdict::Cancel.
struct AnswerReading
{
    QJsonObject metadata; // merged into the approval's metadata
    QString title; // a better title ("Deploy to production?"); empty keeps it
    QString requestedBy; // who started the run; empty keeps it
    QString line; // for the timeline; empty: none
    std::optional<Decision> decision; // the waiting system settled the item itself
    QList<OutboundRequest> requests; // calls that depend on this answer (Jenkins' proceed)
};

// What a connector made of the values a decider chose for the waiting system's form
// (Decision::inputs): a reason to refuse them (named parameter and why), or the metadata
// to store with the decision and the secrets to seal with it (a password's value, or a
// body that carries one), in the decision's transaction.
struct AcceptedInputs
{
    QString error; // non-empty: refused, nothing recorded
    QJsonObject metadata;
    QHash<QString, QByteArray> secrets; // short name -> value, as ParsedWebhook::secrets
};

class Connector
{
public:
    virtual ~Connector() = default;
    // The connector's one canonical name: approvals' "connector", the auth realm
    // (auth/<name>/..., GATEHOUSE_SECRET_<NAME>), the settings group.
    virtual QString name() const = 0;
    // Earlier names that still resolve to this connector (stored approvals, settings,
    // environment variables, vault entries written by older versions).
    virtual QStringList aliases() const { return {}; }
    // The product's name ("Azure Pipelines") or our own word, translated.
    virtual QString displayName() const { return name(); }
    virtual QList<ConnectorKind> kinds() const { return {}; }
    // Does it take webhooks (has an auth realm with a secret)? Fan-in does even when no
    // group is configured yet (its routes are then empty).
    virtual bool receivesWebhooks() const { return true; }
    // The scheme of its auth realm when auth/<name>/scheme is not set: a shared token,
    // or "hmac-sha256" for a system that signs every delivery and sends no token (GitHub).
    virtual QString defaultAuthScheme() const { return QStringLiteral("token"); }
    virtual QList<InboundRoute> routes() const { return {}; }
    virtual QList<OutboundCall> outboundCalls() const { return {}; }
    virtual QList<ConnectorSetting> settings() const { return {}; }
    // endpoint: the receiver's base URL; secret: the connector's webhook secret.
    virtual QList<ConnectInstructions> connectInstructions(const QString &endpoint,
                                                           const QString &secret) const
    {
        Q_UNUSED(endpoint);
        Q_UNUSED(secret);
        return {};
    }
    // The connector's own metadata, read for people (rows, detail pane).
    virtual QList<ApprovalFact> facts(const Approval &approval) const
    {
        Q_UNUSED(approval);
        return {};
    }
    // Which callback hosts a webhook may name (a refusable literal is a 400 at ingest).
    virtual void setTargetGuard(const TargetGuard &guard) { Q_UNUSED(guard); }
    // Starts what the connector runs in the background, on the service thread, once its
    // routes are installed and the outbox runs (the service's own connector only, never
    // a described() one). Default: nothing.
    virtual std::unique_ptr<ConnectorTask> startTask(Engine &engine, OutboxWorker &outbox)
    {
        Q_UNUSED(engine);
        Q_UNUSED(outbox);
        return nullptr;
    }

    // The calls that carry this approval's final decision to the waiting system.
    virtual QList<OutboundRequest> decisionRequests(const Approval &decided) const = 0;
    // Calls made once, when an approval is first stored (Azure creates its task log).
    virtual QList<OutboundRequest> openingRequests(const Approval &created) const
    {
        Q_UNUSED(created);
        return {};
    }
    // Progress lines for the waiting system's own log (Azure's task log); none by default.
    virtual QList<OutboundRequest> statusRequests(const Approval &approval,
                                                  const QString &line) const
    {
        Q_UNUSED(approval);
        Q_UNUSED(line);
        return {};
    }

    // The one answer hook: reads the 2xx answer to one of the connector's own requests
    // that set OutboundRequest::readAnswer (GitLab's deployment re-read, Jenkins'
    // pendingInputActions and build reads; OutboundRequest::captureAs may say which read
    // it is). Nothing by default.
    virtual AnswerReading readAnswer(const Approval &approval, const OutboundRequest &request,
                                     const QByteArray &answer) const
    {
        Q_UNUSED(approval);
        Q_UNUSED(request);
        Q_UNUSED(answer);
        return {};
    }

    // The form a decider may fill before approving (a Jenkins input's parameters), for
    // the detail pane: [{"name", "kind": "string"|"text"|"boolean"|"choice"|"password",
    // "description", "value" (what to prefill), "choices"}]. Empty: none.
    virtual QJsonArray decisionInputs(const Approval &approval) const
    {
        Q_UNUSED(approval);
        return {};
    }
    // Checks the values a decider chose for the waiting system's own form before an
    // approval is recorded (Jenkins: the input's parameters). Default: it has none.
    virtual AcceptedInputs acceptInputs(const Approval &approval, const QJsonObject &inputs) const
    {
        Q_UNUSED(approval);
        AcceptedInputs accepted;
        // Engine's context: lupdate scans only .cpp files, and Engine has the same text.
        if (!inputs.isEmpty())
            accepted.error =
                    QCoreApplication::translate("Engine", "this approval takes no parameters");
        return accepted;
    }

    // A connector whose senders prove themselves in a way of their own (GitLab's
    // X-Gitlab-Token, or its Standard Webhooks signature when present): under the token
    // scheme this decides, with the connector's secret. Empty: the scheme's own check.
    virtual InboundAuth::Verifier webhookVerifier() const { return {}; }

    // The vault name of one of an approval's secrets.
    static QString secretName(qint64 approvalId, const QString &name)
    {
        return QStringLiteral("approval/%1/%2").arg(approvalId).arg(name);
    }
};
