// DialogClicks: what a user does in a dialog, for the widget tests: click a tab by its
// text, click Save, type into a field (click, select all, keys).
#pragma once

class QDialog;
class QString;
class QTabWidget;
class QWidget;

namespace DialogClicks {
// Fails the test when no tab has that text (mnemonics ignored).
void clickTab(QTabWidget *tabs, const QString &text);
void clickSave(QDialog &dialog);
void type(QWidget *field, const QString &text);
} // namespace DialogClicks
