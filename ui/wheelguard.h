// WheelGuard: the mouse wheel edits only the field that has the focus. Scrolling a
// settings page over a spin box or a combo box used to change it under the pointer
// (a timeout 3600 -> 3597, a gate kind, the order of a policy) and Save took it. An
// unfocused field passes the wheel on to its scroll area instead; a click or Tab
// gives it the focus (Qt::StrongFocus: not the wheel) and then the wheel edits it.
#pragma once

#include <QObject>

class QWidget;

class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards every spin box and combo box under root, also those added later.
    static void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) { }
    void guard(QObject *object);
};
