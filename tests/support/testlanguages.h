// The console's languages for tests that look at wording and layout: one data row per
// language, and the translator of one installed the way the application installs it.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTest>
#include <QTranslator>

namespace TestLanguages {

// A "language" column with the rows en (no translator), de and fr.
inline void addRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// Loads the built-in translation of language and installs it; English (empty) needs
// none. False when the translation is missing from the resources.
inline bool install(QTranslator &translator, const QString &language)
{
    if (language.isEmpty())
        return true;
    return translator.load(QStringLiteral(":/i18n/gatehouse_%1.qm").arg(language))
            && QCoreApplication::installTranslator(&translator);
}

} // namespace TestLanguages
