#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void UiLanguage::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English plural forms first: the last translator installed is asked first, so a
    // language without its own forms for a count still reads "1 approval".
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/gatehouse_en.qm")))
        app.installTranslator(english);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("gatehouse"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}
