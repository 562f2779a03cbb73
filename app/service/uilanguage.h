// UiLanguage: the translators of the language the user chose (File › Settings › General,
// "ui/language"), else of the system's locale. The window and the command line install
// the same ones, so that `gatehouse list` speaks the window's language.
#pragma once

#include <QString>

class QCoreApplication;

namespace UiLanguage {
// English plural forms, then Gatehouse's own translation of language (empty: the
// system's locale), then Qt's own (standard buttons, dialogs).
void install(QCoreApplication &app, const QString &language);
} // namespace UiLanguage
