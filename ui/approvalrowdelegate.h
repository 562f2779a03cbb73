// ApprovalRowDelegate: the Title cell as a mail client shows a message: the title on the
// first line; environment, pipeline, requester, who is looking ("anna is looking") and
// the deadline ("in 7 min") on the second, smaller and quieter. A production environment is a
// filled badge with its name in capitals: marked by shape and words, not by colour alone. The
// model's columns stay as they are (sorting, filtering and the keyboard work on them); only the
// painting changes.
#pragma once

#include "core/approval.h"

#include <QStyledItemDelegate>

class ApprovalTableModel;

class ApprovalRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ApprovalRowDelegate(const ApprovalTableModel *model, QObject *parent = nullptr);

    // The second line's parts after the environment: "shop / prod", "alice",
    // "anna is looking", "in 7 min".
    static QStringList facts(const Approval &approval);
    // The second line as one string, badge included ("PRODUCTION · shop / prod · ...").
    static QString secondLine(const Approval &approval);
    // How tall a two-line row is with this font.
    static int rowHeight(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const ApprovalTableModel *m_model;
};
