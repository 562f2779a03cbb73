// ViewShortcuts: the key that opens each sidebar view, one rule for the View menu, the
// sidebar's tooltips and Help > Keyboard shortcuts. Ctrl+1 ... Ctrl+7 the first seven
// views, Ctrl+8 History, Ctrl+9 Delivery failed (the keys users learned keep their views
// wherever further connectors put them), Ctrl+0 Assigned to me, and Alt+1 ... Alt+9 the
// further kind views in sidebar order (Jenkins inputs, GitHub rules, GitHub reviews,
// GitLab, ...).
#pragma once

#include <QKeySequence>

namespace ViewShortcuts {

// The key for the sidebar's row view (a SidebarModel row); empty when it has none (a
// tenth further kind view).
QKeySequence of(int view);

} // namespace ViewShortcuts
