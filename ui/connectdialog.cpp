#include "connectdialog.h"

#include "secretfield.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

QVector<ConnectDialog::Instructions> ConnectDialog::connectInstructions(
        const QString &endpoint, const QHash<QString, QString> &secrets)
{
    // With a webhook secret the sender adds one header; without one (no authentication
    // configured) the headers are exactly those of docs/azure.md (seed 000).
    const auto bearer = [&secrets](const QString &connector) {
        const QString secret = secrets.value(connector);
        return secret.isEmpty() ? QString()
                                : QStringLiteral("\nAuthorization: Bearer %1").arg(secret);
    };
    const QString azureSecret = secrets.value(QStringLiteral("azure"));
    const QString azureHeaders = QStringLiteral("{\n")
            + (azureSecret.isEmpty()
                       ? QString()
                       : QStringLiteral("    \"X-Gatehouse-Secret\": \"%1\",\n").arg(azureSecret))
            + QStringLiteral("    \"Content-Type\":\"application/json\",\n"
                             "    \"PlanUrl\": \"$(system.CollectionUri)\",\n"
                             "    \"ProjectId\": \"$(system.TeamProjectId)\",\n"
                             "    \"HubName\": \"$(system.HostType)\",\n"
                             "    \"PlanId\": \"$(system.PlanId)\",\n"
                             "    \"JobId\": \"$(system.JobId)\",\n"
                             "    \"TimelineId\": \"$(system.TimelineId)\",\n"
                             "    \"TaskInstanceId\": \"$(system.TaskInstanceId)\",\n"
                             "    \"AuthToken\": \"$(system.AccessToken)\",\n"
                             "    \"BuildId\": \"$(build.BuildId)\"\n"
                             "}");
    return {
            {tr("Generic webhook"), endpoint + QStringLiteral("/hooks/generic"),
             QStringLiteral("POST"),
             QStringLiteral("Content-Type: application/json") + bearer(QStringLiteral("generic")),
             QStringLiteral("{\n"
                            "    \"title\": \"Deploy shop 3.1 to production\",\n"
                            "    \"externalId\": \"shop-run-4711-prod\",\n"
                            "    \"pipeline\": \"shop\",\n"
                            "    \"stage\": \"prod\",\n"
                            "    \"environment\": \"production\",\n"
                            "    \"requestedBy\": \"alice\",\n"
                            "    \"description\": \"Release notes: ...\",\n"
                            "    \"timeoutMinutes\": 60,\n"
                            "    \"callbackUrl\": \"https://ci.example.com/hooks/gatehouse\"\n"
                            "}"),
             tr("Required: title and callbackUrl. Gatehouse posts the decision as JSON "
                "(id, externalId, decision, decidedBy, comment, decidedAt) to callbackUrl. "
                "The same externalId updates the approval instead of creating a twin."),
             secrets.value(QStringLiteral("generic"))},
            {tr("Azure Pipelines check"), endpoint + QStringLiteral("/hooks/azure/check"),
             QStringLiteral("POST"), azureHeaders,
             QStringLiteral("{\"title\":\"Deploy "
                            "$(Build.BuildNumber)\",\"pipeline\":\"$(Build.DefinitionName)\","
                            "\"stage\":\"prod\"}"),
             tr("Invoke REST API check on a Generic service connection pointing at %1, URL suffix "
                "/hooks/azure/check. Completion event: Callback; time between evaluations: 0; "
                "timeout: as long as the operator may take.")
                     .arg(endpoint),
             azureSecret},
            {tr("Azure gate (ApiResponse)"), endpoint + QStringLiteral("/hooks/azure/gate"),
             QStringLiteral("POST"), azureHeaders,
             QStringLiteral("{\"title\":\"Gate for $(Release.ReleaseName)\",\"stage\":\"prod\"}"),
             tr("Completion event: ApiResponse. Success criterion: eq(root['status'], 'approved'). "
                "Timeout / time between evaluations at most 10. For classic release gates add "
                "the header \"GatehouseKey\": \"$(Release.ReleaseId)-$(Release.EnvironmentId)\". "
                "Add \"GatehouseInterval\" and \"GatehouseTimeout\" (minutes, as configured "
                "in Azure) to see the evaluations and the time left."),
             azureSecret},
            {tr("FlexDeploy human task"), endpoint + QStringLiteral("/hooks/flexdeploy/tasks"),
             QStringLiteral("POST"),
             QStringLiteral("Content-Type: application/json")
                     + bearer(QStringLiteral("flexdeploy")),
             QStringLiteral(
                     "{\n    \"taskid\": \"10234\",\n    \"description\": \"Approve deployment of "
                     "shop 3.1 to PROD\"\n}"),
             tr("Call this from a FlexDeploy notification or plugin step when a human task is "
                "created. Gatehouse approves or rejects the task through FlexDeploy's task REST "
                "API with the credentials set for the FlexDeploy connector."),
             secrets.value(QStringLiteral("flexdeploy"))},
            {tr("Paused pipeline"), endpoint + QStringLiteral("/hooks/pipelines/pause"),
             QStringLiteral("POST"),
             QStringLiteral("Content-Type: application/json") + bearer(QStringLiteral("pipelines")),
             QStringLiteral(
                     "{\n    \"target\": \"adf-load\",\n    \"title\": \"Load sales into the "
                     "warehouse\",\n    \"data\": {\"runId\": \"r-42\", \"rows\": 1200},\n"
                     "    \"expiresInMinutes\": 1440\n}"),
             tr("The first pipeline pauses with this call; \"target\" names a restart target from "
                "the "
                "settings. The answer carries a single-use restart link; approving in the console "
                "starts the second pipeline with \"data\"."),
             secrets.value(QStringLiteral("pipelines"))},
            {tr("GitLab deployments"), endpoint + QStringLiteral("/hooks/gitlab"),
             QStringLiteral("POST"),
             QStringLiteral("X-Gitlab-Event: Deployment Hook")
                     + (secrets.value(QStringLiteral("gitlab")).isEmpty()
                                ? QString()
                                : QStringLiteral("\nX-Gitlab-Token: %1")
                                          .arg(secrets.value(QStringLiteral("gitlab")))),
             QStringLiteral("{\"object_kind\": \"deployment\", \"status\": \"blocked\",\n"
                            " \"deployment_id\": 1503204389, \"deployable_id\": 15663409982,\n"
                            " \"environment\": \"production\", \"ref\": \"main\",\n"
                            " \"project\": {\"id\": 85038800, \"path_with_namespace\": "
                            "\"grp/app\"},\n \"user\": {\"username\": \"dev1\"}}"),
             tr("In GitLab, open the project's (or group's) Settings > Webhooks > Add new "
                "webhook. URL: %1/hooks/gitlab. Secret token: the secret below. Trigger: "
                "Deployment events only. (With a signing token, give Gatehouse that whsec_ value "
                "as its GitLab secret.) Gatehouse re-reads each blocked deployment and approves "
                "or rejects it through GitLab's API with an access token of scope api, of a user "
                "allowed to approve (GATEHOUSE_GITLAB_TOKEN, or Settings > Connectors > GitLab).")
                     .arg(endpoint),
             secrets.value(QStringLiteral("gitlab"))},
            {tr("Operator API"), endpoint + QStringLiteral("/api/approvals/{id}/approve"),
             QStringLiteral("POST"),
             QStringLiteral(
                     "Authorization: Bearer <operator token>\nContent-Type: application/json"),
             QStringLiteral(
                     "{\"decidedBy\": \"alice\", \"comment\": \"approved in the change meeting\"}"),
             tr("For scripts and chat bots: /approve or /reject decides, /retry-delivery retries, "
                "GET /api/approvals lists. The operator token is under File > Copy operator "
                "token.")},
    };
}

ConnectDialog::ConnectDialog(const QString &endpoint, const QHash<QString, QString> &secrets,
                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("How to connect"));
    setAccessibleName(tr("How to connect"));
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Connectors"));
    for (const Instructions &instructions : connectInstructions(endpoint, secrets))
        m_tabs->addTab(page(instructions), instructions.name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(720, 560);
}

QWidget *ConnectDialog::page(const Instructions &in)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto withCopy = [page](QWidget *field, const QString &text, const QString &what) {
        auto *row = new QWidget(page);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(field, 1);
        auto *copy = new QPushButton(tr("Copy"), row);
        copy->setAccessibleName(tr("Copy %1").arg(what));
        copy->setToolTip(tr("Copy %1 to the clipboard").arg(what));
        layout->addWidget(copy, 0, Qt::AlignTop);
        QObject::connect(copy, &QPushButton::clicked, row,
                         [text] { QGuiApplication::clipboard()->setText(text); });
        return row;
    };
    auto *url = new QLineEdit(in.url, page);
    url->setReadOnly(true);
    url->setFont(mono);
    url->setAccessibleName(tr("URL"));
    form->addRow(tr("%1 URL:").arg(in.method), withCopy(url, in.url, tr("URL")));
    const auto textBox = [&](const QString &text, const QString &name) {
        auto *box = new QPlainTextEdit(text, page);
        box->setReadOnly(true);
        box->setFont(mono);
        box->setAccessibleName(name);
        box->setLineWrapMode(QPlainTextEdit::NoWrap);
        return box;
    };
    // The secret is masked in the headers as in File > Webhook secrets; Copy still
    // copies the real headers, Show reveals them.
    const QString masked = in.secret.isEmpty()
            ? in.headers
            : QString(in.headers).replace(in.secret, QString(8, QChar(0x2022)));
    auto *headers = textBox(masked, tr("Headers"));
    form->addRow(tr("Headers:"), withCopy(headers, in.headers, tr("headers")));
    if (!in.secret.isEmpty()) {
        auto *secret = new SecretField(in.secret, in.name, page);
        form->addRow(tr("Secret:"), secret);
        connect(secret, &SecretField::revealedChanged, headers,
                [headers, masked, clear = in.headers](bool revealed) {
                    headers->setPlainText(revealed ? clear : masked);
                });
    }
    form->addRow(tr("Sample payload:"),
                 withCopy(textBox(in.payload, tr("Sample payload")), in.payload, tr("payload")));
    auto *notes = new QLabel(in.notes, page);
    notes->setWordWrap(true);
    notes->setTextFormat(Qt::PlainText);
    form->addRow(notes);
    return page;
}
