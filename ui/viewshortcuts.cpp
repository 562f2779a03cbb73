#include "viewshortcuts.h"

#include "models/sidebarmodel.h"

namespace ViewShortcuts {

QKeySequence of(int view)
{
    constexpr int firstViews = 7; // Ctrl+1 ... Ctrl+7
    const auto digit = [](int n) {
        return Qt::Key(Qt::Key_0 + n);
    };
    if (view < 0)
        return {};
    if (view == SidebarModel::historyView())
        return QKeySequence(Qt::CTRL | Qt::Key_8);
    if (view == SidebarModel::deliveryFailedView())
        return QKeySequence(Qt::CTRL | Qt::Key_9);
    if (view == SidebarModel::assignedToMeView())
        return QKeySequence(Qt::CTRL | Qt::Key_0);
    if (view < firstViews)
        return QKeySequence(Qt::CTRL | digit(view + 1));
    const int further = view - firstViews + 1; // Alt+1 for the eighth row, ...
    if (view < SidebarModel::historyView() && further <= 9)
        return QKeySequence(Qt::ALT | digit(further));
    return {};
}

} // namespace ViewShortcuts
