// WindowClicks: what a user does with the main window, for the widget tests.
#pragma once

#include <QtGlobal>

class MainWindow;

namespace WindowClicks {
// Clicks the approval's row in the table (scrolled into view first), as a user would,
// and waits until the detail pane shows its timeline. False if it never does.
bool selectRowOf(MainWindow &window, qint64 id, int timeoutMs = 5000);
} // namespace WindowClicks
