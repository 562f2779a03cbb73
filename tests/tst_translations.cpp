// Translations kept complete and correct (issues 14, 15 item 10 and 18): every message of
// translations/*.ts is translated, keeps the source's placeholders, accelerator, closing
// punctuation and rich-text tags, and a plural message has its language's forms. Read
// from the source tree, as lupdate wrote them and lrelease compiles them.
// scripts/translations-todo.py lists (and fills in) what this test finds unfinished.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    qint64 line = 0; // in the .ts file
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one, or the plural forms
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context,
                              {},
                              xml.lineNumber(),
                              xml.attributes().value(QLatin1String("numerus"))
                                      == QLatin1String("yes"),
                              false,
                              {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.unfinished = type == QLatin1String("unfinished");
            // Gone from the sources: lrelease leaves them out, nothing to check.
            const bool gone =
                    type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            if (!gone)
                ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// The arguments QString::arg() and tr(..., n) fill in. A translation may name one twice.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

int accelerators(QString text)
{
    text.remove(QStringLiteral("&&")); // a literal ampersand
    static const QRegularExpression mnemonic(QStringLiteral("&[^\\s&]"));
    return int(text.count(mnemonic));
}

QStringList richTextTags(const QString &text)
{
    static const QRegularExpression tag(
            QStringLiteral("</?(?:a|b|i|u|p|br|h\\d|ul|ol|li|tt|code|span|div|table|tr|td|em|"
                           "strong|small)\\b[^>]*>"));
    QStringList tags;
    for (const auto &match : tag.globalMatch(text))
        tags.append(match.captured());
    return tags;
}

// Plural forms each language's .qm is asked for (QTranslator's rules): German and English
// one and other; French one (0 and 1) and other.
int pluralForms(const QString &language)
{
    const QString code = language.section(QLatin1Char('_'), 0, 0);
    if (code == QLatin1String("de") || code == QLatin1String("en") || code == QLatin1String("fr"))
        return 2;
    return -1;
}

// Each problem on its own line (QCOMPARE of two lists shows only their sizes).
QByteArray listed(const QStringList &problems)
{
    return QByteArray::number(problems.size()) + " found:\n"
            + problems.join(QLatin1Char('\n')).toUtf8();
}

QString where(const QString &file, const Message &m)
{
    return QStringLiteral("%1:%2 [%3] \"%4\"").arg(file).arg(m.line).arg(m.context, m.source);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void translationsKeepPlaceholdersAndMarkup_data();
    void translationsKeepPlaceholdersAndMarkup();
    void termsAreDistinct();
    void everyTrStringIsInTheTranslations_data();
    void everyTrStringIsInTheTranslations();

private:
    void files();
};

void tst_Translations::files()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(GATEHOUSE_SOURCE_DIR "/translations"));
    const QStringList names = dir.entryList({QStringLiteral("gatehouse_*.ts")}, QDir::Files);
    QVERIFY2(names.size() >= 3, qPrintable(dir.path()));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void tst_Translations::everyMessageIsTranslated_data()
{
    files();
}

void tst_Translations::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QCOMPARE(ts.error, QString());
    QVERIFY(!ts.messages.isEmpty());
    const int forms = pluralForms(ts.language);
    QVERIFY2(forms > 0,
             qPrintable(QStringLiteral("say how many plural forms %1 has").arg(ts.language)));
    const QString file = QFileInfo(path).fileName();
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (m.unfinished)
            problems.append(where(file, m) + QStringLiteral(": unfinished"));
        else if (m.numerus && m.forms.size() != forms)
            problems.append(where(file, m)
                            + QStringLiteral(": %1 plural forms, %2 has %3")
                                      .arg(m.forms.size())
                                      .arg(ts.language)
                                      .arg(forms));
        else if (m.forms.contains(QString()))
            problems.append(where(file, m) + QStringLiteral(": empty translation"));
    }
    QVERIFY2(problems.isEmpty(), listed(problems).constData());
}

void tst_Translations::translationsKeepPlaceholdersAndMarkup_data()
{
    files();
}

void tst_Translations::translationsKeepPlaceholdersAndMarkup()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QCOMPARE(ts.error, QString());
    const QString file = QFileInfo(path).fileName();
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (m.unfinished)
            continue; // the test above names it
        for (const QString &form : m.forms) {
            const auto problem = [&](const QString &what) {
                problems.append(where(file, m) + QStringLiteral(" -> \"%1\": %2").arg(form, what));
            };
            if (placeholders(form) != placeholders(m.source))
                problem(QStringLiteral("placeholders differ"));
            if (accelerators(form) != accelerators(m.source))
                problem(QStringLiteral("the source has %1 accelerator(s), this %2")
                                .arg(accelerators(m.source))
                                .arg(accelerators(form)));
            if (richTextTags(form) != richTextTags(m.source))
                problem(QStringLiteral("rich-text tags differ"));
            // A label keeps its colon, a menu entry that opens a dialog its ellipsis, a
            // question its mark; a sentence its full stop (an abbreviation may add one).
            for (const QString &end : {QStringLiteral(":"), QStringLiteral("\u2026"),
                                       QStringLiteral("?"), QStringLiteral("\n")}) {
                if (m.source.endsWith(end) != form.endsWith(end))
                    problem(QStringLiteral("the end differs from the source's"));
            }
            if (m.source.endsWith(QLatin1Char('.')) && !form.endsWith(QLatin1Char('.')))
                problem(QStringLiteral("the full stop is missing"));
        }
    }
    QVERIFY2(problems.isEmpty(), listed(problems).constData());
}

void tst_Translations::termsAreDistinct()
{
    // Issue 15 item 10: History and Timeline are two things (Verlauf, Zeitachse), and a
    // connector is a Konnektor.
    const TsFile ts = readTs(QStringLiteral(GATEHOUSE_SOURCE_DIR "/translations/gatehouse_de.ts"));
    QCOMPARE(ts.error, QString());
    QSet<QString> history;
    QSet<QString> timeline;
    QStringList english;
    static const QRegularExpression connector(QStringLiteral("\\bConnector(s|en)?\\b"));
    for (const Message &m : ts.messages) {
        if (m.source == QLatin1String("History"))
            history.insert(m.forms.value(0));
        if (m.source == QLatin1String("Timeline"))
            timeline.insert(m.forms.value(0));
        for (const QString &form : m.forms) {
            if (form.contains(connector))
                english.append(form);
        }
    }
    QCOMPARE(history, QSet<QString>{QStringLiteral("Verlauf")});
    QCOMPARE(timeline, QSet<QString>{QStringLiteral("Zeitachse")});
    QVERIFY2(english.isEmpty(), listed(english).constData());

    // French alike: Historique is the view, Chronologie an approval's events.
    const TsFile fr = readTs(QStringLiteral(GATEHOUSE_SOURCE_DIR "/translations/gatehouse_fr.ts"));
    QSet<QString> frenchTimeline;
    for (const Message &m : fr.messages) {
        if (m.source == QLatin1String("Timeline"))
            frenchTimeline.insert(m.forms.value(0));
    }
    QCOMPARE(frenchTimeline, QSet<QString>{QStringLiteral("Chronologie")});
}

void tst_Translations::everyTrStringIsInTheTranslations_data()
{
    files();
}

void tst_Translations::everyTrStringIsInTheTranslations()
{
    // A tr() string added without update_translations would show in English only. lupdate
    // (as that target runs it) on a copy of the file must find nothing new and nothing gone.
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    // The sources translations/CMakeLists.txt hands lupdate.
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    for (const char *layer : {"app", "models", "ui"}) {
        QDirIterator it(QStringLiteral(GATEHOUSE_SOURCE_DIR "/") + QLatin1String(layer),
                        {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            list.write(it.next().toUtf8() + '\n');
    }
    list.close();
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"), QStringLiteral("-silent")};
    if (copy.endsWith(QLatin1String("_en.ts")))
        arguments.append(QStringLiteral("-pluralonly")); // English keeps only plural forms
    arguments << QLatin1Char('@') + list.fileName() << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(GATEHOUSE_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForStarted(), qPrintable(lupdate.errorString()));
    if (!lupdate.waitForFinished(120000)) {
        lupdate.kill();
        lupdate.waitForFinished();
        QFAIL("lupdate hung: Qt 6.4's hangs on translate(..., nullptr, int(x / 60)); count "
              "with a plain variable");
    }
    QCOMPARE(lupdate.exitCode(), 0);

    const auto keys = [](const TsFile &ts) {
        QSet<QString> set;
        for (const Message &m : ts.messages)
            set.insert(QStringLiteral("[%1] \"%2\"").arg(m.context, m.source));
        return set;
    };
    const TsFile committed = readTs(path);
    const TsFile updated = readTs(copy);
    QCOMPARE(updated.error, QString());
    QStringList fresh = (keys(updated) - keys(committed)).values();
    QStringList gone = (keys(committed) - keys(updated)).values();
    fresh.sort();
    gone.sort();
    // Run `cmake --build build --target update_translations`, then
    // scripts/translations-todo.py (see translations/CMakeLists.txt for gatehouse_en.ts).
    QVERIFY2(fresh.isEmpty(), ("not in the file yet: " + listed(fresh)).constData());
    QVERIFY2(gone.isEmpty(), ("no longer in the sources: " + listed(gone)).constData());
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
