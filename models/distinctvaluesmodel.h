// DistinctValuesModel: the values that occur in one role of a source model, sorted,
// behind an "All" row: what a filter combo box offers. It follows the source (debounced)
// and changes only the rows that changed, so an open combo box keeps its selection.
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class DistinctValuesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // Qt::UserRole of each row: the value to filter by; empty for the "All" row.
    enum Role { ValueRole = Qt::UserRole };

    DistinctValuesModel(QAbstractItemModel *source, int role, const QString &allLabel,
                        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QStringList values() const { return m_values; }

public slots:
    void refresh(); // now; normally scheduled

private:
    QPointer<QAbstractItemModel> m_source;
    int m_role;
    QString m_allLabel;
    QStringList m_values;
    QTimer m_refreshTimer;
};
