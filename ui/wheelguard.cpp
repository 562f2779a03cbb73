#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QChildEvent>
#include <QComboBox>
#include <QWidget>

namespace {
bool isEditableByWheel(const QObject *object)
{
    return qobject_cast<const QAbstractSpinBox *>(object)
            || qobject_cast<const QComboBox *>(object);
}
} // namespace

void WheelGuard::install(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    guard->guard(root);
}

void WheelGuard::guard(QObject *object)
{
    // Every widget below root: to guard fields that pages create later (a new gate).
    object->installEventFilter(this);
    if (auto *field = qobject_cast<QWidget *>(object); field && isEditableByWheel(field))
        field->setFocusPolicy(Qt::StrongFocus);
    for (QObject *child : object->children()) {
        if (child->isWidgetType())
            guard(child);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Added: filter it and its children at once; polished: constructed, so its type
    // (a spin box?) is known and the focus policy can be set.
    if (event->type() == QEvent::ChildAdded || event->type() == QEvent::ChildPolished) {
        QObject *child = static_cast<QChildEvent *>(event)->child();
        if (child->isWidgetType())
            guard(child);
    } else if (event->type() == QEvent::Wheel && isEditableByWheel(watched)
               && !static_cast<QWidget *>(watched)->hasFocus()) {
        // Ignored and filtered: the field does not see it, and QApplication hands
        // the wheel on to the parents, so the page still scrolls.
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
