// The console's words and times (issue 15, items 8 and 10): plural forms, the export
// dialog's accelerators, secrets masked in How to connect, one local time format.
#include "core/timelineentry.h"
#include "models/localtime.h"
#include "models/timelinemodel.h"
#include "ui/connectdialog.h"
#include "ui/exportdialog.h"
#include "ui/rejectbar.h"
#include "ui/secretfield.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

class tst_Text : public QObject
{
    Q_OBJECT
private slots:
    void pluralsHaveNoBracketedS();
    void englishSaysOneApproval();
    void exportFileLabelFocusesThePath();
    void connectDialogMasksSecrets();
    void timelineShowsInstantsInLocalTime();
};

void tst_Text::pluralsHaveNoBracketedS()
{
    // A count is passed as n so each language gives its forms; the English source
    // never spells "(s)".
    const QString root = QStringLiteral(GATEHOUSE_SOURCE_DIR);
    QStringList bracketed;
    for (const QString &layer :
         {QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("ui")}) {
        QDirIterator it(root + QLatin1Char('/') + layer, {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            static const QRegularExpression tr(QStringLiteral(R"(tr\("[^"]*\w\((s|es|ies)\))"));
            if (tr.match(QString::fromUtf8(file.readAll())).hasMatch())
                bracketed.append(file.fileName());
        }
    }
    QCOMPARE(bracketed, QStringList());
}

void tst_Text::englishSaysOneApproval()
{
    // The English plural forms the application installs beneath every language.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/gatehouse_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&english));
    RejectBar bar;
    const auto question = [&bar] {
        for (const QLabel *label : bar.findChildren<QLabel *>()) {
            if (label->text().startsWith(QStringLiteral("Reject ")))
                return label->text();
        }
        return QString();
    };
    bar.ask({4});
    QCOMPARE(question(), QStringLiteral("Reject 1 approval?"));
    bar.ask({4, 5});
    QCOMPARE(question(), QStringLiteral("Reject 2 approvals?"));
    QCOMPARE(QCoreApplication::translate("TrayIcon", "Gatehouse: %n pending approvals", nullptr, 1),
             QStringLiteral("Gatehouse: 1 pending approval"));
    QCoreApplication::removeTranslator(&english);
}

void tst_Text::exportFileLabelFocusesThePath()
{
    ExportDialog dialog(2);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *fileLabel = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text() == QStringLiteral("F&ile:"))
            fileLabel = label;
    }
    QVERIFY(fileLabel);
    QLineEdit *path = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Export file"))
            path = edit;
    }
    QVERIFY(path);
    // With a buddy the label draws "File:" with an underlined i, not the ampersand.
    QCOMPARE(fileLabel->buddy(), path);
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(!path->hasFocus());
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(path->hasFocus());
}

void tst_Text::connectDialogMasksSecrets()
{
    const QString secret = QStringLiteral("s3cret-4711");
    ConnectDialog dialog(QStringLiteral("http://127.0.0.1:8470"),
                         {{QStringLiteral("generic"), secret}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QWidget *page = dialog.tabs()->widget(0);
    QPlainTextEdit *headers = nullptr;
    for (QPlainTextEdit *box : page->findChildren<QPlainTextEdit *>()) {
        if (box->accessibleName() == QStringLiteral("Headers"))
            headers = box;
    }
    QVERIFY(headers);
    const auto shownInClear = [&dialog, &secret] {
        for (const QPlainTextEdit *box : dialog.findChildren<QPlainTextEdit *>()) {
            if (box->toPlainText().contains(secret))
                return true;
        }
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->echoMode() == QLineEdit::Normal && edit->text().contains(secret))
                return true;
        }
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(secret))
                return true;
        }
        return false;
    };
    // Masked by default, as in File > Webhook secrets.
    QVERIFY(!shownInClear());
    QVERIFY(headers->toPlainText().startsWith(
            QStringLiteral("Content-Type: application/json\nAuthorization: Bearer ")));
    auto *field = page->findChild<SecretField *>();
    QVERIFY(field);
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Password);
    QCOMPARE(field->showButton()->accessibleName(),
             QStringLiteral("Show the secret of Generic webhook"));

    QTest::mouseClick(field->showButton(), Qt::LeftButton);
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(field->edit()->text(), secret);
    QCOMPARE(headers->toPlainText(),
             QStringLiteral("Content-Type: application/json\nAuthorization: Bearer ") + secret);
    QTest::mouseClick(field->showButton(), Qt::LeftButton);
    QVERIFY(!shownInClear());

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(field->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);

    // A connector without a secret has nothing to mask.
    QCOMPARE(dialog.tabs()->widget(3)->findChild<SecretField *>(), nullptr);
}

void tst_Text::timelineShowsInstantsInLocalTime()
{
    // The process runs in India (UTC+05:30, see main): UTC and local differ.
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-30T08:00:00Z"), Qt::ISODate);
    QCOMPARE(LocalTime::text(at), QStringLiteral("2026-11-30 13:30:00"));
    TimelineModel model;
    model.showApproval(7);
    model.setEntries(7,
                     {{1, 7, at, QStringLiteral("received"),
                       QStringLiteral("Received from generic; expires 2026-11-30T10:02:00Z")},
                      {2, 7, at.addSecs(90), QStringLiteral("link"),
                       QStringLiteral("Action link issued (decide); expires "
                                      "2026-11-30T12:00:00.250+01:00")}});
    QCOMPARE(model.index(0).data().toString(),
             QStringLiteral("2026-11-30 13:30:00  Received from generic; expires "
                            "2026-11-30 15:32:00"));
    QCOMPARE(model.index(1).data().toString(),
             QStringLiteral("2026-11-30 13:31:30  Action link issued (decide); expires "
                            "2026-11-30 16:30:00"));
    // An entry that arrives later reads alike.
    model.append({3, 7, at.addSecs(120), QStringLiteral("status"),
                  QStringLiteral("Retry at 2026-11-30T08:05:00Z, then 2026-11-30T08:10:00Z")});
    QCOMPARE(model.index(2).data().toString(),
             QStringLiteral("2026-11-30 13:32:00  Retry at 2026-11-30 13:35:00, then "
                            "2026-11-30 13:40:00"));
}

int main(int argc, char **argv)
{
    // Before Qt reads the zone: a local time that is not UTC, with a half-hour offset.
    qputenv("TZ", "Asia/Kolkata");
    QApplication app(argc, argv);
    tst_Text test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_text.moc"
