#include "windowclicks.h"

#include "models/approvaltablemodel.h"
#include "models/timelinemodel.h"
#include "ui/mainwindow.h"

#include "models/approvalfilterproxy.h"

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

bool WindowClicks::selectRowOf(MainWindow &window, qint64 id, int timeoutMs)
{
    QTableView *table = window.table();
    QModelIndex index;
    const bool listed = QTest::qWaitFor(
            [&] {
                index = window.proxy()->mapFromSource(window.approvalModel()->index(
                        window.approvalModel()->rowOf(id), ApprovalTableModel::TitleColumn));
                return index.isValid();
            },
            timeoutMs);
    if (!listed)
        return false;
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    return QTest::qWaitFor([&] { return window.timelineModel()->approvalId() == id; }, timeoutMs);
}
