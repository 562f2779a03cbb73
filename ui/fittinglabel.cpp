#include "fittinglabel.h"

FittingLabel::FittingLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void FittingLabel::setTexts(const QStringList &longestFirst)
{
    m_texts = longestFirst;
    updateGeometry();
    fit();
}

QSize FittingLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return QSize(fontMetrics().horizontalAdvance(m_texts.value(0)), fontMetrics().height())
            .grownBy(margins);
}

QSize FittingLabel::minimumSizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 4, fontMetrics().height())
            .grownBy(contentsMargins());
}

void FittingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FittingLabel::fit()
{
    const int room = contentsRect().width();
    QString shown;
    for (const QString &text : m_texts) {
        if (fontMetrics().horizontalAdvance(text) <= room) {
            shown = text;
            break;
        }
    }
    if (shown.isEmpty() && !m_texts.isEmpty())
        shown = fontMetrics().elidedText(m_texts.last(), Qt::ElideRight, room);
    // QLabel::setText lays out again; only when the words change (no resize loop).
    if (shown != text())
        setText(shown);
    setToolTip(m_texts.isEmpty() || shown == m_texts.first() ? QString() : m_texts.first());
}
