#include "liveupdateslabel.h"

LiveUpdatesLabel::LiveUpdatesLabel(QWidget *parent) : QLabel(parent), m_hide(this)
{
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Live updates"));
    m_hide.setSingleShot(true);
    m_hide.setInterval(5000);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void LiveUpdatesLabel::setLive(bool live)
{
    if (live) {
        setText(tr("Live updates back"));
        m_hide.start();
    } else {
        m_hide.stop();
        setText(tr("Live updates lost, reconnecting…"));
    }
    show();
}
