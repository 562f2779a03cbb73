// DistinctValuesModel: the values that occur in one role of a source model, sorted,
// behind an "All" row: what a filter combo box offers. It follows the source (debounced)
// and changes only the rows that changed, so an open combo box keeps its selection.
#pragma once

#include <QAbstractListModel>
#include <QHash>
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
    // The source's rows are counted as they come, change and go: only the rows a change
    // touches are read (reading every row per batch of new webhooks, twice per table,
    // took the window's frames under a flood). A reset or a new layout reads them all.
    void recountAll();
    void count(int first, int last, int sign);
    void publish(); // the sorted values into the list rows (debounced)

    QPointer<QAbstractItemModel> m_source;
    int m_role;
    QString m_allLabel;
    QStringList m_values;
    QVector<QString> m_rowValues; // parallel to the source rows
    QHash<QString, int> m_counts; // value -> rows holding it
    QTimer m_refreshTimer;
};
