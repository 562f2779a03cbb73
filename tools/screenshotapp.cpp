// gatehouse-screenshot: the real console window on the real service (temporary
// database), for scripts/screenshot.sh. The script posts sample webhooks with curl;
// this program waits until the expected number of approvals is in the table, selects
// the one whose title contains --select, and prints READY so the script can capture
// the screen. Nothing here is part of the product.
#include "core/engine.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "service/gatehouseservice.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("port"),
                                  QStringLiteral("port"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("database"),
                                QStringLiteral("path"));
    const QCommandLineOption key(QStringLiteral("key-file"), QStringLiteral("vault key"),
                                 QStringLiteral("path"));
    const QCommandLineOption expect(QStringLiteral("expect"),
                                    QStringLiteral("approvals to wait for"),
                                    QStringLiteral("count"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("title to select"),
                                    QStringLiteral("text"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("window size, WxH"),
                                  QStringLiteral("size"), QStringLiteral("1400x900"));
    const QCommandLineOption settingsTab(QStringLiteral("settings-tab"),
                                         QStringLiteral("also open File > Settings on this tab"),
                                         QStringLiteral("index"));
    parser.addOptions({port, db, key, expect, select, size, settingsTab});
    parser.process(app);
    // As the app does: the system language (LANG=de_DE.UTF-8 shows the German window).
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("gatehouse"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    ServiceConfig config;
    config.databasePath = parser.value(db);
    config.port = quint16(parser.value(port).toUInt());
    config.keyFile = parser.value(key);
    config.operatorToken = qgetenv("GATEHOUSE_OPERATOR_TOKEN");
    QSettings none(QStringLiteral("/nonexistent/gatehouse-screenshot.ini"), QSettings::IniFormat);
    QString settingsError;
    InboundSecrets::readSettings(none, &config.inbound, &settingsError); // GATEHOUSE_SECRET_*
    ServiceThread service;
    QString error;
    if (!service.start(config, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(service.service()->port());
    MainWindow window(service.service()->engine(), endpoint, config.operatorToken);
    window.setConnectionSecrets(service.service()->connectionSecrets());
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    window.setGeometry(0, 0, wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    QTextStream(stdout) << "LISTENING " << endpoint << Qt::endl;

    const int expected = parser.value(expect).toInt();
    const QString wanted = parser.value(select);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        ApprovalTableModel *model = window.approvalModel();
        if (model->rowCount() < expected)
            return;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->approvalAt(row)->title.contains(wanted))
                continue;
            const QModelIndex index = window.proxy()->mapFromSource(model->index(row, 0));
            if (!index.isValid())
                return;
            window.table()->selectRow(index.row());
            window.table()->setFocus();
            poll.stop();
            if (parser.isSet(settingsTab)) {
                // Over the window, as the user opens it: File > Settings on that tab.
                auto *dialog = new SettingsDialog(SettingsService(service.service()), &window);
                dialog->tabs()->setCurrentIndex(parser.value(settingsTab).toInt());
                dialog->move(40, 40);
                dialog->show();
            }
            // Time for the timeline to load and the view to settle.
            QTimer::singleShot(1500, &window, [] { QTextStream(stdout) << "READY" << Qt::endl; });
            return;
        }
    });
    poll.start(200);
    const int status = app.exec();
    service.stop();
    return status;
}
